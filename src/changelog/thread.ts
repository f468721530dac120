// The changelog's worker thread, seen from the main thread: the main thread takes version pairs
// from the front of the list, one worker (worker.ts) from the back, so both cores work until the
// list is empty. Every report is the one compareCanonical gives in-process (same code, plain data
// both ways); a worker that cannot start, dies or fails a pair only leaves its pairs to the main
// thread. Light on purpose: the CLI starts the worker before it loads the pipeline itself, so
// the worker's module load overlaps the main thread's.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RedlineConfig } from '../classify/config.js';
import type { ChangeReport } from '../types.js';
import type { PairJob } from './pairs.js';

/** The built worker script: next to this module in dist/, or dist/changelog/ when running from src/. */
export function pairWorkerUrl(): URL | null {
  for (const rel of ['./worker.js', '../../dist/changelog/worker.js']) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(u))) return u;
  }
  return null;
}

/** One worker thread comparing pairs one at a time; `run` answers null when it could not (the caller compares in-process). */
export class PairWorker {
  private worker: Worker | null;
  private pending = new Map<number, (r: ChangeReport | null) => void>();
  private readyWaiters: ((ok: boolean) => void)[] = [];
  private ready = false;

  private configured = false;

  constructor(url: URL) {
    let w: Worker | null = null;
    try {
      w = new Worker(url, { stdout: false, stderr: false });
    } catch {
      w = null;
    }
    this.worker = w;
    if (!w) return;
    w.on('message', (msg: { ready?: boolean; id?: number; report?: ChangeReport; error?: string }) => {
      if (msg.ready) {
        this.ready = true;
        for (const f of this.readyWaiters.splice(0)) f(true);
        return;
      }
      const done = this.pending.get(msg.id!);
      this.pending.delete(msg.id!);
      done?.(msg.error === undefined ? msg.report! : null);
    });
    const fail = () => this.stop();
    w.on('error', fail);
    w.on('exit', fail);
  }

  /** Resolves true once the worker has loaded its modules, false if it never will. */
  started(): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    if (!this.worker) return Promise.resolve(false);
    return new Promise((r) => this.readyWaiters.push(r));
  }

  get alive(): boolean {
    return this.worker !== null;
  }

  /** The classification rules every later pair is compared with (sent once). */
  configure(config: RedlineConfig | null): void {
    if (!this.worker || this.configured) return;
    this.configured = true;
    try {
      this.worker.postMessage({ config });
    } catch {
      this.stop();
    }
  }

  run(job: PairJob): Promise<ChangeReport | null> {
    if (!this.worker || !this.configured) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pending.set(job.id, resolve);
      try {
        this.worker!.postMessage({ job });
      } catch {
        this.pending.delete(job.id);
        resolve(null);
      }
    });
  }

  /** End the worker; whatever it was doing is answered null. */
  stop(): void {
    const w = this.worker;
    this.worker = null;
    for (const f of this.readyWaiters.splice(0)) f(false);
    for (const f of this.pending.values()) f(null);
    this.pending.clear();
    if (w) {
      w.removeAllListeners('exit');
      void w.terminate();
    }
  }
}

/** A worker started now; null on a single core, or when the script is not built or workers are unavailable. */
export function startPairWorker(url: URL | null = pairWorkerUrl()): PairWorker | null {
  if (!url || availableParallelism() < 2) return null;
  const w = new PairWorker(url);
  return w.alive ? w : null;
}
