// `node bench/floor.mjs MODE [ARGS]`: the least any node program must do to give aiguard's answer — start, run the
// git commands aiguard needs and read their output, read the rules' data — with no matching at all. A target below
// this is out of reach.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { FORMAT } from './git-format.mjs';

/** Runs git, reads and discards its output, as aiguard reads it; resolves when git exits. */
function git(args, cwd = process.cwd()) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--no-replace-objects', ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, GIT_FLUSH: '0' },
    });
    child.stdout.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', resolve);
  });
}

const MODES = {
  /** A whole history without content: one git log with the fields, change types and merges (by --cc) aiguard reads. */
  'history-paths': () => git(['log', '-z', FORMAT, '--no-renames', '--name-status', '--diff-merges=dense-combined', '--all']),
  /**
   * A tree: one grep of the tracked files for the content keywords (the longest, started first), one list of the
   * tracked and untracked names, and the top level, all at once, as aiguard starts them at a work tree's top level.
   * (The bench's tree has no untracked file, so aiguard's second grep, of the files only on disk, never runs.)
   */
  tree: async (keywordsJson) => {
    const grep = ['grep', `--threads=${availableParallelism() + 1}`, '-z', '-n', '-a', '-i', '-F', '--no-color', '--no-textconv'];
    await Promise.all([
      git([...grep, ...JSON.parse(keywordsJson).flatMap((keyword) => ['-e', keyword]), '--']),
      git(['ls-files', '-z', '-v', '--cached', '--stage', '--others', '--exclude-standard', '--full-name']),
      git(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}']),
    ]);
  },
  /** A pre-commit hook: the staged changes with their added lines (one git diff --cached; no repository probe). */
  'pre-commit': () =>
    git([
      'diff',
      '--cached',
      '--raw',
      '--no-abbrev',
      '-z',
      '-M',
      '--diff-filter=ACMRT',
      '-p',
      '-U0',
      '--text',
      '--no-ext-diff',
      '--no-textconv',
      '--',
    ]),
  /**
   * An audit re-run with nothing new: open the store with sql.js and write it back, and read each repository's refs
   * and remotes (what tells a re-run that nothing changed).
   */
  'audit-rerun': async (store, ...repositories) => {
    const { readFile, writeFile } = await import('node:fs/promises');
    const [{ default: initSqlJs }, bytes] = await Promise.all([import('sql.js'), readFile(store)]);
    const probes = repositories.map((repository) =>
      Promise.all([
        git(['for-each-ref', '--format=%(refname) %(objectname)'], repository),
        git(['config', '--get-regexp', '^remote\\.'], repository),
      ]),
    );
    const SQL = await initSqlJs();
    const database = new SQL.Database(bytes);
    database.exec('SELECT count(*) FROM repositories');
    await Promise.all(probes);
    await writeFile(`${store}.floor`, database.export());
  },
};

/** The 199 rules as data (what `npm run build` compiles from rules/): no answer without them. Read while git works. */
const readRules = async () => JSON.parse(await readFile(new URL('../build/rules.json', import.meta.url), 'utf8'));

const [mode, ...args] = process.argv.slice(2);
if (!Object.hasOwn(MODES, mode)) throw new Error(`bench/floor.mjs: unknown mode ${mode} (expected ${Object.keys(MODES).join(', ')})`);
await Promise.all([MODES[mode](...args), mode === 'audit-rerun' ? undefined : readRules()]);
