// Several writers racing for one stale lock (a `.redline.lock` naming a dead pid on this host):
// exactly one may take it over. Real processes (test/store/lock-racer.mjs) released at the same
// instant, many times over; then three real `redline track` runs on one stale lock.
// Before the takeover was made atomic, 17-19 of 200 trials with 3 or 4 racers had two winners
// (the loser of the unlink deleted the winner's fresh lock); 100 trials of 4 then pass by luck
// with a probability of about 1 in 10,000.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { docHtml, git, htmlPage, redline, startServer, tempDir, type TestServer } from './helpers.js';

const RACER = join(import.meta.dirname, 'lock-racer.mjs');

interface Racer {
  child: ChildProcess;
  next: () => Promise<string>;
}

function startRacer(): Racer {
  const child = spawn(process.execPath, [RACER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (l) => (waiters.length ? waiters.shift()!(l) : lines.push(l)));
  return { child, next: () => new Promise((r) => (lines.length ? r(lines.shift()!) : waiters.push(r))) };
}

/** A pid that is no longer running (a child that has exited). */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

/** A lock file left by a writer that died, on this host. */
function staleLock(dir: string, dead = deadPid()): number {
  writeFileSync(join(dir, '.redline.lock'), JSON.stringify({ pid: dead, host: hostname(), started: '2024-01-01T00:00:00.000Z', command: 'track' }) + '\n');
  return dead;
}

describe('racing for a stale lock', () => {
  const t = tempDir('redline-race-');
  const racers: Racer[] = [];
  afterAll(() => {
    for (const r of racers) r.child.stdin!.end();
    t.cleanup();
  });

  it('4 processes released at the same instant, 100 times: exactly one takes the lock each time', async () => {
    for (let i = 0; i < 4; i++) racers.push(startRacer());
    expect(await Promise.all(racers.map((r) => r.next()))).toEqual(['ready', 'ready', 'ready', 'ready']);
    const dir = join(t.dir, 'store');
    const bad: string[] = [];
    const dead = deadPid();
    for (let trial = 0; trial < 100; trial++) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, '.git'), { recursive: true });
      staleLock(dir, dead);
      // every racer spins until the same moment, a little ahead, then tries
      const at = Date.now() + 30;
      for (const r of racers) r.child.stdin!.write(`go ${dir} ${at}\n`);
      const answers = await Promise.all(racers.map((r) => r.next()));
      const won = answers.filter((a) => a === 'won').length;
      const lost = answers.filter((a) => /^lost: store .* is locked by redline track \(pid \d+, since /.test(a)).length;
      if (won !== 1 || lost !== 3) bad.push(`trial ${trial}: ${answers.join(' | ')}`);
      for (const r of racers) r.child.stdin!.write('release\n');
      await Promise.all(racers.map((r) => r.next()));
      // nothing left behind: no lock, no temp file, no takeover mutex
      expect(readdirSync(dir).filter((n) => n !== '.git'), `trial ${trial}`).toEqual([]);
      expect(readdirSync(join(dir, '.git')), `trial ${trial}`).toEqual([]);
    }
    expect(bad).toEqual([]);
  });
});

describe('three redline track runs started together on a stale lock', () => {
  const t = tempDir('redline-race-track-');
  const store = join(t.dir, 's');
  let srv: TestServer;
  let hold: (() => void)[] = [];
  let seen = () => undefined as void;
  beforeAll(async () => {
    srv = await startServer();
    const page = htmlPage(() => docHtml('Raced', [['Overview', 'One page, fetched only by the writer that holds the lock.']]));
    // answered only once the test has seen every run either fetch it or give up
    srv.routes.set('/raced', (req, res) => {
      hold.push(() => page(req, res));
      seen();
    });
    await redline(['init', store], t.dir);
    await redline(['add', 'race/raced', `${srv.url}/raced`, '--store', store], t.dir);
  });
  afterAll(async () => {
    await srv.close();
    t.cleanup();
  });

  it('one records, two are told the store is locked, the page has one version', async () => {
    const dead = staleLock(store);
    const runs = Array.from({ length: 3 }, () => {
      const c = spawn(process.execPath, [BIN, 'track', '--store', store], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      c.stdout.on('data', (d: Buffer) => (out += d));
      c.stderr.on('data', (d: Buffer) => (err += d));
      return new Promise<{ code: number | null; out: string; err: string }>((r) => c.on('close', (code) => r({ code, out, err })));
    });
    let exited = 0;
    const allSettled = new Promise<void>((resolve) => {
      seen = () => {
        if (exited + hold.length >= 3) resolve();
      };
      runs.forEach((p) => p.then(() => (exited++, seen())));
    });
    await allSettled;
    for (const h of hold) h();
    hold = [];
    const results = await Promise.all(runs);
    const winners = results.filter((r) => r.code === 0);
    expect(winners, JSON.stringify(results)).toHaveLength(1);
    expect(winners[0].err).toContain(`notice: taking over a stale lock from pid ${dead}`);
    expect(winners[0].out).toContain('recorded   race/raced  Add race/raced');
    for (const r of results.filter((x) => x.code !== 0)) expect(r).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/^redline: store .* is locked by redline track \(pid \d+, since .*\n$/) });
    expect(git(store, 'log', '--format=%s', '--', 'pages/race/raced/page.md')).toBe('Add race/raced\n');
    expect(git(store, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
