// The store talks to git in bulk (issue 15) and is managed as a whole (issue 14): recording
// versions starts no git process of its own; plain git (status, log, show, fsck, clone) reads the
// store at every step, also after a writer died between a commit and git's index; a whole history
// is imported in one call (a folder of dated files or a manifest); a page is untracked with its
// history kept; review marks become one commit per review session.
// Fixture: five versions of the AWS KMS "Rotating keys" page (test/fixtures/store/kms-rotate-keys).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitProcessesStarted } from '../../src/store/gitproc.js';
import { importHistory, initStore, openStore } from '../../src/store/index.js';
import { openStoreSource } from '../../src/ui/store-source.js';
import { git, redline, tempDir } from './helpers.js';

const FIX = join(import.meta.dirname, '../fixtures/store/kms-rotate-keys');
const ID = 'kms/rotate-keys';
const manifest = JSON.parse(readFileSync(join(FIX, 'manifest.json'), 'utf8')) as { versions: { file: string; date: string }[] };

const t = tempDir('redline-bulk-');
afterAll(t.cleanup);

/** A folder of the fixture's versions named by date, without the manifest. */
function datedFolder(name: string): string {
  const dir = join(t.dir, name);
  mkdirSync(dir, { recursive: true });
  for (const v of manifest.versions) cpSync(join(FIX, v.file), join(dir, v.file));
  return dir;
}

