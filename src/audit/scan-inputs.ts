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
export const FINDINGS_VERSION = '2';

/** What a scan stores beside its findings for the next run to compare. */
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

export interface ProbeOptions {
  config: string | null;
  content: boolean;
  /** Repositories probed at once (each is two short git processes). */
  concurrency: number;
}

/**
 * The inputs key of every local repository as it is now, read in the background (the store opens meanwhile);
 * undefined where git cannot read it. A URL has none: only its fetch can tell what is new.
 */
export function probeKeys(targets: AuditTarget[], options: ProbeOptions): Map<string, Promise<string | undefined>> {
  const keys = new Map<string, Promise<string | undefined>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running++ >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  for (const target of targets) {
    if (target.kind === 'url') continue;
    const key = slot()
      .then(() => probeKey(target.name, options))
      .catch(() => undefined)
      .finally(release);
    keys.set(target.name, key);
  }
  return keys;
}

/**
 * The results of the repositories with nothing new: scanned last time without failure, under the key they have
 * now, the key still valid today. Each keeps its findings and tips; its row says it was seen this run and read no
 * commit, as a scan that found nothing new would write it.
 */
export async function unchangedResults(
  store: AuditStore,
  keys: Map<string, Promise<string | undefined>>,
  scannedAt: string,
): Promise<Map<string, RepositoryResult>> {
  const today = scannedAt.slice(0, 10);
  const unchanged = new Map<string, RepositoryResult>();
  for (const [repository, key] of keys) {
    const stored = store.storedInputs(repository);
    if (!stored || stored.row.status !== 'ok' || (stored.validUntil !== null && today > stored.validUntil)) continue;
    if ((await key) === stored.key) unchanged.set(repository, { row: { ...stored.row, scanned_at: scannedAt, new_commits: 0 } });
  }
  return unchanged;
}

async function probeKey(dir: string, options: ProbeOptions): Promise<string> {
  const [refs, remotes] = await Promise.all([refState(dir), listRemotes({ cwd: dir })]);
  return inputsKey({ config: options.config, content: options.content, refs, remotes });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
