// Deterministic synthetic repositories for the bench, written with one `git fast-import` stream and cached
// under bench/.cache/ (the folder name holds every parameter, so a changed spec makes a new repository).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');
// Bump when the generated content changes, so old caches are not reused.
const GENERATOR_VERSION = 3;

/** A git environment that ignores the machine's own config and identity. */
export function benchEnv() {
  // GIT_FLUSH=0 as aiguard sets it for git log: the baseline gets the same fully buffered output.
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', LC_ALL: 'C', GIT_FLUSH: '0' };
  for (const key of Object.keys(env)) if (/^(GIT_DIR|GIT_WORK_TREE|GIT_INDEX_FILE|CLAUDE|AIGUARD)/.test(key)) delete env[key];
  return env;
}

// mulberry32: a tiny seeded generator, so every run writes the same repository.
function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'parser',
  'cache',
  'config',
  'router',
  'store',
  'client',
  'server',
  'worker',
  'queue',
  'schema',
  'index',
  'view',
  'model',
  'token',
  'stream',
];
const VERBS = ['Fix', 'Add', 'Refactor', 'Update', 'Remove', 'Rename', 'Speed up', 'Document', 'Test', 'Simplify'];
const PEOPLE = [
  'Ada Lovelace <ada@example.org>',
  'Grace Hopper <grace@example.org>',
  'Claude Shannon <claude.shannon@example.org>',
  'Jules Verne <jules@example.org>',
];
const CLAUDE_FOOTER = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';
const CLAUDE_TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const CONTENT_MARKER = '// Generated with [Claude Code](https://claude.ai/code)';

function pathOf(index) {
  const a = WORDS[index % WORDS.length];
  const b = WORDS[Math.floor(index / WORDS.length) % WORDS.length];
  return `src/${a}/${b}/file${index}.ts`;
}

