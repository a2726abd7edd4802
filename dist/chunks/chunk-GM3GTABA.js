import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/policy/remote-url.ts
function normaliseRemoteUrl(url) {
  let text = url.trim();
  let host = "";
  let path;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length);
    if (scheme[1].toLowerCase() === "file") {
      path = text.replace(/^[^/]*/, "");
    } else {
      const slash = text.indexOf("/");
      const authority = slash === -1 ? text : text.slice(0, slash);
      path = slash === -1 ? "" : text.slice(slash);
      host = hostOf(authority);
    }
  } else {
    const scp = /^([^/:]+):(.*)$/.exec(text);
    if (scp && !/^[a-z]$/i.test(scp[1])) {
      host = hostOf(scp[1]);
      path = scp[2];
    } else {
      path = text;
    }
  }
  path = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/\/+$/, "").replace(/\.git$/i, "").replace(/\/+$/, "");
  if (!host) return path;
  return `${host}/${path.replace(/^\/+/, "")}`.replace(/\/+$/, "");
}
function hostOf(authority) {
  const withoutCredentials = authority.slice(authority.lastIndexOf("@") + 1);
  const host = withoutCredentials.startsWith("[") ? withoutCredentials.replace(/^(\[[^\]]*\]).*$/, "$1") : withoutCredentials.replace(/:\d*$/, "");
  return host.toLowerCase();
}
function normaliseRemoteGlob(glob) {
  return normaliseRemoteUrl(glob);
}

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
  if (await remoteMatches(known.map((remote) => remote.url), patterns)) return void 0;
  const seen = known.map((remote) => `${remote.name} ${normaliseRemoteUrl(remote.url)}`).join(", ");
  return `aiguard: this repository is not covered by ${policyName} (${seen}; scope.remotes: ${patterns.join(", ")})`;
}
async function remoteMatches(urls, globs) {
  const micromatch = (await import("./micromatch-CBFFAW3V.js")).default;
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
  normaliseRemoteUrl,
  checkScope,
  remoteMatches
};
