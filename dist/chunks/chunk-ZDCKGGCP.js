import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  listRemotes,
  normaliseRemoteGlob,
  normaliseRemoteUrl
} from "./chunk-7MRRPST6.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/policy/scope.ts
async function checkScope(repo, policy, options = {}) {
  const globs = policy.scope?.remotes;
  if (!globs || globs.length === 0) return void 0;
  const patterns = globs.map(normaliseRemoteGlob);
  const candidates = options.remoteUrl !== void 0 ? [{ name: "url", url: options.remoteUrl }] : await candidateRemotes(repo, policy);
  const micromatch = (await import("./micromatch-CBFFAW3V.js")).default;
  const covered = candidates.some((remote) => micromatch.isMatch(normaliseRemoteUrl(remote.url), patterns, { nocase: true, dot: true }));
  if (covered) return void 0;
  const policyName = policy.name ?? policy.source ?? "the aiguard policy";
  const seen = candidates.length === 0 ? policy.scope?.remote ? `no remote named ${policy.scope.remote}` : "no remote" : candidates.map((remote) => `${remote.name} ${normaliseRemoteUrl(remote.url)}`).join(", ");
  return `aiguard: this repository is not covered by ${policyName} (${seen}; scope.remotes: ${patterns.join(", ")})`;
}
async function candidateRemotes(repo, policy) {
  let remotes;
  try {
    remotes = await listRemotes(repo);
  } catch (error) {
    throw new UsageError(`cannot read the repository's remotes: ${error.message}`);
  }
  const wanted = policy.scope?.remote;
  if (wanted !== void 0) return remotes.filter((remote) => remote.name === wanted);
  const origin = remotes.filter((remote) => remote.name === "origin");
  return origin.length > 0 ? origin : remotes;
}

export {
  checkScope
};
