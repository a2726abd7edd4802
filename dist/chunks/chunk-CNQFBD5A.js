import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  listSource
} from "./chunk-KDSNJN5L.js";
import {
  decodeText
} from "./chunk-OLEGOZG7.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/sources/message-file.ts
import { readFileSync } from "node:fs";
var SCISSORS = /^# -+ >8 -+$/m;
function commitMessageText(raw, commentChar = "#") {
  const scissors = raw.search(SCISSORS);
  const kept = scissors === -1 ? raw : raw.slice(0, scissors);
  return kept.split(/\r?\n/).filter((line) => !line.startsWith(commentChar)).join("\n");
}
function readMessageFile(file) {
  try {
    return decodeText(readFileSync(file), "");
  } catch (error) {
    const code = error.code;
    throw new UsageError(code === "ENOENT" ? `message file not found: ${file}` : `cannot read message file ${file}: ${code ?? error.message}`);
  }
}
function messageSource(message) {
  return listSource(`commit message (${message.file})`, () => [{ type: "message", text: message.text ?? commitMessageText(readMessageFile(message.file)), file: message.file }]);
}

export {
  commitMessageText,
  readMessageFile,
  messageSource
};
