import { writeFileSync } from 'node:fs';
import type { Report } from '../types.js';
import { UsageError } from '../errors.js';
import { isBlocking } from './build-report.js';

type Formatter = (report: Report, label: string) => string;

// One module a format, loaded only when asked for.
const LOADERS: Record<string, () => Promise<Formatter>> = {
  text: async () => {
    const { formatText } = await import('./text.js');
    return (report, label) => formatText(report, { label });
  },
  json: async () => (await import('./json.js')).formatJson,
};

export const FORMATS = Object.keys(LOADERS);

export interface EmitOptions {
  format?: string;
  output?: string;
  label: string;
}

/** Writes the report where it was asked for and returns the exit code: 1 when anything blocks. */
export async function emitReport(report: Report, options: EmitOptions): Promise<number> {
  const format = options.format ?? 'text';
  const load = LOADERS[format];
  if (!load) throw new UsageError(`--format: unknown format ${format} (expected ${FORMATS.join(', ')})`);
  const text = (await load())(report, options.label);
  if (options.output) {
    try {
      writeFileSync(options.output, text);
    } catch (error) {
      throw new UsageError(`--output: cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const { summary } = report;
    process.stderr.write(`aiguard: ${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info; report written to ${options.output}\n`);
  } else {
    process.stdout.write(text);
  }
  return isBlocking(report) ? 1 : 0;
}