function plainGitSeesAStore(store: string): void {
  expect(git(store, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(git(store, 'fsck', '--full', '--strict', '--no-dangling', '--no-progress')).toBe('');
}

describe('recording versions starts no git process each', () => {
  it('12 versions of 3 pages in one session: the same handful of git processes as 1 version', async () => {
    const count = async (pages: string[]): Promise<number> => {
      const store = join(t.dir, `count-${pages.length}`);
      await initStore(store);
      const before = gitProcessesStarted();
      const st = await openStore(store, { write: 'import' });
      try {
        for (const p of pages) await importHistory(st, p, join(FIX));
      } finally {
        st.close();
      }
      plainGitSeesAStore(store);
      return gitProcessesStarted() - before;
    };
    const one = await count(['kms/one']);
    const three = await count(['kms/one', 'kms/two', 'kms/three']);
    // cat-file, hash-object (blobs), mktree, hash-object (commits), update-ref, git log per page,
    // the index update and gc --auto at the end: none of them per version
    expect(three).toBe(one + 2);
    expect(one).toBeLessThanOrEqual(10);
  });
});

describe('plain git reads the store', () => {
  const store = join(t.dir, 'plain');
  const S = ['--store', store];
  beforeAll(() => redline(['init', ...S], t.dir));

  it('after import: status clean, log and show give the versions, fsck passes, a clone is a store', async () => {
    const r = await redline(['import', ID, FIX, ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
    plainGitSeesAStore(store);
    const subjects = git(store, 'log', '--format=%s|%aI', '--', `pages/${ID}/page.md`).trim().split('\n');
    expect(subjects).toHaveLength(5);
    expect(subjects.at(-1)).toBe(`Add ${ID}|2017-11-15T00:00:00+00:00`);
    expect(git(store, 'show', `HEAD:pages/${ID}/page.md`)).toBe(readFileSync(join(store, 'pages', ID, 'page.md'), 'utf8'));
    expect(git(store, 'show', '--stat', '--format=%s', 'HEAD')).toMatch(/^Update kms\/rotate-keys: .*\n\n pages\/kms\/rotate-keys\/meta\.json +\| +\d+ [+-]+\n pages\/kms\/rotate-keys\/page\.md/);
    const clone = join(t.dir, 'plain-clone');
    git(t.dir, 'clone', '-q', store, clone);
    const log = await redline(['log', ID, '--store', clone], t.dir);
    expect(log.stdout.trim().split('\n')).toHaveLength(5);
    expect(log.stdout).toBe((await redline(['log', ID, ...S], t.dir)).stdout);
  });

  it('a writer that died after committing, before updating git index: the next writer repairs it', async () => {
    const st = await openStore(store, { write: 'import' });
    writeFileSync(join(t.dir, 'v6.md'), readFileSync(join(FIX, manifest.versions[4].file), 'utf8') + '\n## New section\n\nA new paragraph with new words.\n');
    const { importFile } = await import('../../src/store/index.js');
    expect((await importFile(st, ID, join(t.dir, 'v6.md'), { date: '2023-01-01' })).kind).toBe('recorded');
    // the writer dies here: HEAD moved, git's index did not (its lock file goes, as a dead pid's would)
    expect(git(store, 'status', '--porcelain')).not.toBe('');
    (st as unknown as { lock: { release(): void } }).lock.release();
    const next = await openStore(store, { write: 'import' });
    next.close();
    plainGitSeesAStore(store);
    expect(git(store, 'log', '-1', '--format=%s')).toMatch(/^Update kms\/rotate-keys: /);
  });
});

describe('redline import ID DIR: a whole history in one call', () => {
  it('a manifest with dates', async () => {
    const store = join(t.dir, 'hist-manifest');
    await redline(['init', store], t.dir);
    const r = await redline(['import', ID, FIX, '--store', store], t.dir);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(`recorded   ${ID}@2017-11-15  Add ${ID}`);
    expect(lines.slice(1, 5).every((l) => new RegExp(`^recorded   ${ID}@\\d{4}-\\d\\d-\\d\\d  Update ${ID}: `).test(l))).toBe(true);
    expect(lines[5]).toBe(`imported 5 files of ${FIX}: 5 recorded, 0 unchanged`);
    const json = JSON.parse((await redline(['log', ID, '--format', 'json', '--store', store], t.dir)).stdout);
    expect(json.versions.map((v: { date: string }) => v.date.slice(0, 10))).toEqual(['2022-10-03', '2022-01-24', '2020-06-19', '2019-04-25', '2017-11-15']);
    // imported in date order: no summary needed recomputing
    expect(json.versions.some((v: { recomputed?: boolean }) => v.recomputed)).toBe(false);
    // again: nothing new
    const again = await redline(['import', ID, FIX, '--store', store], t.dir);
    expect(again.stdout.trim().split('\n').at(-1)).toBe(`imported 5 files of ${FIX}: 0 recorded, 5 unchanged`);
  });

  it('files named NN-YYYY-MM-DD-<commit>.md, no manifest: the same history', async () => {
    const a = join(t.dir, 'hist-a');
    const b = join(t.dir, 'hist-b');
    await redline(['init', a], t.dir);
    await redline(['init', b], t.dir);
    await redline(['import', ID, FIX, '--store', a], t.dir);
    const r = await redline(['import', ID, datedFolder('dated'), '--store', b], t.dir);
    expect(r.code, r.stderr).toBe(0);
    const tree = (s: string) => git(s, 'log', '--format=%T %aI %s');
    // same files, dates and messages: the same trees
    expect(tree(b).split('\n').slice(0, 5)).toEqual(tree(a).split('\n').slice(0, 5));
  });

  it('refuses a folder it cannot date, and --date with a folder, before touching the store', async () => {
    const store = join(t.dir, 'hist-bad');
    await redline(['init', store], t.dir);
    const dir = datedFolder('undated');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    expect(await redline(['import', ID, dir, '--store', store], t.dir)).toMatchObject({
      code: 2,
      stderr: `redline: ${dir}: cannot tell the date of notes.md: name files NN-YYYY-MM-DD-....md (or YYYY-MM-DD....md), or list them with dates in manifest.json\n`,
    });
    expect(await redline(['import', ID, FIX, '--date', '2020-01-01', '--store', store], t.dir)).toMatchObject({
      code: 2,
      stderr: `redline: --date is for one file; the versions of ${FIX} carry their own dates\n`,
    });
    expect(git(store, 'log', '--format=%s')).toBe('Initialize redline store\n');
  });
});

describe('redline remove ID', () => {
  it('untracks the page (the sources file keeps its comments) and keeps its history', async () => {
    const store = join(t.dir, 'rm');
    const S = ['--store', store];
    await redline(['init', ...S], t.dir);
    await redline(['add', 'a/one', 'https://example.com/one', ...S], t.dir);
    await redline(['add', 'a/two', 'https://example.com/two', '--select', 'main', ...S], t.dir);
    await redline(['import', 'a/one', join(FIX, manifest.versions[0].file), '--date', '2020-01-01', ...S], t.dir);
    const r = await redline(['remove', 'a/one', ...S], t.dir);
    expect(r).toMatchObject({ code: 0, stdout: `removed a/one (https://example.com/one) from redline.sources.yaml; its 1 recorded version stay in the store\n` });
    const yaml = readFileSync(join(store, 'redline.sources.yaml'), 'utf8');
    expect(yaml).toContain('# redline sources: the pages this store tracks.');
    expect(yaml).not.toContain('a/one');
    expect(yaml).toContain('id: a/two');
    expect(git(store, 'log', '-1', '--format=%s')).toBe('Untrack a/one\n');
    plainGitSeesAStore(store);
    expect((await redline(['log', 'a/one', ...S], t.dir)).stdout).toMatch(/^2020-01-01  [0-9a-f]{10}  -       Add a\/one\n$/);
    expect((await redline(['pages', ...S], t.dir)).stdout).toMatch(/^a\/one  2020-01-01  new     1 version  \(imported only\)\na\/two  never/);
    expect(await redline(['remove', 'a/one', ...S], t.dir)).toMatchObject({ code: 2, stderr: 'redline: a/one is not tracked in redline.sources.yaml (see redline pages)\n' });
  });
});

describe('review marks are committed, once per review session', () => {
  it('two marks, one commit; a clone has them; a locked store keeps them for later', async () => {
    const store = join(t.dir, 'rev');
    await redline(['init', store], t.dir);
    await redline(['import', ID, FIX, '--store', store], t.dir);
    await redline(['import', 'kms/other', FIX, '--store', store], t.dir);
    const src = await openStoreSource(store);
    const pages = await src.listPages();
    for (const p of pages) await src.markReviewed!(p.id, p.versions.at(-1)!.id);
    await src.markReviewed!(pages[0].id, pages[0].versions.at(-2)!.id);
    const head = git(store, 'rev-parse', 'HEAD');
    expect(await src.finish!()).toBe('committed the review marks (reviews.json)');
    expect(git(store, 'rev-list', '--count', `${head.trim()}..HEAD`)).toBe('1\n');
    expect(git(store, 'log', '-1', '--format=%s')).toBe('Review: 3 marks (reviews.json)\n');
    plainGitSeesAStore(store);
    const clone = join(t.dir, 'rev-clone');
    git(t.dir, 'clone', '-q', store, clone);
    expect(JSON.parse(readFileSync(join(clone, 'reviews.json'), 'utf8')).pages[pages[1].id].rev).toBe(pages[1].versions.at(-1)!.id);
    // nothing marked: no commit
    expect(await (await openStoreSource(store)).finish!()).toBeNull();
    // a session that ends while another writer holds the store
    const again = await openStoreSource(store);
    await again.markReviewed!(pages[0].id, pages[0].versions.at(-1)!.id);
    const holder = await openStore(store, { write: 'track' });
    try {
      expect(await again.finish!()).toMatch(/^review marks saved in reviews\.json, not committed now \(store .* is locked by redline track \(pid \d+, since [^;]*\)\); the next review or track commits them$/);
    } finally {
      holder.close();
    }
    const tr = await redline(['track', '--store', store], t.dir);
    expect(tr.stderr).toContain('notice: committed the edited reviews.json\n');
    plainGitSeesAStore(store);
  });
});
