// The store commands that are not fetching: importing a file as a dated version and rewriting
// canonical files after a normalizer upgrade.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Format } from '../types.js';
import { UserError } from '../types.js';
import { DEFAULT_MAX_BYTES, detectFormat } from '../read/index.js';
import { checkPageId } from './ids.js';
import { redactUrl } from './redact.js';
import { consider, CURRENT_NORMALIZER, decodeSource, type Normalizer, type Outcome } from './record.js';
import { sha256, writeAtomic } from './files.js';
import { appendEntry, checkEntry, checkSelectors, readSources, removeEntry, type SourceEntry } from './sources.js';
import { byDateDesc, type PageMeta, type Store, type VersionInfo } from './store.js';

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

function readInput(file: string, max: number): Buffer {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UserError(`${file}: not a regular file`);
    if (st.size > max) throw new UserError(`${file}: over the ${(max / 1048576).toFixed(0)} MB limit`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
}

type Imported = Outcome & { date: string };

/** Import one file as a version; `versions` (newest first) is the page's history, kept up to date. */
async function importOne(store: Store, id: string, file: string, date: string, opts: ImportOptions, versions?: VersionInfo[]): Promise<Imported> {
  const raw = readInput(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
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
    { accept: opts.accept, trusted: true, versions },
  );
  if (versions && outcome.kind === 'recorded') {
    versions.push(outcome.version);
    versions.sort(byDateDesc);
  }
  return { ...outcome, date };
}

export async function importFile(store: Store, id: string, file: string, opts: ImportOptions = {}): Promise<Imported> {
  checkPageId(id);
  const date = opts.date ? parseVersionDate(opts.date) : (opts.now ?? (() => new Date()))().toISOString();
  return importOne(store, id, file, date, opts);
}

/** A file of a history folder, with its version date. */
export interface HistoryFile {
  file: string;
  date: string;
  url?: string;
}

/** `NN-YYYY-MM-DD-<anything>.ext` (the corpus layout) or `YYYY-MM-DD<anything>.ext`. */
const DATED_NAME = /^(?:\d+-)?(\d{4}-\d{2}-\d{2})(?:[-_T.][^/]*)?\.(md|markdown|mdx|html?|xhtml|txt|text)$/i;

/**
 * The versions in a history folder, oldest first: listed in its manifest.json (`{"versions":
 * [{"file", "date", "url"?}]}`), else every page file whose name starts with its date.
 */
export function historyFiles(dir: string): HistoryFile[] {
  const manifest = join(dir, 'manifest.json');
  let list: HistoryFile[];
  if (existsSync(manifest)) {
    let data: { versions?: unknown };
    try {
      data = JSON.parse(readFileSync(manifest, 'utf8')) as { versions?: unknown };
    } catch (e) {
      throw new UserError(`${manifest}: invalid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    if (!Array.isArray(data?.versions)) throw new UserError(`${manifest}: expected "versions": [{"file": ..., "date": ...}, ...]`);
    list = data.versions.map((v: unknown, i: number) => {
      const o = v as Record<string, unknown>;
      if (!o || typeof o.file !== 'string' || typeof o.date !== 'string' || o.file.includes('/') || o.file.includes('\\') || o.file.startsWith('.')) {
        throw new UserError(`${manifest}: version ${i + 1} needs "file" (a name in the folder) and "date"`);
      }
      return { file: join(dir, o.file), date: parseVersionDate(o.date), ...(typeof o.url === 'string' ? { url: o.url } : {}) };
    });
  } else {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    } catch (e) {
      throw new UserError(`${dir}: cannot read (${(e as NodeJS.ErrnoException).code})`);
    }
    const undated = names.filter((n) => !DATED_NAME.test(n));
    if (undated.length) {
      throw new UserError(`${dir}: cannot tell the date of ${undated.slice(0, 3).join(', ')}${undated.length > 3 ? ', ...' : ''}: name files NN-YYYY-MM-DD-....md (or YYYY-MM-DD....md), or list them with dates in manifest.json`);
    }
    list = names.map((n) => ({ file: join(dir, n), date: parseVersionDate(DATED_NAME.exec(n)![1]) }));
  }
  if (!list.length) throw new UserError(`${dir}: no versions to import`);
  // oldest first; the same date keeps the folder's (or manifest's) order
  return list.map((f, i) => ({ f, i })).sort((a, b) => (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : a.i - b.i)).map((x) => x.f);
}

/** Import a whole history (a folder of dated files, or a manifest) in one session, oldest first. */
export async function importHistory(store: Store, id: string, dir: string, opts: ImportOptions = {}, onFile?: (f: HistoryFile, r: Imported) => void): Promise<Imported[]> {
  checkPageId(id);
  const files = historyFiles(dir);
  const versions = await store.versions(id);
  const out: Imported[] = [];
  for (const f of files) {
    const r = await importOne(store, id, f.file, f.date, { ...opts, url: f.url ?? opts.url }, versions);
    out.push(r);
    onFile?.(f, r);
  }
  return out;
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

/** Stop tracking a page: its entry leaves the sources file (committed); its history stays. */
export async function removeSource(store: Store, id: string): Promise<{ file: string; url: string; versions: number }> {
  checkPageId(id);
  const src = readSources(store.dir);
  const entry = src.entries.find((e) => e.id === id);
  if (!entry) throw new UserError(`${id} is not tracked in ${src.name} (see redline pages)`);
  const path = join(store.dir, src.name);
  writeAtomic(path, removeEntry(readFileSync(path, 'utf8'), src.name, id));
  if (readSources(store.dir).entries.some((e) => e.id === id)) throw new UserError(`${src.name}: could not remove ${id} (edit the file by hand)`);
  await store.commitSources(`Untrack ${id}`);
  return { file: src.name, url: redactUrl(entry.url), versions: (await store.versions(id)).length };
}
