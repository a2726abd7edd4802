// `aiguard fix-message F`: strip mode on demand, for a message file (also usable as GIT_EDITOR while rewording).
import { writeFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli-args.js';
import { UsageError } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { commitMessageText, messageSource, readMessageFile } from '../sources/message-file.js';
import { loadEngine, runPipeline } from '../pipeline.js';
import { stripMessage } from '../fix/strip-message.js';

export const FIX_MESSAGE_USAGE = `Usage: aiguard fix-message FILE [--config F] [--dry-run]
  Removes AI trailers and generated-with markers (every line the policy blocks or warns about) from a
  commit message file, with the blank lines they leave; every other trailer stays. Exit 1 when something
  blocking remains (or the message would be empty), 0 otherwise.
  --dry-run            print the fixed message instead of writing the file
  --config F           the policy file (default: the repository's config)`;

export async function fixMessageCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'fix-message',
    argv,
    { config: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    process.stdout.write(`${FIX_MESSAGE_USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('aiguard fix-message: the message file argument is missing');
  const raw = readMessageFile(file);
  const searchDir = await repositoryRoot();
  const engine = await loadEngine({ configFile: values.config, searchDir });
  const result = await stripMessage(raw, engine);
  if (values['dry-run']) process.stdout.write(result.message);
  else if (result.removed.length > 0) writeFileSync(file, result.message);
  for (const line of result.removed) process.stderr.write(`aiguard: removed: ${line}\n`);
  if (result.wouldEmpty)
    process.stderr.write(`aiguard: ${file}: not changed: nothing but AI lines would be left; write a message of your own\n`);
  const { report } = await runPipeline(engine, [messageSource({ file, text: commitMessageText(result.message) })], {
    gate: false,
    repoDir: searchDir,
  });
  for (const finding of report.findings.filter((item) => item.status === 'blocking')) {
    process.stderr.write(`aiguard: still blocking: line ${finding.line ?? '?'}: ${finding.evidence} (${finding.ruleId})\n`);
  }
  return report.summary.blocking > 0 ? 1 : 0;
}

/** The repository's root for the config lookup; outside a repository, the current directory. */
async function repositoryRoot(): Promise<string> {
  try {
    const repo = await openRepository('.');
    return repo.root ?? repo.cwd;
  } catch {
    return process.cwd();
  }
}
