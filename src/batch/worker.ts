// Worker-thread entry for batch mode: runs page tasks (see page.ts) sent by the pool in
// pool.ts, one at a time. Loaded from the built dist/batch/worker.js.

import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type PageOptions, type Task } from './page.js';

const opts = (workerData ?? {}) as PageOptions;

// modules are loaded: tell the pool (a worker that dies before this failed to start)
parentPort!.postMessage({ ready: true });

parentPort!.on('message', (msg: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: runTask(msg.task, opts) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
