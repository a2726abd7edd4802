// AIGUARD_PROFILE=1: where a run's time goes, printed on stderr at exit. Off, every call is one boolean test,
// and node's global performance (which loads perf_hooks on first use) is never touched.

export const profiling = process.env.AIGUARD_PROFILE === '1';

const phases = new Map<string, number>();
const parts = new Map<string, Map<string, number>>();
let current = 'startup (node, modules, arguments)';
// performance.now() counts from process start, so the first phase includes node's own startup.
let since = 0;
let hooked = false;

/** Closes the running phase and starts the next one (phases follow one another). */
export function enterPhase(name: string): void {
  if (!profiling) return;
  const now = performance.now();
  phases.set(current, (phases.get(current) ?? 0) + now - since);
  current = name;
  since = now;
  if (!hooked) {
    hooked = true;
    process.once('exit', printProfile);
  }
}

/** Adds time spent inside the running phase to a named part of it (parsing, matching). */
export function addTime(part: string, ms: number): void {
  const own = parts.get(current) ?? new Map<string, number>();
  own.set(part, (own.get(part) ?? 0) + ms);
  parts.set(current, own);
}

export const clock = (): number => performance.now();

function printProfile(): void {
  enterPhase('exit');
  const total = performance.now();
  const row = (ms: number, name: string, indent: string): string =>
    `${indent}${ms.toFixed(1).padStart(9)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`;
  const lines = ['aiguard profile:'];
  for (const [phase, ms] of phases) {
    lines.push(row(ms, phase, '  '));
    let accounted = 0;
    for (const [part, partMs] of parts.get(phase) ?? []) {
      lines.push(row(partMs, part, '    '));
      accounted += partMs;
    }
    if (parts.has(phase)) lines.push(row(ms - accounted, 'the rest: waiting for git, reading its output, sources', '    '));
  }
  lines.push(row(total, 'total', '  '));
  process.stderr.write(`${lines.join('\n')}\n`);
}
