import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  isZeroId
} from "./chunk-JUYOQOFF.js";
import {
  historySource
} from "./chunk-PS3CLWPN.js";
import {
  firstLine,
  runGit
} from "./chunk-7RU7R6GY.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

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
  const notCommits = [];
  for (const update of pushed) {
    const local = commits.get(update.localSha);
    if (!local) {
      notCommits.push(update);
      continue;
    }
    positives.push(local);
    const remoteTip = isZeroId(update.remoteSha) ? void 0 : commits.get(update.remoteSha);
    if (remoteTip) negatives.push(remoteTip);
    else newBranch = true;
  }
  if (notCommits.length > 0) await (await import("./push-trust-BLINJRDI.js")).refuseUnknownLocalSha(cwd, notCommits);
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
  prePushRevisions,
  preReceiveRevisions,
  pushedCommitsSources
};
