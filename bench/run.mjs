// `npm run bench [-- --repo PATH [--range A..B]] [--json FILE] [--runs N] [--only TEXT]`: aiguard against raw git
// producing the same data, on the same machine in the same run; prints medians and their ratios. Not part of `npm test`.
// A real pull request: `--repo ../mise --range HEAD~3200..HEAD~1200` (jdx/mise, 2,008 commits; docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureRepo, benchEnv } from './generate-repo.mjs';
import { CLI, PROJECT_ROOT, compare, peakRss, machine } from './measure.mjs';
import { FORMAT } from './git-format.mjs';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', multiple: true },
    json: { type: 'string' },
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
    range: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
if (values.range !== undefined && !values.repo?.length) throw new Error('--range: needs --repo PATH (the repository the range is in)');

const PATCH = ['-p', '-U0', '--raw', '--no-ext-diff', '--no-textconv', '--no-color'];
const CONTENT_KEYWORDS = [
  ...new Set(
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'build/rules.json'), 'utf8'))
      .filter((rule) => rule.kind === 'content')
      .flatMap((rule) => rule.keywords ?? []),
  ),
];

const node = (args) => ({ command: process.execPath, args });
const aiguard = (args) => ({ command: process.execPath, args: [CLI, ...args], okCodes: [0, 1] });
const gitStep = (args, okCodes = [0]) => ({ command: 'git', args, okCodes });
/** bench/floor.mjs: node running only the git commands aiguard needs, reading their output, matching nothing. */
const floorStep = (mode, ...args) => ({ command: process.execPath, args: [join(PROJECT_ROOT, 'bench/floor.mjs'), mode, ...args] });
const grepStep = gitStep(
  ['grep', '-z', '-n', '-I', '-i', '-F', ...CONTENT_KEYWORDS.flatMap((k) => ['-e', k]), '--untracked', '--'],
  [0, 1],
);

/** `hook pre-commit` once that command exists (another branch adds it); `scan --staged` stands in until then. */
function preCommitCommand() {
  const probe = spawnSync(process.execPath, [CLI, 'hook', '--help'], { env: benchEnv(), encoding: 'utf8' });
  if (probe.status === 0) return { args: ['hook', 'pre-commit'], label: 'aiguard hook pre-commit' };
  return { args: ['scan', '--staged'], label: 'aiguard scan --staged (stand-in for hook pre-commit)' };
}

function historyCases(label, cwd) {
  return [
    {
      name: `${label}: history, paths only`,
      what: 'scan --all --no-content  vs  git log --all -z --no-renames --name-only',
      target: 1.05,
      cwd,
      subject: [aiguard(['scan', '--all', '--no-content'])],
      baseline: [gitStep(['log', '--all', '-z', '--no-renames', '--name-only', FORMAT])],
      floor: [floorStep('history-paths')],
    },
    {
      name: `${label}: history, added lines`,
      what: 'scan --all  vs  git log --all -z -p -U0 --raw --no-renames',
      target: 1.05,
      cwd,
      subject: [aiguard(['scan', '--all'])],
      baseline: [gitStep(['log', '--all', '-z', '--no-renames', ...PATCH, FORMAT])],
    },
  ];
}

function treeCase(label, cwd) {
  return {
    name: `${label}: tree`,
    what: 'scan  vs  node -e 0 + git ls-files -z + git grep (content markers)',
    target: 1.2,
    cwd,
    subject: [aiguard(['scan'])],
    baseline: [node(['-e', '0']), gitStep(['ls-files', '-z']), grepStep],
    floor: [floorStep('tree', JSON.stringify(CONTENT_KEYWORDS))],
  };
}

async function syntheticCases() {
  const history = await ensureRepo({ name: 'history', commits: 20_000, files: 2_000, maxChanges: 3, traceEvery: 500, prCommits: 2_000 });
  const tree = await ensureRepo({
    name: 'tree',
    commits: 50,
    files: 20_000,
    maxChanges: 3,
    traceEvery: 20,
    checkout: true,
    stagedFiles: 10,
  });
  const preCommit = preCommitCommand();
  const starter = starterPolicyCopy(tree);
  return {
    cases: [
      ...historyCases('20,000 commits', history),
      treeCase('20,000 files', tree),
      {
        name: '20,000 files: pre-commit, 10 staged, small JSON config',
        what: `${preCommit.label}  vs  node -e 0`,
        target: 1.3,
        cwd: tree,
        runs: Math.max(RUNS, 15),
        subject: [aiguard(preCommit.args)],
        baseline: [node(['-e', '0'])],
        floor: [floorStep('pre-commit')],
      },
      {
        name: '20,000 files: pre-commit, 10 staged, starter policy',
        what: `${preCommit.label} with the .aiguardrc.yaml of aiguard init --policy  vs  node -e 0`,
        target: 1.3,
        cwd: starter,
        runs: Math.max(RUNS, 15),
        subject: [aiguard(preCommit.args)],
        baseline: [node(['-e', '0'])],
        floor: [floorStep('pre-commit')],
      },
      prCase('PR of 2,000 commits (synthetic)', history, 'pr-base..main'),
    ],
  };
}

