import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/sources/push-updates.ts
var OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var ZERO = /^0+$/;
function isZeroId(id) {
  return ZERO.test(id);
}
function objectId(hook, lineNumber, value, what) {
  if (value === void 0 || !OBJECT_ID.test(value)) {
    throw new UsageError(`${hook}: malformed stdin line ${lineNumber}: ${what} is not an object id: ${JSON.stringify(value ?? "")}`);
  }
  return value;
}
function fieldsOf(text) {
  return text.split("\n").map((line, index) => ({
    fields: line.replace(/\r$/, "").split(" ").filter((field) => field !== ""),
    lineNumber: index + 1
  })).filter((entry) => entry.fields.length > 0);
}
function parsePrePushInput(text) {
  return fieldsOf(text).map(({ fields, lineNumber }) => {
    if (fields.length !== 4) {
      throw new UsageError(
        `pre-push: malformed stdin line ${lineNumber}: expected "<local ref> <local sha> <remote ref> <remote sha>", got ${fields.length} field${fields.length === 1 ? "" : "s"}`
      );
    }
    const [localRef = "", localSha, remoteRef = "", remoteSha] = fields;
    return {
      localRef,
      localSha: objectId("pre-push", lineNumber, localSha, "local sha"),
      remoteRef,
      remoteSha: objectId("pre-push", lineNumber, remoteSha, "remote sha")
    };
  });
}
function parsePreReceiveInput(text) {
  return fieldsOf(text).map(({ fields, lineNumber }) => {
    if (fields.length !== 3) {
      throw new UsageError(
        `pre-receive: malformed stdin line ${lineNumber}: expected "<old sha> <new sha> <ref>", got ${fields.length} field${fields.length === 1 ? "" : "s"}`
      );
    }
    const [oldSha, newSha, ref = ""] = fields;
    return {
      oldSha: objectId("pre-receive", lineNumber, oldSha, "old sha"),
      newSha: objectId("pre-receive", lineNumber, newSha, "new sha"),
      ref
    };
  });
}
async function readStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export {
  isZeroId,
  parsePrePushInput,
  parsePreReceiveInput,
  readStdin
};
