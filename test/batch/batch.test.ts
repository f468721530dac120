// Batch mode on small trees built in temp folders: one page per status, a change repeated on
// two pages, the worker-thread path (threshold lowered) giving the same report as in-process,
// and the pool's time limit falling back to a coarse diff.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffTrees, isDirectory, workerUrl } from '../../src/batch/index.js';
import { WorkerPool } from '../../src/batch/pool.js';
import { runTask, type Task } from '../../src/batch/page.js';
import type { BatchReport } from '../../src/batch/types.js';
import { makeTrees, sampleTrees } from './trees.js';

const brief = (r: BatchReport) => r.pages.map((p) => [p.path, p.status, p.oldPath ?? null, p.same ?? null]);

describe('diffTrees on a sample tree (in-process)', async () => {
  const t = sampleTrees();
  const { oldDir, newDir } = makeTrees(t.old, t.new);
  const progress: [number, number][] = [];
  const r = await diffTrees(oldDir, newDir, { jobs: 1, onProgress: (d, n) => progress.push([d, n]) });

  it('gives every page of both trees one status, sorted by path', () => {
    expect(brief(r)).toEqual([
      ['guide/keys.md', 'modified', null, null],
      ['guide/policy.md', 'modified', null, null],
      ['launch.txt', 'added', null, null],
      ['mfa-fido.md', 'renamed', 'mfa-u2f.md', null],
      ['retired.md', 'removed', null, null],
      ['same.md', 'unchanged', null, 'bytes'],
      ['style.md', 'unchanged', null, 'canonical'],
    ]);
    expect(r.counts).toEqual({ modified: 2, renamed: 1, added: 1, removed: 1, unchanged: 2, error: 0 });
    expect(r.old.files).toBe(6); // notes.json and .git/ are not pages
    expect(r.new.files).toBe(6);
    expect(r.schemaVersion).toBe(1);
    expect(r.fallbacks).toEqual([]);
  });

  it('keeps a report for compared pages only', () => {
    const by = new Map(r.pages.map((p) => [p.path, p]));
    expect(by.get('guide/keys.md')!.report!.sections.length).toBeGreaterThan(0);
    expect(by.get('mfa-fido.md')!.report).toBeDefined();
    expect(by.get('mfa-fido.md')!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(by.get('same.md')!.report).toBeUndefined();
    expect(by.get('style.md')!.report).toBeUndefined();
    expect(by.get('launch.txt')!.title).toBe('Launch notes');
    expect(by.get('retired.md')!.severity).toBe('medium');
    expect(by.get('guide/policy.md')!.summary.sections.modified).toBe(2);
  });

  it('groups the change made on two pages', () => {
    expect(r.groups).toEqual([
      {
        id: 'g1',
        type: 'changed',
        category: expect.any(String),
        summary: expect.any(String),
        severity: expect.any(String),
        old: 'The service rotates each key every year.',
        new: 'The service rotates each key every month.',
        pages: ['guide/keys.md', 'guide/policy.md'],
        occurrences: 2,
      },
    ]);
    expect(r.groups[0].summary).not.toBe('');
  });

  it('reports progress up to the total', () => {
    const total = 8; // 4 pairs + 2 unpaired old + 2 unpaired new
    expect(progress[0]).toEqual([0, total]);
    expect(progress[progress.length - 1]).toEqual([total, total]);
    for (let k = 1; k < progress.length; k++) expect(progress[k][0]).toBeGreaterThanOrEqual(progress[k - 1][0]);
  });
});

describe('diffTrees edge cases', () => {
  it('reports an unreadable page as an error and goes on', async () => {
    const bin = Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]);
    const { oldDir, newDir } = makeTrees({ 'a.md': '# A\n\nOne.\n', 'bin.md': bin }, { 'a.md': '# A\n\nTwo.\n', 'bin.md': Buffer.concat([bin, bin]) });
    const r = await diffTrees(oldDir, newDir, { jobs: 1 });
    expect(brief(r)).toEqual([
      ['a.md', 'modified', null, null],
      ['bin.md', 'error', null, null],
    ]);
    expect(r.pages[1].error).toMatch(/binary/);
  });

  it('does not read unpaired pages when no rename is possible', async () => {
    const { oldDir, newDir } = makeTrees({ 'a.md': '# A\n' }, { 'a.md': '# A\n', 'b.md': '# B\n' });
    const r = await diffTrees(oldDir, newDir, { jobs: 1 });
    expect(brief(r)).toEqual([
      ['a.md', 'unchanged', null, 'bytes'],
      ['b.md', 'added', null, null],
    ]);
    expect(r.pages[1].title).toBeUndefined();
  });

  it('pairs a renamed page with identical bytes even across formats of one text', async () => {
    const { oldDir, newDir } = makeTrees({ 'x/old.md': '# Page\n\nBody text here.\n' }, { 'y/new.md': '# Page\n\nBody text here.\n', 'z.md': '# Other\n\nSomething else entirely.\n' });
    const r = await diffTrees(oldDir, newDir, { jobs: 1 });
    expect(brief(r)).toEqual([
      ['y/new.md', 'renamed', 'x/old.md', null],
      ['z.md', 'added', null, null],
    ]);
    expect(r.pages[0].similarity).toBe(1);
    expect(r.pages[0].summary.changes).toEqual({ none: 0, low: 0, medium: 0, high: 0 });
  });

  it('refuses a folder that is not one', async () => {
    const { root, newDir } = makeTrees({}, {});
    writeFileSync(join(root, 'file.md'), '# x\n');
    await expect(diffTrees(join(root, 'file.md'), newDir)).rejects.toThrow(/not a directory/);
    expect(isDirectory(root)).toBe(true);
    expect(isDirectory(join(root, 'file.md'))).toBe(false);
    expect(isDirectory(join(root, 'missing'))).toBe(false);
    expect(isDirectory('-')).toBe(false);
  });
});

