// reviews.json: which version of each page the user last marked reviewed, kept in the store's
// folder (the store reserves the name for the review UI). Read once at start; every write
// re-reads the file and changes one entry, so two review sessions do not undo each other.
// Written atomically (temp file + rename): readers never see half a file.

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../types.js';
import { REVIEWS_FILE } from '../store/store.js';

export { REVIEWS_FILE };

export interface ReviewEntry {
  /** the version reviewed (opaque store id). */
  rev: string;
  /** that version's date. */
  date: string;
  /** when it was marked. */
  at: string;
}

export interface ReviewsFile {
  schemaVersion: 1;
  pages: Record<string, ReviewEntry>;
}

function valid(e: unknown): e is ReviewEntry {
  const o = e as Record<string, unknown>;
  return !!o && typeof o === 'object' && typeof o.rev === 'string' && /^[0-9a-f]{7,64}$/.test(o.rev) && typeof o.date === 'string';
}

export function readReviews(dir: string): ReviewsFile {
  const path = join(dir, REVIEWS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 1, pages: {} };
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not valid JSON: fix it or delete it (it only records which versions were reviewed)`);
  }
  const pages: Record<string, ReviewEntry> = {};
  const raw = (data as { pages?: unknown })?.pages;
  if (raw && typeof raw === 'object') {
    for (const [id, e] of Object.entries(raw as Record<string, unknown>)) {
      if (valid(e)) pages[id] = { rev: e.rev, date: e.date, at: typeof e.at === 'string' ? e.at : '' };
    }
  }
  return { schemaVersion: 1, pages };
}

export function writeReview(dir: string, page: string, entry: ReviewEntry): void {
  const current = readReviews(dir);
  current.pages[page] = entry;
  const sorted: Record<string, ReviewEntry> = {};
  for (const id of Object.keys(current.pages).sort()) sorted[id] = current.pages[id];
  const path = join(dir, REVIEWS_FILE);
  // the store's .gitignore already ignores names with this mark, and its repair step removes them
  const tmp = `${path}.redline-tmp-${process.pid}`;
  try {
    writeFileSync(tmp, JSON.stringify({ schemaVersion: 1, pages: sorted }, null, 2) + '\n');
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UserError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
