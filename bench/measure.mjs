// Runs commands as child processes and times them: wall time from spawn to exit, stdout read and discarded
// by this process (as aiguard reads git's), both sides of a ratio interleaved so that load hits them alike.
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv } from './generate-repo.mjs';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(PROJECT_ROOT, 'dist/src/cli.js');

/** One run of a command: milliseconds, exit code; fails on an exit code the caller did not expect. */
export function timeOnce(command, args, { cwd, okCodes = [0] }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: benchEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (!okCodes.includes(code)) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n')[0]}`));
      else resolve(ms);
    });
  });
}

/** A step is one command or several run one after the other (a baseline of "git log plus node startup"). */
async function timeSteps(steps, cwd) {
  let total = 0;
  for (const step of steps) total += await timeOnce(step.command, step.args, { cwd, okCodes: step.okCodes ?? [0] });
  return total;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Medians of `runs` interleaved runs of both sides, after one warm-up run each (page cache, JIT of git). */
export async function compare({ cwd, subject, baseline, runs }) {
  await timeSteps(subject, cwd);
  await timeSteps(baseline, cwd);
  const subjectTimes = [];
  const baselineTimes = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which side goes first, so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      subjectTimes.push(await timeSteps(subject, cwd));
      baselineTimes.push(await timeSteps(baseline, cwd));
    } else {
      baselineTimes.push(await timeSteps(baseline, cwd));
      subjectTimes.push(await timeSteps(subject, cwd));
    }
  }
  return { subject: median(subjectTimes), baseline: median(baselineTimes), subjectTimes, baselineTimes };
}

const RSS_PROBE = join(PROJECT_ROOT, 'bench/rss-probe.mjs');

/**
 * Peak resident memory in MB: aiguard's own process (getrusage of itself, via bench/rss-probe.mjs) and the
 * largest of it and its git child (GNU time's %M, which reports the biggest process of the tree).
 */
export function peakRss(args, cwd) {
  const result = spawnSync('/usr/bin/time', ['-f', 'time-max-rss-kb=%M', process.execPath, '--import', RSS_PROBE, CLI, ...args], { cwd, env: benchEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw new Error(`/usr/bin/time: ${result.error.message} (install GNU time)`);
  if (result.status !== 0 && result.status !== 1) throw new Error(`aiguard ${args.join(' ')} exited ${result.status}: ${result.stderr.trim().split('\n')[0]}`);
  const read = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(result.stderr)?.[1] ?? NaN) / 1024;
  return { aiguard: read('aiguard-bench-max-rss-kb'), withGit: read('time-max-rss-kb') };
}

export function machine() {
  const gitVersion = spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^git version /, '');
  return { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, git: gitVersion, platform: `${process.platform} ${process.arch}` };
}
