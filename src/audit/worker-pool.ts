// Repositories in parallel: --jobs worker threads, each with a bounded heap, each taking the next job when done.
// A worker that dies (out of memory, a crash) fails its repository, not the audit; a fresh one takes its place.
import { Worker } from 'node:worker_threads';
import { failedResult, type RepositoryJob } from './scan-repository.js';
import type { RepositoryResult } from './store.js';
import { AUDIT_WORKER, type WorkerMessage } from './audit-worker.js';

export interface PoolEvents {
  started(repository: string): void;
  commits(repository: string, count: number): void;
  fetching(repository: string, stage: string, percent: number): void;
  /** Called in the main thread, one repository at a time: the store is written here. */
  finished(result: RepositoryResult): void;
}

/** Heap per worker: far above what one repository's history scan needs, and a ceiling for a pathological one. */
export const WORKER_HEAP_MB = 256;

export async function runPool(jobs: RepositoryJob[], concurrency: number, events: PoolEvents): Promise<void> {
  const queue = [...jobs];
  // This very module (a chunk of the bundle, or worker-pool.js of the sources): it imports audit-worker, which serves.
  const workerUrl = new URL(import.meta.url);
  const runWorker = async (): Promise<void> => {
    while (queue.length) {
      const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
      const worker = new Worker(workerUrl, { workerData: { [AUDIT_WORKER]: true }, resourceLimits });
      // One worker runs jobs until it dies; then the loop starts another for what is left.
      await new Promise<void>((resolve) => {
        let current: RepositoryJob | undefined;
        const next = (): void => {
          current = queue.shift();
          if (!current) {
            void worker.terminate().then(() => resolve());
            return;
          }
          events.started(current.target.name);
          worker.postMessage(current);
        };
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'commits') events.commits(message.repository, message.count);
          else if (message.type === 'fetching') events.fetching(message.repository, message.stage, message.percent);
          else {
            events.finished(message.result);
            next();
          }
        });
        const died = (reason: string): void => {
          if (current) events.finished(failedResult(current, reason));
          current = undefined;
          resolve();
        };
        worker.on('error', (error: Error & { code?: string }) =>
          died(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the scan ran out of memory (${WORKER_HEAP_MB} MB)` : error.message),
        );
        worker.on('exit', (code) => died(`the worker stopped (exit ${code})`));
        next();
      });
    }
  };
  // No more workers than repositories: a thread that would find the queue empty costs its start-up for nothing.
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, runWorker));
}
