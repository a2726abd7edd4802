import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { writeStarterPolicy } from '../../src/policy/starter-policy.js';
import { TestRepo, cleanupTempDirs, runCli, PROJECT_ROOT } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

type Printed = { source: string | null; policy: Record<string, unknown>; origins: Record<string, string> };
const printJson = (repo: TestRepo, extra: string[] = []) =>
  JSON.parse(runCli(['config', 'print', '--format', 'json', ...extra], { cwd: repo.dir }).stdout) as Printed;

describe('aiguard config print', () => {
  it('shows the built-in default when there is no config', () => {
    const repo = TestRepo.init();
    const result = runCli(['config', 'print'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tools\.claude-code: block +# default$/m);
    expect(result.stdout).toMatch(/^tools\.generic: info +# default$/m);
    expect(result.stdout).toMatch(/^tools\.\*: warn +# default$/m);
    expect(result.stdout).toMatch(/^message\.onViolation: block +# default$/m);
    expect(result.stdout).toMatch(/no policy file: the built-in default policy applies\n$/);
  });

  it('names the file each value came from, and shows name and message.onViolation', () => {
    const repo = TestRepo.init();
    repo.write('.aiguardrc.yaml', 'name: Acme AI ban\nmessage:\n  onViolation: strip\ntools:\n  cursor: block\n');
    const printed = printJson(repo);
    expect(printed.policy).toMatchObject({ name: 'Acme AI ban', onViolation: 'strip' });
    expect(printed.origins).toMatchObject({
      name: '.aiguardrc.yaml',
      'message.onViolation': '.aiguardrc.yaml',
      'tools.cursor': '.aiguardrc.yaml',
      'tools.claude-code': 'default',
    });
    expect(printed.source).toBe(join(repo.dir, '.aiguardrc.yaml'));
    const text = runCli(['config', 'print'], { cwd: repo.dir }).stdout;
    expect(text).toMatch(/^name: Acme AI ban +# \.aiguardrc\.yaml$/m);
    expect(text).toMatch(/^message\.onViolation: strip +# \.aiguardrc\.yaml$/m);
  });

  it('reads package.json#aiguard and --config', () => {
    const repo = TestRepo.init();
    repo.write('package.json', JSON.stringify({ name: 'x', aiguard: { name: 'from package.json' } }));
    expect(printJson(repo).policy.name).toBe('from package.json');
    repo.write('other.yml', 'name: from --config\n');
    const printed = printJson(repo, ['--config', 'other.yml']);
    expect(printed.policy.name).toBe('from --config');
    expect(printed.origins.name).toBe('other.yml');
  });

  const errors: [string, string[], string | undefined, string][] = [
    ['no action', ['config'], undefined, 'aiguard: aiguard config: missing action (expected print)\n'],
    ['an unknown action', ['config', 'show'], undefined, 'aiguard: aiguard config: unknown action: show (expected print)\n'],
    [
      'an unknown format',
      ['config', 'print', '--format', 'xml'],
      undefined,
      'aiguard: --format: unknown value xml (expected text, json)\n',
    ],
    [
      'a bad onViolation',
      ['config', 'print'],
      '{"message":{"onViolation":"warn"}}',
      'aiguard: .aiguardrc.json: message.onViolation: must be one of block, strip\n',
    ],
    ['a name that is not text', ['config', 'print'], '{"name":["a"]}', 'aiguard: .aiguardrc.json: name: must be string\n'],
    ['invalid JSON', ['config', 'print'], '{"name":', 'aiguard: .aiguardrc.json: invalid JSON: '],
  ];
  for (const [name, args, config, message] of errors) {
    it(`${name} exits 2 with one line`, () => {
      const repo = TestRepo.init();
      if (config !== undefined) repo.write('.aiguardrc.json', config);
      const result = runCli(args, { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(message)).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('the JSON Schema', () => {
  const schemaPath = join(PROJECT_ROOT, 'schema/config.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { properties: Record<string, { description?: string }> };

  it('is shipped in the package', () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT_ROOT, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    expect(packed[0]!.files.map((file) => file.path)).toContain('schema/config.schema.json');
  });

  it('describes every top-level key, so editors complete them with help', () => {
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toBeTruthy();
    for (const key of [
      'extends',
      'scope',
      'effective',
      'trustCommitDates',
      'tools',
      'rules',
      'customRules',
      'allow',
      'ignore',
      'baseline',
      'message',
      'name',
    ]) {
      expect(schema.properties, key).toHaveProperty(key);
    }
  });

  it('a config naming it by $schema is accepted', () => {
    const repo = TestRepo.init();
    repo.write('.aiguardrc.json', JSON.stringify({ $schema: './node_modules/aiguard/schema/config.schema.json', name: 'x' }));
    expect(runCli(['config', 'print'], { cwd: repo.dir }).code).toBe(0);
  });
});

describe('writeStarterPolicy', () => {
  it('writes a commented .aiguardrc.yaml for the organisation of origin, valid under the schema', async () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme-in/payments.git');
    repo.write('CLAUDE.md', 'x').add().commit('init', { date: '2020-01-01T00:00:00Z' });
    const result = await writeStarterPolicy(repo.dir, { effective: '2026-01-01' });
    expect(result.written).toBe(true);
    const text = readFileSync(join(repo.dir, '.aiguardrc.yaml'), 'utf8');
    expect(text).toBe(result.text);
    expect(text).toContain('# yaml-language-server: $schema=');
    const config = parse(text) as Record<string, unknown>;
    expect(config).toMatchObject({
      extends: 'aiguard:claude-code-ban',
      scope: { remotes: ['github.com/acme-in/*'] },
      effective: '2026-01-01',
      baseline: '.aiguard-baseline.json',
    });
    expect((config.allow as { reason: string; expires: string }[])[0]).toMatchObject({ reason: expect.any(String), expires: '2026-04-01' });
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/config.schema.json'), 'utf8')));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    // The CLI loads it: the old commit is grandfathered, the tree still blocks.
    expect(runCli(['config', 'print'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
  });

  it('dry run writes nothing; an existing config is left alone', async () => {
    const repo = TestRepo.init();
    const dry = await writeStarterPolicy(repo.dir, { dryRun: true });
    expect(dry.written).toBe(false);
    expect(dry.text).toContain('github.com/your-org/*');
    expect(existsSync(join(repo.dir, '.aiguardrc.yaml'))).toBe(false);
    repo.write('.aiguardrc.json', '{}');
    const kept = await writeStarterPolicy(repo.dir);
    expect(kept).toMatchObject({ written: false, existing: join(repo.dir, '.aiguardrc.json') });
    expect(existsSync(join(repo.dir, '.aiguardrc.yaml'))).toBe(false);
  });
});
