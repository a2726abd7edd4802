import { writeFileSync } from 'node:fs';
import type { Report } from '../types.js';
import { UsageError } from '../errors.js';
import { oneOf } from '../cli-args.js';
import { colorEnabled } from './color.js';
import { displayText } from './safe-text.js';
import type { FormatContext } from './format-context.js';

export { REPORT_OPTIONS } from './report-options.js';

type Formatter = (report: Report, context: FormatContext) => string;

// One module a format, loaded only when asked for.
const LOADERS: Record<string, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
};

export const FORMATS = Object.keys(LOADERS);
export const FAIL_ON = ['block', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Help text for the options every reporting command shares. */
export const REPORT_OPTIONS_USAGE = `  --format F          ${FORMATS.join(' | ')} (default text)
  --output F          write the report to F instead of standard output
  --report FMT=FILE   also write a report in format FMT to FILE (repeatable; FILE - is standard output)
  --fail-on LEVEL     block | warn | never: what makes the exit code 1 (default block)
  -q, --quiet         text: the verdict line alone
  --verbose           text: every detail of each finding, every commit of a repeated one
  --no-color          no colour (also NO_COLOR=1 or FORCE_COLOR=0; --color or FORCE_COLOR=1 forces it)`;

export interface EmitOptions {
  format?: string;
  output?: string;
  /** Further reports, each `FORMAT=FILE` (--report, repeatable). */
  reports?: string[];
  label: string;
  failOn?: FailOn;
  /** --color / --no-color. */
  color?: boolean;
  detail?: FormatContext['detail'];
  rootCommits?: ReadonlySet<string>;
  why?: FormatContext['why'];
  env?: NodeJS.ProcessEnv;
}

export interface ReportTarget {
  format: string;
  /** undefined: standard output. */
  file?: string;
}

type ReportValues = {
  format?: string;
  output?: string;
  report?: string[];
  'fail-on'?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
};

/** REPORT_OPTIONS as parsed, checked (exit 2 with one line) before any work is done. */
export function reportOptionsFrom(values: ReportValues): Omit<EmitOptions, 'label'> {
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  const options = {
    format: values.format,
    output: values.output,
    reports: values.report,
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON, 'block'),
    color: values.color,
    detail: values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal',
  } as const;
  reportTargets(options);
  return options;
}

/** The main report (--format/--output) and every --report FORMAT=FILE, checked before anything is written. */
export function reportTargets(options: Pick<EmitOptions, 'format' | 'output' | 'reports'>): ReportTarget[] {
  if (options.output === '') throw new UsageError('--output: needs a file name');
  const targets: ReportTarget[] = [{ format: checkFormat('--format', options.format ?? 'text'), file: options.output }];
  for (const spec of options.reports ?? []) {
    const equals = spec.indexOf('=');
    if (equals <= 0 || equals === spec.length - 1) throw new UsageError(`--report: expected FORMAT=FILE, got ${spec}`);
    const file = spec.slice(equals + 1);
    targets.push({ format: checkFormat('--report', spec.slice(0, equals)), file: file === '-' ? undefined : file });
  }
  const toStdout = targets.filter((target) => target.file === undefined);
  // Reports given with --report replace the text on standard output unless --format was asked for too.
  if (toStdout.length > 1 && options.format === undefined && targets[0]!.file === undefined) targets.shift();
  if (targets.filter((target) => target.file === undefined).length > 1) {
    throw new UsageError('--report: only one report can go to standard output');
  }
  const files = targets.flatMap((target) => (target.file ? [target.file] : []));
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice) throw new UsageError(`--report: ${twice} is named twice`);
  return targets;
}

/** Writes every report asked for; returns the exit code (by --fail-on) and the files written. */
export async function emitReports(report: Report, options: EmitOptions): Promise<{ code: number; files: ReportTarget[] }> {
  const targets = reportTargets(options);
  const env = options.env ?? process.env;
  const written: ReportTarget[] = [];
  for (const target of targets) {
    // Colour only ever goes to a terminal: a file gets none, whatever --color or FORCE_COLOR say.
    const color = target.file === undefined && colorEnabled({ env, stream: process.stdout, flag: options.color });
    const { label, detail, rootCommits, why } = options;
    const context: FormatContext = { label, color, detail, rootCommits, why };
    const text = (await LOADERS[target.format]!())(report, context);
    if (target.file === undefined) {
      process.stdout.write(text);
      continue;
    }
    try {
      writeFileSync(target.file, text);
    } catch (error) {
      const option = target.file === options.output ? '--output' : '--report';
      throw new UsageError(`${option}: cannot write ${target.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    written.push(target);
  }
  if (written.length > 0 && !targets.some((target) => target.file === undefined)) {
    const { summary } = report;
    const names = written.map((target) => displayText(target.file!)).join(', ');
    const counts = `${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info`;
    process.stderr.write(`aiguard: ${counts}; report written to ${names}\n`);
  }
  return { code: exitCode(report, options.failOn ?? 'block'), files: written };
}

/** Writes the report where it was asked for and returns the exit code: 1 when anything blocks. */
export async function emitReport(report: Report, options: EmitOptions): Promise<number> {
  return (await emitReports(report, options)).code;
}

/** 1 when a finding at the --fail-on level or above is in force; never is always 0. */
export function exitCode(report: Report, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  if (report.summary.blocking > 0) return 1;
  return failOn === 'warn' && report.summary.warning > 0 ? 1 : 0;
}

function checkFormat(option: string, format: string): string {
  if (!Object.hasOwn(LOADERS, format)) throw new UsageError(`${option}: unknown format ${format} (expected ${FORMATS.join(', ')})`);
  return format;
}
