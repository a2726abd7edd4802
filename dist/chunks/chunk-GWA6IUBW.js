import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  normaliseRemoteGlob,
  normaliseRemoteUrl
} from "./chunk-ALIV2M6X.js";

// src/policy/scope.ts
async function checkScope(policy, remotes, options = {}) {
  const globs = policy.scope?.remotes;
  if (!globs || globs.length === 0) return void 0;
  const patterns = globs.map(normaliseRemoteGlob);
  const candidates = options.remoteUrl !== void 0 ? [{ name: "url", url: options.remoteUrl }] : candidateRemotes(remotes, policy);
  const policyName = policy.name ?? policy.source ?? "the aiguard policy";
  const known = candidates?.filter((remote) => normaliseRemoteUrl(remote.url) !== "") ?? [];
  if (known.length === 0) {
    if (policy.scope?.unknownRemote !== "skip") return void 0;
    const named = policy.scope.remote && candidates?.length === 0 ? `no remote named ${policy.scope.remote}` : "no remote";
    const why = candidates === void 0 ? "its remotes cannot be read" : named;
    return `aiguard: this repository is not covered by ${policyName} (${why}; scope.unknownRemote: skip)`;
  }
  if (await remoteMatches(
    known.map((remote) => remote.url),
    patterns
  ))
    return void 0;
  const seen = known.map((remote) => `${remote.name} ${normaliseRemoteUrl(remote.url)}`).join(", ");
  return `aiguard: this repository is not covered by ${policyName} (${seen}; scope.remotes: ${patterns.join(", ")})`;
}
async function remoteMatches(urls, globs) {
  const micromatch = (await import("./micromatch-GO4CTN5O.js")).default;
  const patterns = globs.map(normaliseRemoteGlob);
  return urls.some((url) => micromatch.isMatch(normaliseRemoteUrl(url), patterns, { nocase: true, dot: true }));
}
function candidateRemotes(remotes, policy) {
  if (remotes === void 0) return void 0;
  const wanted = policy.scope?.remote;
  if (wanted !== void 0) return remotes.filter((remote) => remote.name === wanted);
  const origin = remotes.filter((remote) => remote.name === "origin");
  return origin.length > 0 ? origin : remotes;
}

export {
  checkScope,
  remoteMatches
};
