import type { Finding } from '../types.js';
import type { Source } from '../sources/source.js';
import { parseCommandArgs } from '../cli-args.js';
import { commitId, openRepository, type Repository } from '../git/repository.js';
import { treeSource } from '../sources/tree.js';
import { historySource } from '../sources/range.js';
import { allRefObjectsSource } from '../sources/ref-objects.js';
import { pullRequestSource } from '../sources/pull-request.js';
import { runPipeline } from '../pipeline.js';
import { emitReports, reportOptionsFrom, REPORT_OPTIONS, REPORT_OPTIONS_USAGE } from '../report/emit-report.js';
import { rootCommitsOf } from '../git/root-commits.js';
import { detectCi } from '../ci/detect-ci.js';
import type { CiTarget } from '../ci/ci-target.js';
import { resolveRange } from '../ci/resolve-range.js';
import { loadTrustedEngine, type TrustedEngine } from '../ci/trusted-policy.js';
import { policyChangeFindings } from '../ci/policy-change.js';
import { writeGithubOutputs } from '../ci/github-outputs.js';
import { trustedBaseline } from '../ci/trusted-baseline.js';
import { checkScope } from '../policy/scope.js';
import { readRemotes } from '../git/remotes.js';
import { UsageError } from '../errors.js';

export const CI_USAGE = `Usage: aiguard ci [options]
  Works out from the CI's environment (GitHub Actions, GitLab CI, Bitbucket Pipelines, Azure Pipelines,
  Jenkins, CircleCI) which commits a pull request or push brings, and scans every one of them, the paths
  they add, their added lines, the pull request's title, body and branch name. The policy is read from
  the base revision (data formats only) or from --config; nothing of the pull request is run.
  --base REV          the commit the change starts from (any CI; overrides the environment)
  --head REV          the last commit of the change (default: what the CI says, else HEAD)
  --config F          the policy file (default: the config at the base revision); a file inside the
                      checkout is read at the base revision, never as the pull request left it
  --all               on runs without a change (schedule, manual): every commit, not the tree
  --no-content        skip added lines and file contents
  --remote NAME       where missing commits are fetched from (default origin)
${REPORT_OPTIONS_USAGE}`;

