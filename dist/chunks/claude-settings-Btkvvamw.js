import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a as analyseClaudeSettings } from './chunk-lPzSzNxq.js';
export { m as marketplaceCommandIssues } from './chunk-lPzSzNxq.js';
import './chunk-oz5Lt4Gr.js';
import './chunk-C693WtF7.js';
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

export { analyseClaudeSettings };
