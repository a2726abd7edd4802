import { isAbsolute, relative } from 'node:path';

/** A path as errors show it: relative to the current directory when inside it. */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
