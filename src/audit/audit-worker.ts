// A worker thread of `aiguard audit`: takes one repository job at a time and posts back its progress and result.
import { parentPort } from 'node:worker_threads';
import { scanRepository, type RepositoryJob } from './scan-repository.js';

export type WorkerMessage =
  | { type: 'commits'; repository: string; count: number }
  | { type: 'fetching'; repository: string; stage: string; percent: number }
  | { type: 'result'; repository: string; result: import('./store.js').RepositoryResult };

const port = parentPort;
if (!port) throw new Error('audit-worker runs as a worker thread only');

port.on('message', (job: RepositoryJob) => {
  const repository = job.target.name;
  const events = {
    commits: (count: number) => port.postMessage({ type: 'commits', repository, count } satisfies WorkerMessage),
    fetching: (stage: string, percent: number) =>
      port.postMessage({ type: 'fetching', repository, stage, percent } satisfies WorkerMessage),
  };
  void scanRepository(job, events).then((result) => port.postMessage({ type: 'result', repository, result } satisfies WorkerMessage));
});
