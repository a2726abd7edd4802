import { resolve } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import { openRepository, type Repository } from '../git/repository.js';
import { UsageError } from '../errors.js';
import { enterPhase } from '../util/profile.js';
import type { Source } from '../sources/source.js';
import type { Policy } from '../policy/policy.js';
import { REPORT_OPTIONS } from '../report/report-options.js';
import { treeSourceAt } from '../sources/tree.js';
import { builtinRules } from '../detect/builtin-rules.js';
import { contentKeywordsOf } from '../detect/compile-rules.js';

// The pipeline's modules load while git opens the repository and starts its long part: nothing needs them before.
const loadPipeline = () => Promise.all([import('../pipeline.js'), import('../report/emit-report.js'), import('../git/root-commits.js')]);

const PRELOADED_FORMATTERS: Record<string, () => Promise<unknown>> = {
  text: () => import('../report/text.js'),
  json: () => import('../report/json.js'),
};

// The report code loads with the pipeline (or for --help), after git has started.
export const scanUsage = (reportUsage: string): string => `Usage: aiguard scan [PATH] [options]
  Scans the tree of the repository at PATH (default: the current directory): tracked files and
  untracked files that are not ignored.
  --staged            what the index adds against HEAD (paths and added lines)
  --message-file F    a commit message file
  --range REVS        every commit git rev-list REVS lists (main, A..B, A...B)
  --all               every commit reachable from any ref
  --no-content        skip added lines of commits and file contents
  --config F          the policy file (default: found from PATH up to the repository root)
  --trust-config      run a JS/TS config found in the repository (also AIGUARD_TRUST_CONFIG=1)
${reportUsage}`;

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
      ...REPORT_OPTIONS,
      config: { type: 'string' },
      'trust-config': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    process.stdout.write(`${scanUsage((await import('../report/emit-report.js')).REPORT_OPTIONS_USAGE)}\n`);
    return 0;
  }
  // Report arguments fail before any work (emit-report is small: its formatters load when used).
  const reportOptions = (await import('../report/emit-report.js')).reportOptionsFrom(values);
  if (values.range !== undefined && values.all) throw new UsageError('aiguard scan: --range and --all cannot be used together');
  // The index and a history are different questions: one run answers one of them.
  if (values.staged && (values.all || values.range !== undefined)) {
    throw new UsageError(`aiguard scan: --staged and ${values.all ? '--all' : '--range'} cannot be used together`);
  }
  if (values.range !== undefined && values.range.trim() === '') throw new UsageError('aiguard scan: --range needs revisions');
  enterPhase('repository (git rev-parse)');
  const dir = positionals[0] ?? '.';
  const content = values.content !== false;
  const history = values.range !== undefined || values.all === true;
  const revisions = values.all ? ['--all'] : (values.range?.trim().split(/\s+/) ?? []);
  const treeMode = !values.staged && values['message-file'] === undefined && !history;
  // git log prints the same from any folder of the repository: it starts before rev-parse has found the top.
  // A whole history reads merges with --cc, a range with --remerge-diff (see git/commit-stream.ts).
  const merges = values.all ? 'combined' : 'remerge';
  const early = history
    ? import('../sources/range.js').then(({ historySource }) => historySource(resolve(dir), { revisions, content, merges }))
    : undefined;
  early?.catch(() => undefined);
  const sources: Source[] = [];
  try {
    // At a work tree's top level (the usual case) the tree's git starts beside the probe: see treeSourceAt. The grep,
    // the longest of them, is spawned first: the probe's spawn before it delayed it by 3–6 ms.
    const opening = treeMode ? Promise.resolve().then(() => openRepository(dir)) : openRepository(dir);
    opening.catch(() => undefined);
    if (treeMode) sources.push(startTree(resolve(dir), opening, content));
    const repo = await opening;
    if (history) {
      const log = await early!;
      sources.push(log);
      // Every commit also means every annotated tag, note and replace ref: git log shows none of them.
      if (values.all) sources.push((await import('../sources/ref-objects.js')).allRefObjectsSource(repo.cwd));
      if (!repo.hasHead && !values.all) throw new UsageError(`unknown revision: ${revisions.join(' ')} (the repository has no commits)`);
    }
    if (values.staged) {
      const { stagedSource } = await import('../sources/staged.js');
      sources.unshift(stagedSource(repo.cwd, Promise.resolve(repo), { content }));
    }
    if (values['message-file'] !== undefined) {
      const { messageSource } = await import('../sources/message-file.js');
      sources.splice(values.staged ? 1 : 0, 0, messageSource({ file: values['message-file'] }));
    }
    // The rest of the pipeline loads while git works, and the usual report formatter with it.
    const pipeline = loadPipeline();
    const format = values.format ?? 'text';
    if (Object.hasOwn(PRELOADED_FORMATTERS, format)) PRELOADED_FORMATTERS[format]!().catch(() => undefined);
    enterPhase('pipeline modules (loading while git starts)');
    const [{ loadEngine, runPipeline }, { emitReport }, { rootCommitsOf }] = await pipeline;
    enterPhase('policy and rules (config, compile)');
    const searchDir = repo.root ?? repo.cwd;
    const trustCode = values['trust-config'] || undefined;
    const engine = await loadEngine({ configFile: values.config, searchDir, startDir: resolve(dir), trustCode });
    // Only a policy with scope.remotes can leave a repository out: the remote code loads for those alone.
    const notCovered = engine.policy.scope?.remotes?.length ? await outOfScope(repo, engine.policy) : undefined;
    if (notCovered) {
      // On stderr in every format: stdout stays the report's, and a skipped repository is never silent.
      process.stderr.write(`${notCovered}\n`);
      return 0;
    }
    enterPhase('sources and detection (git, parsing, matching)');
    const progress = history ? (await import('../util/progress.js')).createProgress(process.stderr) : undefined;
    let result;
    try {
      result = await runPipeline(engine, sources, {
        gate: false,
        repoDir: repo.root ?? repo.cwd,
        onCommit: progress && (() => progress.tick()),
      });
    } finally {
      progress?.done();
    }
    enterPhase('report');
    const label =
      sources
        .filter((source) => source.label !== 'history')
        .map((source) => source.label)
        .join(', ') || 'history';
    const rootCommits = await rootCommitsOf(
      repo,
      result.report.findings.map((finding) => finding.commit),
    );
    const why = (ruleId: string) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why;
    return emitReport(result.report, { ...reportOptions, label, rootCommits, why });
  } finally {
    for (const source of sources) source.stop();
    if (early && sources.length === 0) (await early.catch(() => undefined))?.stop();
  }
}

/** The tree source, its grep started at once with the built-in rules' words (the policy's own rules may add some later). */
function startTree(startDir: string, repository: Promise<Repository>, content: boolean): Source {
  let expectedKeywords: string[] | undefined;
  try {
    expectedKeywords = content ? contentKeywordsOf(builtinRules()) : [];
  } catch {
    expectedKeywords = undefined; // Reported where the rules load, after any config error, as before.
  }
  return treeSourceAt(startDir, repository, { content, expectedKeywords });
}

/** The scope's verdict on the repository's remotes, read here: the policy never calls git itself. */
async function outOfScope(repo: Repository, policy: Policy): Promise<string | undefined> {
  const [{ checkScope }, { readRemotes }] = await Promise.all([import('../policy/scope.js'), import('../git/remotes.js')]);
  return checkScope(policy, await readRemotes(repo));
}
