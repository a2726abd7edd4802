// Runs commands as child processes and times them: wall time from spawn to exit, stdout read and discarded
// by this process (as aiguard reads git's), both sides of a ratio interleaved so that load hits them alike.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv } from './generate-repo.mjs';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package's own bin, wherever the build puts it.
export const CLI = join(PROJECT_ROOT, JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).bin.aiguard);

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const CPU_FILE = join(mkdtempSync(join(tmpdir(), 'aiguard-bench-')), 'cpu');

/**
 * One run of a command: wall milliseconds and, with GNU time, CPU milliseconds (user + system, the command and
 * the children it waited for). Wall time is what a user waits; CPU time barely moves when the machine is busy.
 */
export function timeOnce(command, args, { cwd, okCodes = [0] }) {
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', CPU_FILE, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: benchEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      if (!okCodes.includes(code)) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n')[0]}`));
      const [user, system] = GNU_TIME ? readFileSync(CPU_FILE, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
      resolve({ wall, cpu: (user + system) * 1000 });
    });
  });
}

/** A step is one command or several run one after the other (a baseline of "git log plus node startup"). */
async function timeSteps(steps, cwd) {
  const total = { wall: 0, cpu: 0 };
  for (const step of steps) {
    const { wall, cpu } = await timeOnce(step.command, step.args, { cwd, okCodes: step.okCodes ?? [0] });
    total.wall += wall;
    total.cpu += cpu;
  }
  return total;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Medians of `runs` interleaved runs of both sides (and of the floor, when given: the least any program must do for
 * the same answer), after one warm-up run each (page cache, JIT of git). The order rotates, so no side always runs
 * on a warmer cache.
 */
export async function compare({ cwd, subject, baseline, floor, runs }) {
  const sides = floor ? [subject, baseline, floor] : [subject, baseline];
  for (const steps of sides) await timeSteps(steps, cwd);
  const times = sides.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < sides.length; k++) {
      const side = (i + k) % sides.length;
      times[side].push(await timeSteps(sides[side], cwd));
    }
  }
  const wall = (list) => median(list.map((time) => time.wall));
  const cpu = (list) => median(list.map((time) => time.cpu));
  return {
    subject: wall(times[0]),
    baseline: wall(times[1]),
    subjectCpu: cpu(times[0]),
    baselineCpu: cpu(times[1]),
    floor: floor ? wall(times[2]) : undefined,
    runs,
  };
}

const RSS_PROBE = join(PROJECT_ROOT, 'bench/rss-probe.mjs');

/**
 * Peak resident memory in MB: aiguard's own process (getrusage of itself, via bench/rss-probe.mjs) and the
 * largest of it and its git child (GNU time's %M, which reports the biggest process of the tree).
 */
export function peakRss(args, cwd) {
  const result = spawnSync('/usr/bin/time', ['-f', 'time-max-rss-kb=%M', process.execPath, '--import', RSS_PROBE, CLI, ...args], {
    cwd,
    env: benchEnv(),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.error) throw new Error(`/usr/bin/time: ${result.error.message} (install GNU time)`);
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`aiguard ${args.join(' ')} exited ${result.status}: ${result.stderr.trim().split('\n')[0]}`);
  const read = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(result.stderr)?.[1] ?? NaN) / 1024;
  return { aiguard: read('aiguard-bench-max-rss-kb'), withGit: read('time-max-rss-kb') };
}

export function machine() {
  const gitVersion = spawnSync('git', ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .replace(/^git version /, '');
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    git: gitVersion,
    platform: `${process.platform} ${process.arch}`,
  };
}
