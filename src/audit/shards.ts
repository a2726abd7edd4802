// --shard I/N: a deterministic slice of the sorted repository list, for CI matrix jobs that each audit a part.
import { UsageError } from '../errors.js';

export interface Shard {
  /** 1-based, as CI matrices number their jobs. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${text}: expected I/N with 1 ≤ I ≤ N (e.g. 2/4)`);
  }
  return { index, count };
}

/** Every N-th entry from the I-th: shards of a sorted list get an even share of neighbours (one forge group's repositories). */
export function selectShard<T>(sorted: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...sorted];
  return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}
