// Where the review UI's reports come from: the pipeline for a pair of documents (files, URLs,
// store versions), a folder comparison's reports, or a store, each behind ReviewSource, with every
// report computed at most once (cached by page and versions). The UI never diffs; this module
// calls the pipeline, and only when a report is first asked for.

import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ChangeReport, Format } from '../types.js';
import { UserError } from '../types.js';
import { readSource } from '../read/index.js';
import { normalize, type NormalizeResult } from '../normalize/index.js';
import { compareCanonical, type CompareOptions } from '../pipeline.js';
import { filterReport } from '../classify/index.js';
import type { PageInfo, ReviewSource, VersionInfo } from './source.js';
import type { BatchReport } from '../batch/types.js';

/** Wrap a source so each (page, from, to) report is computed once, even when asked twice at once. */
export function cached(source: ReviewSource): ReviewSource & { cachedCount(): number } {
  const reports = new Map<string, Promise<ChangeReport>>();
  return {
    kind: source.kind,
    description: source.description,
    listPages: () => source.listPages(),
    loadReport(page, from, to) {
      const key = `${page}\u0000${from}\u0000${to}`;
      let p = reports.get(key);
      if (!p) {
        p = source.loadReport(page, from, to);
        reports.set(key, p);
        // a failure is not cached: the next request tries again
        p.catch(() => reports.delete(key));
      }
      return p;
    },
    markReviewed: source.markReviewed ? (page, version) => source.markReviewed!(page, version) : undefined,
    cachedCount: () => reports.size,
  };
}

export interface PairFile {
  path: string;
  format?: Format;
  /** shown as the version's date; defaults to the file's modification day. */
  date?: string | null;
  /** shown as the version's name; defaults to the file name. */
  label?: string;
}

export interface ShowOptions extends CompareOptions {
  /** also show formatting-only differences (as `redline diff --show-formatting`). */
  showFormatting?: boolean;
}

/** The pipeline's report as the UI shows it: what `redline diff` would list, at every severity. */
export function compareForReview(a: NormalizeResult, b: NormalizeResult, opts: ShowOptions = {}): ChangeReport {
  return filterReport(compareCanonical(a, b, { config: opts.config }), { showFormatting: !!opts.showFormatting });
}

export interface PairOptions extends ShowOptions {
  maxBytes?: number;
  description?: string;
}

function fileDay(path: string): string | null {
  try {
    return statSync(path).mtime.toISOString().slice(0, 10);
  } catch {
    return null;
  }
}

/** One side of a pair as the UI shows it: the canonical document, its name and its date. */
export interface PairDoc {
  doc: NormalizeResult;
  label: string;
  date: string | null;
}

/**
 * Two files as a one-page source. Reads and compares them up front, so unreadable input fails
 * before the terminal is taken over, and returns the report ready for the first frame.
 */
export function openPair(oldFile: PairFile, newFile: PairFile, opts: PairOptions = {}): { source: ReviewSource; report: ChangeReport; page: PageInfo } {
  if (oldFile.path === '-' || newFile.path === '-') throw new UserError('review reads files, not standard input (use redline diff for -)');
  const [a, b] = [oldFile, newFile].map((f) => ({
    doc: normalize(readSource(f.path, { format: f.format, maxBytes: opts.maxBytes })),
    label: f.label ?? basename(f.path),
    date: f.date !== undefined ? f.date : fileDay(f.path),
  }));
  return pairSource(a, b, opts);
}

/** Two documents already read (files, URLs, store versions) as a one-page source. */
export function pairSource(a: PairDoc, b: PairDoc, opts: ShowOptions & { description?: string } = {}): { source: ReviewSource; report: ChangeReport; page: PageInfo } {
  const docs = [a.doc, b.doc];
  const report = compareForReview(a.doc, b.doc, opts);
  const versions: VersionInfo[] = [a, b].map((f, i) => ({ id: i === 0 ? 'old' : 'new', label: f.label, date: f.date }));
  const page: PageInfo = { id: 'pair', title: report.new.title ?? report.old.title ?? b.label, versions, reviewed: null };
  const source: ReviewSource = {
    kind: 'pair',
    description: opts.description ?? 'two files',
    listPages: async () => [page],
    async loadReport(_page, from, to) {
      if (from === 'old' && to === 'new') return report;
      const x = from === 'new' ? docs[1] : docs[0];
      const y = to === 'old' ? docs[0] : docs[1];
      return compareForReview(x, y, opts);
    },
  };
  return { source, report, page };
}

/**
 * Two folders compared (a BatchReport) as a source: one page per modified or renamed page, its
 * report already computed, old -> new only (the folders hold no other versions).
 */
export function folderSource(r: BatchReport, opts: ShowOptions = {}): ReviewSource {
  const changed = r.pages.filter((p) => p.report && (p.status === 'modified' || p.status === 'renamed'));
  const pages: PageInfo[] = changed.map((p) => ({
    id: p.path,
    title: p.path,
    heading: p.title ?? null,
    severity: p.severity,
    versions: [
      { id: 'old', label: `${r.old.dir}/${p.oldPath ?? p.path}`, date: null },
      { id: 'new', label: `${r.new.dir}/${p.path}`, date: null },
    ],
    reviewed: null,
  }));
  const reports = new Map(changed.map((p) => [p.path, filterReport(p.report!, { showFormatting: !!opts.showFormatting })]));
  return {
    kind: 'pair',
    description: `folders ${r.old.dir} → ${r.new.dir}`,
    listPages: async () => pages,
    async loadReport(page, from, to) {
      const rep = reports.get(page);
      if (!rep) throw new UserError(`${page}: not a changed page of these folders`);
      if (from !== 'old' || to !== 'new') throw new UserError('two folders compare old → new only');
      return rep;
    },
  };
}
