// The audit's progress line on a TTY: repositories done/total, the one being read, commits per second, ETA.
// Silent when stderr is not a terminal (CI logs, pipes), where a carriage-return line is noise.

type Stream = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; columns?: number };

export interface AuditProgress {
  started(repository: string): void;
  /** Commits read in a repository since its last report. */
  commits(count: number): void;
  /** A mirror's clone or fetch stage (git's own words). */
  fetching(repository: string, stage: string, percent: number): void;
  finished(repository: string): void;
  done(): void;
}

const nothing = (): void => undefined;
const SILENT: AuditProgress = { started: nothing, commits: nothing, fetching: nothing, finished: nothing, done: nothing };

export function createAuditProgress(
  total: number,
  stream: Stream = process.stderr,
  options: { now?: () => number; intervalMs?: number } = {},
): AuditProgress {
  if (!stream.isTTY) return SILENT;
  const now = options.now ?? (() => Date.now());
  const intervalMs = options.intervalMs ?? 200;
  const begin = now();
  const active = new Map<string, string>();
  let done = 0;
  let commits = 0;
  let drawnAt = -Infinity;
  let drawn = false;
  const draw = (force = false): void => {
    const at = now();
    if (!force && at - drawnAt < intervalMs) return;
    drawnAt = at;
    drawn = true;
    const current = [...active.values()].pop();
    stream.write(`\r\x1b[K${progressLine({ done, total, commits, seconds: (at - begin) / 1000, current }, stream.columns)}`);
  };
  return {
    started(repository) {
      active.set(repository, shortName(repository));
      draw(true);
    },
    commits(count) {
      commits += count;
      draw();
    },
    fetching(repository, stage, percent) {
      active.set(repository, `${shortName(repository)} (${stage} ${percent}%)`);
      draw();
    },
    finished(repository) {
      active.delete(repository);
      done++;
      draw(true);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

export interface ProgressState {
  done: number;
  total: number;
  commits: number;
  seconds: number;
  current?: string;
}

/** The line itself, cut to the terminal's width; the ETA assumes the repositories left cost what the done ones did. */
export function progressLine(state: ProgressState, terminalColumns?: number): string {
  // A terminal that reports no width (0 under script(1), some CI consoles) gets a usual one.
  const columns = terminalColumns && terminalColumns >= 40 ? terminalColumns : 100;
  const rate = state.seconds > 0 ? Math.round(state.commits / state.seconds) : 0;
  const left = (state.seconds / Math.max(state.done, 1)) * (state.total - state.done);
  const eta = state.done > 0 && state.done < state.total ? ` · ETA ${duration(left)}` : '';
  const current = state.current ? ` · ${state.current}` : '';
  const line = `aiguard audit: ${state.done}/${state.total} repositories · ${rate.toLocaleString('en-US')} commits/s${eta}${current}`;
  return line.length > columns - 1 ? `${line.slice(0, Math.max(columns - 2, 10))}…` : line;
}

export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

function shortName(repository: string): string {
  return repository
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split(/[/:]/)
    .slice(-2)
    .join('/');
}
