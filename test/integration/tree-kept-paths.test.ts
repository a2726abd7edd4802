// A tree scan makes subjects only of the paths a rule may match (SourceNeeds.pathWanted) and of the attributes files
// it reads: a rule without a literal path segment, or a .gitattributes deep in the tree, must still be seen.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runJsonAsync } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const GENERATED = {
  id: 'acme/generated',
  tool: 'acme-bot',
  kind: 'path',
  severity: 'block',
  description: 'a file the bot generates',
  fix: 'remove it',
  paths: ['**/*.gen'],
};

describe('the paths a tree scan keeps', () => {
  it('every path, for a custom rule with no literal segment; the clean twin passes', async () => {
    for (const file of ['deep/a/b/output.gen', 'deep/a/b/output.txt']) {
      const repo = TestRepo.init();
      repo.write('.aiguardrc.json', JSON.stringify({ tools: { 'acme-bot': 'block' }, customRules: [GENERATED] }));
      repo.write(file, 'x\n').write('README.md', 'hello\n').add().commit('files');
      const { code, report } = await runJsonAsync(['scan'], { cwd: repo.dir });
      const found = file.endsWith('.gen') ? [`acme/generated ${file}`] : [];
      expect([code, report.findings.map((finding) => `${finding.ruleId} ${finding.path}`)]).toEqual([found.length > 0 ? 1 : 0, found]);
    }
  });

  it("a folder's own .gitattributes: its working-tree-encoding is read; the clean twin passes", async () => {
    for (const line of ['Generated with [Claude Code](https://claude.com/claude-code)', 'nothing to see']) {
      const repo = TestRepo.init();
      repo.write('docs/guide/.gitattributes', '*.md working-tree-encoding=UTF-16LE-BOM text\n').add().commit('attributes');
      writeFileSync(join(repo.dir, 'docs/guide/notes.md'), Buffer.from(`\ufeffnotes\n${line}\n`, 'utf16le'));
      repo.add().commit('notes');
      const { report } = await runJsonAsync(['scan'], { cwd: repo.dir });
      const lines = report.findings.filter((finding) => finding.line !== undefined).map((finding) => `${finding.path}:${finding.line}`);
      expect(lines).toEqual(line === 'nothing to see' ? [] : ['docs/guide/notes.md:2']);
    }
  });
});