/**
 * Issue 15's audit rows: N repositories with --jobs 2 against the sum of their single `scan --all --no-content`
 * runs divided by 2 (target 1.2), and a re-run with nothing new against a full run (target 0.05).
 */
async function auditCases() {
  const repos = [];
  for (const seed of [11, 12, 13, 14]) {
    repos.push(await ensureRepo({ name: 'audit', commits: 5_000, files: 1_000, maxChanges: 3, traceEvery: 250, seed }));
  }
  const stores = mkdtempSync(join(tmpdir(), 'aiguard-bench-audit-'));
  const audit = (store, extra = []) =>
    aiguard(['audit', ...repos, '--jobs', '2', '--store', join(stores, store), '--cache', stores, ...extra]);
  return [
    {
      name: `audit of ${repos.length} repositories (5,000 commits each), --jobs 2`,
      what: 'audit --full --jobs 2  vs  Σ scan --all --no-content ÷ 2',
      target: 1.2,
      cwd: stores,
      subject: [audit('full.sqlite', ['--full'])],
      baseline: repos.map((repo) => aiguard(['scan', '--all', '--no-content', repo])),
      baselineScale: 0.5,
      // The same CPU as the single scans, spread perfectly over the machine's cores: a scan already runs git beside node.
      floorFromCpu: true,
    },
    {
      name: `audit of ${repos.length} repositories: re-run, nothing new`,
      what: 'audit (incremental, the store of its first run)  vs  audit --full',
      target: 0.05,
      cwd: stores,
      subject: [audit('incremental.sqlite')],
      baseline: [audit('full-again.sqlite', ['--full'])],
      // The store's sql.js runs on V8's baseline tier in aiguard too (src/audit/store.ts).
      floor: [floorStep('audit-rerun', join(stores, 'incremental.sqlite'), ...repos)].map((step) => ({
        ...step,
        args: ['--liftoff-only', ...step.args],
      })),
    },
  ];
}

/** A pull request: `scan --range` against node's start plus the git log of the same fields and patches. */
function prCase(name, cwd, range) {
  return {
    name,
    what: `scan --range ${range}  vs  node -e 0 + git log ${range} (same fields)`,
    target: 1.3,
    cwd,
    subject: [aiguard(['scan', '--range', range])],
    baseline: [node(['-e', '0']), gitStep(['log', '-z', '--no-renames', ...PATCH, FORMAT, range])],
  };
}

/**
 * The tree repository with the policy `aiguard init --policy` writes, committed, and the same 10 files staged:
 * the path the docs recommend (cached beside the plain copy).
 */
