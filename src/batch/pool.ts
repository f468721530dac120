// A small pool of worker threads for batch mode. One task per worker at a time, so a task
// that runs past its time limit, or a worker that runs out of its memory limit, costs only
// that task: the worker is terminated and replaced, and the task's promise is rejected with
// a PoolError that says why (the caller then falls back to a coarser diff).
// The calling thread can take part too (`local`): it takes small tasks from the back of the
// queue, one per event-loop turn, while the workers take from the front. On two cores one
// worker plus the main thread beat two workers: a worker costs a module load and a cold JIT.

import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './page.js';

export class PoolError extends Error {
  /** timeout: the task ran past the limit; crash: its worker died; unavailable: workers keep failing to start */
  constructor(message: string, public readonly kind: 'timeout' | 'crash' | 'unavailable') {
    super(message);
    this.name = 'PoolError';
  }
}

export interface PoolOptions {
  size: number;
  url: URL;
  workerData?: unknown;
  /** a task running longer is stopped (its worker terminated and replaced) */
  taskTimeoutMs?: number;
  /** V8 old-generation limit of each worker, in MB */
  maxOldGenerationSizeMb?: number;
  /**
   * Run the tasks `accepts` takes on the calling thread as well. Those tasks have no time or
   * memory limit, so accept only ones known to finish quickly (small pages).
   */
  local?: { accepts(task: Task): boolean; run(task: Task): TaskResult };
}

interface Job {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** has loaded its modules and said so (a worker that dies before that failed to start) */
  started: boolean;
}

/** Workers that die before they are ready, in a row, before the pool gives up. */
const MAX_START_FAILURES = 3;

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private startFailures = 0;
  private localQueued = false;
  /** set when workers keep failing to start: every task is then rejected as 'unavailable' */
  broken: string | null = null;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.url, {
      workerData: this.opts.workerData,
      resourceLimits: this.opts.maxOldGenerationSizeMb ? { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb } : undefined,
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, job: null, timer: null, started: false };
    worker.on('message', (msg: { id?: number; ready?: boolean; result?: TaskResult; error?: string }) => {
      if (msg.ready) {
        slot.started = true;
        this.startFailures = 0;
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.finish(slot);
      if (msg.error !== undefined) job.reject(new PoolError(msg.error, 'crash'));
      else job.resolve(msg.result!);
      this.dispatch();
    });
    const fail = (why: string) => {
      const job = slot.job;
      this.finish(slot);
      if (!slot.started) {
        // the worker never got going: its task did not fail, it goes back to the queue
        if (job) this.queue.unshift(job);
        if (++this.startFailures >= MAX_START_FAILURES) {
          this.giveUp(why);
          return;
        }
      } else if (job) job.reject(new PoolError(why, 'crash'));
      this.replace(slot);
      this.dispatch();
    };
    worker.on('error', (e: Error & { code?: string }) => fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'worker ran out of memory' : `worker failed (${e.message.split('\n')[0]})`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(`worker exited (code ${code})`);
    });
    worker.unref();
    return slot;
  }

  private giveUp(why: string): void {
    this.broken = why;
    for (const s of this.slots.splice(0)) {
      const job = s.job;
      this.finish(s);
      s.worker.removeAllListeners('exit');
      void s.worker.terminate();
      if (job) this.queue.unshift(job);
    }
    for (const job of this.queue.splice(0)) job.reject(new PoolError(why, 'unavailable'));
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private replace(slot: Slot): void {
    const k = this.slots.indexOf(slot);
    if (k < 0) return;
    this.slots.splice(k, 1);
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.spawn());
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      if (this.opts.taskTimeoutMs) {
        slot.timer = setTimeout(() => {
          if (slot.job !== job) return;
          this.finish(slot);
          this.replace(slot);
          const ms = this.opts.taskTimeoutMs!;
          job.reject(new PoolError(`stopped after ${ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(0)} s`} (time limit)`, 'timeout'));
          this.dispatch();
        }, this.opts.taskTimeoutMs);
      }
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
    // idle workers must not keep the process alive
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }

  /** The calling thread's share: the last queued task `local` accepts, one per event-loop turn. */
  private runLocal(): void {
    const local = this.opts.local;
    if (!local || this.localQueued || this.closed) return;
    this.localQueued = true;
    setImmediate(() => {
      this.localQueued = false;
      if (this.closed) return;
      let k = this.queue.length - 1;
      while (k >= 0 && !local.accepts(this.queue[k].task)) k--;
      if (k < 0) return;
      const [job] = this.queue.splice(k, 1);
      try {
        job.resolve(local.run(job.task));
      } catch (e) {
        job.reject(new PoolError(e instanceof Error ? e.message : String(e), 'crash'));
      }
      this.runLocal();
    });
  }

  run(task: Task): Promise<TaskResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    if (this.broken) return Promise.reject(new PoolError(this.broken, 'unavailable'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
      this.runLocal();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool closed'));
    await Promise.all(
      this.slots.splice(0).map((s) => {
        this.finish(s);
        s.worker.removeAllListeners('exit');
        return s.worker.terminate();
      }),
    );
  }
}
