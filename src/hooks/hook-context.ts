// What every hook shares: its arguments, the engine under the local policy, and the verdict it prints.
import type { Finding } from '../types.js';
import type { Repository } from '../git/repository.js';
import type { Source } from '../sources/source.js';
import { loadEngine, runPipeline, type Engine } from '../pipeline.js';
import { trustFromEnvironment } from '../config/trust.js';

export type HookName = 'pre-commit' | 'commit-msg' | 'prepare-commit-msg' | 'pre-push' | 'pre-receive';

export interface HookContext {
  hook: HookName;
  /** The arguments git gave the hook. */
  args: string[];
  /** --config, else AIGUARD_CONFIG. */
  configFile?: string;
  /** --trust-config: a JS/TS config found in the repository may run (AIGUARD_TRUST_CONFIG=1 in env does the same). */
  trustConfig?: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * The developer's own policy: --config, AIGUARD_CONFIG, else the config found from the hook's folder up to the
 * repository root (a JS one only with trust, as for scan), else the default.
 */
export function loadLocalEngine(context: HookContext, repo: Repository): Promise<Engine> {
  const trustCode = context.trustConfig || trustFromEnvironment(context.env);
  return loadEngine({ configFile: context.configFile, searchDir: repo.root ?? repo.cwd, startDir: process.cwd(), trustCode });
}

export interface HookRun {
  context: HookContext;
  engine: Engine;
  /** What the hook reads, already started; the pipeline reads and stops them. */
  sources: Source[];
  /** Commits about to enter a shared branch: effective dates do not grandfather there. */
  gate: boolean;
  repoDir: string;
  /** The message file, named in the fix command of a message finding. */
  messageFile?: string;
  /** Lines strip mode removed, reported beside the verdict. */
  stripped?: string[];
  /** Findings made outside detect (a push that changes the server's policy), judged with the rest. */
  extraFindings?: Promise<Finding[]>;
}

/** Runs the pipeline over the hook's sources, prints a refusal or warnings to stderr (silent when clean), returns the exit code. */
export async function decide(run: HookRun): Promise<number> {
  const { engine } = run;
  const { report } = await runPipeline(engine, run.sources, { gate: run.gate, repoDir: run.repoDir, extraFindings: run.extraFindings });
  // Scope matters only for a finding: a clean commit never asks git for its remotes.
  if (report.findings.length === 0 && !run.stripped?.length) return 0;
  const notCovered = await outOfScope(run);
  if (notCovered) {
    process.stderr.write(`${notCovered}\n`);
    return 0;
  }
  const { blocking, warning } = report.summary;
  if (blocking === 0 && warning === 0 && !run.stripped?.length) return 0;
  const [{ formatHookText }, { colorEnabled }, { rootCommitsOf }] = await Promise.all([
    import('../report/hook-text.js'),
    import('../report/color.js'),
    import('../git/root-commits.js'),
  ]);
  const blockingCommits = report.findings.filter((finding) => finding.status === 'blocking').map((finding) => finding.commit);
  const rootCommits = await rootCommitsOf({ cwd: run.repoDir }, blockingCommits);
  process.stderr.write(
    formatHookText(report, {
      hook: run.context.hook,
      policySource: engine.policy.source,
      messageFile: run.messageFile,
      why: (ruleId) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why,
      stripped: run.stripped,
      levelKey: (finding) => (engine.policy.rules[finding.ruleId] ? `rules.${finding.ruleId}` : `tools.${finding.tool}`),
      color: colorEnabled({ env: run.context.env, stream: process.stderr }),
      rootCommits,
    }),
  );
  return blocking > 0 ? 1 : 0;
}

/** The policy's scope: a server's bare repository has no remote, so there only AIGUARD_REMOTE_URL can place it. */
async function outOfScope(run: HookRun): Promise<string | undefined> {
  if (!run.engine.policy.scope?.remotes?.length) return undefined;
  const [{ checkScope }, { readRemotes }] = await Promise.all([import('../policy/scope.js'), import('../git/remotes.js')]);
  if (run.context.hook !== 'pre-receive') return checkScope(run.engine.policy, await readRemotes({ cwd: run.repoDir }));
  const remoteUrl = run.context.env.AIGUARD_REMOTE_URL;
  // Without a URL the server was told to guard this repository by installing the hook: check it.
  return remoteUrl ? checkScope(run.engine.policy, undefined, { remoteUrl }) : undefined;
}
