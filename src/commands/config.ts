import { parseCommandArgs, oneOf } from '../cli-args.js';
import { openRepository } from '../git/repository.js';
import { loadEngine } from '../pipeline.js';
import type { Policy } from '../policy/policy.js';
import { LEVEL_PRECEDENCE } from '../policy/levels.js';
import { UsageError } from '../errors.js';

export const CONFIG_USAGE = `Usage: aiguard config print [--config F] [--format text|json] [--trust-config]
  Shows the policy in force in the repository at the current directory after extends, presets and defaults,
  and where each value came from (a file, a preset such as aiguard:strict, or default).
  --trust-config   run a JS/TS config found in the repository (also AIGUARD_TRUST_CONFIG=1)`;

/** `aiguard config print`: the resolved policy, value by value, with its origin. */
export async function configCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'config',
    argv,
    { config: { type: 'string' }, format: { type: 'string' }, 'trust-config': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    process.stdout.write(`${CONFIG_USAGE}\n`);
    return 0;
  }
  const action = positionals[0];
  if (action !== 'print')
    throw new UsageError(
      action === undefined
        ? 'aiguard config: missing action (expected print)'
        : `aiguard config: unknown action: ${action} (expected print)`,
    );
  const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text');
  const searchDir = await openRepository('.').then(
    (repo) => repo.root ?? repo.cwd,
    () => undefined,
  );
  const trustCode = values['trust-config'] || undefined;
  const { policy } = await loadEngine({ configFile: values.config, searchDir, startDir: process.cwd(), trustCode });
  const rows = policyRows(policy);
  if (format === 'json') {
    const { origins: _origins, source, ...resolved } = policy;
    const originOf = Object.fromEntries(rows.map((row) => [row.key, row.origin]));
    const printed = { source: source ?? null, policy: resolved, origins: originOf, levelPrecedence: LEVEL_PRECEDENCE };
    process.stdout.write(`${JSON.stringify(printed, null, 2)}
`);
    return 0;
  }
  const width = Math.min(60, Math.max(...rows.map((row) => row.key.length + row.value.length + 2)));
  const lines = rows.map((row) => `${`${row.key}: ${row.value}`.padEnd(width)}  # ${row.origin}`);
  lines.push(`levels: ${LEVEL_PRECEDENCE}`);
  lines.push(policy.source ? `policy file: ${policy.source}` : 'no policy file: the built-in default policy applies');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

interface Row {
  key: string;
  value: string;
  origin: string;
}

/** One row per value, named the way the config file names it. */
export function policyRows(policy: Policy): Row[] {
  const origin = (key: string) => policy.origins?.[key] ?? 'default';
  const rows: Row[] = [];
  const add = (key: string, value: unknown, originKey = key) =>
    rows.push({ key, value: typeof value === 'string' ? value : JSON.stringify(value), origin: origin(originKey) });
  if (policy.name !== undefined) add('name', policy.name);
  if (policy.scope !== undefined) {
    add('scope.remotes', policy.scope.remotes ?? [], 'scope');
    add('scope.remote', policy.scope.remote ?? 'origin, else any', 'scope');
    add('scope.unknownRemote', policy.scope.unknownRemote ?? 'cover (a repository without a readable remote is covered)', 'scope');
  }
  add('effective', policy.effective ?? 'none (every commit is checked)');
  add('trustCommitDates', policy.trustCommitDates);
  for (const [tool, level] of Object.entries(policy.tools)) add(`tools.${tool}`, level);
  for (const [rule, level] of Object.entries(policy.rules)) add(`rules.${rule}`, level);
  for (const rule of policy.customRules) add(`customRules.${rule.id}`, `${rule.kind} rule of ${rule.tool}, severity ${rule.severity}`);
  policy.allow.forEach((entry, index) => add(`allow[${index}]`, entry));
  add('ignore', policy.ignore);
  add('baseline', policy.baseline);
  add('message.onViolation', policy.onViolation);
  return rows;
}
