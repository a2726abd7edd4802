// `aiguard hook <name> [git's hook arguments]`: what hooks/ and the hook managers call; one module a hook, loaded on demand.
import { parseCommandArgs } from '../cli-args.js';
import { UsageError } from '../errors.js';
import type { HookContext, HookName } from '../hooks/hook-context.js';

type Hook = (context: HookContext) => Promise<number>;

const HOOKS: Record<HookName, () => Promise<Hook>> = {
  'pre-commit': async () => (await import('../hooks/pre-commit.js')).preCommitHook,
  'commit-msg': async () => (await import('../hooks/commit-msg.js')).commitMsgHook,
  'prepare-commit-msg': async () => (await import('../hooks/commit-msg.js')).commitMsgHook,
  'pre-push': async () => (await import('../hooks/pre-push.js')).prePushHook,
  'pre-receive': async () => (await import('../hooks/pre-receive.js')).preReceiveHook,
};

export const HOOK_USAGE = `Usage: aiguard hook <${Object.keys(HOOKS).join('|')}> [git's hook arguments] [--config F]
  pre-commit           the index (added paths and lines) and the environment of the commit
  commit-msg FILE      the commit message (strip mode with "message": {"onViolation": "strip"})
  prepare-commit-msg FILE [SOURCE [SHA]]   the same, earlier
  pre-push REMOTE URL  the commits new to the remote, from the update lines on stdin
  pre-receive          (server) the commits a push adds, from the update lines on stdin
  --config F           the policy file (default: AIGUARD_CONFIG, else the repository's config; for
                       pre-receive the config on the default branch, never one from the pushed commits)
  --trust-config       run a JS/TS config found in the repository (also AIGUARD_TRUST_CONFIG=1)`;

export async function hookCommand(argv: string[]): Promise<number> {
  const options = { config: { type: 'string' }, 'trust-config': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
  const { values, positionals } = parseCommandArgs('hook', argv, options, 4);
  if (values.help) {
    process.stdout.write(`${HOOK_USAGE}\n`);
    return 0;
  }
  const [name, ...args] = positionals;
  if (name === undefined) throw new UsageError(`aiguard hook: the hook name is missing (expected ${Object.keys(HOOKS).join(', ')})`);
  const load = Object.hasOwn(HOOKS, name) ? HOOKS[name as HookName] : undefined;
  if (!load) throw new UsageError(`aiguard hook: unknown hook: ${name} (expected ${Object.keys(HOOKS).join(', ')})`);
  const configFile = values.config ?? (process.env.AIGUARD_CONFIG || undefined);
  return (await load())({ hook: name as HookName, args, configFile, trustConfig: values['trust-config'] === true, env: process.env });
}
