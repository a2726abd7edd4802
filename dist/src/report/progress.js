// A progress line for long history scans: on stderr only when a person watches it (a TTY), silent in
// pipelines, hooks and logs, where a carriage-return line would be noise.
const SILENT = { tick: () => undefined, done: () => undefined };
// Time is read once per this many commits: tick() stays a counter increment on the hot path.
const CHECK_EVERY = 64;
export function createProgress(stream = process.stderr, options = {}) {
    if (!stream.isTTY)
        return SILENT;
    const intervalMs = options.intervalMs ?? 250;
    const firstAfter = options.firstAfter ?? 1000;
    const now = options.now ?? (() => Date.now());
    const started = now();
    let count = 0;
    let drawnAt;
    const draw = (at) => {
        const seconds = Math.max((at - started) / 1000, 0.001);
        stream.write(`\r\x1b[Kaiguard: ${count.toLocaleString('en-US')} commits scanned (${Math.round(count / seconds).toLocaleString('en-US')}/s)`);
        drawnAt = at;
    };
    return {
        tick() {
            count++;
            if (count % CHECK_EVERY !== 0 || count < firstAfter)
                return;
            const at = now();
            if (drawnAt === undefined || at - drawnAt >= intervalMs)
                draw(at);
        },
        done() {
            if (drawnAt !== undefined)
                stream.write('\r\x1b[K');
            drawnAt = undefined;
        },
    };
}
