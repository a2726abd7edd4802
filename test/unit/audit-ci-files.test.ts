// The audit's CI files under ci/: valid YAML, sharded the way --shard reads it, and every aiguard option they pass exists.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT, runCli, tempDir } from '../helpers/git-repo.js';

const FILES = ['ci/github/aiguard-audit.yml', 'ci/gitlab/aiguard-audit.gitlab-ci.yml'];
const usage = runCli(['audit', '--help'], { cwd: tempDir() }).stdout;

/** Every `aiguard audit …` command line of a CI file, joined across YAML folding and shell continuations. */
function auditCommands(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, ' ')
    .replace(/>\n(\s+)npx/g, '\n$1npx')
    .split('\n')
    .filter((line) => /aiguard audit/.test(line))
    .map((line) => line.slice(line.indexOf('aiguard audit')));
}

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const folded = JSON.stringify(parse(text));

  it('is valid YAML with an audit and a merge step', () => {
    expect(folded).toMatch(/aiguard audit --repos/);
    expect(folded).toMatch(/aiguard audit merge/);
    expect(folded).toMatch(/--shard/);
  });

  it('passes only options aiguard audit has', () => {
    const commands = [...auditCommands(text), ...auditCommands(folded.replace(/\\n/g, '\n'))];
    expect(commands.length).toBeGreaterThan(1);
    for (const command of commands) {
      for (const option of command.match(/\s(--[a-z-]+)/g) ?? []) expect(usage, `${file}: ${option}`).toContain(option.trim());
    }
  });

  it('takes the shard from the CI matrix and keeps the stores', () => {
    if (file.includes('github')) {
      const workflow = parse(text) as { jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; needs?: string }> };
      expect(workflow.jobs.audit!.strategy!.matrix.shard).toEqual([1, 2, 3, 4]);
      expect(text).toContain('--shard ${{ matrix.shard }}/${{ strategy.job-total }}');
      expect(workflow.jobs.report!.needs).toBe('audit');
      expect(text).toContain('upload-pages-artifact');
    } else {
      const pipeline = parse(text) as Record<string, { parallel?: number; needs?: string[]; artifacts?: { paths: string[] } }>;
      expect(pipeline['aiguard-audit']!.parallel).toBe(4);
      expect(text).toContain('--shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"');
      expect(pipeline.pages!.needs).toEqual(['aiguard-audit']);
      expect(pipeline.pages!.artifacts!.paths).toContain('public');
    }
  });
});
