import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/audit/audit-progress.ts
var nothing = () => void 0;
var SILENT = { started: nothing, commits: nothing, fetching: nothing, finished: nothing, done: nothing };
function createAuditProgress(total, stream = process.stderr, options = {}) {
  if (!stream.isTTY) return SILENT;
  const now = options.now ?? (() => Date.now());
  const intervalMs = options.intervalMs ?? 200;
  const begin = now();
  const active = /* @__PURE__ */ new Map();
  let done = 0;
  let commits = 0;
  let drawnAt = -Infinity;
  let drawn = false;
  const draw = (force = false) => {
    const at = now();
    if (!force && at - drawnAt < intervalMs) return;
    drawnAt = at;
    drawn = true;
    const current = [...active.values()].pop();
    stream.write(`\r\x1B[K${progressLine({ done, total, commits, seconds: (at - begin) / 1e3, current }, stream.columns)}`);
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
      if (drawn) stream.write("\r\x1B[K");
      drawn = false;
    }
  };
}
function progressLine(state, terminalColumns) {
  const columns = terminalColumns && terminalColumns >= 40 ? terminalColumns : 100;
  const rate = state.seconds > 0 ? Math.round(state.commits / state.seconds) : 0;
  const left = state.seconds / Math.max(state.done, 1) * (state.total - state.done);
  const eta = state.done > 0 && state.done < state.total ? ` \xB7 ETA ${duration(left)}` : "";
  const current = state.current ? ` \xB7 ${state.current}` : "";
  const line = `aiguard audit: ${state.done}/${state.total} repositories \xB7 ${rate.toLocaleString("en-US")} commits/s${eta}${current}`;
  return line.length > columns - 1 ? `${line.slice(0, Math.max(columns - 2, 10))}\u2026` : line;
}
function duration(seconds) {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor(whole % 3600 / 60)).padStart(2, "0")}m`;
}
function shortName(repository) {
  return repository.replace(/\/+$/, "").replace(/\.git$/, "").split(/[/:]/).slice(-2).join("/");
}

export { createAuditProgress, duration, progressLine };