describe('worker threads', () => {
  it('finds the built worker (dist/batch/worker.js)', () => {
    expect(workerUrl()?.href).toMatch(/dist\/batch\/worker\.js$/);
  });

  it('gives the same report as in-process when the threshold is lowered', async () => {
    const t = sampleTrees();
    const { oldDir, newDir } = makeTrees(t.old, t.new);
    const inProc = await diffTrees(oldDir, newDir, { jobs: 1 });
    let last: [number, number] = [0, 0];
    const viaWorkers = await diffTrees(oldDir, newDir, { jobs: 2, workerThreshold: 0, onProgress: (d, n) => (last = [d, n]) });
    expect(viaWorkers.fallbacks).toEqual([]);
    expect(JSON.parse(JSON.stringify(viaWorkers))).toEqual(JSON.parse(JSON.stringify(inProc)));
    expect(last).toEqual([8, 8]);
  });

  it('stops a page past the time limit and falls back to a coarse diff of the raw text', async () => {
    const t = sampleTrees();
    const { oldDir, newDir } = makeTrees(t.old, t.new);
    // localMaxBytes 0: every page goes to a worker (the main thread's share has no time limit)
    const r = await diffTrees(oldDir, newDir, { jobs: 2, workerThreshold: 0, pageTimeoutMs: 1, localMaxBytes: 0 });
    const by = new Map(r.pages.map((p) => [p.path, p]));
    const keys = by.get('guide/keys.md')!;
    expect(keys.status).toBe('modified');
    expect(keys.report!.fallbacks.join('\n')).toMatch(/stopped after 1 ms \(time limit\)/);
    expect(keys.report!.sections[0].changes.some((c) => (c.new ?? '').includes('every month'))).toBe(true);
    // unpaired pages that could not be read take no part in rename detection
    expect(by.get('mfa-u2f.md')!.status).toBe('removed');
    expect(by.get('mfa-fido.md')!.status).toBe('added');
    expect(r.fallbacks.some((f) => /^mfa-fido\.md: not considered for renames/.test(f))).toBe(true);
  });
});

