import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
export { F as FINDINGS_VERSION, c as configDigest, i as inputsKey, p as probeKeys, u as unchangedResults, v as validUntil } from './chunk10.js';
import './core.js';
import 'node:crypto';
import 'node:fs';
import 'node:fs/promises';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
