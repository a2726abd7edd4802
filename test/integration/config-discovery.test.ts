import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, cleanupTempDirs } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const MSG = 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

// Each config form turns the trailer rule down to a warning: exit 0 proves the file was found and read.
describe('config discovery (cosmiconfig module "aiguard")', () => {
  const forms: [string, string][] = [
    ['.aiguardrc', '{"rules": {"claude-code/co-author-trailer": "warn"}}'],
    ['.aiguardrc.json', '{"rules": {"claude-code/co-author-trailer": "warn"}}'],
    ['.aiguardrc.yaml', 'rules:\n  claude-code/co-author-trailer: warn\n'],
    ['.config/aiguardrc.yml', 'rules:\n  claude-code/co-author-trailer: warn\n'],
    ['aiguard.config.cjs', 'module.exports = { rules: { "claude-code/co-author-trailer": "warn" } };\n'],
    ['aiguard.config.mjs', 'export default { rules: { "claude-code/co-author-trailer": "warn" } };\n'],
    ['package.json', '{"name": "x", "aiguard": {"rules": {"claude-code/co-author-trailer": "warn"}}}'],
  ];
  for (const [file, text] of forms) {
    it(file, () => {
      const repo = TestRepo.init();
      repo.write('MSG', MSG);
      expect(runCli(['scan', '--message-file', 'MSG'], { cwd: repo.dir }).code).toBe(1);
      repo.write(file, text);
      const result = runCli(['scan', '--message-file', 'MSG'], { cwd: repo.dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('warning');
    });
  }

  it('a package.json without an aiguard key is no config', () => {
    const repo = TestRepo.init();
    repo.write('package.json', '{"name": "x"}').write('MSG', MSG);
    expect(runCli(['scan', '--message-file', 'MSG'], { cwd: repo.dir }).code).toBe(1);
  });

  it('--config takes a file anywhere', () => {
    const repo = TestRepo.init();
    repo.write('MSG', MSG).write('policies/ban.yaml', 'tools:\n  claude-code: info\n');
    const result = runCli(['scan', '--message-file', 'MSG', '--config', 'policies/ban.yaml'], { cwd: repo.dir });
    expect(result.code).toBe(0);
  });
});
