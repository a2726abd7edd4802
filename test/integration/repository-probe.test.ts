// openRepository asks a work tree for its git directory, top level and HEAD in one rev-parse (src/git/repository.ts);
// where that cannot answer (a bare repository, a work tree with a HEAD file at its top, an odd folder name) the
// answer must be the same as with two probes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

/** The scan's exit code and the rev-parse commands it ran. */
function scan(args: string[], cwd: string): { code: number; revParses: number } {
  const trace = join(tempDir(), 'trace.txt');
  const result = runCli(args, { cwd, env: cleanEnv({ GIT_TRACE: trace }) });
  const revParses = readFileSync(trace, 'utf8').split('\n').filter((line) => /trace: built-in: git rev-parse/.test(line)).length;
  return { code: result.code, revParses };
}

function withClaudeMd(repo: TestRepo): TestRepo {
  repo.write('README.md', 'hello\n').write('CLAUDE.md', '# notes\n').add().commit('notes');
  return repo;
}

describe('the repository probe', () => {
  it('asks a work tree once, committed or unborn, and finds what it holds', () => {
    expect(scan(['scan'], withClaudeMd(TestRepo.init()).dir)).toEqual({ code: 1, revParses: 1 });
    const unborn = TestRepo.init();
    unborn.write('CLAUDE.md', '# notes\n').add();
    expect(scan(['hook', 'pre-commit'], unborn.dir)).toEqual({ code: 1, revParses: 1 });
    expect(scan(['scan'], TestRepo.init().dir)).toEqual({ code: 0, revParses: 1 });
  });

  it('reads bare repositories and a work tree with a HEAD file at its top with two probes, to the same answer', () => {
    const source = withClaudeMd(TestRepo.init());
    const bare = join(tempDir(), 'mirror.git');
    source.git('clone', '-q', '--bare', source.dir, bare);
    expect(scan(['scan', bare], source.dir).code).toBe(1);
    expect(scan(['scan', TestRepo.init({ bare: true }).dir], source.dir).code).toBe(0);
    const headFile = withClaudeMd(TestRepo.init());
    headFile.write('HEAD', 'a file named HEAD\n').add().commit('head file');
    expect(scan(['scan'], headFile.dir)).toEqual({ code: 1, revParses: 2 });
    const clean = TestRepo.init();
    clean.write('HEAD', 'x\n').write('README.md', 'hi\n').add().commit('init');
    expect(scan(['scan'], clean.dir)).toEqual({ code: 0, revParses: 2 });
  });

  it('keeps a top level whose name ends in a line that looks like a commit id', () => {
    const repo = withClaudeMd(TestRepo.init());
    const parent = tempDir();
    const odd = join(parent, `repo\n${'0123456789abcdef'.repeat(2)}01234567`);
    mkdirSync(parent, { recursive: true });
    renameSync(repo.dir, odd);
    expect(scan(['scan'], odd).code).toBe(1);
    const unborn = TestRepo.init();
    unborn.write('CLAUDE.md', '# notes\n').add();
    const oddUnborn = join(tempDir(), `x\n${'f'.repeat(40)}`);
    renameSync(unborn.dir, oddUnborn);
    expect(scan(['hook', 'pre-commit'], oddUnborn).code).toBe(1);
  });
});
