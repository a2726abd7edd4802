// The options every reporting command shares, for parseCommandArgs (spread into a command's own). Kept apart from
// emit-report so that a command can declare them without loading the report code before git has started.
export const REPORT_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  report: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
} as const;
