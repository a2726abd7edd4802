// The places of the contract (shared/DESIGN.md): cosmiconfig's default search places for the module name "aiguard", in its
// order. Written out so a hook can stat them without loading cosmiconfig; test/unit/config-search.test.ts checks that
// they equal cosmiconfig's getDefaultSearchPlaces('aiguard').
import { extname } from 'node:path';

export const SEARCH_PLACES = [
  'package.json',
  '.aiguardrc',
  '.aiguardrc.json',
  '.aiguardrc.yaml',
  '.aiguardrc.yml',
  '.aiguardrc.js',
  '.aiguardrc.ts',
  '.aiguardrc.cjs',
  '.aiguardrc.mjs',
  '.config/aiguardrc',
  '.config/aiguardrc.json',
  '.config/aiguardrc.yaml',
  '.config/aiguardrc.yml',
  '.config/aiguardrc.js',
  '.config/aiguardrc.ts',
  '.config/aiguardrc.cjs',
  '.config/aiguardrc.mjs',
  'aiguard.config.js',
  'aiguard.config.ts',
  'aiguard.config.cjs',
  'aiguard.config.mjs',
];

const CODE_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs']);

/** Whether loading the file means running it (JavaScript or TypeScript). */
export function isCodeConfig(path: string): boolean {
  return CODE_EXTENSIONS.has(extname(path));
}

/** Whether package.json text holds an aiguard key (only then is it a config). */
export function hasAiguardKey(text: string): boolean {
  try {
    return (JSON.parse(text) as Record<string, unknown>).aiguard !== undefined;
  } catch {
    return false;
  }
}
