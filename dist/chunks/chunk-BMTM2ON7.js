import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  historySource
} from "./chunk-KTDDB3LT.js";
import {
  firstLine,
  runGit
} from "./chunk-4ZGAVNFW.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

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
  return text.split("\n").map((line, index) => ({ fields: line.replace(/\r$/, "").split(" ").filter((field) => field !== ""), lineNumber: index + 1 })).filter((entry) => entry.fields.length > 0);
}
function parsePrePushInput(text) {
  return fieldsOf(text).map(({ fields, lineNumber }) => {
    if (fields.length !== 4) {
      throw new UsageError(`pre-push: malformed stdin line ${lineNumber}: expected "<local ref> <local sha> <remote ref> <remote sha>", got ${fields.length} field${fields.length === 1 ? "" : "s"}`);
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
      throw new UsageError(`pre-receive: malformed stdin line ${lineNumber}: expected "<old sha> <new sha> <ref>", got ${fields.length} field${fields.length === 1 ? "" : "s"}`);
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

// src/git/existing-commits.ts
async function existingCommits(cwd, ids) {
  const found = /* @__PURE__ */ new Map();
  if (ids.length === 0) return found;
  const input = ids.map((id) => `${id}^{commit}
`).join("");
  const result = await runGit(["cat-file", "--batch-check=%(objectname) %(objecttype)"], cwd, input);
  if (result.code !== 0) throw new UsageError(`git cat-file --batch-check: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const lines = result.stdout.toString("utf8").split("\n");
  ids.forEach((id, index) => {
    const [objectName, type] = (lines[index] ?? "").split(" ");
    if (type === "commit" && objectName) found.set(id, objectName);
  });
  return found;
}

// src/hooks/push-revisions.ts
var SAFE_REMOTE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
async function prePushRevisions(cwd, remote, updates) {
  const pushed = updates.filter((update) => !isZeroId(update.localSha));
  const ids = [...new Set(pushed.flatMap((update) => isZeroId(update.remoteSha) ? [update.localSha] : [update.localSha, update.remoteSha]))];
  const commits = await existingCommits(cwd, ids);
  const positives = [];
  const negatives = [];
  let newBranch = false;
  for (const update of pushed) {
    const local = commits.get(update.localSha);
    if (!local) continue;
    positives.push(local);
    const remoteTip = isZeroId(update.remoteSha) ? void 0 : commits.get(update.remoteSha);
    if (remoteTip) negatives.push(remoteTip);
    else newBranch = true;
  }
  if (positives.length === 0) return [];
  const remotes = newBranch && SAFE_REMOTE_NAME.test(remote) ? [`--remotes=${remote}`] : [];
  return [...new Set(positives), "--not", ...new Set(negatives), ...remotes];
}
async function preReceiveRevisions(cwd, updates) {
  const tips = updates.filter((update) => !isZeroId(update.newSha)).map((update) => update.newSha);
  const commits = await existingCommits(cwd, [...new Set(tips)]);
  const positives = [...new Set(commits.values())];
  return positives.length === 0 ? [] : [...positives, "--not", "--all"];
}
function pushedCommitsSources(repo, revisions) {
  return revisions.length > 0 ? [historySource(repo.cwd, { revisions, content: true, label: "pushed commits" })] : [];
}

export {
  parsePrePushInput,
  parsePreReceiveInput,
  readStdin,
  prePushRevisions,
  preReceiveRevisions,
  pushedCommitsSources
};
