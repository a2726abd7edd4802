// The search over real folders: cosmiconfig's places in its order, from a start folder up to the root and no higher,
// and what happens to a JS config found on the way without trust.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cosmiconfig, getDefaultSearchPlaces } from 'cosmiconfig';
import { SEARCH_PLACES } from '../../src/config/search-places.js';
import { findConfig } from '../../src/config/find-config.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'aiguard-search-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const nameOf = async (start: string, stop: string, options = {}) => (await findConfig(start, stop, options))?.config.name;

describe('config search', () => {
  it("has cosmiconfig's search places for aiguard, in its order", () => {
    expect(SEARCH_PLACES).toEqual(getDefaultSearchPlaces('aiguard'));
  });

  it('walks from the start folder up to the root, the nearest config first', async () => {
    const root = tree({ '.aiguardrc.json': '{"name": "root"}', 'a/b/.aiguardrc.yaml': 'name: b\n', 'a/b/c/keep': '' });
    expect(await nameOf(join(root, 'a/b/c'), root)).toBe('b');
    expect(await nameOf(join(root, 'a'), root)).toBe('root');
    expect(await nameOf(root, root)).toBe('root');
  });

  it('never looks above the root, and searches the root alone when the start is outside it', async () => {
    const root = tree({
      '.aiguardrc.json': '{"name": "above"}',
      'repo/sub/keep': '',
      'elsewhere/.aiguardrc.json': '{"name": "elsewhere"}',
    });
    expect(await findConfig(join(root, 'repo/sub'), join(root, 'repo'))).toBeUndefined();
    writeFileSync(join(root, 'repo/.aiguardrc.json'), '{"name": "repo"}');
    expect(await nameOf(join(root, 'elsewhere'), join(root, 'repo'))).toBe('repo');
  });

  it('passes over a folder at a search place, an empty file and a package.json without the key', async () => {
    const root = tree({
      '.aiguardrc.json/keep': '',
      '.aiguardrc.yaml': '\n',
      'package.json': '{"name": "x"}',
      '.config/aiguardrc.yml': 'name: found\n',
    });
    expect(await nameOf(root, root)).toBe('found');
  });

  it('skips a JS config without trust for the next data config, saying so in one line', async () => {
    const root = tree({ '.aiguardrc.cjs': 'module.exports = { name: "js" };', '.config/aiguardrc.json': '{"name": "data"}' });
    const notices: string[] = [];
    expect(await nameOf(root, root, { notice: (line: string) => notices.push(line) })).toBe('data');
    const why = 'a JavaScript config in the checkout runs only with --trust-config or AIGUARD_TRUST_CONFIG=1';
    expect(notices).toEqual([`aiguard: skipped ${join(root, '.aiguardrc.cjs')} (${why}); using ${join(root, '.config/aiguardrc.json')}`]);
    expect(await nameOf(root, root, { trustCode: true })).toBe('js');
  });

  it('refuses a JS config without trust when no data config follows, naming it', async () => {
    const root = tree({ 'aiguard.config.mjs': 'export default { name: "js" };' });
    const refusal = `${join(root, 'aiguard.config.mjs')}: not run (a JavaScript config in the checkout runs only with`;
    await expect(findConfig(root, root)).rejects.toThrow(refusal);
    await expect(findConfig(root, root, { trustCode: true, allowCode: false })).rejects.toThrow('a JavaScript config is not loaded here');
  });

  it("picks the file cosmiconfig's own search picks, over generated trees of data configs", async () => {
    let seed = 7;
    // mulberry32: a small PRNG whose sequence is the same on every run.
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const dataPlaces = SEARCH_PLACES.filter((place) => !/\.(?:[cm]?js|ts)$/.test(place));
    const contents = ['{"name": "x"}', '', '# only a comment\n', 'name: y\n'];
    const outcomes = new Set<string>();
    for (let round = 0; round < 40; round++) {
      const files: Record<string, string> = { 'a/b/keep': '' };
      for (const dir of ['', 'a/', 'a/b/']) {
        for (const place of dataPlaces) {
          if (random(12) !== 0) continue;
          const packageJson = random(2) ? '{"name": "p"}' : '{"aiguard": {"name": "p"}}';
          files[`${dir}${place}`] = place === 'package.json' ? packageJson : contents[random(contents.length)]!;
        }
      }
      const root = tree(files);
      const start = join(root, 'a/b');
      // A JSON place holding YAML is an error for both: the answer is then the error.
      const explorer = cosmiconfig('aiguard', { searchStrategy: 'global', stopDir: root, cache: false });
      const theirs = await explorer.search(start).then(
        (found) => found?.filepath,
        () => 'error',
      );
      const ours = await findConfig(start, root).then(
        (found) => found?.file,
        () => 'error',
      );
      expect(ours, JSON.stringify(files)).toBe(theirs);
      outcomes.add(ours === undefined ? 'none' : ours === 'error' ? 'error' : 'found');
    }
    expect([...outcomes].sort()).toEqual(['error', 'found', 'none']);
  });
});