function fileLines(random, path, count) {
  const lines = [`// ${path}`];
  for (let i = 1; i < count; i++) lines.push(`export const value${i} = ${Math.floor(random() * 1e6)};`);
  return lines;
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function message(random, n, traced) {
  const verb = VERBS[Math.floor(random() * VERBS.length)];
  const word = WORDS[Math.floor(random() * WORDS.length)];
  const body =
    `${verb} the ${word} (change ${n})\n\n` + `The ${word} now keeps its state between calls; see the tests for the\ncases this covers.\n`;
  const trailers = [];
  if (n % 97 === 0) trailers.push('Co-authored-by: Grace Hopper <grace@example.org>');
  if (n % 53 === 0) trailers.push('Signed-off-by: Ada Lovelace <ada@example.org>');
  if (traced.footer) trailers.push(CLAUDE_FOOTER, '');
  if (traced.trailer) trailers.push(CLAUDE_TRAILER);
  return trailers.length > 0 ? `${body}\n${trailers.join('\n')}\n` : body;
}

/**
 * Writes the fast-import stream of a repository: an initial tree of `files` files, then `commits - 1` commits
 * that each change 1–`maxChanges` files. Traces appear every `traceEvery` commits (trailers, footers, bot
 * identities, a content marker, CLAUDE.md, .claude/settings.json); tags mark the base of a `prCommits` PR.
 */
async function writeStream(input, spec) {
  const random = randomFrom(spec.seed ?? 7);
  const files = new Map();
  let buffered = '';
  const flush = async (force = false) => {
    if (!force && buffered.length < 1 << 20) return;
    if (!input.write(buffered)) await new Promise((resolve) => input.once('drain', resolve));
    buffered = '';
  };
  let time = 1_600_000_000;
  for (let n = 1; n <= spec.commits; n++) {
    time += 60 + Math.floor(random() * 3600);
    const traced = {
      trailer: n % spec.traceEvery === 0,
      footer: n % spec.traceEvery === Math.floor(spec.traceEvery / 2),
      bot: n % (spec.traceEvery * 3) === 7,
      content: n % (spec.traceEvery * 2) === 11,
    };
    const author = traced.bot ? 'claude[bot] <209825114+claude[bot]@users.noreply.github.com>' : PEOPLE[n % PEOPLE.length];
    const committer = PEOPLE[(n + 1) % PEOPLE.length];
    let out = `commit refs/heads/main\nmark :${n}\nauthor ${author} ${time} +0000\ncommitter ${committer} ${time} +0000\n`;
    out += data(n === 1 ? 'Initial import\n' : message(random, n, traced));
    if (n > 1) out += `from :${n - 1}\n`;
    if (n === 1) {
      for (let i = 0; i < spec.files; i++) {
        const path = pathOf(i);
        const lines = fileLines(random, path, 8 + Math.floor(random() * 16));
        if (i % 4000 === 3) lines.splice(1, 0, CONTENT_MARKER);
        files.set(path, lines);
        out += `M 100644 inline ${path}\n${data(`${lines.join('\n')}\n`)}`;
        if (out.length > 1 << 20) {
          buffered += out;
          out = '';
          await flush();
        }
      }
    } else {
      const changes = 1 + Math.floor(random() * spec.maxChanges);
      for (let c = 0; c < changes; c++) {
        const path = pathOf(Math.floor(random() * spec.files));
        const lines = files.get(path) ?? fileLines(random, path, 8);
        // Replace two lines and append one: a small -U0 diff, like most real commits.
        for (let k = 0; k < 2; k++)
          lines[1 + Math.floor(random() * (lines.length - 1))] = `export const edited${n}_${k} = ${Math.floor(random() * 1e6)};`;
        lines.push(c === 0 && traced.content ? CONTENT_MARKER : `export const added${n} = ${n};`);
        if (lines.length > 40) lines.splice(1, 10);
        files.set(path, lines);
        out += `M 100644 inline ${path}\n${data(`${lines.join('\n')}\n`)}`;
      }
      if (n === Math.floor(spec.commits / 3))
        out += `M 100644 inline CLAUDE.md\n${data('# CLAUDE.md\n\nThis file provides guidance to Claude Code when working here.\n')}`;
      // A repository that adopted aiguard has a policy: every run reads it.
      if (n === 2) out += `M 100644 inline .aiguardrc.json\n${data(SMALL_CONFIG)}`;
      if (n === Math.floor(spec.commits / 2))
        out += `M 100644 inline .claude/settings.json\n${data('{ "permissions": { "allow": ["Bash(npm test)"] } }\n')}`;
    }
    if (spec.prCommits && n === spec.commits - spec.prCommits) out += `reset refs/tags/pr-base\nfrom :${n}\n`;
    buffered += out;
    await flush();
  }
  buffered += 'done\n';
  await flush(true);
  input.end();
}

function specName(spec) {
  const parts = [
    `v${GENERATOR_VERSION}`,
    `c${spec.commits}`,
    `f${spec.files}`,
    `x${spec.maxChanges}`,
    `t${spec.traceEvery}`,
    `s${spec.seed ?? 7}`,
  ];
  if (spec.prCommits) parts.push(`pr${spec.prCommits}`);
  if (spec.checkout) parts.push('wt');
  if (spec.stagedFiles) parts.push(`st${spec.stagedFiles}`);
  return `${spec.name}-${parts.join('-')}`;
}

// The small JSON policy the generated history commits early on.
const SMALL_CONFIG = '{\n  "tools": { "claude-code": "block", "copilot": "warn" },\n  "ignore": ["vendor/**", "**/node_modules/**"]\n}\n';

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: benchEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

/** The repository for a spec: from the cache, or generated now (into a temporary folder, renamed when complete). */
export async function ensureRepo(spec, log = (line) => process.stderr.write(`${line}\n`)) {
  const dir = join(CACHE_DIR, specName(spec));
  if (existsSync(join(dir, '.git', 'bench-complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = Date.now();
  log(`bench: generating ${specName(spec)} …`);
  git(building, 'init', '-q', '--initial-branch=main');
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: building,
    env: benchEnv(),
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))));
  });
  // --done makes fast-import reject a truncated stream: the stream ends with an explicit `done`.
  await writeStream(child.stdin, spec).catch((error) => {
    child.kill();
    throw error;
  });
  await exited;
  if (spec.checkout) git(building, 'checkout', '-q', '-f', 'main');
  if (spec.stagedFiles) stageFiles(building, spec.stagedFiles);
  git(building, 'gc', '-q', '--auto');
  // The completion mark lives in .git, out of the work tree the tree scan reads.
  writeFileSync(join(building, '.git', 'bench-complete'), `${JSON.stringify(spec)}\n`);
  renameSync(building, dir);
  log(`bench: generated ${specName(spec)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** Modifies and stages `count` clean files: what a pre-commit hook sees on almost every commit. */
function stageFiles(dir, count) {
  const paths = git(dir, 'ls-files', '-z')
    .split('\0')
    .filter((path) => path.startsWith('src/'))
    .slice(0, count);
  paths.forEach((path, i) => {
    writeFileSync(
      join(dir, path),
      `// ${path}\nexport const staged${i} = ${i};\nexport function read${i}() {\n  return staged${i} * 2;\n}\n`,
    );
  });
  git(dir, 'add', '--', ...paths);
}

// `node bench/generate-repo.mjs COMMITS FILES` generates one repository and prints its path.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [commits = '1000', files = '500'] = process.argv.slice(2);
  const dir = await ensureRepo({ name: 'manual', commits: Number(commits), files: Number(files), maxChanges: 3, traceEvery: 200 });
  process.stdout.write(`${dir}\n`);
}
