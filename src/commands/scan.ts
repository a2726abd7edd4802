import { resolve } from 'node:path';
import type { Finding, Subject } from '../types.js';
import { parseCommandArgs } from '../cli-args.js';
import { openRepository, type Repository } from '../git/repository.js';
import { UsageError } from '../errors.js';
import { enterPhase } from '../util/profile.js';
import type { TextSource } from '../sources/settings-text.js';
import type { StartedCommitLog } from '../git/commit-stream.js';

// Sources are loaded by the mode that reads them: a hook's scan --staged loads no history or tree code. The
// pipeline's modules load while git opens the repository: nothing needs them before.
const loadPipeline = () =>
  Promise.all([import('../scan-pipeline.js'), import('../sources/settings-text.js'), import('../detect/settings/detect-settings.js'), import('../report/emit-report.js')]);

const PRELOADED_FORMATTERS: Record<string, () => Promise<unknown>> = { text: () => import('../report/text.js'), json: () => import('../report/json.js') };

// The report code loads with the pipeline (or for --help), after git has started.
export const scanUsage = (formats: readonly string[]): string => `Usage: aiguard scan [PATH] [options]
  Scans the tree of the repository at PATH (default: the current directory): tracked files and
  untracked files that are not ignored.
  --staged            what the index adds against HEAD (paths and added lines)
  --message-file F    a commit message file
  --range REVS        every commit git rev-list REVS lists (main, A..B, A...B)
  --all               every commit reachable from any ref
  --no-content        skip added lines of commits and file contents
  --format F          ${formats.join(' | ')} (default text)
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
    process.stdout.write(`${scanUsage((await import('../report/emit-report.js')).FORMATS)}\n`);
    return 0;
  }
  // Report arguments fail before any work (emit-report is small: its formatters load when used).
  (await import('../report/emit-report.js')).reportTargets({ format: values.format, output: values.output, reports: values.report });
  if (values.range !== undefined && values.all) throw new UsageError('aiguard scan: --range and --all cannot be used together');
  if (values.range !== undefined && values.range.trim() === '') throw new UsageError('aiguard scan: --range needs revisions');
  enterPhase('repository (git rev-parse)');
  const content = values.content !== false;
  const history = values.range !== undefined || values.all === true;
  const revisions = values.all ? ['--all'] : (values.range?.trim().split(/\s+/) ?? []);
  const treeMode = !values.staged && values['message-file'] === undefined && !history;
  // What starts git's long part (the log, or the tree's grep) loads while git opens the repository.
  const starters = loadStarters({ history, tree: treeMode });
  starters.catch(() => undefined);
  // git log prints the same from any folder of the repository: it need not wait for rev-parse to find the top.
  const earlyLog = history ? starters.then((loaded) => loaded.commitStream?.startCommitLog(resolve(positionals[0] ?? '.'), { revisions, content })) : undefined;
  earlyLog?.catch(() => undefined);
  let repo: Repository;
  try {
    repo = await openRepository(positionals[0] ?? '.');
  } catch (error) {
    await stopLog(earlyLog);
    throw error;
  }
  const early = startEarly(repo, await starters, { history: history && (repo.hasHead || values.all === true), revisions, content, tree: treeMode }, await earlyLog);
  // The rest of the pipeline loads while git works, and the usual report formatter with it (emit-report's own
  // import of it then finds it loaded instead of adding a module load, and picocolors', after git's last line).
  const pipeline = loadPipeline();
  const format = values.format ?? 'text';
  if (Object.hasOwn(PRELOADED_FORMATTERS, format)) PRELOADED_FORMATTERS[format]!().catch(() => undefined);
  try {
    enterPhase('pipeline modules (loading while git starts)');
    const [{ collectFindings, finishReport, loadEngine }, { withSettingsText, settingsSubjectsFor, settingsTextReader }, { settingsTextWanted }, { emitReport }] = await pipeline;
    enterPhase('policy and rules (config, compile)');
    const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir: repo.root ?? repo.cwd });
    // Only a policy with scope.remotes can leave a repository out: the remote code loads for those alone.
    const notCovered = policy.scope?.remotes?.length ? await (await import('../policy/scope.js')).checkScope(repo, policy) : undefined;
    if (notCovered) {
      // Machine formats keep stdout for reports; the line goes to stderr there.
      (values.format === undefined || values.format === 'text' ? process.stdout : process.stderr).write(`${notCovered}\n`);
      return 0;
    }
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
      if (history) {
        if (!repo.hasHead && !values.all) throw new UsageError(`unknown revision: ${revisions.join(' ')} (the repository has no commits)`);
        const { rangeSubjectBatches } = await import('../sources/range.js');
        const { createProgress } = await import('../util/progress.js');
        const { commitPrefilter } = await import('../detect/commit-prefilter.js');
        const progress = createProgress(process.stderr);
        const onCommit = (): void => {
          commitsScanned++;
          progress.tick();
        };
        try {
          const batches = withSettingsText(rangeSubjectBatches(repo, { revisions, content, onCommit, prefilter: commitPrefilter(ruleSet.matchers, content), started: early.log }), wants, textReader('commits'));
          await collectFindings(ruleSet.matchers, batches, findings);
        } finally {
          progress.done();
        }
      }
      if (treeMode) {
        labels.push(repo.bare ? 'tree at HEAD' : 'working tree');
        const { treeSubjectParts } = await import('../sources/tree.js');
        const keywords = content ? ruleSet.matchers.contentKeywords : [];
        // The early grep looked for the built-in rules' words: a policy's own content rules need their own.
        const parts = early.tree && early.tree.keywords.join('\0') === keywords.join('\0') ? early.tree.parts : treeSubjectParts(repo, keywords);
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
  } finally {
    early.stop();
  }
}

interface EarlySources {
  log?: StartedCommitLog;
  tree?: { keywords: string[]; parts: { paths: Promise<Subject[]>; content: Promise<Subject[]> } };
  /** Ends what was started and not read (a config error, a repository outside the policy's scope). */
  stop: () => void;
}

type Starters = {
  commitStream?: typeof import('../git/commit-stream.js');
  tree?: typeof import('../sources/tree.js');
  builtin?: typeof import('../detect/builtin-rules.js');
  compile?: typeof import('../detect/compile-rules.js');
};

async function loadStarters(mode: { history: boolean; tree: boolean }): Promise<Starters> {
  if (mode.history) return { commitStream: await import('../git/commit-stream.js') };
  if (!mode.tree) return {};
  const [tree, builtin, compile] = await Promise.all([import('../sources/tree.js'), import('../detect/builtin-rules.js'), import('../detect/compile-rules.js')]);
  return { tree, builtin, compile };
}

async function stopLog(log: Promise<StartedCommitLog | undefined> | undefined): Promise<void> {
  const started = await log?.catch(() => undefined);
  if (started) (await import('../git/commit-stream.js')).stopCommitLog(started);
}

function startEarly(repo: Repository, starters: Starters, mode: { history: boolean; revisions: string[]; content: boolean; tree: boolean }, log?: StartedCommitLog): EarlySources {
  if (starters.commitStream && log) {
    const { stopCommitLog } = starters.commitStream;
    // An unborn branch with --range fails with its own message, later: the log started for nothing.
    if (!mode.history) {
      stopCommitLog(log);
      return { stop: () => undefined };
    }
    return { log, stop: () => stopCommitLog(log) };
  }
  if (mode.tree && starters.tree && starters.builtin && starters.compile) {
    let keywords: string[];
    try {
      keywords = mode.content ? starters.compile.contentKeywordsOf(starters.builtin.builtinRules()) : [];
    } catch {
      return { stop: () => undefined }; // Reported where the rules load, after any config error, as before.
    }
    const abort = new AbortController();
    const parts = starters.tree.treeSubjectParts(repo, keywords, abort.signal);
    let finished = false;
    void Promise.allSettled([parts.paths, parts.content]).then(() => (finished = true));
    return { tree: { keywords, parts }, stop: () => finished || abort.abort() };
  }
  return { stop: () => undefined };
}
