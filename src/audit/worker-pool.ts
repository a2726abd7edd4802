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

/** A worker thread that starts loading the scan's modules now; it waits for jobs and serves none until runPool. */
export interface WarmWorker {
  worker: Worker;
  /** Set when the thread exited (or failed to start) before runPool took it. */
  gone: boolean;
}

function startWorker(): Worker {
  // This very module (a chunk of the bundle, or worker-pool.js of the sources): it imports audit-worker, which serves.
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  return new Worker(new URL(import.meta.url), { workerData: { [AUDIT_WORKER]: true }, resourceLimits });
}

/** Workers started ahead (while the store opens): each would otherwise load the scan's modules after it. */
export function warmWorkers(count: number): WarmWorker[] {
  return Array.from({ length: count }, () => {
    const warm: WarmWorker = { worker: startWorker(), gone: false };
    // Until runPool listens, a thread that fails or exits is only marked: runPool then starts another.
    warm.worker.once('error', () => (warm.gone = true));
    warm.worker.once('exit', () => (warm.gone = true));
    return warm;
  });
}

/** Ends warm workers that found nothing to do (every repository was unchanged). */
export async function endWarmWorkers(warm: WarmWorker[]): Promise<void> {
  await Promise.all(warm.splice(0).map(({ worker }) => worker.terminate()));
}

export async function runPool(jobs: RepositoryJob[], concurrency: number, events: PoolEvents, warm: WarmWorker[] = []): Promise<void> {
  const queue = [...jobs];
  const takeWorker = (): Worker => {
    for (let ready = warm.shift(); ready; ready = warm.shift()) if (!ready.gone) return ready.worker;
    return startWorker();
  };
  const runWorker = async (): Promise<void> => {
    while (queue.length) {
      const worker = takeWorker();
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
  await endWarmWorkers(warm);
}
