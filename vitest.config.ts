import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most of a test's time is spent waiting on git, node and npm child processes: vitest's default for `run`
// (one worker fewer than the cores, so a single worker on a 2-core machine) leaves a core idle.
const workers = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: workers,
    minWorkers: 1,
  },
});
