import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

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
export {
  parseShard,
  selectShard
};
