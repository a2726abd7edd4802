import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding, Verdict } from '../types.js';
import { UsageError } from '../errors.js';
import { isActive } from './finding-status.js';

/**
 * One recorded finding. A message or identity finding of a commit is tied to that commit as rebase keeps it
 * (author e-mail, author date, patch id): a later commit with the same trailer is never covered. A tag's or a note's
 * is tied to the object it was read from (a new tag or note is a new object). A path finding covers the path; a
 * content or settings finding covers the same text at the same path.
 */
export interface BaselineEntry {
  rule: string;
  path?: string;
  evidence?: string;
  /** The commit it was recorded on, for readers; matching uses author, authorDate and patchId. */
  commit?: string;
  author?: string;
  authorDate?: string;
  /** `git patch-id --stable` of the commit; empty for a commit that changes no file. */
  patchId?: string;
  /** A tag's or a note's message or tagger: the tag object's id, or the note's blob id @ the id it annotates. */
  object?: string;
}

export interface Baseline {
  version: 2;
  entries: BaselineEntry[];
}

/** Commit id → patch id, read by the pipeline for the commits a baseline could cover. */
export type PatchIds = ReadonlyMap<string, string>;

const COMMIT_BOUND = new Set(['message', 'identity']);
const NEVER_RECORDED = new Set(['environment', 'branch', 'pull-request']);

/** Where the baseline of a repository lives; undefined when the policy turns baselines off. */
export function baselinePath(repoDir: string, setting: string | false): string | undefined {
  return setting === false ? undefined : resolve(repoDir, setting);
}

/** The baseline file as repository-relative path, so scans never report the file that lists the findings. */
export function baselineRepoPath(repoDir: string, setting: string | false): string | undefined {
  const path = baselinePath(repoDir, setting);
  if (!path) return undefined;
  const inside = relative(repoDir, path).replace(/\\/g, '/');
  return inside.startsWith('../') || isAbsolute(inside) ? undefined : inside;
}

/** Reads a baseline; undefined when the file does not exist. A malformed file is an error, never an empty baseline. */
export function readBaseline(file: string, label = file): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  return parseBaseline(readFileSync(file, 'utf8'), label);
}

/** Parses baseline text (CI reads it from the base revision with git show). Version 1 files are refused. */
export function parseBaseline(text: string, label: string): Baseline {
  const data = parseJson(text, label);
  if (data.version !== 2) {
    // Version 1 keyed message findings on their text alone, so it let every later commit with that text through.
    throw new UsageError(
      `${label}: baseline version ${String(data.version ?? 1)} is no longer read (it covered future commits too); ` +
        'rewrite it with aiguard baseline',
    );
  }
  return { version: 2, entries: checkEntries(data.entries, label) };
}

/** A baseline of any version, for `aiguard baseline` to rewrite: version 1 entries are dropped and recorded anew. */
export function readBaselineForUpdate(file: string, label: string): { baseline?: Baseline; migratedFrom?: number } {
  if (!existsSync(file)) return {};
  const data = parseJson(readFileSync(file, 'utf8'), label);
  if (data.version === 2) return { baseline: { version: 2, entries: checkEntries(data.entries, label) } };
  return { migratedFrom: typeof data.version === 'number' ? data.version : 1 };
}

function parseJson(text: string, label: string): { version?: unknown; entries?: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${label}: not a baseline object`);
  return data as { version?: unknown; entries?: unknown };
}

function checkEntries(entries: unknown, label: string): BaselineEntry[] {
  if (!Array.isArray(entries)) throw new UsageError(`${label}: entries: must be a list`);
  entries.forEach((entry: Partial<BaselineEntry> | null, index) => {
    const key = `${label}: entries[${index}]`;
    if (typeof entry?.rule !== 'string') throw new UsageError(`${key}.rule: required`);
    for (const field of ['path', 'evidence', 'commit', 'author', 'authorDate', 'patchId', 'object'] as const) {
      if (entry[field] !== undefined && typeof entry[field] !== 'string') throw new UsageError(`${key}.${field}: must be a string`);
    }
    if (entry.path === undefined && entry.authorDate === undefined && entry.object === undefined)
      throw new UsageError(`${key}: needs a path, a commit's author and authorDate, or a tag's or note's object`);
    if (entry.object !== undefined && entry.evidence === undefined) throw new UsageError(`${key}: an object entry needs evidence`);
    if (entry.authorDate !== undefined && (entry.author === undefined || entry.patchId === undefined || entry.evidence === undefined)) {
      throw new UsageError(`${key}: a commit entry needs author, authorDate, patchId and evidence`);
    }
  });
  return entries as BaselineEntry[];
}

/** The e-mail of `Name <email>`, lower-cased; identity is the address, never the display name. */
function emailOf(identity: string | undefined): string {
  const match = /<([^>]*)>\s*$/.exec(identity ?? '');
  return (match ? match[1]! : (identity ?? '')).trim().toLowerCase();
}

function instant(date: string | undefined): number {
  const time = Date.parse(date ?? '');
  return Number.isNaN(time) ? -1 : Math.floor(time / 1000);
}

