import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  isZeroId
} from "./chunk-522AMPH5.js";
import {
  existingCommits
} from "./chunk-XODC4DIF.js";
import {
  historySource
} from "./chunk-SZTQLXJE.js";

// src/hooks/push-revisions.ts
var SAFE_REMOTE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
async function prePushRevisions(cwd, remote, updates) {
  const pushed = updates.filter((update) => !isZeroId(update.localSha));
  const ids = [
    ...new Set(pushed.flatMap((update) => isZeroId(update.remoteSha) ? [update.localSha] : [update.localSha, update.remoteSha]))
  ];
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
  if (notCommits.length > 0) await (await import("./push-trust-DSSOBXBS.js")).refuseUnknownLocalSha(cwd, notCommits);
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
function pushedCommitsSources(repo, revisions, refs = []) {
  const commits = revisions.length > 0 ? [historySource(repo.cwd, { revisions, content: true, label: "pushed commits" })] : [];
  if (!refs.some(carriesObjects)) return commits;
  const source = {
    label: "pushed refs",
    read: async (needs) => (await import("./ref-objects-WMWMPEDE.js")).pushedRefObjectsSource(repo.cwd, refs).read(needs),
    stop: () => void 0
  };
  return [...commits, source];
}
function carriesObjects(update) {
  return !update.ref.startsWith("refs/heads/") && !isZeroId(update.newId);
}
function pushedRefs(updates) {
  return updates.map((update) => ({ ref: update.remoteRef, newId: update.localSha, oldId: update.remoteSha }));
}
function receivedRefs(updates) {
  return updates.map((update) => ({ ref: update.ref, newId: update.newSha, oldId: update.oldSha }));
}

export {
  prePushRevisions,
  preReceiveRevisions,
  pushedCommitsSources,
  pushedRefs,
  receivedRefs
};
