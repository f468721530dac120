// The store commands that are not fetching: importing a file as a dated version and rewriting
// canonical files after a normalizer upgrade.

import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Format } from '../types.js';
import { UserError } from '../types.js';
import { DEFAULT_MAX_BYTES, detectFormat } from '../read/index.js';
import { checkPageId } from './ids.js';
import { redactUrl } from './redact.js';
import { consider, CURRENT_NORMALIZER, decodeSource, type Normalizer, type Outcome } from './record.js';
import { sha256, writeAtomic } from './files.js';
import { appendEntry, checkEntry, checkSelectors, readSources, type SourceEntry } from './sources.js';
import type { PageMeta, Store } from './store.js';

/** Parse a version date: `2023-05-01` (midnight UTC) or a full ISO 8601 time. */
export function parseVersionDate(s: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00.000Z` : s;
  const t = /^\d{4}-\d{2}-\d{2}/.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) throw new UserError(`invalid date "${s}" (use ISO 8601, e.g. 2023-05-01 or 2023-05-01T12:00:00Z)`);
  if (t < Date.UTC(1971, 0, 1)) throw new UserError(`date "${s}" is too early for a version`);
  return new Date(t).toISOString();
}

export interface ImportOptions {
  date?: string;
  url?: string;
  format?: Format;
  select?: string;
  remove?: string[];
  accept?: boolean;
  maxBytes?: number;
  now?: () => Date;
}

export async function importFile(store: Store, id: string, file: string, opts: ImportOptions = {}): Promise<Outcome & { date: string }> {
  checkPageId(id);
  const date = opts.date ? parseVersionDate(opts.date) : (opts.now ?? (() => new Date()))().toISOString();
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let raw: Buffer;
  try {
    if (statSync(file).size > max) throw new UserError(`${file}: over the ${(max / 1048576).toFixed(0)} MB limit`);
    raw = readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
  const format = opts.format ?? detectFormat(decodeSource(raw, null, file), file);
  const outcome = await consider(
    store,
    {
      id,
      raw,
      format,
      select: opts.select,
      remove: opts.remove,
      date,
      meta: { url: opts.url ? redactUrl(opts.url) : null, origin: 'import', file: basename(file) },
    },
    { accept: opts.accept, trusted: true },
  );
  return { ...outcome, date };
}

export interface RenormalizeResult {
  rev: string | null;
  subject: string | null;
  pages: { id: string; textChanged: boolean }[];
}

/** Rewrite every page's current canonical file with the normalizer in use, in one technical commit. */
export async function renormalizeStore(store: Store, n: Normalizer = CURRENT_NORMALIZER): Promise<RenormalizeResult> {
  const all = await store.allVersions();
  const rewrites: { id: string; canonical: string; meta: PageMeta }[] = [];
  const pages: RenormalizeResult['pages'] = [];
  const from = new Set<number>();
  for (const id of [...all.keys()].sort()) {
    const cur = store.currentFiles(id);
    if (!cur) continue;
    const m = cur.meta;
    const text = decodeSource(cur.source, m.charset, id);
    const doc = n.normalize({ label: id, text, format: m.format, select: m.select, remove: m.remove });
    const textChanged = doc.markdown !== cur.canonical;
    if (!textChanged && m.normalizerVersion === n.version) continue;
    from.add(m.normalizerVersion);
    rewrites.push({
      id,
      canonical: doc.markdown,
      meta: { ...m, normalizerVersion: n.version, canonicalSha256: sha256(doc.markdown), title: doc.title, anchors: doc.anchors },
    });
    pages.push({ id, textChanged });
  }
  if (!rewrites.length) return { rev: null, subject: null, pages };
  const olds = [...from].sort((a, b) => a - b);
  const subject =
    olds.length === 1 && olds[0] === n.version
      ? `Renormalize: normalizer v${n.version} output changed [technical]`
      : `Renormalize: normalizer ${olds.map((v) => `v${v}`).join(', ')} -> v${n.version} [technical]`;
  const body = pages.map((p) => `- ${p.id}: ${p.textChanged ? 'canonical text rewritten' : 'normalizer version only'}`);
  const rev = await store.rewrite(rewrites, subject, body);
  return { rev, subject, pages };
}

/** Append a page to the sources file (validated, comments kept) and commit it. */
export async function addSource(store: Store, raw: { id: string; url: string; select?: string; remove?: string[]; format?: Format }): Promise<{ entry: SourceEntry; file: string; sameUrl: string | null }> {
  const entry = checkEntry(raw, 'redline add');
  await checkSelectors(entry, 'redline add');
  const src = readSources(store.dir);
  const dup = src.entries.find((e) => e.id === entry.id);
  if (dup) throw new UserError(`page ${entry.id} is already in ${src.name} (url ${redactUrl(dup.url)})`);
  const path = join(store.dir, src.name);
  writeAtomic(path, appendEntry(readFileSync(path, 'utf8'), src.name, entry));
  readSources(store.dir); // what was written reads back
  await store.commitSources(`Track ${entry.id}`);
  return { entry, file: src.name, sameUrl: src.entries.find((e) => e.url === entry.url)?.id ?? null };
}
