// A throwaway store seeded from test/fixtures/changelog: real histories of AWS data-protection
// pages (awsdocs, CC BY-SA 4.0) imported in date order with their manifest dates and URLs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile, initStore, openStore, type Store } from '../../src/store/index.js';

export const FIX = join(import.meta.dirname, '../fixtures/changelog');

export interface FixturePage {
  id: string;
  url: string;
  versions: { version: string; file: string; date: string }[];
}

export const MANIFEST = JSON.parse(readFileSync(join(FIX, 'manifest.json'), 'utf8')) as { pages: FixturePage[] };

/** Every fixture version, oldest first (ties: page id). */
export function allVersions(pages = MANIFEST.pages): { page: FixturePage; version: FixturePage['versions'][number] }[] {
  return pages
    .flatMap((page) => page.versions.map((version) => ({ page, version })))
    .sort((a, b) => (a.version.date < b.version.date ? -1 : a.version.date > b.version.date ? 1 : a.page.id < b.page.id ? -1 : 1));
}

export function tempDir(prefix = 'redline-changelog-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Import versions (default: all, oldest first) into the store at `dir` (created if needed). */
export async function seedStore(dir: string, versions = allVersions()): Promise<void> {
  await initStore(dir);
  const store: Store = await openStore(dir, { write: 'import' });
  try {
    for (const { page, version } of versions) {
      const r = await importFile(store, page.id, join(FIX, page.id, version.file), { date: version.date, url: page.url });
      if (r.kind !== 'recorded') throw new Error(`${page.id}@${version.date}: ${r.kind}`);
    }
  } finally {
    store.close();
  }
}

/** Replace every version id of the store in `text` by `REV(page@day)`, so output compares across runs. */
export async function maskRevs(dir: string, text: string): Promise<string> {
  const store = await openStore(dir);
  const all = await store.allVersions();
  let out = text;
  for (const [id, vs] of all) for (const v of vs) out = out.split(v.rev).join(`REV(${id}@${v.date.slice(0, 10)})`);
  return out;
}
