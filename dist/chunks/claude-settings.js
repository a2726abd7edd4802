import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a as analyseClaudeSettings } from './chunk2.js';
export { m as marketplaceCommandIssues } from './chunk2.js';
import './chunk3.js';
import './chunk4.js';
import './core.js';
import './chunk5.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

export { analyseClaudeSettings };
