import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  parseRawAndPatch
} from "./chunk-MDPOIFR2.js";
import {
  firstLine,
  runGit
} from "./chunk-4ZGAVNFW.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/git/staged-changes.ts
async function readStagedChanges(repo, content) {
  const patch = content ? ["-p", "-U0", "--no-ext-diff", "--no-textconv", "--no-color", "--src-prefix=a/", "--dst-prefix=b/"] : [];
  const args = ["diff", "--cached", "--raw", "-z", "-M", "--diff-filter=ACMRT", ...patch, "--"];
  const result = await runGit(args, repo.cwd);
  if (result.code !== 0) throw new UsageError(`git diff --cached: ${firstLine(result.stderr)}`);
  const { paths, diff } = parseRawAndPatch(result.stdout.toString("utf8"));
  return { paths: paths.filter((path) => path.mode !== "160000"), diff };
}

// src/sources/staged.ts
async function stagedSubjects(repo, content) {
  const staged = await readStagedChanges(repo, content);
  const subjects = staged.paths.map((changed) => ({ type: "path", path: changed.path, symlink: changed.mode === "120000" }));
  if (staged.diff) subjects.push({ type: "diff", diff: staged.diff });
  return subjects;
}

export {
  stagedSubjects
};
