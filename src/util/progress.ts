// A progress line for long history scans: on stderr only when a person watches it (a TTY), silent in
// pipelines, hooks and logs, where a carriage-return line would be noise.

export interface Progress {
  /** One more commit read. */
  tick(): void;
  /** Clears the line, if one was drawn. */
  done(): void;
}

export interface ProgressOptions {
  /** Milliseconds between redraws. */
  intervalMs?: number;
  /** Commits read before the first line: short scans never draw one. */
  firstAfter?: number;
  now?: () => number;
}

type Stream = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };

const SILENT: Progress = { tick: () => undefined, done: () => undefined };
// Time is read once per this many commits: tick() stays a counter increment on the hot path.
const CHECK_EVERY = 64;

export function createProgress(stream: Stream = process.stderr, options: ProgressOptions = {}): Progress {
  if (!stream.isTTY) return SILENT;
  const intervalMs = options.intervalMs ?? 250;
  const firstAfter = options.firstAfter ?? 1000;
  const now = options.now ?? (() => Date.now());
  const started = now();
  let count = 0;
  let drawnAt: number | undefined;
  const draw = (at: number): void => {
    const seconds = Math.max((at - started) / 1000, 0.001);
    const rate = Math.round(count / seconds).toLocaleString('en-US');
    stream.write(`\r\x1b[Kaiguard: ${count.toLocaleString('en-US')} commits scanned (${rate}/s)`);
    drawnAt = at;
  };
  return {
    tick(): void {
      count++;
      if (count % CHECK_EVERY !== 0 || count < firstAfter) return;
      const at = now();
      if (drawnAt === undefined || at - drawnAt >= intervalMs) draw(at);
    },
    done(): void {
      if (drawnAt !== undefined) stream.write('\r\x1b[K');
      drawnAt = undefined;
    },
  };
}
