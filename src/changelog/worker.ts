// Worker-thread entry for the changelog (build.ts): compares version pairs sent by the main
// thread, one at a time, with the same pipeline. Loaded from the built dist/changelog/worker.js.

import { parentPort } from 'node:worker_threads';
import type { RedlineConfig } from '../classify/config.js';
import type { NormalizeResult } from '../normalize/index.js';
import { compareCanonical } from '../pipeline.js';
import { withModel, type PairJob } from './pairs.js';

let config: RedlineConfig | null = null;

// the newer side of the pair compared last is the older side of the next pair this worker gets
// (it takes a page's pairs from the oldest up): its model is read once
let last: { label: string; doc: NormalizeResult } | null = null;
const modelled = (d: NormalizeResult): NormalizeResult => {
  if (last && last.label === d.label && last.doc.markdown === d.markdown) return last.doc;
  return withModel(d);
};

// modules are loaded: tell the main thread
parentPort!.postMessage({ ready: true });

parentPort!.on('message', (msg: { config?: RedlineConfig | null; job?: PairJob }) => {
  if (!msg.job) {
    config = msg.config ?? null;
    return;
  }
  const job = msg.job;
  try {
    const a = modelled(job.old);
    const b = modelled(job.new);
    last = { label: b.label, doc: b };
    parentPort!.postMessage({ id: job.id, report: compareCanonical(a, b, { config }) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
