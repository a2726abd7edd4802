import type { Finding, Subject } from '../types.js';
import { parseCommandArgs } from '../cli-args.js';
import { openRepository } from '../git/repository.js';
import { treeSubjects } from '../sources/tree.js';
import { stagedSubjects } from '../sources/staged.js';
import { messageFileSubjects } from '../sources/message-file.js';
import { rangeSubjects } from '../sources/range.js';
import { collectFindings, finishReport, loadEngine } from '../scan-pipeline.js';
import { emitReport, FORMATS } from '../report/emit-report.js';
import { UsageError } from '../errors.js';
import { checkScope } from '../policy/scope.js';
import { withSettingsText, settingsTextReader, type TextSource } from '../sources/settings-text.js';
import { settingsTextWanted } from '../detect/settings/detect-settings.js';

export const SCAN_USAGE = `Usage: aiguard scan [PATH] [options]
  Scans the tree of the repository at PATH (default: the current directory): tracked files and
  untracked files that are not ignored.
  --staged            what the index adds against HEAD (paths and added lines)
  --message-file F    a commit message file
  --range REVS        every commit git rev-list REVS lists (main, A..B, A...B)
  --all               every commit reachable from any ref
  --no-content        skip added lines of commits and file contents
  --format F          ${FORMATS.join(' | ')} (default text)
  --output F          write the report to F
  --report FMT=FILE   also write a report in format FMT to FILE (repeatable)
  --config F          the policy file (default: found in the repository root)`;

export async function scanCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'scan',
    argv,
    {
      staged: { type: 'boolean' },
      'message-file': { type: 'string' },
      range: { type: 'string' },
      all: { type: 'boolean' },
      content: { type: 'boolean', default: true },
      format: { type: 'string' },
      output: { type: 'string' },
      report: { type: 'string', multiple: true },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    process.stdout.write(`${SCAN_USAGE}\n`);
    return 0;
  }
  if (values.range !== undefined && values.all) throw new UsageError('aiguard scan: --range and --all cannot be used together');
  if (values.range !== undefined && values.range.trim() === '') throw new UsageError('aiguard scan: --range needs revisions');
  const repo = await openRepository(positionals[0] ?? '.');
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir: repo.root ?? repo.cwd });
  const notCovered = await checkScope(repo, policy);
  if (notCovered) {
    // Machine formats keep stdout for reports; the line goes to stderr there.
    (values.format === undefined || values.format === 'text' ? process.stdout : process.stderr).write(`${notCovered}\n`);
    return 0;
  }
  const content = values.content !== false;
  const findings: Finding[] = [];
  const labels: string[] = [];
  let commitsScanned = 0;
  const wants = settingsTextWanted(ruleSet.matchers);
  const readers: { close: () => void }[] = [];
  // Settings files the detector asks for get their text from where this scan looks (tree, index or commit).
  const withText = (subjects: Iterable<Subject> | AsyncIterable<Subject>, source: TextSource) => {
    const reader = settingsTextReader(repo, source);
    readers.push(reader);
    return withSettingsText(subjects, wants, reader.read);
  };

  try {
    if (values.staged) {
      labels.push('staged changes');
      await collectFindings(ruleSet.matchers, withText(await stagedSubjects(repo, content), 'index'), findings);
    }
    if (values['message-file'] !== undefined) {
      labels.push(`commit message (${values['message-file']})`);
      await collectFindings(ruleSet.matchers, messageFileSubjects(values['message-file']), findings);
    }
    if (values.range !== undefined || values.all) {
      const revisions = values.all ? ['--all'] : values.range!.trim().split(/\s+/);
      if (!repo.hasHead && !values.all) throw new UsageError(`unknown revision: ${revisions.join(' ')} (the repository has no commits)`);
      const subjects = rangeSubjects(repo, { revisions, content, onCommit: () => commitsScanned++ });
      await collectFindings(ruleSet.matchers, withText(subjects, 'commits'), findings);
    }
    if (labels.length === 0 && values.range === undefined && !values.all) {
      labels.push(repo.bare ? 'tree at HEAD' : 'working tree');
      const subjects: Subject[] = await treeSubjects(repo, content ? ruleSet.matchers.contentKeywords : []);
      await collectFindings(ruleSet.matchers, withText(subjects, 'tree'), findings);
    }
  } finally {
    for (const reader of readers) reader.close();
  }

  const report = await finishReport(findings, policy, commitsScanned, { gate: false, repoDir: repo.root ?? repo.cwd });
  return emitReport(report, { format: values.format, output: values.output, reports: values.report, label: labels.join(', ') || 'history' });
}
