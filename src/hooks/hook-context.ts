// What every hook shares: its arguments, the engine under the local policy, and the verdict it prints.
import type { Finding } from '../types.js';
import type { Repository } from '../git/repository.js';
import { finishReport, loadEngine, type Engine } from '../scan-pipeline.js';

export type HookName = 'pre-commit' | 'commit-msg' | 'prepare-commit-msg' | 'pre-push' | 'pre-receive';

export interface HookContext {
  hook: HookName;
  /** The arguments git gave the hook. */
  args: string[];
  /** --config, else AIGUARD_CONFIG. */
  configFile?: string;
  env: NodeJS.ProcessEnv;
}

/** The developer's own policy: --config, AIGUARD_CONFIG, else the config at the repository root, else the default. */
export function loadLocalEngine(context: HookContext, repo: Repository): Promise<Engine> {
  return loadEngine({ configFile: context.configFile, searchDir: repo.root ?? repo.cwd });
}

export interface Verdict {
  context: HookContext;
  engine: Engine;
  findings: Finding[];
  commitsScanned: number;
  /** Commits about to enter a shared branch: effective dates do not grandfather there. */
  gate: boolean;
  repoDir: string;
  /** The message file, named in the fix command of a message finding. */
  messageFile?: string;
  /** Lines strip mode removed, reported beside the verdict. */
  stripped?: string[];
}

/** Applies the policy, prints a refusal or warnings to stderr (silent when clean) and returns the exit code. */
export async function decide(verdict: Verdict): Promise<number> {
  // Scope, allow and baseline matter only for a finding: a clean commit loads and asks git for none of them.
  if (verdict.findings.length === 0 && !verdict.stripped?.length) return 0;
  const { engine } = verdict;
  const notCovered = await outOfScope(verdict);
  if (notCovered) {
    process.stderr.write(`${notCovered}\n`);
    return 0;
  }
  const report = await finishReport(verdict.findings, engine.policy, verdict.commitsScanned, { gate: verdict.gate, repoDir: verdict.repoDir });
  const { blocking, warning } = report.summary;
  if (blocking === 0 && warning === 0 && !verdict.stripped?.length) return 0;
  const { formatHookText } = await import('../report/hook-text.js');
  process.stderr.write(
    formatHookText(report, {
      hook: verdict.context.hook,
      policySource: engine.policy.source,
      messageFile: verdict.messageFile,
      why: (ruleId) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why,
      stripped: verdict.stripped,
      levelKey: (finding) => (engine.policy.rules[finding.ruleId] ? `rules.${finding.ruleId}` : `tools.${finding.tool}`),
      color: verdict.context.env.NO_COLOR === undefined && process.stderr.isTTY === true,
    }),
  );
  return blocking > 0 ? 1 : 0;
}

/** The policy's scope: a server's bare repository has no remote, so there only AIGUARD_REMOTE_URL can place it. */
async function outOfScope(verdict: Verdict): Promise<string | undefined> {
  if (!verdict.engine.policy.scope?.remotes?.length) return undefined;
  const { checkScope } = await import('../policy/scope.js');
  if (verdict.context.hook !== 'pre-receive') return checkScope({ cwd: verdict.repoDir }, verdict.engine.policy);
  const remoteUrl = verdict.context.env.AIGUARD_REMOTE_URL;
  // Without a URL the server was told to guard this repository by installing the hook: check it.
  return remoteUrl ? checkScope({ cwd: verdict.repoDir }, verdict.engine.policy, { remoteUrl }) : undefined;
}