describe('unpaired pages read lightly (title and raw shingles) until they could be a rename', () => {
  const intro = '# Rotating keys\n\nKeys protect the data stored in the service.\n\n';
  const filler = (n: number) => Array.from({ length: n }, (_, k) => `Paragraph ${k} says nothing about anything in particular, number ${k}.\n\n`).join('');
  it('gives every added and removed page the title a full read gives, and still finds renames (identical bytes and edited)', async () => {
    const deepTitle = `${filler(12)}# Title after twelve paragraphs\n\nText.\n`;
    const front = `---\ntitle: From the front matter\n---\n\n# Heading one\n\nBody.\n`;
    const setext = `Setext title\n============\n\nBody text.\n`;
    const none = `Just text, no heading at all.\n\nAnd more.\n`;
    const moved = `${intro}${filler(3)}`;
    const edited = `# Access keys\n\n${filler(6)}`;
    const { oldDir, newDir } = makeTrees(
      { 'old/moved.md': moved, 'old/edited.md': edited, 'gone.md': deepTitle, 'gone-front.md': front },
      { 'new/moved.md': moved, 'new/edited-2.md': edited.replace('Paragraph 2', 'Section 2'), 'fresh.md': setext, 'fresh-none.md': none, 'fresh-deep.md': `${'Unrelated words fill this launch page.\n\n'.repeat(9)}Launch\n======\n\nText.\n` },
    );
    const r = await diffTrees(oldDir, newDir, { jobs: 1 });
    const by = new Map(r.pages.map((p) => [p.path, p]));
    expect(by.get('new/moved.md')).toMatchObject({ status: 'renamed', oldPath: 'old/moved.md', similarity: 1, title: 'Rotating keys' });
    expect(by.get('new/moved.md')!.report!.sections.every((s) => s.changes.length === 0)).toBe(true);
    expect(by.get('new/edited-2.md')).toMatchObject({ status: 'renamed', oldPath: 'old/edited.md', title: 'Access keys' });
    expect(by.get('new/edited-2.md')!.report!.sections.flatMap((s) => s.changes.map((c) => c.new))).toContain('Section 2 says nothing about anything in particular, number 2.');
    const titles = Object.fromEntries(r.pages.filter((p) => p.status === 'added' || p.status === 'removed').map((p) => [p.path, p.title]));
    expect(titles).toEqual({
      'gone.md': 'Title after twelve paragraphs',
      'gone-front.md': 'Heading one', // the body's opening H1 is the shown title (one title model); the page has no Hugo keys
      'fresh.md': 'Setext title',
      'fresh-none.md': null,
      'fresh-deep.md': 'Launch',
    });
    expect(r.fallbacks).toEqual([]);
  });
});

describe('the pool with a main-thread share', () => {
  it('runs the tasks `local` accepts on the calling thread, the rest in the worker, with the same results', async () => {
    const t = sampleTrees();
    const { oldDir, newDir } = makeTrees(t.old, t.new);
    const tasks: Task[] = ['guide/keys.md', 'guide/policy.md', 'same.md', 'style.md'].map((p) => ({ kind: 'pair', oldFile: join(oldDir, p), newFile: join(newDir, p) }));
    const ranLocally: string[] = [];
    const pool = new WorkerPool({
      size: 1,
      url: workerUrl()!,
      local: {
        accepts: (task) => task.kind === 'pair' && !task.oldFile.includes('guide'),
        run: (task) => {
          ranLocally.push((task as { oldFile: string }).oldFile);
          return runTask(task);
        },
      },
    });
    try {
      const got = await Promise.all(tasks.map((task) => pool.run(task)));
      expect(got).toEqual(tasks.map((task) => runTask(task)));
    } finally {
      await pool.close();
    }
    // only pages it accepts, taken from the back of the queue
    expect(ranLocally.length).toBeGreaterThan(0);
    expect(ranLocally.every((f) => !f.includes('guide'))).toBe(true);
    expect(ranLocally[0]).toBe(join(oldDir, 'style.md'));
  });
});

describe('worker threads that cannot start', () => {
  it('hand their pages back to the main thread, with a note', async () => {
    const t = sampleTrees();
    const { root, oldDir, newDir } = makeTrees(t.old, t.new);
    const bad = join(root, 'bad-worker.mjs');
    writeFileSync(bad, "throw new Error('cannot load');\n");
    const inProc = await diffTrees(oldDir, newDir, { jobs: 1 });
    const r = await diffTrees(oldDir, newDir, { jobs: 2, workerThreshold: 0, workerUrl: pathToFileURL(bad) });
    expect(r.fallbacks).toEqual([expect.stringMatching(/^worker threads failed to start \(.*cannot load.*\); pages compared in-process$/)]);
    expect(JSON.parse(JSON.stringify({ ...r, fallbacks: [] }))).toEqual(JSON.parse(JSON.stringify(inProc)));
  });
});
