/** What every formatter is given beside the report. */
export interface FormatContext {
  /** Heading for findings that belong to no commit: "working tree", "staged changes", "commit message"… */
  label: string;
  /** Paint the text (text format on a terminal only). */
  color?: boolean;
  /** quiet: the verdict line alone; verbose: every detail and every commit of a repeated finding. */
  detail?: 'quiet' | 'normal' | 'verbose';
  /** Commits without a parent: a fix that rewrites them says `rebase -i --root`. */
  rootCommits?: ReadonlySet<string>;
  /** A rule's reason, from the rule set of the run (text --verbose shows it). */
  why?: (ruleId: string) => string | undefined;
}
