import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { U as UsageError } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/audit/shards.ts
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${text}: expected I/N with 1 \u2264 I \u2264 N (e.g. 2/4)`);
  }
  return { index, count };
}
function selectShard(sorted, shard) {
  if (!shard) return [...sorted];
  return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}

export { parseShard, selectShard };
