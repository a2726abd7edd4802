import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  stripMessage
} from "./chunk-NVDPDQL2.js";
import {
  environmentSource
} from "./chunk-XW7VQFTV.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-Z4IFIIQQ.js";
import {
  cleanupMessage,
  cleanupModeOf,
  messageSource,
  readMessageFile
} from "./chunk-TPWWTNLJ.js";
import "./chunk-GS7CHFMK.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-WGNTBMP4.js";
import "./chunk-CA2JELLG.js";
import "./chunk-ANK5ROIP.js";
import "./chunk-TL4CNQY2.js";
import "./chunk-WSULOSY3.js";
import "./chunk-24LWJLR4.js";
import "./chunk-HJVOMFK7.js";
import "./chunk-N6WKSYDH.js";
import "./chunk-QWYIKMHS.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-5EJRVVY2.js";
import "./chunk-NGW65SNJ.js";
import "./chunk-Y26MC6NA.js";
import "./chunk-HGCB3MYG.js";
import "./chunk-CPVVM4UP.js";
import "./chunk-V3ZTEXLP.js";
import "./chunk-ZN6I7QMI.js";
import "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-VJT5LKH4.js";
import {
  openRepository
} from "./chunk-4UTWXH67.js";
import {
  runGit
} from "./chunk-ESKB75NP.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/hooks/commit-msg.ts
import { writeFileSync } from "node:fs";

// src/hooks/commit-cleanup.ts
import { readFile } from "node:fs/promises";
function storedMessage(raw, cleanup) {
  if (!cleanup.known) return cleanupMessage(raw, "whitespace", false, cleanup.commentChar);
  return cleanupMessage(raw, cleanup.known.mode, cleanup.known.verbose, cleanup.commentChar);
}
async function commitCleanup(cwd, env) {
  const [config, args] = await Promise.all([readConfig(cwd), gitCommitArgs()]);
  const commentChar = config.get("core.commentchar");
  const configMode = config.get("commit.cleanup");
  const configVerbose = config.get("commit.verbose");
  const editor = env.GIT_EDITOR !== ":";
  const auto = commentChar === "auto";
  const char = commentChar !== void 0 && commentChar !== "" && !auto ? commentChar.charAt(0) : "#";
  const verboseByConfig = configVerbose !== void 0 && /^(?:true|yes|on|[1-9]\d*)$/i.test(configVerbose);
  const mode = args && !auto ? cleanupModeOf(args.cleanup ?? configMode, editor) : void 0;
  return mode ? { commentChar: char, known: { mode, verbose: args?.verbose ?? verboseByConfig } } : { commentChar: char };
}
async function readConfig(cwd) {
  const result = await runGit(["config", "-z", "--get-regexp", "^(core\\.commentchar|commit\\.cleanup|commit\\.verbose)$"], cwd);
  const values = /* @__PURE__ */ new Map();
  for (const entry of result.stdout.toString("utf8").split("\0")) {
    const newline = entry.indexOf("\n");
    if (newline > 0) values.set(entry.slice(0, newline).toLowerCase(), entry.slice(newline + 1));
    else if (entry !== "") values.set(entry.toLowerCase(), "true");
  }
  return values;
}
async function gitCommitArgs() {
  if (process.platform !== "linux") return void 0;
  let pid = process.ppid;
  for (let depth = 0; depth < 12 && pid > 1; depth++) {
    const [cmdline, stat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`).catch(() => void 0),
      readFile(`/proc/${pid}/stat`, "utf8").catch(() => void 0)
    ]);
    if (!cmdline || !stat) return void 0;
    const argv = cmdline.toString("utf8").split("\0");
    if (argv[argv.length - 1] === "") argv.pop();
    const name = (argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1);
    if (name === "git" || name === "git.exe") return parseCommitArgs(argv.slice(1));
    pid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  }
  return void 0;
}
var GLOBAL_WITH_VALUE = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env", "--super-prefix"]);
var LONG_WITH_VALUE = [
  ...["message", "file", "reuse-message", "reedit-message", "template", "author", "date"],
  ...["fixup", "squash", "trailer", "pathspec-from-file", "cleanup"]
];
var SHORT_WITH_VALUE = /* @__PURE__ */ new Set(["m", "F", "C", "c", "t"]);
var SHORT_OPTIONAL_VALUE = /* @__PURE__ */ new Set(["S", "u"]);
function parseCommitArgs(args) {
  let index = 0;
  while (index < args.length && args[index].startsWith("-")) {
    const option = args[index];
    index += GLOBAL_WITH_VALUE.has(option) ? 2 : 1;
  }
  if (args[index] !== "commit") return void 0;
  const result = {};
  let verbose = 0;
  let verboseSeen = false;
  for (index++; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") break;
    if (arg.startsWith("--")) {
      const [name = "", value] = splitOnce(arg.slice(2));
      const long = LONG_WITH_VALUE.filter((candidate) => candidate.startsWith(name));
      if (name === "verbose" || name.length >= 3 && "verbose".startsWith(name) && long.length === 0) {
        verbose++;
        verboseSeen = true;
      } else if (name === "no-verbose") {
        verbose = 0;
        verboseSeen = true;
      } else if (long.length === 1 || long.includes(name)) {
        const full = long.includes(name) ? name : long[0];
        const optionValue = value ?? args[++index];
        if (full === "cleanup") result.cleanup = optionValue;
      } else if (name.length >= 2 && "cleanup".startsWith(name)) {
        result.cleanup = value ?? args[++index];
      }
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") continue;
    for (let at = 1; at < arg.length; at++) {
      const flag = arg[at];
      if (flag === "v") {
        verbose++;
        verboseSeen = true;
      } else if (SHORT_WITH_VALUE.has(flag)) {
        if (at === arg.length - 1) index++;
        break;
      } else if (SHORT_OPTIONAL_VALUE.has(flag)) break;
    }
  }
  if (verboseSeen) result.verbose = verbose > 0;
  return result;
}
function splitOnce(text) {
  const equals = text.indexOf("=");
  return equals === -1 ? [text, void 0] : [text.slice(0, equals), text.slice(equals + 1)];
}

// src/hooks/commit-msg.ts
async function commitMsgHook(context) {
  const file = context.args[0];
  if (!file) throw new UsageError(`aiguard hook ${context.hook}: the message file argument is missing (git passes it as $1)`);
  const repo = await openRepository(".");
  const [engine, cleanup] = await Promise.all([loadLocalEngine(context, repo), commitCleanup(repo.cwd, context.env)]);
  const { commentChar } = cleanup;
  const raw = readMessageFile(file);
  let stripped;
  let text = storedMessage(raw, cleanup);
  if (engine.policy.onViolation === "strip") {
    const result = await stripMessage(raw, engine, { commentChar });
    if (result.removed.length > 0) {
      writeFileSync(file, result.message);
      stripped = result.removed;
      text = storedMessage(result.message, cleanup);
    }
  }
  const sources = [messageSource({ file, text }), environmentSource(context.env)];
  return decide({ context, engine, sources, gate: false, repoDir: repo.root ?? repo.cwd, messageFile: file, stripped });
}
export {
  commitMsgHook
};