export async function ciCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('ci', argv, {
    base: { type: 'string' },
    head: { type: 'string' },
    config: { type: 'string' },
    all: { type: 'boolean' },
    content: { type: 'boolean', default: true },
    remote: { type: 'string' },
    ...REPORT_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${CI_USAGE}\n`);
    return 0;
  }
  for (const name of ['base', 'head', 'remote'] as const) {
    const value = values[name];
    if (value !== undefined && (value.trim() === '' || value.startsWith('-')))
      throw new UsageError(`aiguard ci: --${name}: not a revision: ${value}`);
  }
  // Report arguments are checked before any work, so a typo costs no scan.
  const reportOptions = reportOptionsFrom(values);
  const target = detectCi(process.env, { base: values.base, head: values.head });
  const repo = await openRepository('.');
  const content = values.content !== false;
  const run = target.skip
    ? await skippedRun(repo, target, values.config)
    : target.tree
      ? await treeRun(repo, target, { configFile: values.config, all: values.all === true, content })
      : await rangeRun(repo, target, { configFile: values.config, remote: values.remote ?? 'origin', content });
  // The policy judges the remotes its caller reads; only a policy with scope.remotes needs them.
  const scoped = run.engine.policy.scope?.remotes?.length;
  const notCovered = scoped ? await checkScope(run.engine.policy, await readRemotes(repo)) : undefined;
  if (notCovered) {
    for (const source of run.sources) source.stop();
    process.stderr.write(`${notCovered}\n`);
    return 0;
  }
  const baseline = run.base === undefined ? undefined : await trustedBaseline(repo, run.engine.policy, run.base);
  const { report, commitsScanned } = await runPipeline(run.engine, run.sources, {
    gate: true,
    repoDir: repo.root ?? repo.cwd,
    baseline,
    extraFindings: run.extraFindings,
  });
  const label = run.label(commitsScanned);
  const rootCommits = await rootCommitsOf(
    repo,
    report.findings.map((finding) => finding.commit),
  );
  const why = (ruleId: string) => run.engine.ruleSet.matchers.rules.get(ruleId)?.rule.why;
  const { code, files } = await emitReports(report, { ...reportOptions, label, rootCommits, why });
  process.stderr.write(`aiguard ci: ${label}\n`);
  if (process.env.GITHUB_ACTIONS === 'true') writeGithubOutputs(process.env, report, label, files[0]?.file);
  return code;
}

interface Run {
  engine: TrustedEngine;
  /** The base revision of a change; its baseline file is the one that counts. Null for a root push. */
  base?: string | null;
  sources: Source[];
  /** A change to the policy or the baseline, judged with the rest. */
  extraFindings?: Promise<Finding[]>;
  /** The run's description, once the commits have been counted. */
  label: (commits: number) => string;
}

/** A pull request or push: every commit between base and head, its PR text, and any change to the policy. */
async function rangeRun(
  repo: Repository,
  target: CiTarget,
  options: { configFile?: string; remote: string; content: boolean },
): Promise<Run> {
  const range = await resolveRange(repo, target, options.remote);
  if (range.note) process.stderr.write(`${range.note}\n`);
  // git log starts while the base policy is read: the two overlap instead of queueing.
  const history = historySource(repo.cwd, { revisions: range.revisions, content: options.content });
  let engine: TrustedEngine;
  try {
    engine = await loadTrustedEngine(repo, { configFile: options.configFile, revision: range.base });
  } catch (error) {
    history.stop();
    throw error;
  }
  // The policy diff runs beside the commit stream: one short git call that need not wait for the long one.
  const extraFindings = range.base
    ? policyChangeFindings(repo, engine.ruleSet.matchers, range.base, range.head, engine.policyPaths)
    : Promise.resolve([]);
  extraFindings.catch(() => undefined);
  const from = range.base ? range.base.slice(0, 12) : (range.from ?? 'the root');
  return {
    engine,
    base: range.base ?? null,
    sources: [history, pullRequestSource(target)],
    extraFindings,
    label: (commits) =>
      `${target.provider} ${target.event}: ${commits} commit${commits === 1 ? '' : 's'} from ${from} to ${range.head.slice(0, 12)}`,
  };
}

/** No change to judge (schedule, manual run): the tree at head, or with --all every commit. */
async function treeRun(repo: Repository, target: CiTarget, options: { configFile?: string; all: boolean; content: boolean }): Promise<Run> {
  const head = (target.head ? await commitId(repo, target.head) : undefined) ?? (repo.hasHead ? 'HEAD' : undefined);
  const engine = await loadTrustedEngine(repo, { configFile: options.configFile, revision: head });
  // Every commit also means every annotated tag, note and replace ref: git log shows none of them.
  const scanned = options.all
    ? [historySource(repo.cwd, { revisions: ['--all'], content: options.content, merges: 'combined' }), allRefObjectsSource(repo.cwd)]
    : [treeSource(repo, { content: options.content })];
  return {
    engine,
    sources: [...scanned, pullRequestSource({ branch: target.branch })],
    label: (commits) => `${target.provider} ${target.event}: ${options.all ? `every commit (${commits})` : 'the tree'}`,
  };
}

async function skippedRun(repo: Repository, target: CiTarget, configFile: string | undefined): Promise<Run> {
  // Nothing is scanned: the checked-out commit (never its work tree) only says whether the policy covers the repository.
  const engine = await loadTrustedEngine(repo, { configFile, revision: configFile !== undefined && repo.hasHead ? 'HEAD' : undefined });
  return { engine, sources: [], label: () => `${target.provider} ${target.event}: nothing to scan (${target.skip})` };
}
