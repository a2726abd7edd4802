import type { Finding } from '../types.js';
import { parseCommandArgs } from '../cli-args.js';
import { openRepository } from '../git/repository.js';
// Sources are loaded by the mode that reads them: a hook's scan --staged loads no history or tree code.
import { collectFindings, finishReport, loadEngine } from '../scan-pipeline.js';
import { emitReport, FORMATS } from '../report/emit-report.js';
import { UsageError } from '../errors.js';
import { enterPhase } from '../report/profile.js';
import { checkScope } from '../policy/scope.js';
import { withSettingsText, settingsSubjectsFor, settingsTextReader, type TextSource } from '../sources/settings-text.js';
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
  enterPhase('repository (git rev-parse)');
  const repo = await openRepository(positionals[0] ?? '.');
  enterPhase('policy and rules (config, compile)');
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
  enterPhase('sources and detection (git, parsing, matching)');
  const wants = settingsTextWanted(ruleSet.matchers);
  const readers: { close: () => void }[] = [];
  // Settings files the detector asks for get their text from where this scan looks (tree, index or commit).
  const textReader = (source: TextSource) => {
    const reader = settingsTextReader(repo, source);
    readers.push(reader);
    return reader.read;
  };

  try {
    if (values.staged) {
      labels.push('staged changes');
      const { stagedSubjects } = await import('../sources/staged.js');
      const subjects = await stagedSubjects(repo, content);
      await collectFindings(ruleSet.matchers, subjects, findings);
      await collectFindings(ruleSet.matchers, await settingsSubjectsFor(subjects, wants, textReader('index')), findings);
    }
    if (values['message-file'] !== undefined) {
      labels.push(`commit message (${values['message-file']})`);
      const { messageFileSubjects } = await import('../sources/message-file.js');
      await collectFindings(ruleSet.matchers, messageFileSubjects(values['message-file']), findings);
    }
    if (values.range !== undefined || values.all) {
      const revisions = values.all ? ['--all'] : values.range!.trim().split(/\s+/);
      if (!repo.hasHead && !values.all) throw new UsageError(`unknown revision: ${revisions.join(' ')} (the repository has no commits)`);
      const { rangeSubjectBatches } = await import('../sources/range.js');
      const { createProgress } = await import('../report/progress.js');
      const { commitPrefilter } = await import('../detect/commit-prefilter.js');
      const progress = createProgress(process.stderr);
      const onCommit = (): void => {
        commitsScanned++;
        progress.tick();
      };
      try {
        const batches = withSettingsText(rangeSubjectBatches(repo, { revisions, content, onCommit, prefilter: commitPrefilter(ruleSet.matchers, content) }), wants, textReader('commits'));
        await collectFindings(ruleSet.matchers, batches, findings);
      } finally {
        progress.done();
      }
    }
    if (labels.length === 0 && values.range === undefined && !values.all) {
      labels.push(repo.bare ? 'tree at HEAD' : 'working tree');
      const { treeSubjectParts } = await import('../sources/tree.js');
      const parts = treeSubjectParts(repo, content ? ruleSet.matchers.contentKeywords : []);
      const paths = await parts.paths;
      await collectFindings(ruleSet.matchers, paths, findings);
      await collectFindings(ruleSet.matchers, await settingsSubjectsFor(paths, wants, textReader('tree')), findings);
      await collectFindings(ruleSet.matchers, await parts.content, findings);
    }
  } finally {
    for (const reader of readers) reader.close();
  }

  enterPhase('policy (ignore, levels)');
  const report = await finishReport(findings, policy, commitsScanned, { gate: false, repoDir: repo.root ?? repo.cwd });
  enterPhase('report');
  return emitReport(report, { format: values.format, output: values.output, reports: values.report, label: labels.join(', ') || 'history' });
}
