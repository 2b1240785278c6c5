// A worker thread of `article summary --jobs N`: summarizes the tasks the pool sends, one at a
// time. A worker thread starts on dist/cli/worker-start.cjs (worker-start.ts), which loads this.
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeTask, type BatchSettings, type BatchTask, type Outcome } from './record.js';

/** A message from the pool: a task and the number its answer must carry, or `stop` once the batch is done. */
export type WorkerRequest = { id: number; task: BatchTask } | { stop: true };

/** A message to the pool: `ready` once loaded, then one answer per request. */
export type WorkerReply = { ready: true } | { id: number; outcome: Outcome };

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of article summary');
const settings = workerData as BatchSettings;
port.on('message', (request: WorkerRequest) => {
  // With the port closed the thread has nothing left to do and ends, running its exit handlers.
  if ('stop' in request) return port.close();
  void summarizeTask(request.task, settings).then((outcome) => port.postMessage({ id: request.id, outcome } satisfies WorkerReply));
});
port.postMessage({ ready: true } satisfies WorkerReply);
