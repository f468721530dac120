// Batch mode: compare two folders of pages. Files pair up by relative path; unpaired ones are
// matched as renames by content similarity; pages with identical bytes or identical canonical
// text are counted unchanged without a diff; the rest get a ChangeReport each, and changes that
// recur across pages are grouped. Large batches run on a small pool of worker threads (built
// dist/batch/worker.js); small ones run in-process. The library reports progress through a
// callback and never prints.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ChangeReport, Severity } from '../types.js';
import { maxSeverity } from '../types.js';
import type { ReadOptions } from '../read/index.js';
import type { NormalizeResult } from '../normalize/index.js';
import type { CompareOptions } from '../pipeline.js';
import type { BatchPage, BatchReport, PageStatus } from './types.js';
import { PAGE_STATUSES } from './types.js';
import { listPages, type PageFile } from './walk.js';
import { coarseReport, learnSiteChrome, readBytes, runTask, toRawPage, type CanonResult, type PageOptions, type PairResult, type Task, type TaskResult } from './page.js';
import { MIN_SHARE } from '../normalize/text-boilerplate.js';
import { EXACT_PAIR_LIMIT, matchRenames, RENAME_THRESHOLD, similarPairs } from './similar.js';
import { WorkerPool, PoolError } from './pool.js';
import { emptySummary, groupChanges, hasChanges, pageSummary } from './groups.js';
import { harmonizeRenames } from '../classify/index.js';

export type { BatchPage, BatchReport, ChangeGroup, PageStatus, PageSummary, BatchSide } from './types.js';
export { PAGE_STATUSES } from './types.js';
export { isDirectory, listPages, PAGE_EXTENSIONS, type TreeListing } from './walk.js';
export { RENAME_THRESHOLD } from './similar.js';
export { safeCompare, safeNormalize, coarseReport, DEFAULT_MAX_CANONICAL } from './page.js';
export { filterBatch, batchExitCode } from './groups.js';

/** Pairs (plus unpaired pages) above which worker threads are used. */
export const WORKER_THRESHOLD = 40;
/** Per-page time limit in worker mode; a page past it gets a coarse line diff of its raw text. */
export const PAGE_TIMEOUT_MS = 30_000;
/** V8 heap limit per worker (MB); a page past it gets a coarse line diff of its raw text. */
export const WORKER_HEAP_MB = 768;
/**
 * Pages (bytes of both sides) the main thread also compares while the workers run; larger ones
 * go only to workers, which have time and memory limits. Text marked reads in quadratic time is
 * bounded in the normalizer (boundInline), so a page this size takes well under a few seconds;
 * on the IAM guide pages up to this size hold 85% of the bytes (64 KB, 75%, left the main
 * thread idle while the worker finished the large pages: 2.1-2.5 s against 1.8-1.9 s).
 */
export const LOCAL_MAX_BYTES = 256 * 1024;

export interface DiffTreesOptions {
  /** also read hidden files and folders (never .git); by default they are skipped and listed */
  hidden?: boolean;
  /** worker threads for large batches (default: os.availableParallelism()); 1 = always in-process */
  jobs?: number;
  /** called as work completes: (done, total), total known from the start */
  onProgress?: (done: number, total: number) => void;
  compareOptions?: CompareOptions;
  readOptions?: ReadOptions;
  /** tasks above which the worker pool is used (default WORKER_THRESHOLD) */
  workerThreshold?: number;
  /** Jaccard similarity for a rename (default RENAME_THRESHOLD, 0.6) */
  renameThreshold?: number;
  /** per-page time limit in worker mode (default PAGE_TIMEOUT_MS) */
  pageTimeoutMs?: number;
  /** canonical characters (old + new) above which a page gets the coarse block diff */
  maxCanonical?: number;
  /** in worker mode, pages up to this many bytes (both sides) may also run on the main thread (default LOCAL_MAX_BYTES; 0 = workers only) */
  localMaxBytes?: number;
  /** the worker script (default: workerUrl(), the built dist/batch/worker.js) */
  workerUrl?: URL;
}

