import { oneOf, parseCommandArgs } from '../cli-args.js';
import { loadEngine } from '../pipeline.js';
import { ruleLevel } from '../policy/levels.js';
import { TOOL_IDS } from '../config/tool-ids.js';
import { openRepository } from '../git/repository.js';

const FORMATS = ['text', 'json'] as const;

export const RULES_USAGE = `Usage: aiguard rules [options]
  Lists every rule with its tool, kind and level under the policy in force here.
  --tool ID           only the rules of one tool (${TOOL_IDS.slice(0, 4).join(', ')}, …)
  --format F          text | json (default text)
  --config F          the policy file (default: found in the repository root)`;

/** `aiguard rules`: id, tool, kind and level under the policy in force here. */
export async function rulesCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('rules', argv, {
    config: { type: 'string' },
    tool: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${RULES_USAGE}\n`);
    return 0;
  }
  const format = oneOf('aiguard rules: --format', values.format, FORMATS, 'text');
  const searchDir = await openRepository('.').then(
    (repo) => repo.root ?? repo.cwd,
    () => undefined,
  );
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  // A tool no rule and no contract id names is a typo, not an empty list (a policy's own rules may add tools).
  const tools = [...new Set<string>([...TOOL_IDS, ...ruleSet.rules.map((rule) => rule.tool)])];
  if (values.tool !== undefined) oneOf('aiguard rules: --tool', values.tool, tools, 'generic');
  const rows = ruleSet.rules
    .filter((rule) => !values.tool || rule.tool === values.tool)
    .map((rule) => ({ id: rule.id, tool: rule.tool, kind: rule.kind, level: ruleLevel(rule, policy), description: rule.description }));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const columns = ['id', 'tool', 'kind', 'level'] as const;
  const widths = columns.map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [line(['ID', 'TOOL', 'KIND', 'LEVEL']), ...rows.map((row) => line([row.id, row.tool, row.kind, row.level]))];
  const source = policy.source ? ` · policy ${policy.source}` : ' · built-in default policy';
  process.stdout.write(`${out.join('\n')}\n${rows.length} rules${source}\n`);
  return 0;
}
