import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  remoteMatches
} from "./chunk-GWA6IUBW.js";
import {
  normaliseRemoteUrl
} from "./chunk-ALIV2M6X.js";
import {
  listRemotes
} from "./chunk-MAVU7BQN.js";
import {
  SEARCH_PLACES
} from "./chunk-NGW65SNJ.js";
import "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/policy/starter-policy.ts
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
async function writeStarterPolicy(dir, options = {}) {
  const path = join(dir, ".aiguardrc.yaml");
  const given = options.remotes;
  const scope = given !== void 0 ? { glob: given, note: `scope.remotes: ${given} (given)` } : await scopeFromRemote(dir);
  const effective = options.effective ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const text = starterPolicyText({ remotes: scope.glob, effective, expires: addDays(effective, 90) });
  const existing = SEARCH_PLACES.filter((place) => place !== "package.json").find((place) => existsSync(join(dir, place)));
  const scopeNote = scope.note;
  if (options.dryRun || existing) return { path, text, written: false, existing: existing && join(dir, existing), scopeNote };
  try {
    writeFileSync(path, text, { flag: "wx" });
  } catch (error) {
    throw new UsageError(`${path}: cannot write the starter policy: ${error.code ?? error.message}`);
  }
  return { path, text, written: true, scopeNote };
}
function starterPolicyText(values) {
  const name = values.remotes ? values.remotes.replace(/\/\*+$/, "") : "Organisation";
  const scope = values.remotes ? `scope:
  remotes:
    - ${JSON.stringify(values.remotes)}
  # remote: origin          # the remote that decides (default: origin, else any remote)
  # unknownRemote: cover    # a repository without a readable remote is covered; skip leaves it out` : `# No remote to derive it from: every repository is covered. To cover one organisation only:
# scope:
#   remotes: ["github.com/your-org/*"]`;
  return `# yaml-language-server: $schema=./node_modules/aiguard/schema/config.schema.json
# aiguard policy: which repositories the ban covers, from when, and the exceptions that stand.
# Check what it resolves to with: aiguard config print      Full reference: docs/policy.md
name: ${JSON.stringify(`${name} AI tool policy`)}

# Start from the built-in policy that bans Claude Code only; aiguard:recommended also warns about
# every other AI tool, aiguard:strict blocks them all. A file (./org-policy.yaml) or an npm package works too.
extends: aiguard:claude-code-ban

# The repositories this policy covers: globs over remote URLs in normal form (no scheme, user, port or .git),
# so git@github.com:acme/x.git and https://github.com/acme/x both read github.com/acme/x.
# Elsewhere aiguard says on stderr that the repository is not covered and exits 0.
${scope}

# The ban applies to commits made from this date (UTC midnight). History scans (--all, --range) report older
# commits as grandfathered; pushes and pull requests are always checked, since commit dates can be forged.
effective: ${JSON.stringify(values.effective)}
# trustCommitDates: false   # true grandfathers old-dated commits on pushes and pull requests too

# Levels per tool ("*" for the rest) or per rule: block | warn | info | off.
tools:
  claude-code: block
# rules:
#   claude-code/settings-file: warn

# Exceptions: each needs a reason; expires (YYYY-MM-DD) is the last day it applies.
allow:
  - paths: ["docs/ai-policy/**"]
    rules: ["claude-code/*"]
    reason: "The policy documents quote the files it bans"
    expires: ${JSON.stringify(values.expires)}

# Paths never scanned (this list replaces the default one).
ignore:
  - "node_modules/**"
  - "vendor/**"
  - "third_party/**"

# Findings that existed when the ban was adopted: record them with "aiguard baseline" and commit the file;
# only new findings fail. Rebases and squashes keep the entries valid.
baseline: .aiguard-baseline.json

# What the commit-msg hook does with an AI trailer: block the commit, or strip the trailer and go on.
message:
  onViolation: block
`;
}
async function scopeFromRemote(dir) {
  const remotes = await listRemotes({ cwd: dir }).catch(() => []);
  const remote = remotes.find((candidate) => candidate.name === "origin") ?? remotes[0];
  const normal = remote ? normaliseRemoteUrl(remote.url) : "";
  if (!remote || normal === "") return { note: "no remote: no scope written, so every repository is covered" };
  const slash = normal.lastIndexOf("/");
  const organisation = slash > normal.indexOf("/") && normal.indexOf("/") > 0 ? `${normal.slice(0, slash)}/*` : void 0;
  for (const glob of [organisation, normal]) {
    if (!glob || !await remoteMatches([remote.url], [glob])) continue;
    return { glob, note: `scope.remotes: ${glob} (from ${remote.name} ${normal})` };
  }
  return { note: `${remote.name} ${normal} cannot be written as a glob: no scope written, so every repository is covered` };
}
function addDays(date, days) {
  const start = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return new Date((Number.isNaN(start) ? Date.now() : start) + days * 864e5).toISOString().slice(0, 10);
}
export {
  starterPolicyText,
  writeStarterPolicy
};