function starterPolicyCopy(tree) {
  const dir = `${tree}-starter`;
  if (existsSync(join(dir, '.git', 'bench-starter-complete'))) return dir;
  const run = (cwd, command, args) => {
    const result = spawnSync(command, args, { cwd, env: benchEnv(), encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr.trim().split('\n')[0]}`);
    return result.stdout;
  };
  rmSync(dir, { recursive: true, force: true });
  run(tree, 'cp', ['-a', tree, dir]);
  // The generated history carries a small JSON config; the starter policy takes its place.
  rmSync(join(dir, '.aiguardrc.json'), { force: true });
  run(dir, process.execPath, [CLI, 'init', '--policy', '--native']);
  if (!existsSync(join(dir, '.aiguardrc.yaml'))) throw new Error(`${dir}: aiguard init --policy wrote no .aiguardrc.yaml`);
  writeFileSync(join(dir, '.git', 'bench-starter-complete'), 'starter policy\n');
  return dir;
}

/** A folder named like a checkout's or mirror's inner folder (repo, repo.git, .git) is named by its parent. */
function repositoryName(cwd) {
  const name = basename(cwd);
  return /^(repo|repo\.git|\.git|git)$/.test(name) ? `${basename(resolve(cwd, '..'))}/${name}` : name;
}

function formatTable(rows) {
  const header = [
    'benchmark',
    'aiguard ms',
    'baseline ms',
    'ratio',
    'target',
    '',
    'floor ms',
    'floor ratio',
    'cpu ms (aiguard / baseline)',
    'cpu ratio',
  ];
  const body = rows.map((row) =>
    row.rssMB !== undefined
      ? [
          row.name,
          `${row.rssMB.toFixed(0)} MB`,
          '',
          '',
          row.targetMB ? `≤ ${row.targetMB} MB` : '',
          row.targetMB ? (row.rssMB <= row.targetMB ? 'ok' : 'OVER') : '',
          '',
          '',
          '',
          '',
        ]
      : [
          row.name,
          row.subjectMs.toFixed(0),
          row.baselineMs.toFixed(0),
          `${row.ratio.toFixed(2)}×`,
          `≤ ${row.target}×`,
          row.ratio <= row.target ? 'ok' : row.floorRatio > row.target ? 'over (floor)' : 'OVER',
          row.floorMs === undefined ? '' : row.floorMs.toFixed(0),
          row.floorRatio === undefined ? '' : `${row.floorRatio.toFixed(2)}×`,
          Number.isNaN(row.cpuRatio) ? '' : `${row.subjectCpuMs.toFixed(0)} / ${row.baselineCpuMs.toFixed(0)}`,
          Number.isNaN(row.cpuRatio) ? '' : `${row.cpuRatio.toFixed(2)}×`,
        ],
  );
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main() {
  const rows = [];
  const run = async (benchCase) => {
    if (values.only && !benchCase.name.includes(values.only)) return;
    process.stderr.write(`bench: ${benchCase.name} …\n`);
    const result = await compare({
      cwd: benchCase.cwd,
      subject: benchCase.subject,
      baseline: benchCase.baseline,
      floor: benchCase.floor,
      runs: benchCase.runs ?? RUNS,
    });
    if (benchCase.floorFromCpu) result.floor = result.baselineCpu / cpus().length;
    // A parallel run is held to its share of the serial cost (the sum of the single runs ÷ the jobs).
    const scale = benchCase.baselineScale ?? 1;
    result.baseline *= scale;
    result.baselineCpu *= scale;
    const floorMs = result.floor;
    rows.push({
      name: benchCase.name,
      what: benchCase.what,
      subjectMs: result.subject,
      baselineMs: result.baseline,
      ratio: result.subject / result.baseline,
      target: benchCase.target,
      subjectCpuMs: result.subjectCpu,
      baselineCpuMs: result.baselineCpu,
      cpuRatio: result.subjectCpu / result.baselineCpu,
      floorMs,
      floorRatio: floorMs === undefined ? undefined : floorMs / result.baseline,
      runs: result.runs,
    });
  };
  const { cases } = await syntheticCases();
  for (const benchCase of cases) await run(benchCase);
  if (!values.only || values.only.includes('audit')) for (const benchCase of await auditCases()) await run(benchCase);
  if (!values.only || 'peak RSS'.includes(values.only)) {
    const big = await ensureRepo({ name: 'history', commits: 100_000, files: 2_000, maxChanges: 3, traceEvery: 500 });
    process.stderr.write('bench: peak RSS of a 100,000-commit history scan …\n');
    const rss = peakRss(['scan', '--all'], big);
    rows.push({
      name: '100,000 commits: peak RSS of aiguard',
      what: 'scan --all (added lines): the node process itself',
      rssMB: rss.aiguard,
      targetMB: 100,
    });
    // The audit's worker threads share its process: one worker's peak is the whole process's with --jobs 1.
    const stores = mkdtempSync(join(tmpdir(), 'aiguard-bench-audit-rss-'));
    const auditArgs = ['audit', big, '--jobs', '1', '--content', '--store', join(stores, 'rss.sqlite'), '--cache', stores];
    rows.push({
      name: '100,000 commits: peak RSS of an audit worker',
      what: 'audit --jobs 1 --content of that history: the whole process (main thread, its one worker, the store)',
      rssMB: peakRss(auditArgs, stores).aiguard,
      targetMB: 150,
    });
    rows.push({
      name: '100,000 commits: peak RSS of git log',
      what: "its git log child (GNU time %M), for reference: git's own cost",
      rssMB: rss.withGit,
    });
  }
  for (const path of values.repo ?? []) {
    const cwd = resolve(path);
    const label = `real: ${repositoryName(cwd)}`;
    if (values.range !== undefined) {
      await run(prCase(`${label}: PR ${values.range}`, cwd, values.range));
      continue;
    }
    for (const benchCase of historyCases(label, cwd)) await run(benchCase);
    const bare = spawnSync('git', ['rev-parse', '--is-bare-repository'], { cwd, encoding: 'utf8' }).stdout.trim() === 'true';
    if (!bare) await run(treeCase(label, cwd));
  }
  const table = formatTable(rows);
  process.stdout.write(`${table}\n\n`);
  const info = machine();
  process.stdout.write(
    `machine: ${info.nproc} × ${info.cpu}, node ${info.node}, git ${info.git}, ${info.platform}; ` +
      `medians of ${RUNS} runs (pre-commit: ${Math.max(RUNS, 15)})\n`,
  );
  if (values.json)
    writeFileSync(
      values.json,
      `${JSON.stringify({ date: new Date().toISOString(), machine: info, runs: RUNS, results: rows }, null, 2)}\n`,
    );
  const over = rows.filter((row) =>
    row.rssMB !== undefined ? row.targetMB && row.rssMB > row.targetMB : row.target && row.ratio > row.target,
  );
  if (over.length > 0) process.stderr.write(`bench: over target: ${over.map((row) => row.name).join('; ')}\n`);
}

await main();
