// A store survives a writer killed at any point: kill -9 in the middle of `redline track` (a real
// child process), then the next run takes over the stale lock, repairs half-written page folders,
// and records what is missing; `git status` is clean and `git fsck` passes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docHtml, git, htmlPage, redline, startServer, tempDir, type TestServer } from './helpers.js';

const CHILD = join(import.meta.dirname, 'cli-child.mjs');
const PAGES = Array.from({ length: 12 }, (_, i) => `site/page-${String(i).padStart(2, '0')}`);

let srv: TestServer;
const t = tempDir();
const store = join(t.dir, 'store');
const S = ['--store', store];

function content(i: number): string {
  return docHtml(`Page ${i}`, [
    ['Overview', `This is page number ${i}. It describes feature ${i} in detail for the tests.`],
    ['Limits', `Feature ${i} allows at most ${i * 10 + 5} requests per second per account.`],
  ]);
}

let holdFrom: number | undefined;
let parked: (() => void)[] = [];

/**
 * Start `redline track` as a child and kill -9 it once it has recorded `after` pages; pages from
 * index `hold` on are not answered until then, so the run cannot finish first (no timing).
 */
async function trackAndKill(after: number, hold: number): Promise<{ recordedBeforeKill: number; signal: NodeJS.Signals | null }> {
  holdFrom = hold;
  try {
    return await runAndKill(after);
  } finally {
    holdFrom = undefined;
    const answers = parked;
    parked = [];
    for (const answer of answers) answer();
  }
}

function runAndKill(after: number): Promise<{ recordedBeforeKill: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, 'track', '--concurrency', '3', ...S], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const n = (out.match(/^recorded /gm) ?? []).length;
      if (!killed && n >= after) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.resume();
    child.on('error', reject);
    // 'exit' after the kill: the pid is reaped, so the next run sees a dead writer
    child.on('exit', (_code, signal) => resolve({ recordedBeforeKill: (out.match(/^recorded /gm) ?? []).length, signal }));
  });
}

function assertHealthy(): void {
  expect(git(store, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  const fsck = spawnSync('git', ['-C', store, 'fsck', '--full', '--strict'], { encoding: 'utf8' });
  expect(fsck.status, fsck.stderr).toBe(0);
  expect(existsSync(join(store, '.redline.lock'))).toBe(false);
}

function versionsOf(id: string): number {
  return git(store, 'log', '--format=%H', '--', `pages/${id}/page.md`).trim().split('\n').filter(Boolean).length;
}

beforeAll(async () => {
  srv = await startServer();
  PAGES.forEach((id, i) => {
    const serve = htmlPage(() => content(i));
    // pages from `holdFrom` on wait for the kill: the run is surely still going when it is killed
    srv.routes.set(`/${id}`, (req, res) => {
      if (holdFrom !== undefined && i >= holdFrom) parked.push(() => serve(req, res));
      else serve(req, res);
    });
  });
  await redline(['init', ...S], t.dir);
  const yaml = 'pages:\n' + PAGES.map((id) => `  - id: ${id}\n    url: ${srv.url}/${id}\n    select: main\n`).join('');
  writeFileSync(join(store, 'redline.sources.yaml'), yaml);
});
afterAll(async () => {
  await srv.close();
  t.cleanup();
});

describe('kill -9 in the middle of redline track', () => {
  it('leaves a store the next run repairs and completes', async () => {
    const first = await trackAndKill(1, 4);
    expect(first.signal).toBe('SIGKILL');
    expect(first.recordedBeforeKill).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(store, '.redline.lock'))).toBe(true); // the dead writer's lock

    const second = await trackAndKill(3, 8);
    expect(second.signal).toBe('SIGKILL');

    const r = await redline(['track', ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/notice: taking over a stale lock from pid \d+ \(redline track started .*, no longer running\)/);
    expect(r.stdout).toMatch(/tracked 12 pages: \d+ recorded, \d+ unchanged, 0 failed/);
    assertHealthy();
    // every page recorded exactly once across the three runs
    for (const id of PAGES) expect(versionsOf(id), id).toBe(1);

    const again = await redline(['track', ...S], t.dir);
    expect(again.stdout).toContain('0 recorded, 12 unchanged, 0 failed');
    assertHealthy();
  });

  it('repairs every kind of half-written state with a notice', async () => {
    const dir = join(store, 'pages', 'site', 'page-00');
    const good = readFileSync(join(dir, 'page.md'), 'utf8');
    // a writer died after: rewriting a tracked file, staging a new page, leaving a temp file and
    // an untracked source, and while git held its index lock
    writeFileSync(join(dir, 'page.md'), 'half a page');
    writeFileSync(join(dir, `page.md.redline-tmp-99999`), 'temp');
    mkdirSync(join(store, 'pages', 'site', 'new-page'), { recursive: true });
    writeFileSync(join(store, 'pages', 'site', 'new-page', 'page.md'), 'staged but never committed');
    git(store, 'add', '--', 'pages/site/new-page/page.md');
    mkdirSync(join(store, 'pages', 'other'), { recursive: true });
    writeFileSync(join(store, 'pages', 'other', 'source.html'), '<p>untracked</p>');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(store, '.redline.lock'), JSON.stringify({ pid: dead, host: hostname(), started: '2024-01-01T00:00:00.000Z', command: 'track' }));
    writeFileSync(join(store, '.git', 'index.lock'), '');

    const r = await redline(['track', PAGES[0], ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`taking over a stale lock from pid ${dead}`);
    expect(r.stderr).toContain('removing a stale .git/index.lock');
    expect(r.stderr).toMatch(/repaired an interrupted run: 1 file\(s\) restored from the last commit, 3 unrecorded file\(s\) removed/);
    expect(r.stdout).toContain('0 recorded, 1 unchanged');
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(good);
    assertHealthy();
  });

  it('refuses to run beside a live writer', async () => {
    writeFileSync(join(store, '.redline.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '2024-01-01T00:00:00.000Z', command: 'import' }));
    const r = await redline(['track', ...S], t.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `redline: store ${store} is locked by redline import (pid ${process.pid}, since 2024-01-01T00:00:00.000Z); wait for it to finish, or delete ${join(store, '.redline.lock')} if it is not running\n`,
    );
    expect(readFileSync(join(store, '.redline.lock'), 'utf8')).toContain('"import"'); // not taken
    // read-only commands do not need the lock
    expect((await redline(['pages', ...S], t.dir)).code).toBe(0);
  });
});