/** The built worker script: next to this module in dist/, or dist/batch/ when running from src/. */
export function workerUrl(): URL | null {
  for (const rel of ['./worker.js', '../../dist/batch/worker.js']) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(u))) return u;
  }
  return null;
}

interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

function inProcess(opts: PageOptions): Runner {
  // one task after another; the event loop gets a turn now and then (progress, signals)
  let chain: Promise<unknown> = Promise.resolve();
  let last = Date.now();
  return {
    run(task) {
      const next = chain.then(async () => {
        if (Date.now() - last > 30) {
          await new Promise((r) => setImmediate(r));
          last = Date.now();
        }
        return runTask(task, opts);
      });
      chain = next.catch(() => undefined);
      return next;
    },
    async close() {},
  };
}

const rawDoc = (label: string, text: string): NormalizeResult => ({ label, format: 'text', title: null, markdown: text, anchors: {}, matched: true });

/** After a worker was stopped (time or memory limit): a coarse line diff of the raw text, in the main thread. */
function rescuePair(oldFile: string, newFile: string, ro: ReadOptions, why: string): PairResult {
  try {
    const a = toRawPage(readBytes(oldFile, ro), oldFile, ro);
    const b = toRawPage(readBytes(newFile, ro), newFile, ro);
    return { kind: 'pair', report: coarseReport(rawDoc(oldFile, a.text), rawDoc(newFile, b.text), `comparison ${why}: raw text compared line by line, not classified`, { classify: false }) };
  } catch (e) {
    return { kind: 'pair', error: `comparison ${why}; ${(e as Error).message}` };
  }
}

function rescueCanon(why: string): CanonResult {
  return { kind: 'canon', fallbacks: [], error: `reading it ${why}` };
}

