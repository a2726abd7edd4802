// The build refuses a settings rule that names no analyser, an analyser that does not exist, an issue its
// analyser never reports, or the old topic-by-id-tail form: one line naming the file and the rule, exit 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { ANALYSER_ISSUES } from '../../src/detect/settings/analyser-issues.js';
import { loadPacks } from '../helpers/rule-packs.js';

afterAll(cleanupTempDirs);
const SCRIPT = join(PROJECT_ROOT, 'scripts/compile-rules.mjs');

function check(pack: string): { code: number | null; stdout: string; stderr: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'x.yml'), pack);
  const result = spawnSync(process.execPath, [SCRIPT, '--check', dir], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const rule = (extra: string) =>
  'tool: x\nrules:\n  - id: x/r\n    tool: x\n    kind: settings\n    severity: block\n' +
  `    description: d\n    why: w\n    fix: f\n    paths: [a.json]\n${extra}`;

describe('scripts/compile-rules.mjs --check', () => {
  it('accepts the shipped packs', () => {
    const dir = tempDir();
    const packs = readdirSync(join(PROJECT_ROOT, 'rules')).filter((name) => name.endsWith('.yml'));
    for (const file of packs) copyFileSync(join(PROJECT_ROOT, 'rules', file), join(dir, file));
    expect(execFileSync(process.execPath, [SCRIPT, '--check', dir], { encoding: 'utf8' })).toMatch(/^checked \d+ rules\n$/);
  });

  it('refuses an unknown analyser, naming the rule and the known ones', () => {
    const result = check(rule('    analyser: nope\n    issue: server\n'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`rules/x.yml: x/r: unknown analyser nope (known: ${Object.keys(ANALYSER_ISSUES).join(', ')})\n`);
  });

  it('refuses an issue the analyser never reports', () => {
    const result = check(rule('    analyser: mcp-json\n    issue: hook-command\n'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'rules/x.yml: x/r: analyser mcp-json reports no issue hook-command (it reports unparsable, duplicate-key, server, headers-helper)\n',
    );
  });

  it('refuses the old check field and a settings rule with neither an analyser nor a command that finds it', () => {
    for (const extra of ['    check: mcp-json\n', '    check: external\n', '']) {
      const result = check(rule(extra));
      expect(result.code, extra).toBe(1);
      expect(result.stderr.split('\n'), extra).toHaveLength(2);
      expect(result.stderr, extra).toMatch(/^rules\/x\.yml: /);
    }
  });

  it('accepts a rule found by a command, and refuses one the build does not know', () => {
    expect(check(rule('    foundBy: ci-policy-diff\n')).code).toBe(0);
    expect(check(rule('    foundBy: magic\n')).code).toBe(1);
  });

  it('refuses analyser and issue on a rule that is not a settings rule', () => {
    const pack = rule('    analyser: mcp-json\n    issue: server\n').replace('kind: settings', 'kind: path');
    expect(check(pack).code).toBe(1);
  });

  it('every analyser issue a shipped rule names exists, and every settings rule names one', () => {
    for (const packRule of loadPacks()
      .flatMap((pack) => pack.rules)
      .filter((candidate) => candidate.kind === 'settings')) {
      if (packRule.foundBy !== undefined) continue;
      const issues = (ANALYSER_ISSUES as Record<string, readonly string[]>)[packRule.analyser ?? ''];
      expect(issues, packRule.id).toBeDefined();
      expect(issues, packRule.id).toContain(packRule.issue);
    }
    expect(readFileSync(join(PROJECT_ROOT, 'rules/schema.json'), 'utf8')).not.toContain('"check"');
  });
});
