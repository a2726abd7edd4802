import { parseCommandArgs } from '../cli-args.js';
import { loadEngine } from '../pipeline.js';
import { ruleLevel } from '../policy/levels.js';
import { openRepository } from '../git/repository.js';
import { UsageError } from '../errors.js';

/** `aiguard explain ID`: what the rule finds, why it matters, its level here and the fix. */
export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', argv, { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 1);
  if (values.help) {
    process.stdout.write('Usage: aiguard explain RULE-ID [--config F]\n');
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('aiguard explain: missing rule id (see aiguard rules)');
  const searchDir = await openRepository('.').then((repo) => repo.root ?? repo.cwd, () => undefined);
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  const rule = ruleSet.rules.find((candidate) => candidate.id === id);
  if (!rule) throw new UsageError(`aiguard explain: unknown rule id: ${id}`);
  const matcher = rule.paths ? `paths: ${rule.paths.join(', ')}` : rule.pattern ? `pattern: ${rule.pattern}` : '';
  const lines = [
    `${rule.id}  (tool ${rule.tool}, kind ${rule.kind}, default severity ${rule.severity}, level here ${ruleLevel(rule, policy)})`,
    '',
    rule.description,
    '',
    `Why it matters: ${rule.why}`,
    '',
    `Fix: ${rule.fix.replaceAll('{path}', '<file>')}`,
    '',
    `Matches ${matcher}`,
  ];
  if (rule.examples?.match?.length) lines.push('', 'Examples it reports:', ...rule.examples.match.map((example) => `  ${JSON.stringify(example)}`));
  if (rule.examples?.ignore?.length) lines.push('', 'Look-alikes it leaves alone:', ...rule.examples.ignore.map((example) => `  ${JSON.stringify(example)}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
