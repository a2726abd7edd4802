import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  stripMessage
} from "./chunk-FM5EGUVQ.js";
import {
  environmentSource
} from "./chunk-R5BXJH6T.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-GKODIPEP.js";
import {
  commitMessageText,
  messageSource,
  readMessageFile
} from "./chunk-CNQFBD5A.js";
import "./chunk-KDSNJN5L.js";
import "./chunk-OLEGOZG7.js";
import {
  openRepository
} from "./chunk-HFXYQV4L.js";
import {
  runGit
} from "./chunk-7RU7R6GY.js";
import "./chunk-DRCNJD7D.js";
import "./chunk-R3RIRAUL.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-JCWSHI53.js";
import "./chunk-35CTJ6CM.js";
import "./chunk-IQBMQQZS.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-Q46FT7M3.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";

// src/hooks/commit-msg.ts
import { writeFileSync } from "node:fs";
async function commitMsgHook(context) {
  const file = context.args[0];
  if (!file) throw new UsageError(`aiguard hook ${context.hook}: the message file argument is missing (git passes it as $1)`);
  const repo = await openRepository(".");
  const [engine, commentChar] = await Promise.all([loadLocalEngine(context, repo), readCommentChar(repo.cwd)]);
  const raw = readMessageFile(file);
  let stripped;
  let text = commitMessageText(raw, commentChar);
  if (engine.policy.onViolation === "strip") {
    const result = await stripMessage(raw, engine, { commentChar });
    if (result.removed.length > 0) {
      writeFileSync(file, result.message);
      stripped = result.removed;
      text = commitMessageText(result.message, commentChar);
    }
  }
  const sources = [messageSource({ file, text }), environmentSource(context.env)];
  return decide({ context, engine, sources, gate: false, repoDir: repo.root ?? repo.cwd, messageFile: file, stripped });
}
async function readCommentChar(cwd) {
  const result = await runGit(["config", "--get", "core.commentChar"], cwd);
  const value = result.stdout.toString("utf8").replace(/\n$/, "");
  return result.code === 0 && value !== "" && value !== "auto" ? value.charAt(0) : "#";
}
export {
  commitMsgHook
};
