// Plain data shared by every stage: subjects in, findings out.

export type Kind = 'path' | 'message' | 'identity' | 'content' | 'pull-request' | 'branch' | 'environment' | 'settings';

export type Severity = 'block' | 'warn' | 'info';
export type Level = Severity | 'off';
export type Status = 'blocking' | 'warning' | 'info' | 'allowed' | 'baselined' | 'grandfathered';

/** A rule as it stands in rules/*.yml (and in a policy's customRules). */
export interface Rule {
  id: string;
  tool: string;
  kind: Kind;
  severity: Severity;
  description: string;
  why: string;
  fix: string;
  /** Globs over repository paths (kind path, settings, content). */
  paths?: string[];
  /** A regular expression (kind message, identity, content, pull-request, branch, environment). */
  pattern?: string;
  /** Regex flags beyond the default `i` and `m` (e.g. "s"); "-i" turns case-insensitivity off. */
  flags?: string;
  /** Literal words one of which must occur before the pattern is tried (cheap prefilter). */
  keywords?: string[];
  /** Identity rules: which side of a commit the pattern reads. */
  field?: 'author' | 'committer' | 'any';
  /** Settings rules: the analyser that reads the file (src/detect/settings/analyser-issues.ts)… */
  analyser?: string;
  /** …and which of its issues this rule reports. */
  issue?: string;
  /** Settings rules found by a command from data of its own instead of a file's text (aiguard ci's policy diff). */
  foundBy?: string;
  /** Evidence (examples) the rule is meant to catch and to leave alone, used by the tests. */
  examples?: { match?: string[]; ignore?: string[] };
  /** Globs that take a path back out of `paths` (a catch-all beside its specific rules). */
  excludePaths?: string[];
  /** `paths` and `excludePaths` compiled to regular-expression sources at build time. */
  pathRegex?: string[];
  excludePathRegex?: string[];
}

export interface CommitInfo {
  id: string;
  summary: string;
  author: string;
  committer: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  /** Author date, ISO 8601 with offset (rebase keeps it; absent where git log did not give it). */
  authorDate?: string;
}

/** One thing to look at, produced by a source, consumed by detect. */
export type Subject =
  /** blob: the content's object id when git gave it (settings text is read by id: a name may hold a newline). */
  | { type: 'path'; path: string; symlink?: boolean; commit?: CommitInfo; blob?: string }
  /** field: where a message that is not a commit's was read (`tag v1.0`, `note on <id>`). */
  | { type: 'message'; text: string; commit?: CommitInfo; file?: string; field?: string; object?: string }
  /** An annotated tag's tagger has no commit: its field says which tag (`tagger of tag v1.0`). */
  | { type: 'identity'; role: 'author' | 'committer'; value: string; commit?: CommitInfo; field?: string; object?: string }
  | { type: 'content'; path: string; line: number; text: string; commit?: CommitInfo }
  /** Unified -U0 diff text whose added lines detect reads only when a content keyword occurs in it. */
  | { type: 'diff'; diff: string; commit?: CommitInfo }
  | { type: 'pull-request'; field: 'title' | 'body'; text: string }
  | { type: 'branch'; name: string }
  | { type: 'environment'; name: string; value: string }
  | { type: 'settings'; path: string; text: string; commit?: CommitInfo };

/** What detect makes of a subject under one rule: policy-free (no status until the policy judges it). */
export interface Finding {
  ruleId: string;
  tool: string;
  kind: Kind;
  /** The rule's own severity; the policy's level replaces it in the verdict. */
  severity: Severity;
  evidence: string;
  fingerprint: string;
  commit?: string;
  commitSummary?: string;
  commitDate?: string;
  authorDate?: string;
  author?: string;
  path?: string;
  line?: number;
  /** Where it was read: author/committer, title/body, the message file… */
  field?: string;
  /** A tag's or a note's message and tagger: the object read (tag id; note blob id @ the id it annotates). */
  object?: string;
  // No rule text here: a report looks it up by ruleId in Report.rules (one copy a rule, not one a finding).
}

/** A finding as the policy judged it: its level as severity, its status, and why it got that status. */
export interface Verdict extends Finding {
  status: Status;
  /** Why the policy gave it its status (an allow entry's reason, an expiry, an effective date). */
  note?: string;
}

export interface Summary {
  total: number;
  blocking: number;
  warning: number;
  info: number;
  allowed: number;
  baselined: number;
  grandfathered: number;
  commitsScanned: number;
  byTool: Record<string, number>;
}

/** What a report says of a rule that fired: its text, handed over by the pipeline so reports never load rules. */
export interface RuleText {
  id: string;
  tool: string;
  kind: Kind;
  description: string;
  why: string;
  fix: string;
  /** False for a policy's own rule (its help lives with the policy, not in aiguard's packs). */
  builtin: boolean;
}

export interface Report {
  version: 1;
  /** Named findings in the JSON contract; each is a verdict. */
  findings: Verdict[];
  summary: Summary;
  /** The rules that fired, by id: every format reads a finding's description and fix here (json writes them per finding). */
  rules?: Record<string, RuleText>;
}

/** Lower-cased literal path segments (exact names, and prefixes of names) one of which every wanted path holds. */
export interface PathKeys {
  exact: readonly string[];
  prefixes: readonly string[];
}
