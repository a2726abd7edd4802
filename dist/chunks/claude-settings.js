import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a as analyseClaudeSettings } from './chunk4.js';
export { m as marketplaceCommandIssues } from './chunk4.js';
import './chunk5.js';
import './chunk6.js';
import './chunk7.js';
import './core.js';
import 'node:fs';
import 'node:os';
import 'node:util';
import 'node:child_process';
import 'node:fs/promises';
import 'node:crypto';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

export { analyseClaudeSettings };