/** Compare two folders of pages. Never prints; rejects only for unusable folders (UserError). */
export async function diffTrees(oldDir: string, newDir: string, opts: DiffTreesOptions = {}): Promise<BatchReport> {
  const oldTree = listPages(oldDir, { hidden: opts.hidden });
  const newTree = listPages(newDir, { hidden: opts.hidden });
  const oldFiles = oldTree.files;
  const newFiles = newTree.files;
  const oldBy = new Map(oldFiles.map((f) => [f.rel, f]));
  const newBy = new Map(newFiles.map((f) => [f.rel, f]));
  const paired = newFiles.filter((f) => oldBy.has(f.rel));
  const onlyOld = oldFiles.filter((f) => !newBy.has(f.rel));
  const onlyNew = newFiles.filter((f) => !oldBy.has(f.rel));
  // unpaired pages are read only when a rename is possible (pages on both sides)
  const detectRenames = onlyOld.length > 0 && onlyNew.length > 0;
  const ro = opts.readOptions ?? {};
  const pageOpts: PageOptions = { compareOptions: opts.compareOptions, readOptions: ro, maxCanonical: opts.maxCanonical };
  const fallbacks: string[] = [];
  // whole-page text: the site's chrome learned from the pages of each side
  const chrome = { old: learnSiteChrome(oldFiles, ro), new: learnSiteChrome(newFiles, ro) };
  if (chrome.old.lines.length || chrome.new.lines.length) pageOpts.boilerplate = { old: chrome.old.lines, new: chrome.new.lines };
  // (with fewer than MIN_PAGES text pages nothing is learned: platform phrases and layout only, as for one pair)
  for (const side of ['old', 'new'] as const) {
    const c = chrome[side];
    if (c.lines.length) fallbacks.push(`${side}: ${c.lines.length} line(s) of site chrome learned from ${c.pages} whole-page text files (lines on ${Math.round(MIN_SHARE * 100)}% of them, near the top or bottom) and dropped where chrome stands`);
  }

  const total = paired.length + onlyOld.length + onlyNew.length;
  let done = 0;
  const tick = (n = 1) => {
    done = Math.min(total, done + n);
    opts.onProgress?.(done, total);
  };
  opts.onProgress?.(0, total);

  const taskCount = paired.length + (detectRenames ? onlyOld.length + onlyNew.length : 0);
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  let runner: Runner = inProcess(pageOpts);
  if (jobs > 1 && taskCount > (opts.workerThreshold ?? WORKER_THRESHOLD)) {
    const url = opts.workerUrl ?? workerUrl();
    if (!url) fallbacks.push('worker threads unavailable (dist/batch/worker.js is not built); pages compared in-process');
    else {
      try {
        // the main thread is one of the `jobs`: it takes small pages between the workers' results
        const sizeOf = new Map([...oldFiles, ...newFiles].map((f) => [f.file, f.size]));
        const bytes = (t: Task) =>
          t.kind === 'pair' ? (sizeOf.get(t.oldFile) ?? Infinity) + (sizeOf.get(t.newFile) ?? Infinity) : t.kind === 'canon' ? (sizeOf.get(t.file) ?? Infinity) : t.a.markdown.length + t.b.markdown.length;
        const pool = new WorkerPool({
          size: Math.min(jobs - 1, taskCount),
          url,
          workerData: pageOpts,
          taskTimeoutMs: opts.pageTimeoutMs ?? PAGE_TIMEOUT_MS,
          maxOldGenerationSizeMb: WORKER_HEAP_MB,
          local: { accepts: (t) => bytes(t) <= (opts.localMaxBytes ?? LOCAL_MAX_BYTES), run: (t) => runTask(t, pageOpts) },
        });
        runner = { run: (t) => pool.run(t), close: () => pool.close() };
      } catch (e) {
        fallbacks.push(`worker threads unavailable (${(e as Error).message.split('\n')[0]}); pages compared in-process`);
      }
    }
  }

  const pages: BatchPage[] = [];
  try {
    // 1. every task at once, largest first (a huge page must not start last)
    const pairJobs = [...paired].sort((a, b) => oldBy.get(b.rel)!.size + b.size - (oldBy.get(a.rel)!.size + a.size));
    const pairResults = new Map<string, PairResult>();
    const canonOld = new Map<string, CanonResult>();
    const canonNew = new Map<string, CanonResult>();
    const work: Promise<void>[] = [];
    // a stopped task gets a coarser result; a pool whose workers cannot start hands its tasks back
    let inProcessNote = false;
    const run = (task: Task): Promise<TaskResult> =>
      runner.run(task).catch((e) => {
        if (!(e instanceof PoolError) || e.kind !== 'unavailable') throw e;
        if (!inProcessNote) fallbacks.push(`worker threads failed to start (${e.message}); pages compared in-process`);
        inProcessNote = true;
        return runTask(task, pageOpts);
      });
    const guard = (p: Promise<TaskResult>, onErr: (why: string) => TaskResult) =>
      p.catch((e) => onErr(e instanceof PoolError ? (e.kind === 'timeout' ? e.message : `stopped: ${e.message}`) : `failed: ${(e as Error).message}`));
    for (const f of pairJobs) {
      const o = oldBy.get(f.rel)!;
      work.push(
        guard(run({ kind: 'pair', oldFile: o.file, newFile: f.file }), (why) => rescuePair(o.file, f.file, ro, why)).then((r) => {
          pairResults.set(f.rel, r as PairResult);
          tick();
        }),
      );
    }
    // With few enough pairs to compare them all, unpaired Markdown pages are first read only for
    // their title and raw-text shingles; only rename candidates are normalized (step 3).
    const light = onlyOld.length * onlyNew.length <= EXACT_PAIR_LIMIT;
    if (detectRenames) {
      const canon = (f: PageFile, into: Map<string, CanonResult>) =>
        guard(run({ kind: 'canon', file: f.file, light, side: into === canonOld ? 'old' : 'new' }), rescueCanon).then((r) => {
          into.set(f.rel, r as CanonResult);
          tick();
        });
      for (const f of onlyOld) work.push(canon(f, canonOld));
      for (const f of onlyNew) work.push(canon(f, canonNew));
    } else tick(onlyOld.length + onlyNew.length);
    await Promise.all(work);

    // 2. pairs by path
    for (const f of paired) {
      const r = pairResults.get(f.rel)!;
      if (r.error !== undefined) {
        pages.push({ path: f.rel, status: 'error', severity: 'none', summary: emptySummary(), error: r.error });
        continue;
      }
      const page: BatchPage = { path: f.rel, status: 'unchanged', severity: 'none', summary: pageSummary(r.report) };
      if (r.title !== undefined) page.title = r.title;
      if (r.same) page.same = r.same;
      else if (r.report) {
        page.report = r.report;
        page.severity = r.report.summary.severity;
        if (hasChanges(r.report)) page.status = 'modified';
        else page.same = 'diff';
      }
      pages.push(page);
    }

    // 3. renames among the unpaired pages: identical bytes first, then similar canonical text
    const renamed = new Map<string, { from: PageFile; similarity: number }>(); // new rel -> old
    if (detectRenames) {
      const usable = (fs: PageFile[], m: Map<string, CanonResult>) => fs.filter((f) => m.get(f.rel)?.shingles);
      const uo = usable(onlyOld, canonOld);
      const un = usable(onlyNew, canonNew);
      const byHash = new Map<string, PageFile[]>();
      for (const f of uo) {
        const h = canonOld.get(f.rel)!.hash!;
        byHash.set(h, [...(byHash.get(h) ?? []), f]);
      }
      const takenOld = new Set<string>();
      for (const f of un) {
        const list = byHash.get(canonNew.get(f.rel)!.hash!);
        const from = list?.find((x) => !takenOld.has(x.rel));
        if (from) {
          takenOld.add(from.rel);
          renamed.set(f.rel, { from, similarity: 1 });
        }
      }
      let ro2 = uo.filter((f) => !takenOld.has(f.rel));
      let rn2 = un.filter((f) => !renamed.has(f.rel));
      // Pages read roughly (raw-text shingles, no doc) are normalized now if they are a rename
      // already (identical bytes) or could be one: raw text is noisier, so a third of the
      // threshold makes a candidate. The others cannot be a rename and are never normalized.
      const sets = (fs: PageFile[], m: Map<string, CanonResult>) => fs.map((f) => m.get(f.rel)!.shingles!);
      const rough = (f: PageFile, m: Map<string, CanonResult>) => m.get(f.rel)!.rough === true;
      const upgrade = new Map<PageFile, Map<string, CanonResult>>();
      const newByRel = new Map(un.map((f) => [f.rel, f]));
      for (const [rel, { from }] of renamed) {
        if (rough(from, canonOld)) upgrade.set(from, canonOld);
        if (rough(newByRel.get(rel)!, canonNew)) upgrade.set(newByRel.get(rel)!, canonNew);
      }
      if (ro2.some((f) => rough(f, canonOld)) || rn2.some((f) => rough(f, canonNew))) {
        for (const c of similarPairs(sets(ro2, canonOld), sets(rn2, canonNew), (opts.renameThreshold ?? RENAME_THRESHOLD) / 3)) {
          if (rough(ro2[c.old], canonOld)) upgrade.set(ro2[c.old], canonOld);
          if (rough(rn2[c.new], canonNew)) upgrade.set(rn2[c.new], canonNew);
        }
      }
      if (upgrade.size) {
        await Promise.all(
          [...upgrade].map(([f, m]) =>
            guard(run({ kind: 'canon', file: f.file, side: m === canonOld ? 'old' : 'new' }), rescueCanon).then((r) => {
              // a page that cannot be read in full keeps its title and takes no part in renames
              const c = r as CanonResult;
              m.set(f.rel, c.doc ? c : { ...m.get(f.rel)!, error: c.error, fallbacks: c.fallbacks });
            }),
          ),
        );
        for (const [rel, { from }] of renamed) if (!canonOld.get(from.rel)!.doc || !canonNew.get(rel)!.doc) renamed.delete(rel);
      }
      ro2 = ro2.filter((f) => canonOld.get(f.rel)!.doc);
      rn2 = rn2.filter((f) => canonNew.get(f.rel)!.doc);
      const matches = matchRenames(
        sets(ro2, canonOld),
        sets(rn2, canonNew),
        opts.renameThreshold ?? RENAME_THRESHOLD,
        (s) => fallbacks.push(s),
      );
      for (const m of matches) renamed.set(rn2[m.new].rel, { from: ro2[m.old], similarity: Math.round(m.similarity * 1000) / 1000 });

      const reports = new Map<string, ChangeReport | string>();
      await Promise.all(
        [...renamed].map(async ([rel, { from }]) => {
          const a = canonOld.get(from.rel)!;
          const b = canonNew.get(rel)!;
          const notes = [...a.fallbacks.map((n) => `old: ${n}`), ...b.fallbacks.map((n) => `new: ${n}`)];
          try {
            const r = await run({ kind: 'compare', a: a.doc!, b: b.doc!, notes });
            reports.set(rel, (r as { report: ChangeReport }).report);
          } catch (e) {
            reports.set(rel, coarseReport(a.doc!, b.doc!, `comparison ${e instanceof PoolError ? e.message : 'failed'}: compared block by block, not classified`, { classify: false }));
          }
        }),
      );
      for (const [rel, { from, similarity }] of renamed) {
        const report = reports.get(rel) as ChangeReport;
        pages.push({
          path: rel,
          oldPath: from.rel,
          status: 'renamed',
          severity: maxSeverity('low', report.summary.severity),
          title: canonNew.get(rel)!.doc!.title,
          similarity,
          summary: pageSummary(report),
          report,
        });
      }
    }
    const renamedOld = new Set([...renamed.values()].map((v) => v.from.rel));

    // 4. added and removed pages
    const lone = (f: PageFile, status: 'added' | 'removed', m: Map<string, CanonResult>) => {
      const c = m.get(f.rel);
      const page: BatchPage = { path: f.rel, status, severity: 'medium', summary: emptySummary() };
      if (c?.title !== undefined) page.title = c.title;
      if (c?.error !== undefined) {
        // still added or removed; it just could not take part in rename detection
        page.error = c.error;
        fallbacks.push(`${f.rel}: not considered for renames (${c.error})`);
      }
      if (c?.fallbacks.length) for (const n of c.fallbacks) fallbacks.push(`${f.rel}: ${n}`);
      pages.push(page);
    };
    for (const f of onlyOld) if (!renamedOld.has(f.rel)) lone(f, 'removed', canonOld);
    for (const f of onlyNew) if (!renamed.has(f.rel)) lone(f, 'added', canonNew);
  } finally {
    await runner.close();
  }

  // renames rated the same way on every page of the batch
  const withReports = pages.filter((p) => p.report);
  harmonizeRenames(withReports.map((p) => p.report!)).forEach((r, k) => {
    const p = withReports[k];
    if (r === p.report) return;
    p.report = r;
    p.severity = p.status === 'renamed' ? maxSeverity('low', r.summary.severity) : r.summary.severity;
    p.summary = pageSummary(r);
  });
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.status < b.status ? -1 : 1));
  // one key order for every page, whatever built it
  const ordered = pages.map((p) => {
    const o: BatchPage = { path: p.path } as BatchPage;
    if (p.oldPath !== undefined) o.oldPath = p.oldPath;
    o.status = p.status;
    o.severity = p.severity;
    if (p.title !== undefined) o.title = p.title;
    if (p.similarity !== undefined) o.similarity = p.similarity;
    if (p.same !== undefined) o.same = p.same;
    o.summary = p.summary;
    if (p.error !== undefined) o.error = p.error;
    if (p.report !== undefined) o.report = p.report;
    return o;
  });
  const counts = Object.fromEntries(PAGE_STATUSES.map((s) => [s, 0])) as Record<PageStatus, number>;
  let severity: Severity = 'none';
  for (const p of ordered) {
    counts[p.status]++;
    severity = maxSeverity(severity, p.severity);
    if (p.report) for (const f of p.report.fallbacks) fallbacks.push(`${p.path}: ${f}`);
  }
  tick(total);
  return {
    schemaVersion: 1,
    old: { dir: oldDir, files: oldFiles.length, bytes: oldFiles.reduce((n, f) => n + f.size, 0), skipped: oldTree.skipped },
    new: { dir: newDir, files: newFiles.length, bytes: newFiles.reduce((n, f) => n + f.size, 0), skipped: newTree.skipped },
    counts,
    severity,
    pages: ordered,
    groups: groupChanges(ordered),
    fallbacks: [...new Set(fallbacks)],
  };
}
