import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import "./chunk-LOBCSSTG.js";

// src/util/progress.ts
var SILENT = { tick: () => void 0, done: () => void 0 };
var CHECK_EVERY = 64;
function createProgress(stream = process.stderr, options = {}) {
  if (!stream.isTTY) return SILENT;
  const intervalMs = options.intervalMs ?? 250;
  const firstAfter = options.firstAfter ?? 1e3;
  const now = options.now ?? (() => Date.now());
  const started = now();
  let count = 0;
  let drawnAt;
  const draw = (at) => {
    const seconds = Math.max((at - started) / 1e3, 1e-3);
    const rate = Math.round(count / seconds).toLocaleString("en-US");
    stream.write(`\r\x1B[Kaiguard: ${count.toLocaleString("en-US")} commits scanned (${rate}/s)`);
    drawnAt = at;
  };
  return {
    tick() {
      count++;
      if (count % CHECK_EVERY !== 0 || count < firstAfter) return;
      const at = now();
      if (drawnAt === void 0 || at - drawnAt >= intervalMs) draw(at);
    },
    done() {
      if (drawnAt !== void 0) stream.write("\r\x1B[K");
      drawnAt = void 0;
    }
  };
}
export {
  createProgress
};
