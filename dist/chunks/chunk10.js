import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { P as PRESETS, g as compiledRulesJson, h as defaultPolicy, r as refState, l as listRemotes } from './core.js';
import { createHash } from 'node:crypto';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
var FINDINGS_VERSION = "2";
var ownDigest;
function aiguardDigest() {
  ownDigest ??= sha256(JSON.stringify([FINDINGS_VERSION, compiledRulesJson(), defaultPolicy(), PRESETS]));
  return ownDigest;
}
function inputsKey(parts) {
  return sha256(JSON.stringify({ aiguard: aiguardDigest(), ...parts }));
}
function configDigest(policy) {
  const { origins: _origins, ...rest } = policy;
  return sha256(JSON.stringify(rest));
}
function validUntil(policy, today) {
  const days = policy.allow.flatMap((entry) => entry.expires !== void 0 && entry.expires >= today ? [entry.expires] : []);
  return days.length ? days.sort()[0] : null;
}
function probeKeys(targets, options) {
  const keys = /* @__PURE__ */ new Map();
  let running = 0;
  const waiting = [];
  const slot = async () => {
    if (running++ >= options.concurrency) await new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  for (const target of targets) {
    if (target.kind === "url") continue;
    const key = slot().then(() => probeKey(target.name, options)).catch(() => void 0).finally(release);
    keys.set(target.name, key);
  }
  return keys;
}
async function unchangedResults(store, keys, scannedAt) {
  const today = scannedAt.slice(0, 10);
  const unchanged = /* @__PURE__ */ new Map();
  for (const [repository, key] of keys) {
    const stored = store.storedInputs(repository);
    if (!stored || stored.row.status !== "ok" || stored.validUntil !== null && today > stored.validUntil) continue;
    if (await key === stored.key) unchanged.set(repository, { row: { ...stored.row, scanned_at: scannedAt, new_commits: 0 } });
  }
  return unchanged;
}
async function probeKey(dir, options) {
  const [refs, remotes] = await Promise.all([refState(dir), listRemotes({ cwd: dir })]);
  return inputsKey({ config: options.config, content: options.content, refs, remotes });
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

export { FINDINGS_VERSION as F, configDigest as c, inputsKey as i, probeKeys as p, unchangedResults as u, validUntil as v };
