import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, cleanupTempDirs, runCli, runJson, TestRepo } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const trailer = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

function repoWithFindings(): TestRepo {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', 'notes\n').write('AI_NOTES.md', 'x\n').add().commit(`init${trailer}`);
  return repo;
}

const customRule = {
  id: 'acme/ai-notes',
  tool: 'cursor',
  kind: 'path',
  severity: 'block',
  description: 'AI notes',
  fix: 'remove {path}',
  paths: ['AI_NOTES.md'],
};
const levels = (repo: TestRepo, env?: NodeJS.ProcessEnv) =>
  Object.fromEntries(runJson(['scan'], { cwd: repo.dir, env }).report.findings.map((f) => [f.ruleId, f.status]));

describe('built-in presets', () => {
  it('aiguard:recommended is the default', () => {
    const repo = repoWithFindings();
    repo.write('.aiguardrc.json', JSON.stringify({ extends: 'aiguard:recommended', customRules: [customRule] }));
    expect(levels(repo)).toEqual({ 'claude-code/claude-md': 'blocking', 'acme/ai-notes': 'warning' });
  });
  it('aiguard:strict blocks every tool', () => {
    const repo = repoWithFindings();
    repo.write(
      '.aiguardrc.json',
      JSON.stringify({
        extends: 'aiguard:strict',
        customRules: [customRule, { ...customRule, id: 'acme/generic', tool: 'generic', paths: ['CLAUDE.md'] }],
      }),
    );
    expect(levels(repo)).toEqual({ 'claude-code/claude-md': 'blocking', 'acme/ai-notes': 'blocking', 'acme/generic': 'blocking' });
  });
  it('aiguard:claude-code-ban blocks Claude Code and no other built-in tool; a rule under a tool id of your own keeps its severity', () => {
    const repo = repoWithFindings();
    repo.write(
      '.aiguardrc.json',
      JSON.stringify({
        extends: 'aiguard:claude-code-ban',
        customRules: [customRule, { ...customRule, id: 'acme/own', tool: 'acme-bot' }],
      }),
    );
    // The preset's "*: off" is about the built-in tools: it must not silently switch off a rule the config itself adds.
    expect(levels(repo)).toEqual({ 'claude-code/claude-md': 'blocking', 'acme/own': 'blocking' });
  });
  it('the extending config overrides its preset', () => {
    const repo = repoWithFindings();
    repo.write(
      '.aiguardrc.json',
      JSON.stringify({ extends: 'aiguard:claude-code-ban', tools: { cursor: 'warn' }, customRules: [customRule] }),
    );
    expect(levels(repo)).toEqual({ 'claude-code/claude-md': 'blocking', 'acme/ai-notes': 'warning' });
  });
  it('an unknown preset exits 2 naming it', () => {
    const repo = repoWithFindings();
    repo.write('.aiguardrc.json', JSON.stringify({ extends: 'aiguard:lenient' }));
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'aiguard: .aiguardrc.json: extends: aiguard:lenient: unknown preset ' +
        '(expected aiguard:recommended, aiguard:strict, aiguard:claude-code-ban)\n',
    );
  });
});

