import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  listSource
} from "./chunk-GS7CHFMK.js";
import {
  decodeText
} from "./chunk-FRPMA3TM.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/sources/message-file.ts
import { readFileSync } from "node:fs";
function cleanupModeOf(setting, editor) {
  if (setting === void 0 || setting === "default") return editor ? "strip" : "whitespace";
  if (setting === "scissors") return editor ? "scissors" : "whitespace";
  if (setting === "strip" || setting === "whitespace" || setting === "verbatim") return setting;
  return void 0;
}
var CUT_LINE = "------------------------ >8 ------------------------\n";
function cleanupMessage(raw, mode, verbose, commentChar = "#") {
  let text = raw;
  if (verbose || mode === "scissors") {
    const cut = `
${commentChar} ${CUT_LINE}`;
    if (text.startsWith(cut.slice(1))) text = "";
    else if (text.includes(cut)) text = text.slice(0, text.indexOf(cut) + 1);
  }
  return mode === "verbatim" ? text : stripSpace(text, mode === "strip" ? commentChar : void 0);
}
function stripSpace(text, commentPrefix) {
  let out = "";
  let empties = 0;
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    if (commentPrefix !== void 0 && line.startsWith(commentPrefix)) continue;
    const kept = line.replace(/[ \t\n\v\f\r]+$/, "");
    if (kept === "") {
      empties++;
      continue;
    }
    if (empties > 0 && out !== "") out += "\n";
    empties = 0;
    out += `${kept}
`;
  }
  return out;
}
function commitMessageText(raw, commentChar = "#") {
  return cleanupMessage(raw, "strip", true, commentChar);
}
function readMessageFile(file) {
  try {
    return decodeText(readFileSync(file), "");
  } catch (error) {
    const code = error.code;
    const reason = code ?? error.message;
    throw new UsageError(code === "ENOENT" ? `message file not found: ${file}` : `cannot read message file ${file}: ${reason}`);
  }
}
function messageSource(message) {
  const text = () => message.text ?? commitMessageText(readMessageFile(message.file));
  return listSource(`commit message (${message.file})`, () => [{ type: "message", text: text(), file: message.file }]);
}

export {
  cleanupModeOf,
  cleanupMessage,
  stripSpace,
  commitMessageText,
  readMessageFile,
  messageSource
};
