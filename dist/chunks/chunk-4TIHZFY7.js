import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  settingsOfList
} from "./chunk-GS7CHFMK.js";
import {
  parseRawAndPatch
} from "./chunk-C5BAC656.js";
import {
  firstLine,
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/staged-changes.ts
async function readStagedChanges(cwd, content) {
  const patch = content ? ["-p", "-U0", "--text", "--no-ext-diff", "--no-textconv", "--no-color", "--src-prefix=a/", "--dst-prefix=b/"] : [];
  const args = ["diff", "--cached", "--raw", "--no-abbrev", "-z", "-M", "--diff-filter=ACMRT", ...patch, "--"];
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw new UsageError(`git diff --cached: ${firstLine(result.stderr)}`);
  const { paths, diff } = parseRawAndPatch(result.stdout.toString("utf8"));
  return { paths, diff };
}

// src/sources/staged.ts
function stagedSource(cwd, repo, options) {
  const staged = readStagedChanges(cwd, options.content);
  staged.catch(() => void 0);
  return {
    label: "staged changes",
    async read(needs) {
      const changes = await staged;
      const subjects = changes.paths.map((changed) => ({
        type: "path",
        path: changed.path,
        symlink: changed.mode === "120000",
        blob: changed.blob
      }));
      if (changes.diff) subjects.push({ type: "diff", diff: changes.diff });
      return [...subjects, ...await settingsOfList(subjects, needs, repo, "index")];
    },
    stop: () => void 0
  };
}

export {
  stagedSource
};
