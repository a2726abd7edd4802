import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Report } from '../types.js';
import { UsageError } from '../errors.js';
import { formatStepSummary } from '../report/step-summary.js';

/** In GitHub Actions, whatever the format: a table in the job summary and the step's outputs. */
export function writeGithubOutputs(env: NodeJS.ProcessEnv, report: Report, label: string, reportFile: string | undefined): void {
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) append('GITHUB_STEP_SUMMARY', summaryFile, formatStepSummary(report, label));
  const outputFile = env.GITHUB_OUTPUT;
  if (!outputFile) return;
  const { summary } = report;
  const outputs: Record<string, string> = {
    found: String(summary.blocking + summary.warning + summary.info > 0),
    blocking: String(summary.blocking > 0),
    count: String(summary.blocking + summary.warning + summary.info),
    report: reportFile ?? '',
  };
  // The multi-line form with a random delimiter: no value can end the block early (nor hold it, as @actions/core checks).
  let delimiter: string;
  do delimiter = `aiguard_${randomBytes(8).toString('hex')}`;
  while (Object.values(outputs).some((value) => value.includes(delimiter)));
  const text = Object.entries(outputs)
    .map(([name, value]) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`)
    .join('');
  append('GITHUB_OUTPUT', outputFile, text);
}

function append(variable: string, file: string, text: string): void {
  try {
    appendFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${variable}: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
