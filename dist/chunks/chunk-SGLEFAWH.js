import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  firstLine,
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/ref-tips.ts
async function refState(cwd) {
  const format = "%(HEAD)%00%(refname)%00%(refname:short)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)";
  const result = await runGit(["for-each-ref", `--format=${format}`], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const state = { tips: [], others: [] };
  for (const line of result.stdout.toString("utf8").split("\n")) {
    if (!line) continue;
    const [mark, ref, short, type, id, peeledType, peeledId] = line.split("\0");
    if (!ref?.startsWith("refs/heads/") && !ref?.startsWith("refs/tags/")) {
      if (ref && id) state.others.push({ ref, id });
    } else if (type === "commit" && ref && id) state.tips.push({ ref, commit: id });
    else if (peeledType === "commit" && ref && peeledId) state.tips.push({ ref, commit: peeledId });
    if (mark === "*" && type === "commit" && short && id && ref?.startsWith("refs/heads/")) state.head = { branch: short, commit: id };
  }
  return state;
}

export {
  refState
};
