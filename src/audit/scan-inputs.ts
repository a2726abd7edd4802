// A re-run's shortcut. Besides aiguard itself, a repository's findings depend only on its refs (the tips and the
// default branch's head, whose commit holds its policy and baseline), its remotes (links, scope), --config, --content
// and today's date (allow entries expire). The worker stores a key of all of them with its scan; the next run reads
// the refs and remotes in the main thread (two git calls) and starts no worker for a repository whose key still holds.
import { createHash } from 'node:crypto';
import { compiledRulesJson } from '../assets/rules.js';
import { PRESETS } from '../config/presets.js';
import { defaultPolicy } from '../config/merge-config.js';
import { refState, type RefState } from '../git/ref-tips.js';
import { listRemotes, type Remote } from '../git/remotes.js';
import type { Policy } from '../policy/policy.js';
import type { AuditTarget } from './repository-list.js';
import type { AuditStore, RepositoryResult } from './store.js';

/** Part of every engine fingerprint and inputs key: raised when what a stored finding means changes. */
export const FINDINGS_VERSION = '1';

/** What a scan stores beside its findings for the next run to compare. */
export interface ScanInputs {
  key: string;
  /** The last day the key holds: the earliest expiry of an allow entry still in force (null: none expires). */
  validUntil: string | null;
}

export interface InputParts {
  /** configDigest of the organisation's --config, or null when each repository's own policy applies. */
  config: string | null;
  content: boolean;
  refs: RefState;
  remotes: Remote[];
}

let ownDigest: string | undefined;

/** aiguard's own part: its built-in rules, default policy and presets (an upgrade that changes them rescans). */
function aiguardDigest(): string {
  ownDigest ??= sha256(JSON.stringify([FINDINGS_VERSION, compiledRulesJson(), defaultPolicy(), PRESETS]));
  return ownDigest;
}

export function inputsKey(parts: InputParts): string {
  return sha256(JSON.stringify({ aiguard: aiguardDigest(), ...parts }));
}

/** The organisation's policy as resolved (extends included), and where it was read. */
export function configDigest(policy: Policy): string {
  const { origins: _origins, ...rest } = policy;
  return sha256(JSON.stringify(rest));
}

/** The earliest expiry on or after today among the policy's allow entries: after that day the findings change. */
export function validUntil(policy: Policy, today: string): string | null {
  const days = policy.allow.flatMap((entry) => (entry.expires !== undefined && entry.expires >= today ? [entry.expires] : []));
  return days.length ? days.sort()[0]! : null;
}

export interface UnchangedOptions {
  config: string | null;
  content: boolean;
  scannedAt: string;
  /** Repositories probed at once (each is two short git processes). */
  concurrency: number;
}

/**
 * The results of the repositories with nothing new: scanned last time without failure, under the same key, the key
 * still valid today. Each keeps its findings and tips; its row says it was seen this run and read no commit.
 * A URL is never among them: only its fetch can tell what is new.
 */
export async function unchangedResults(
  store: AuditStore,
  targets: AuditTarget[],
  options: UnchangedOptions,
): Promise<Map<string, RepositoryResult>> {
  const today = options.scannedAt.slice(0, 10);
  const candidates = targets.flatMap((target) => {
    if (target.kind === 'url') return [];
    const stored = store.storedInputs(target.name);
    if (!stored || stored.row.status !== 'ok' || (stored.validUntil !== null && today > stored.validUntil)) return [];
    return [{ target, stored }];
  });
  const unchanged = new Map<string, RepositoryResult>();
  let next = 0;
  const probeNext = async (): Promise<void> => {
    while (next < candidates.length) {
      const { target, stored } = candidates[next++]!;
      const key = await probeKey(target.name, options).catch(() => undefined);
      if (key !== stored.key) continue;
      unchanged.set(target.name, { row: { ...stored.row, scanned_at: options.scannedAt, new_commits: 0 } });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, candidates.length) }, probeNext));
  return unchanged;
}

async function probeKey(dir: string, options: UnchangedOptions): Promise<string> {
  const [refs, remotes] = await Promise.all([refState(dir), listRemotes({ cwd: dir })]);
  return inputsKey({ config: options.config, content: options.content, refs, remotes });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
