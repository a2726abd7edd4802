import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRemotes } from '../git/remotes.js';
import { normaliseRemoteUrl } from './remote-url.js';
import { SEARCH_PLACES } from './load-config.js';
import { UsageError } from '../errors.js';
/** Writes a commented .aiguardrc.yaml: one organisation's repositories, Claude Code banned from a date, an expiring exception, a baseline. */
export async function writeStarterPolicy(dir, options = {}) {
    const path = join(dir, '.aiguardrc.yaml');
    const remotes = options.remotes ?? (await organisationGlob(dir));
    const effective = options.effective ?? new Date().toISOString().slice(0, 10);
    const text = starterPolicyText({ remotes, effective, expires: addDays(effective, 90) });
    const existing = SEARCH_PLACES.filter((place) => place !== 'package.json').find((place) => existsSync(join(dir, place)));
    if (options.dryRun || existing)
        return { path, text, written: false, existing: existing && join(dir, existing) };
    try {
        writeFileSync(path, text, { flag: 'wx' });
    }
    catch (error) {
        throw new UsageError(`${path}: cannot write the starter policy: ${error.code ?? error.message}`);
    }
    return { path, text, written: true };
}
export function starterPolicyText(values) {
    return `# yaml-language-server: $schema=./node_modules/aiguard/schema/config.schema.json
# aiguard policy: which repositories the ban covers, from when, and the exceptions that stand.
# Check what it resolves to with: aiguard config print      Full reference: docs/policy.md
name: ${values.remotes.replace(/\/\*+$/, '')} AI tool policy

# Start from the built-in policy that bans Claude Code only; aiguard:recommended also warns about
# every other AI tool, aiguard:strict blocks them all. A file (./org-policy.yaml) or an npm package works too.
extends: aiguard:claude-code-ban

# The repositories this policy covers: globs over remote URLs in normal form (no scheme, user, port or .git),
# so git@github.com:acme/x.git and https://github.com/acme/x both read github.com/acme/x.
# Elsewhere aiguard says the repository is not covered and exits 0.
scope:
  remotes:
    - ${values.remotes}
  # remote: origin          # the remote that decides (default: origin, else any remote)

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
async function organisationGlob(dir) {
    const remotes = await listRemotes({ cwd: dir }).catch(() => []);
    const remote = remotes.find((candidate) => candidate.name === 'origin') ?? remotes[0];
    if (!remote)
        return 'github.com/your-org/*';
    const normal = normaliseRemoteUrl(remote.url);
    const slash = normal.lastIndexOf('/');
    return slash > 0 ? `${normal.slice(0, slash)}/*` : 'github.com/your-org/*';
}
function addDays(date, days) {
    const start = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
    return new Date((Number.isNaN(start) ? Date.now() : start) + days * 86_400_000).toISOString().slice(0, 10);
}
