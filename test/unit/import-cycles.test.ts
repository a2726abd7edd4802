// src/ has no import cycle; the check itself finds static, dynamic and type-only cycles written the way src/ writes imports.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { importCycles } from '../../scripts/check-import-cycles.mjs';

const find = importCycles as (dir: string) => Promise<string[][]>;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function sources(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiguard-cycles-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('import cycles', () => {
  it('src/ has none', async () => {
    expect(await find(join(import.meta.dirname, '../../src'))).toEqual([]);
  }, 30_000);

  it('finds a cycle of static imports with .js specifiers', async () => {
    const dir = sources({
      'a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    expect(await find(dir)).toEqual([['a.ts', 'b.ts']]);
  });

  it('finds a cycle through a dynamic import and one through a type import', async () => {
    const dir = sources({
      'a.ts': "export const a = () => import('./b.js');\n",
      'b.ts': "import { a } from './a.js';\nexport const b = a;\n",
      'c.ts': "import type { D } from './d.js';\nexport type C = { d?: D };\n",
      'd.ts': "import type { C } from './c.js';\nexport type D = { c?: C };\n",
    });
    expect((await find(dir)).map((cycle) => cycle.join(' '))).toEqual(['a.ts b.ts', 'c.ts d.ts']);
  });

  it('passes a graph without a cycle', async () => {
    const dir = sources({ 'a.ts': "import { b } from './b.js';\nexport const a = b;\n", 'b.ts': 'export const b = 1;\n' });
    expect(await find(dir)).toEqual([]);
  });
});
