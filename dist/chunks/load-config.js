import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { l as loadConfigFile, a as loadConfigText } from './chunk.js';
import './chunk2.js';
import './core.js';
import 'node:fs';
import 'node:os';
import 'node:util';
import 'node:child_process';
import 'node:fs/promises';
import 'node:crypto';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

export { loadConfigFile, loadConfigText };
