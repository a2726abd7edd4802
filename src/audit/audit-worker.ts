// A worker thread of `aiguard audit`: takes one repository job at a time and posts back its progress and result.
// The pool starts each worker on its own module file (in the bundle: the chunk that holds it), which imports this one:
// here, in a thread the pool marked, the jobs are served; anywhere else, nothing runs.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { scanRepository, type RepositoryJob } from './scan-repository.js';

export type WorkerMessage =
  | { type: 'commits'; repository: string; count: number }
  | { type: 'fetching'; repository: string; stage: string; percent: number }
  | { type: 'result'; repository: string; result: import('./store.js').RepositoryResult };

/** The workerData key that marks a thread as an audit worker. */
export const AUDIT_WORKER = 'aiguardAuditWorker';

function serve(port: MessagePort): void {
  port.on('message', (job: RepositoryJob) => {
    const repository = job.target.name;
    const events = {
      commits: (count: number) => port.postMessage({ type: 'commits', repository, count } satisfies WorkerMessage),
      fetching: (stage: string, percent: number) =>
        port.postMessage({ type: 'fetching', repository, stage, percent } satisfies WorkerMessage),
    };
    void scanRepository(job, events).then((result) => port.postMessage({ type: 'result', repository, result } satisfies WorkerMessage));
  });
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[AUDIT_WORKER] === true) serve(parentPort);
