// What an analyser reports: a topic (the end of the rule id it belongs to), the line of the key, and evidence.

export interface SettingsIssue {
  /** Matches rules whose id ends in `/<topic>` or `-<topic>` (e.g. hook-command → claude-code/settings-hook-command). */
  topic: string;
  line: number;
  evidence: string;
  /** Set by analysers that serve several tools' rules (workflow): only that tool's rule takes the issue. */
  tool?: string;
}

/** Reads one file's text; never throws on bad input (an unparsable file is an issue of its own). */
export type SettingsAnalyser = (text: string, path: string) => SettingsIssue[];

/** Evidence stays one readable line. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