describe('extends chains of files and packages', () => {
  it('applies a chain in order: the extended file first, the extending one over it', () => {
    const repo = repoWithFindings();
    repo.write('policy/base.yaml', 'extends: aiguard:strict\nname: Acme base\nallow:\n  - paths: [AI_NOTES.md]\n    reason: from base\n');
    repo.write('policy/team.json', JSON.stringify({ extends: './base.yaml', name: 'Acme team', tools: { 'claude-code': 'warn' } }));
    repo.write(
      '.aiguardrc.json',
      JSON.stringify({ extends: ['./policy/team.json'], customRules: [customRule], rules: { 'claude-code/claude-md': 'block' } }),
    );
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(Object.fromEntries(report.findings.map((f) => [f.ruleId, f.status]))).toEqual({
      'claude-code/claude-md': 'blocking',
      'acme/ai-notes': 'allowed',
    });
    const printed = JSON.parse(runCli(['config', 'print', '--format', 'json'], { cwd: repo.dir }).stdout) as {
      policy: { name: string };
      origins: Record<string, string>;
    };
    expect(printed.policy.name).toBe('Acme team');
    expect(printed.origins).toMatchObject({
      name: 'policy/team.json',
      'tools.claude-code': 'policy/team.json',
      'tools.cursor': 'aiguard:strict',
      'allow[0]': 'policy/base.yaml',
      'rules.claude-code/claude-md': '.aiguardrc.json',
      'customRules.acme/ai-notes': '.aiguardrc.json',
      baseline: 'default',
    });
  });

  it('resolves an npm package from the config folder (YAML main)', () => {
    const repo = repoWithFindings();
    repo.write(
      'node_modules/@acme/aiguard-policy/package.json',
      JSON.stringify({ name: '@acme/aiguard-policy', version: '1.0.0', main: 'policy.yaml' }),
    );
    repo.write(
      'node_modules/@acme/aiguard-policy/policy.yaml',
      'name: Acme org policy\nextends: aiguard:claude-code-ban\nrules:\n  claude-code/claude-md: warn\n',
    );
    repo.write('.aiguardrc.json', JSON.stringify({ extends: '@acme/aiguard-policy' }));
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.map((f) => [f.ruleId, f.status])).toEqual([['claude-code/claude-md', 'warning']]);
    const text = runCli(['config', 'print'], { cwd: repo.dir }).stdout;
    expect(text).toMatch(
      /^rules\.claude-code\/claude-md: warn +# @acme\/aiguard-policy \(node_modules\/@acme\/aiguard-policy\/policy\.yaml\)$/m,
    );
  });

  it('resolves a package exporting a JS policy, and a JSON file inside a package', () => {
    const repo = repoWithFindings();
    repo.write('node_modules/acme-policy/package.json', JSON.stringify({ name: 'acme-policy', version: '1.0.0', main: 'index.cjs' }));
    repo.write('node_modules/acme-policy/index.cjs', "module.exports = { extends: './strict.json', name: 'from js' };\n");
    repo.write('node_modules/acme-policy/strict.json', JSON.stringify({ rules: { 'claude-code/claude-md': 'info' } }));
    repo.write('.aiguardrc.json', JSON.stringify({ extends: 'acme-policy' }));
    // A package's JavaScript is code beside the checkout: it runs when the user trusts it.
    expect(levels(repo, cleanEnv({ AIGUARD_TRUST_CONFIG: '1' }))).toEqual({ 'claude-code/claude-md': 'info' });
    expect(runCli(['scan'], { cwd: repo.dir })).toMatchObject({
      code: 2,
      stderr:
        'aiguard: acme-policy (node_modules/acme-policy/index.cjs): not run ' +
        '(JavaScript reached through the extends of a data config runs only with --trust-config or AIGUARD_TRUST_CONFIG=1)\n',
    });
    repo.write('.aiguardrc.json', JSON.stringify({ extends: 'acme-policy/strict.json' }));
    expect(levels(repo)).toEqual({ 'claude-code/claude-md': 'info' });
  });

  it('merges a file two layers extend only once', () => {
    const repo = repoWithFindings();
    repo.write('common.json', JSON.stringify({ allow: [{ paths: ['AI_NOTES.md'], reason: 'common' }], customRules: [customRule] }));
    repo.write('a.json', JSON.stringify({ extends: './common.json' }));
    repo.write('b.json', JSON.stringify({ extends: './common.json' }));
    repo.write('.aiguardrc.json', JSON.stringify({ extends: ['./a.json', './b.json'] }));
    const printed = JSON.parse(runCli(['config', 'print', '--format', 'json'], { cwd: repo.dir }).stdout) as {
      policy: { allow: unknown[] };
    };
    expect(printed.policy.allow).toHaveLength(1);
  });

  const errors: [string, Record<string, unknown>, string][] = [
    [
      'a cycle of two files',
      { '.aiguardrc.json': { extends: './a.json' }, 'a.json': { extends: './b.json' }, 'b.json': { extends: './a.json' } },
      'b.json: extends: cycle: a.json → b.json → a.json',
    ],
    [
      'a config that extends itself',
      { '.aiguardrc.json': { extends: './.aiguardrc.json' } },
      '.aiguardrc.json: extends: cycle: .aiguardrc.json → .aiguardrc.json',
    ],
    [
      'a cycle back to the root',
      { '.aiguardrc.json': { extends: './a.json' }, 'a.json': { extends: '../' + 'REPO/.aiguardrc.json' } },
      'a.json: extends: cycle: .aiguardrc.json → a.json → .aiguardrc.json',
    ],
    ['a missing file', { '.aiguardrc.json': { extends: './nope.yaml' } }, '.aiguardrc.json: extends: ./nope.yaml: file not found'],
    [
      'a missing package',
      { '.aiguardrc.json': { extends: '@acme/not-installed' } },
      '.aiguardrc.json: extends: @acme/not-installed: cannot find the package (install it, or write ./ for a file)',
    ],
    [
      'an error inside an extended file',
      { '.aiguardrc.json': { extends: './a.json' }, 'a.json': { tools: { cursor: 'loud' } } },
      'a.json: tools.cursor: must be one of block, warn, info, off',
    ],
    [
      'an unknown tool in an extended file',
      { '.aiguardrc.json': { extends: './a.json' }, 'a.json': { tools: { cursr: 'warn' } } },
      'a.json: tools.cursr: unknown tool id',
    ],
    ['extends that is not a string', { '.aiguardrc.json': { extends: 3 } }, '.aiguardrc.json: extends: must be string'],
  ];
  for (const [name, files, message] of errors) {
    it(`${name} exits 2 naming the chain`, () => {
      const repo = repoWithFindings();
      const folder = repo.dir.split('/').pop()!;
      for (const [path, value] of Object.entries(files)) repo.write(path, JSON.stringify(value).replace('REPO', folder));
      const result = runCli(['scan'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`aiguard: ${message}\n`);
    });
  }
});
