// What a command-line argument names, and the canonical document behind it: standard input (`-`),
// an http(s) URL, a file or folder that exists, or a page in a store (`ID`, `ID@REV`), in that
// order, with one clear error when it is none of them ("no such file", "no such page"). Files are
// read by src/read, URLs by its URL reader, store pages through src/store, each imported only
// when needed, so comparing two files never loads git or the network code.

import { lstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Format, RawPage } from '../types.js';
import { UserError } from '../types.js';
import { readSource, type ReadOptions } from '../read/index.js';
import { isUrl, isUrlLike } from '../read/url.js';
import type { NormalizeResult } from '../normalize/index.js';
import { safeNormalize } from '../bounded.js';
import { relabel, sameSource } from '../pipeline.js';

export type ArgKind = 'stdin' | 'url' | 'file' | 'dir' | 'store';

export interface Resolved {
  kind: ArgKind;
  arg: string;
}

export interface SideOptions {
  /** the store for ID / ID@REV (default ./snapshots), relative to `cwd` */
  store?: string;
  cwd: string;
  read: ReadOptions;
  format?: Format;
}

/** Something exists at `path`, even a broken or looping link (reading it then says why it fails). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const storeName = (o: { store?: string }) => o.store ?? 'snapshots';

/** What `arg` names, without reading it. Throws for a URL of a scheme redline cannot fetch. */
export function kindOf(arg: string): ArgKind {
  if (arg === '-') return 'stdin';
  if (isUrl(arg)) return 'url';
  if (isUrlLike(arg)) throw new UserError(`${arg}: only http:// and https:// URLs can be fetched`);
  if (exists(arg)) return isDir(arg) ? 'dir' : 'file';
  return 'store';
}

/** A missing argument that was surely meant as a file: a page extension, or a path that starts like one. */
function looksLikeFile(arg: string): boolean {
  return /\.(md|markdown|mdx|html?|xhtml|txt|text)$/i.test(arg) || /^[./~]|\\/.test(arg);
}

function noSuchPage(arg: string, o: { store?: string }): UserError {
  return new UserError(
    looksLikeFile(arg) && !arg.includes('@')
      ? `${arg}: no such file (nor a page in the store at ${storeName(o)})`
      : `${arg}: no such page in the store at ${storeName(o)} (redline pages lists them)`,
  );
}

/** The store module and the store folder for a store reference, or the right error when there is none. */
async function storeFor(arg: string, o: { store?: string; cwd: string }) {
  const mod = await import('../store/index.js');
  const ref = mod.parseStoreRef(arg);
  if (!ref) throw new UserError(`${arg}: no such file`);
  const dir = resolve(o.cwd, storeName(o));
  if (!mod.looksLikeStore(dir)) {
    if (o.store || ref.rev !== null) throw new UserError(`${arg}: no redline store at ${storeName(o)} (redline init creates one; --store DIR names another)`);
    throw new UserError(looksLikeFile(arg) ? `${arg}: no such file` : `${arg}: no such file, and no redline store at ${storeName(o)} to look up a page ID in (--store DIR)`);
  }
  return { mod, ref, dir };
}

/** A store page version, with "no such page" when the store does not know the page. */
async function storeDoc(arg: string, o: { store?: string; cwd: string }): Promise<NormalizeResult> {
  const { mod, dir } = await storeFor(arg, o);
  const v = await mod.resolveStoreRef(arg, dir);
  if (!v) throw noSuchPage(arg, o);
  return v.doc;
}

/** One side of a comparison as a canonical document; `notes` collects the bounds' fallbacks. */
/** The last side read from a file or standard input, so that the other side can reuse its reading. */
export interface ReadMemo {
  raw?: RawPage;
  doc?: NormalizeResult;
}

export async function loadSide(arg: string, o: SideOptions, notes: string[], memo?: ReadMemo): Promise<NormalizeResult> {
  const read = { ...o.read, format: o.format };
  switch (kindOf(arg)) {
    case 'stdin':
    case 'file': {
      const raw = readSource(arg, read);
      // the same bytes read the same way as the other side: normalized once (a self-diff of a
      // 20 MB page reads it once; the report still lists every section, unchanged)
      if (memo?.raw && memo.doc && sameSource(memo.raw, raw)) return relabel(memo.doc, raw.label);
      // the same guards as folder mode: deep HTML noted, a page the normalizer fails on read as text
      const doc = safeNormalize(raw, notes);
      if (memo) Object.assign(memo, { raw, doc });
      return doc;
    }
    case 'dir':
      throw new UserError(`${arg}: is a directory (give two directories to compare whole trees)`);
    case 'url': {
      const { readUrl } = await import('../read/url.js');
      const raw = await readUrl(arg, read);
      const doc = safeNormalize(raw, notes);
      if (!doc.markdown.trim()) throw new UserError(`${raw.label}: no content after normalization (an error page?), not compared`);
      return doc;
    }
    case 'store':
      return storeDoc(arg, o);
  }
}

/**
 * One argument alone: a store page's last change (`ID`: the two latest versions) or a version
 * against the latest (`ID@REV`). Anything else needs a second argument, and says so.
 */
export async function loadStorePair(arg: string, o: { store?: string; cwd: string }): Promise<[NormalizeResult, NormalizeResult]> {
  const kind = kindOf(arg);
  if (kind !== 'store') {
    const what = kind === 'dir' ? 'a folder' : kind === 'url' ? 'a URL' : kind === 'stdin' ? 'standard input' : 'a file';
    throw new UserError(`missing NEW: ${arg} is ${what}; give two versions to compare (a store page ID alone compares its last two versions)`);
  }
  const { mod, ref, dir } = await storeFor(arg, o);
  if (ref.rev === null) {
    const pair = await mod.storeDiffPair(ref.id, dir).catch((e: unknown) => {
      // the store's own wording names the absolute folder; keep the user's
      if (e instanceof UserError && /^no page /.test(e.message)) throw noSuchPage(arg, o);
      throw e;
    });
    return [pair.old.doc, pair.new.doc];
  }
  return [await storeDoc(arg, o), await storeDoc(ref.id, o)];
}
