import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES, hasAiguardKey, isCodeConfig } from './search-places.js';
import { displayPath } from './display-path.js';
import type { LoadedConfig, LoadOptions } from './load-config.js';
import { UNTRUSTED_CODE, codeRefusedHere, untrustedFoundMessage } from './trust.js';

/**
 * cosmiconfig's search for the module name "aiguard": each folder from start up to stop (the repository root, never
 * above it), each search place in its order; package.json counts only with an aiguard key, an empty file not at all.
 * A JS/TS config found here is the checkout's code: without trust it is skipped for the next data config, with one line
 * saying so, or refused when there is none. Undefined when there is no config.
 */
export async function findConfig(startDir: string, stopDir: string, options: LoadOptions = {}): Promise<LoadedConfig | undefined> {
  let skipped: string | undefined;
  for (const { file, text } of candidates(startDir, stopDir)) {
    const label = displayPath(file);
    if (text.trim() === '' || (basename(file) === 'package.json' && !hasAiguardKey(text))) continue;
    if (isCodeConfig(file)) {
      if (options.allowCode === false || !options.trustCode) {
        skipped ??= label;
        continue;
      }
      return (await import('./load-config.js')).loadConfigFile(file, { ...options, label });
    }
    // The parser and validator load only once there is a file to read.
    const loaded = await (await import('./load-config.js')).loadConfigText(text, file, label);
    if (!loaded) continue;
    if (skipped) (options.notice ?? writeNotice)(`aiguard: skipped ${skipped} (${skipReason(options)}); using ${label}`);
    return loaded;
  }
  if (!skipped) return undefined;
  if (options.allowCode === false) throw new UsageError(codeRefusedHere(skipped));
  throw new UsageError(untrustedFoundMessage(skipped));
}

function skipReason(options: LoadOptions): string {
  return options.allowCode === false ? 'a JavaScript config is not loaded here' : UNTRUSTED_CODE;
}

function writeNotice(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The files at the search places with their text, in search order. */
function* candidates(startDir: string, stopDir: string): Generator<{ file: string; text: string }> {
  for (const dir of searchDirs(startDir, stopDir)) {
    for (const place of SEARCH_PLACES) {
      const file = join(dir, place);
      if (!existsSync(file)) continue;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        // A folder or an unreadable file at a search place is passed over, as cosmiconfig does.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'EACCES' || code === 'ENOENT') continue;
        throw new UsageError(`${displayPath(file)}: cannot read: ${code ?? (error as Error).message}`);
      }
      yield { file, text };
    }
  }
}

/** start, its parents, up to and including stop; stop alone when start is not inside it. */
function searchDirs(startDir: string, stopDir: string): string[] {
  const real = (dir: string) => {
    try {
      return realpathSync(resolve(dir));
    } catch {
      return resolve(dir);
    }
  };
  const stop = real(stopDir);
  let dir = real(startDir);
  const inside = relative(stop, dir);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return [stop];
  const dirs: string[] = [];
  while (dir !== stop) {
    dirs.push(dir);
    const parent = dirname(dir);
    if (parent === dir) return [stop];
    dir = parent;
  }
  return [...dirs, stop];
}
