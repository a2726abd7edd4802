import { parseCommandArgs } from '../cli-args.js';
import { loadEngine } from '../pipeline.js';
import { ruleLevel } from '../policy/levels.js';
import { openRepository } from '../git/repository.js';

/** `aiguard rules`: id, tool, kind and level under the policy in force here. */
export async function rulesCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('rules', argv, {
    config: { type: 'string' },
    tool: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write('Usage: aiguard rules [--tool ID] [--format text|json] [--config F]\n');
    return 0;
  }
  const searchDir = await openRepository('.').then((repo) => repo.root ?? repo.cwd, () => undefined);
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  const rows = ruleSet.rules
    .filter((rule) => !values.tool || rule.tool === values.tool)
    .map((rule) => ({ id: rule.id, tool: rule.tool, kind: rule.kind, level: ruleLevel(rule, policy), description: rule.description }));
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const widths = ['id', 'tool', 'kind', 'level'].map((key) => Math.max(key.length, ...rows.map((row) => String(row[key as keyof typeof row]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(['ID', 'TOOL', 'KIND', 'LEVEL']), ...rows.map((row) => line([row.id, row.tool, row.kind, row.level]))];
  process.stdout.write(`${out.join('\n')}\n${rows.length} rules${policy.source ? ` · policy ${policy.source}` : ' · built-in default policy'}\n`);
  return 0;
}