const normalise = (evidence: string | undefined): string => (evidence ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The key a finding is recorded and matched under, without the patch id (which only the pipeline can read). */
function keyOf(
  rule: string,
  kind: string,
  finding: { path?: string; evidence?: string; author?: string; authorDate?: string; object?: string },
): string | undefined {
  if (NEVER_RECORDED.has(kind)) return undefined;
  if (COMMIT_BOUND.has(kind)) {
    if (finding.authorDate) return `${rule}\0c\0${normalise(finding.evidence)}\0${emailOf(finding.author)}\0${instant(finding.authorDate)}`;
    return finding.object ? `${rule}\0o\0${finding.object}\0${normalise(finding.evidence)}` : undefined;
  }
  if (finding.path === undefined) return undefined;
  if (kind === 'path') return `${rule}\0p\0${finding.path}`;
  return `${rule}\0t\0${finding.path}\0${normalise(finding.evidence)}`;
}

// An entry with an author date or an object stands for a message or identity; without evidence, a path; else, text.
function entryKey(entry: BaselineEntry): string {
  const bound = entry.authorDate !== undefined || entry.object !== undefined;
  const kind = bound ? 'message' : entry.evidence === undefined ? 'path' : 'content';
  return keyOf(entry.rule, kind, entry)!;
}

/** The commits whose patch ids a baseline records: those of its message and identity findings. */
export function commitsToRecord(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((finding) => (finding.commit && COMMIT_BOUND.has(finding.kind) ? [finding.commit] : [])))];
}

/** Commits whose patch id decides whether a baseline entry covers one of their findings. */
export function commitsToIdentify(findings: readonly Finding[], baseline: Baseline | undefined): string[] {
  if (!baseline?.entries.some((entry) => entry.authorDate !== undefined)) return [];
  const keys = new Set(baseline.entries.filter((entry) => entry.authorDate !== undefined).map(entryKey));
  const commits = new Set<string>();
  for (const finding of findings) {
    const key = keyOf(finding.ruleId, finding.kind, finding);
    if (finding.commit && key && keys.has(key)) commits.add(finding.commit);
  }
  return [...commits];
}

/** Findings the baseline covers become `baselined`; commit entries need the commit's patch id to match too. */
export function applyBaseline(
  findings: Verdict[],
  baseline: Baseline | undefined,
  label: string,
  patchIds: PatchIds = new Map(),
): Verdict[] {
  if (!baseline || baseline.entries.length === 0) return findings;
  const known = new Map<string, Set<string>>();
  for (const entry of baseline.entries) {
    const key = entryKey(entry);
    if (!known.has(key)) known.set(key, new Set());
    known.get(key)!.add(entry.patchId ?? '');
  }
  return findings.map((finding) => {
    if (!isActive(finding)) return finding;
    const key = keyOf(finding.ruleId, finding.kind, finding);
    const patches = key === undefined ? undefined : known.get(key);
    if (!patches) return finding;
    const onCommit = COMMIT_BOUND.has(finding.kind) && finding.authorDate !== undefined;
    if (onCommit && !(finding.commit && patches.has(patchIds.get(finding.commit) ?? ''))) return finding;
    return { ...finding, status: 'baselined', note: `recorded in ${label}` };
  });
}

export interface BaselineUpdate {
  baseline: Baseline;
  added: number;
  pruned: number;
}

/** Adds the findings to a baseline; with prune, entries no finding matches any more are dropped. */
export function updateBaseline(
  previous: Baseline | undefined,
  findings: readonly Finding[],
  patchIds: PatchIds,
  prune: boolean,
): BaselineUpdate {
  const current = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry = entryFor(finding, patchIds);
    if (!entry) continue;
    const id = `${entryKey(entry)}\0${entry.patchId ?? ''}`;
    if (!current.has(id)) current.set(id, entry);
  }
  const kept = new Map<string, BaselineEntry>();
  let pruned = 0;
  for (const entry of previous?.entries ?? []) {
    const id = `${entryKey(entry)}\0${entry.patchId ?? ''}`;
    if (prune && !current.has(id)) pruned++;
    else kept.set(id, entry);
  }
  let added = 0;
  for (const [id, entry] of current) {
    if (kept.has(id)) continue;
    kept.set(id, entry);
    added++;
  }
  const order = (entry: BaselineEntry): string =>
    `${entry.rule}\0${entry.path ?? ''}\0${entry.authorDate ?? ''}\0${entry.object ?? ''}\0${entry.evidence ?? ''}\0${entry.patchId ?? ''}`;
  const entries = [...kept.values()].sort((a, b) => order(a).localeCompare(order(b)));
  return { baseline: { version: 2, entries }, added, pruned };
}

function entryFor(finding: Finding, patchIds: PatchIds): BaselineEntry | undefined {
  if (keyOf(finding.ruleId, finding.kind, finding) === undefined) return undefined;
  // Key order is the order a reader wants: what, where, the text, then the commit it stands on.
  if (COMMIT_BOUND.has(finding.kind) && !finding.authorDate)
    return { rule: finding.ruleId, evidence: finding.evidence, object: finding.object };
  if (COMMIT_BOUND.has(finding.kind)) {
    return {
      rule: finding.ruleId,
      evidence: finding.evidence,
      commit: finding.commit,
      author: emailOf(finding.author),
      authorDate: finding.authorDate,
      patchId: patchIds.get(finding.commit ?? '') ?? '',
    };
  }
  if (finding.kind === 'path') return { rule: finding.ruleId, path: finding.path };
  return { rule: finding.ruleId, path: finding.path, evidence: finding.evidence };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  const description =
    'aiguard baseline: findings that existed when the policy was adopted. Commit entries cover only the commit they name ' +
    '(as rebase keeps it), object entries only the tag or note they name; path entries cover the path. ' +
    'Regenerate with aiguard baseline; ' +
    'drop stale entries with aiguard baseline --prune.';
  const text = `${JSON.stringify({ version: 2, description, entries: baseline.entries }, null, 2)}\n`;
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${file}: cannot write the baseline: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** What a baseline run records: active findings, not those an allow entry already covers (so exceptions still expire). */
export function findingsToRecord(findings: Verdict[]): Verdict[] {
  return findings.filter((finding) => isActive(finding) || finding.status === 'grandfathered' || finding.status === 'baselined');
}
