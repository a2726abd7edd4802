// aiguard's version: package.json's when the sources run; the bundle has it written in (scripts/build.mjs).
import { createRequire } from 'node:module';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
