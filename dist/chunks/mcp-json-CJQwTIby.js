import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a as analyseMcpJson } from './chunk-BBTjwNmX.js';
export { m as mcpServerIssues } from './chunk-BBTjwNmX.js';
import './chunk-DWRQejwU.js';
import './core-Ik1-Y1CK.js';
import 'node:fs';
import 'node:os';
import 'node:util';
import 'node:child_process';
import 'node:fs/promises';
import 'node:crypto';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

export { analyseMcpJson };
