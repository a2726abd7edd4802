// What an analyser reports: an issue it declares in analyser-issues.json, the line of the key, and evidence.

export interface SettingsIssue {
  /** One of the analyser's issues; the rule that names this analyser and this issue turns it into a finding. */
  issue: string;
  /** Set by analysers that serve several tools' rules (workflow): only that tool's rule takes the issue. */
  tool?: string;
  line: number;
  evidence: string;
}

/** Reads one file's text; never throws on bad input (an unparsable file is an issue of its own). */
export type SettingsAnalyser = (text: string, path: string) => SettingsIssue[];

/** Evidence stays one readable line. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
