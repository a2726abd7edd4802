import { parseCommandArgs } from '../cli-args.js';
import { loadEngine } from '../pipeline.js';
import { ruleLevel } from '../policy/levels.js';
import { openRepository } from '../git/repository.js';
import { UsageError } from '../errors.js';
import { ruleFix } from '../report/build-report.js';

/** `aiguard explain ID`: what the rule finds, why it matters, its level here and the fix. */
export async function explainCommand(argv: string[]): Promise<number> {
  const options = { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  const { values, positionals } = parseCommandArgs('explain', argv, options, 1);
  if (values.help) {
    process.stdout.write('Usage: aiguard explain RULE-ID [--config F]\n');
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('aiguard explain: missing rule id (see aiguard rules)');
  const searchDir = await openRepository('.').then(
    (repo) => repo.root ?? repo.cwd,
    () => undefined,
  );
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
    `Fix: ${ruleFix(rule.fix, undefined)}`,
    '',
    `Matches ${matcher}`,
  ];
  const quoted = (examples: string[]) => examples.map((example) => `  ${JSON.stringify(example)}`);
  if (rule.examples?.match?.length) lines.push('', 'Examples it reports:', ...quoted(rule.examples.match));
  if (rule.examples?.ignore?.length) lines.push('', 'Look-alikes it leaves alone:', ...quoted(rule.examples.ignore));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
