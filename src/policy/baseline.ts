import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding } from '../types.js';
import { UsageError } from '../errors.js';
import { isActive } from './finding-status.js';

/** One recorded finding: what it was, readable, and the fingerprint scans compare (never a commit id). */
export interface BaselineEntry {
  rule: string;
  path?: string;
  evidence?: string;
  fingerprint: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

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

/** Parses baseline text (CI reads it from the base revision with git show). */
export function parseBaseline(text: string, label: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${(error as Error).message}`);
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new UsageError(`${label}: entries: must be a list`);
  entries.forEach((entry, index) => {
    if (typeof (entry as BaselineEntry | null)?.fingerprint !== 'string') throw new UsageError(`${label}: entries[${index}].fingerprint: required`);
  });
  return { version: 1, entries: entries as BaselineEntry[] };
}

/** Findings recorded in the baseline become `baselined`. */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined, label: string): Finding[] {
  if (!baseline || baseline.entries.length === 0) return findings;
  const known = new Set(baseline.entries.map((entry) => entry.fingerprint));
  return findings.map((finding) =>
    isActive(finding) && known.has(finding.fingerprint) ? { ...finding, status: 'baselined', note: `recorded in ${label}` } : finding,
  );
}

export interface BaselineUpdate {
  baseline: Baseline;
  added: number;
  pruned: number;
}

/** Adds the findings' fingerprints to a baseline; with prune, entries no finding matches any more are dropped. */
export function updateBaseline(previous: Baseline | undefined, findings: Finding[], prune: boolean): BaselineUpdate {
  const current = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (current.has(finding.fingerprint)) continue;
    // Key order is the order a reader wants: what, where, the text, then the fingerprint scans compare.
    current.set(finding.fingerprint, {
      rule: finding.ruleId,
      ...(finding.path !== undefined ? { path: finding.path } : {}),
      ...(finding.evidence !== finding.path ? { evidence: finding.evidence } : {}),
      fingerprint: finding.fingerprint,
    });
  }
  const kept = new Map<string, BaselineEntry>();
  let pruned = 0;
  for (const entry of previous?.entries ?? []) {
    if (prune && !current.has(entry.fingerprint)) pruned++;
    else kept.set(entry.fingerprint, entry);
  }
  let added = 0;
  for (const [key, entry] of current) {
    if (kept.has(key)) continue;
    kept.set(key, entry);
    added++;
  }
  const entries = [...kept.values()].sort((a, b) => a.rule.localeCompare(b.rule) || (a.path ?? '').localeCompare(b.path ?? '') || (a.evidence ?? '').localeCompare(b.evidence ?? '') || a.fingerprint.localeCompare(b.fingerprint));
  return { baseline: { version: 1, entries }, added, pruned };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  const text = `${JSON.stringify({ version: 1, description: 'aiguard baseline: findings that existed when the policy was adopted. Regenerate with aiguard baseline; drop stale entries with aiguard baseline --prune.', entries: baseline.entries }, null, 2)}\n`;
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${file}: cannot write the baseline: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** What a baseline run records: active findings, not those an allow entry already covers (so exceptions still expire). */
export function findingsToRecord(findings: Finding[]): Finding[] {
  return findings.filter((finding) => isActive(finding) || finding.status === 'grandfathered' || finding.status === 'baselined');
}
