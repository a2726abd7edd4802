import type { CommitInfo, Finding, Kind, Subject } from '../types.js';
import { type CompiledRule, type Matchers, matchesPath, pathCandidates } from './compile-rules.js';
import { normalizeText } from './normalize-text.js';
import { addedLines } from './added-lines.js';
import { fingerprint } from './fingerprint.js';
import { detectSettings } from './settings/detect-settings.js';

interface Place {
  commit?: CommitInfo;
  path?: string;
  line?: number;
  field?: string;
}

/** Every finding the rules make of one subject; statuses are the policy's business. */
export function detectSubject(matchers: Matchers, subject: Subject, out: Finding[]): void {
  switch (subject.type) {
    case 'path':
      return detectPath(matchers, subject.path, subject.commit, out);
    case 'message':
      return detectText(matchers, 'message', subject.text, { commit: subject.commit, field: subject.file ? 'message-file' : 'message' }, out);
    case 'identity':
      return detectIdentity(matchers, subject.role, subject.value, subject.commit, out);
    case 'content':
      return detectLine(matchers, subject.text, { commit: subject.commit, path: subject.path, line: subject.line }, out);
    case 'diff':
      return detectDiff(matchers, subject.diff, subject.commit, out);
    case 'pull-request':
      // A PR title or body carries the same footers and trailers as a commit message, plus markers of its own.
      detectText(matchers, 'message', subject.text, { field: subject.field }, out);
      return detectText(matchers, 'pull-request', subject.text, { field: subject.field }, out);
    case 'branch':
      return detectText(matchers, 'branch', subject.name, { field: 'branch' }, out);
    case 'environment':
      return detectText(matchers, 'environment', `${subject.name}=${subject.value}`, { field: 'environment' }, out);
    case 'settings':
      return detectSettings(matchers, subject, out); // The analysers of detect/settings read the file.
  }
}

function detectPath(matchers: Matchers, path: string, commit: CommitInfo | undefined, out: Finding[]): void {
  for (const compiled of pathCandidates(matchers, path)) {
    if (compiled.rule.kind !== 'path') continue;
    if (matchesPath(compiled, path)) out.push(makeFinding(compiled, path, { commit, path }));
  }
}

function detectIdentity(matchers: Matchers, role: 'author' | 'committer', value: string, commit: CommitInfo, out: Finding[]): void {
  const text = normalizeText(value);
  if (!passes(matchers, 'identity', text)) return;
  for (const compiled of matchers.byKind.get('identity') ?? []) {
    const field = compiled.rule.field ?? 'any';
    if (field !== 'any' && field !== role) continue;
    if (!compiled.regex || !hasKeyword(compiled, text)) continue;
    compiled.regex.lastIndex = 0;
    if (compiled.regex.test(text)) out.push(makeFinding(compiled, text, { commit, field: role }));
  }
}

/** Whole-text scan: squash merges move trailers out of git's trailer block, so every line counts. */
function detectText(matchers: Matchers, kind: Kind, raw: string, place: Place, out: Finding[]): void {
  const text = normalizeText(raw);
  if (!passes(matchers, kind, text)) return;
  const lower = text.toLowerCase();
  for (const compiled of matchers.byKind.get(kind) ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, lower, true)) continue;
    const seen = new Set<string>();
    for (const match of text.matchAll(compiled.regex)) {
      const { evidence, line } = lineOf(text, match.index ?? 0, match[0]);
      if (seen.has(evidence)) continue;
      seen.add(evidence);
      out.push(makeFinding(compiled, evidence, { ...place, line }));
    }
  }
}

function detectLine(matchers: Matchers, raw: string, place: Place, out: Finding[]): void {
  const text = normalizeText(raw);
  if (!passes(matchers, 'content', text)) return;
  const lower = text.toLowerCase();
  for (const compiled of matchers.byKind.get('content') ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, lower, true)) continue;
    if (compiled.pathRegexes.length > 0 && !matchesPath(compiled, place.path ?? '')) continue;
    compiled.regex.lastIndex = 0;
    const match = compiled.regex.exec(text);
    if (match) out.push(makeFinding(compiled, text.trim().slice(0, 300), place));
  }
}

function detectDiff(matchers: Matchers, diff: string, commit: CommitInfo | undefined, out: Finding[]): void {
  // Most patches hold no keyword at all: one search over the whole text decides.
  if (!passes(matchers, 'content', diff)) return;
  for (const added of addedLines(diff)) detectLine(matchers, added.text, { commit, path: added.path, line: added.line }, out);
}

function passes(matchers: Matchers, kind: Kind, text: string): boolean {
  if (!matchers.byKind.has(kind)) return false;
  const prefilter = matchers.prefilter.get(kind);
  return prefilter ? prefilter.test(text) : true;
}

function hasKeyword(compiled: CompiledRule, text: string, lowered = false): boolean {
  if (compiled.keywords.length === 0) return true;
  const haystack = lowered ? text : text.toLowerCase();
  return compiled.keywords.some((keyword) => haystack.includes(keyword));
}

function lineOf(text: string, index: number, matched: string): { evidence: string; line: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index + Math.max(matched.length - 1, 0));
  const end = newline === -1 ? text.length : newline;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  const evidence = matched.includes('\n') ? matched.trim() : text.slice(start, end).trim();
  return { evidence: evidence.slice(0, 300), line };
}

export function makeFinding(compiled: CompiledRule, evidence: string, place: Place): Finding {
  const { rule } = compiled;
  const finding: Finding = {
    ruleId: rule.id,
    tool: rule.tool,
    kind: rule.kind,
    severity: rule.severity,
    evidence,
    fingerprint: fingerprint(rule.id, place.path, evidence),
    description: rule.description,
    fix: rule.fix,
  };
  if (place.commit) {
    finding.commit = place.commit.id;
    finding.commitSummary = place.commit.summary;
    finding.commitDate = place.commit.date;
    if (place.commit.authorDate) finding.authorDate = place.commit.authorDate;
    finding.author = place.commit.author;
  }
  if (place.path !== undefined) finding.path = place.path;
  if (place.line !== undefined) finding.line = place.line;
  if (place.field !== undefined) finding.field = place.field;
  return finding;
}
