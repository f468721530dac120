// One unit of batch work, the same in the main thread and in a worker: read a page pair and
// compare it (through the bounds of src/bounded.ts), or read one unpaired page for rename detection, or compare two canonical pages.
// Every step is guarded: a page the pipeline cannot handle gets a coarser diff and a stated
// reason in its report's fallbacks, never a crash of the whole batch.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ChangeReport, RawPage } from '../types.js';
import { UserError } from '../types.js';
import { DEFAULT_MAX_BYTES, decode, detectFormat, type ReadOptions } from '../read/index.js';
import type { NormalizeResult } from '../normalize/index.js';
import { markdownTitle } from '../normalize/markdown.js';
import { safeCompare, safeNormalize, type BoundOptions } from '../bounded.js';
import type { TextHints } from '../normalize/text.js';
import { learnBoilerplate } from '../normalize/text-boilerplate.js';
import { shingles } from '../util/shingles.js';

export { DEFAULT_MAX_CANONICAL, coarseReport, htmlDepth, safeCompare, safeNormalize } from '../bounded.js';

export interface PageOptions extends BoundOptions {
  readOptions?: ReadOptions;
  /** site chrome learned from the text pages of each side (learnSiteChrome), chromeKey lines */
  boilerplate?: { old: string[]; new: string[] };
}

export type Task =
  | { kind: 'pair'; oldFile: string; newFile: string }
  /** light: a Markdown page whose title shows in its first chunks is not normalized; its shingles are of the raw text (`rough`) */
  | { kind: 'canon'; file: string; light?: boolean; side?: 'old' | 'new' }
  | { kind: 'compare'; a: NormalizeResult; b: NormalizeResult; notes?: string[] };

export interface PairResult {
  kind: 'pair';
  same?: 'bytes' | 'canonical';
  title?: string | null;
  report?: ChangeReport;
  error?: string;
}

export interface CanonResult {
  kind: 'canon';
  doc?: NormalizeResult;
  /** the page title (the doc's, when there is a doc) */
  title?: string | null;
  /** sorted word 2-shingle hashes of the canonical text, or of the raw text when `rough` */
  shingles?: Uint32Array;
  /** no doc was made: shingles are of the raw Markdown, good for finding rename candidates only */
  rough?: boolean;
  /** SHA-1 of the bytes */
  hash?: string;
  /** reasons a coarser conversion was used */
  fallbacks: string[];
  error?: string;
}

export interface CompareResult {
  kind: 'compare';
  report: ChangeReport;
}

export type TaskResult = PairResult | CanonResult | CompareResult;

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

/** The bytes of a page file, refused (UserError) over the size limit like readSource does. */
export function readBytes(file: string, ro: ReadOptions = {}): Buffer {
  const max = ro.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > max) throw new UserError(`${file}: input is ${(size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(0)} MB limit (--max-size)`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Decoded page (the same decoding and format detection as readSource). */
export function toRawPage(buf: Buffer, file: string, ro: ReadOptions = {}): RawPage {
  const text = decode(buf, file);
  return { label: file, text, format: ro.format ?? detectFormat(text, file), select: ro.select, remove: ro.remove };
}

const chromeSets = new WeakMap<string[], Set<string>>();

/** The text reader's hints for one side: the site chrome learned from that side's text pages. */
function textHints(opts: PageOptions, side: 'old' | 'new'): TextHints | undefined {
  const lines = opts.boilerplate?.[side];
  if (!lines?.length) return undefined;
  let set = chromeSets.get(lines);
  if (!set) chromeSets.set(lines, (set = new Set(lines)));
  return { boilerplate: set };
}

/**
 * Site chrome of one side of a folder pair, learned from its whole-page text files (.txt, or
 * every page with `--format text`); with fewer than MIN_PAGES such pages nothing is learned.
 */
export function learnSiteChrome(files: Array<{ file: string }>, ro: ReadOptions = {}): { lines: string[]; pages: number } {
  const texts: string[] = [];
  for (const f of files) {
    if (ro.format ? ro.format !== 'text' : !f.file.toLowerCase().endsWith('.txt')) continue;
    try {
      const raw = toRawPage(readBytes(f.file, ro), f.file, ro);
      if (raw.format === 'text') texts.push(raw.text);
    } catch {
      // (an unreadable page is reported when it is compared)
    }
  }
  const b = learnBoilerplate(texts);
  return { lines: [...b.lines], pages: b.pages };
}

export function runPair(oldFile: string, newFile: string, opts: PageOptions = {}): PairResult {
  try {
    const ro = opts.readOptions ?? {};
    const ab = readBytes(oldFile, ro);
    const bb = readBytes(newFile, ro);
    if (ab.equals(bb)) return { kind: 'pair', same: 'bytes' };
    const notes: string[] = [];
    const oldNotes: string[] = [];
    const newNotes: string[] = [];
    const a = safeNormalize(toRawPage(ab, oldFile, ro), oldNotes, textHints(opts, 'old'));
    const b = safeNormalize(toRawPage(bb, newFile, ro), newNotes, textHints(opts, 'new'));
    for (const n of oldNotes) notes.push(`old: ${n}`);
    for (const n of newNotes) notes.push(`new: ${n}`);
    if (a.markdown === b.markdown && a.title === b.title) return { kind: 'pair', same: 'canonical', title: b.title };
    return { kind: 'pair', title: b.title ?? a.title, report: safeCompare(a, b, opts, notes) };
  } catch (e) {
    if (e instanceof UserError) return { kind: 'pair', error: e.message };
    return { kind: 'pair', error: `internal error: ${message(e)}` };
  }
}

export function runCanon(file: string, opts: PageOptions = {}, light = false, side?: 'old' | 'new'): CanonResult {
  const fallbacks: string[] = [];
  try {
    const buf = readBytes(file, opts.readOptions);
    const hash = createHash('sha1').update(buf).digest('hex');
    const raw = toRawPage(buf, file, opts.readOptions);
    if (light && raw.format === 'markdown') {
      const title = markdownTitle(raw.text);
      if (title !== undefined) return { kind: 'canon', title, shingles: shingles(raw.text), rough: true, hash, fallbacks };
    }
    const doc = safeNormalize(raw, fallbacks, side && textHints(opts, side));
    return { kind: 'canon', doc, title: doc.title, shingles: shingles(doc.markdown), hash, fallbacks };
  } catch (e) {
    return { kind: 'canon', fallbacks, error: e instanceof UserError ? e.message : `internal error: ${message(e)}` };
  }
}

/** Run one task (in the main thread or in a worker). */
export function runTask(task: Task, opts: PageOptions = {}): TaskResult {
  switch (task.kind) {
    case 'pair':
      return runPair(task.oldFile, task.newFile, opts);
    case 'canon':
      return runCanon(task.file, opts, task.light, task.side);
    case 'compare':
      return { kind: 'compare', report: safeCompare(task.a, task.b, opts, task.notes) };
  }
}
