import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/report/color.ts
function colorEnabled({ env, stream, flag }) {
  if (stream === void 0) return false;
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force === "0" || force === "false") return false;
  if (env.NO_COLOR) return false;
  if (force) return true;
  return stream.isTTY === true && env.TERM !== "dumb" || Boolean(env.CI);
}

export {
  colorEnabled
};
