// Politeness per host in `redline track` (issue 15): a cap on requests to one host at a time, a
// minimum delay between them, a 429's Retry-After holding the host back (network.test.ts has that
// one end to end), conditional requests kept; and shards that split pages by a hash of their id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GateTimeout, HostGates, interleaveByHost } from '../../src/store/hosts.js';
import { parseShard, shardOf } from '../../src/store/index.js';
import { docHtml, htmlPage, redline, startServer, tempDir, type TestServer } from './helpers.js';

const never = new AbortController().signal;
const FAR = Date.now() + 3_600_000;

describe('one host at a time (HostGates)', () => {
  it('a cap of 2: the third request waits until one of the first two ends; other hosts do not wait', async () => {
    const gates = new HostGates({ perHost: 2, delayMs: 0 });
    const a = gates.for('https://docs.example.com/a');
    const r1 = await a.enter(FAR, never);
    const r2 = await a.enter(FAR, never);
    let third = false;
    const p3 = a.enter(FAR, never).then((r) => ((third = true), r));
    // another host is not held up
    const other = await gates.for('https://other.example.org/x').enter(FAR, never);
    other();
    await Promise.resolve();
    expect(third).toBe(false);
    r1();
    const r3 = await p3;
    expect(third).toBe(true);
    r2();
    r3();
    // the same host by another path, and in another letter case, is the same gate
    expect(gates.for('https://DOCS.example.com/b')).toBe(a);
  });

  it('a wait that would end after the page deadline fails at once with how long the host asked for', async () => {
    const gates = new HostGates({ perHost: 4, delayMs: 0 });
    const g = gates.for('http://127.0.0.1:8080/p');
    g.backoff(3_600_000);
    await expect(g.enter(Date.now() + 5_000, never)).rejects.toBeInstanceOf(GateTimeout);
    const slow = new HostGates({ perHost: 4, delayMs: 60_000 }).for('http://h/');
    (await slow.enter(FAR, never))();
    // the next start is a minute after the first: past a deadline 5 s away
    const e = await slow.enter(Date.now() + 5_000, never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GateTimeout);
    expect((e as GateTimeout).waitMs).toBeGreaterThan(50_000);
  });

  it('pages are taken host by host in turn, in their order within each host', () => {
    const pages = ['a/1', 'a/2', 'a/3', 'b/1', 'c/1', 'c/2'].map((p) => ({ id: p, url: `https://${p.split('/')[0]}.example/${p}` }));
    expect(interleaveByHost(pages).map((p) => p.id)).toEqual(['a/1', 'b/1', 'c/1', 'a/2', 'c/2', 'a/3']);
  });
});

describe('redline track --host-concurrency: a real server counts requests in flight', () => {
  const t = tempDir('redline-polite-');
  const store = join(t.dir, 's');
  const S = ['--store', store];
  let srv: TestServer;
  let inFlight = 0;
  let most = 0;
  beforeAll(async () => {
    srv = await startServer();
    for (let i = 0; i < 12; i++) {
      const page = htmlPage(() => docHtml(`Page ${i}`, [['Overview', `Page ${i} of the polite tests, with some words in it.`]]), { etag: true });
      srv.routes.set(`/p/${i}`, (req, res) => {
        most = Math.max(most, ++inFlight);
        // answered a moment later, so that requests overlap when nothing holds them back
        setTimeout(() => {
          inFlight--;
          page(req, res);
        }, 15);
      });
    }
    await redline(['init', ...S], t.dir);
    writeFileSync(join(store, 'redline.sources.yaml'), 'pages:\n' + Array.from({ length: 12 }, (_, i) => `  - id: polite/p-${i}\n    url: ${srv.url}/p/${i}\n`).join(''));
  });
  afterAll(async () => {
    await srv.close();
    t.cleanup();
  });

  it('8 workers, at most 2 requests to the host at once; the second run asks conditionally and gets 304s', async () => {
    const r = await redline(['track', '--concurrency', '8', '--host-concurrency', '2', ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('tracked 12 pages: 12 recorded');
    expect(most).toBeLessThanOrEqual(2);
    const before = srv.requests.length;
    const again = await redline(['track', '--concurrency', '8', '--host-concurrency', '2', ...S], t.dir);
    expect(again.stdout).toContain('tracked 12 pages: 0 recorded, 12 unchanged, 0 failed');
    const asked = srv.requests.slice(before);
    expect(asked).toHaveLength(12);
    expect(asked.every((q) => typeof q.headers['if-none-match'] === 'string')).toBe(true);
  });

  it('bad values are refused with one line', async () => {
    expect(await redline(['track', '--host-concurrency', '0', ...S], t.dir)).toMatchObject({ code: 2, stderr: 'redline: invalid --host-concurrency "0" (a whole number from 1 to 64)\n' });
    expect(await redline(['track', '--host-delay', '-1', ...S], t.dir)).toMatchObject({ code: 2, stderr: 'redline: invalid --host-delay "-1" (seconds, e.g. 0.5)\n' });
  });
});

describe('shards', () => {
  it('split pages by a hash of the id: every page in exactly one shard, about evenly, the same every time', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `site/page-${i}`);
    const sizes = [0, 0, 0, 0];
    for (const id of ids) sizes[shardOf(id, 4) - 1]++;
    expect(sizes.reduce((a, b) => a + b)).toBe(1000);
    for (const n of sizes) expect(n).toBeGreaterThan(200);
    // a fixed function of the id (sha256), not of the machine or the order
    expect(shardOf('devops-guru/data-protection', 4)).toBe(shardOf('devops-guru/data-protection', 4));
    expect(ids.map((id) => shardOf(id, 1))).toEqual(ids.map(() => 1));
  });

  it('--shard I/N is checked', async () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2', '1/1001']) expect(() => parseShard(bad)).toThrow(`invalid --shard "${bad}" (I/N with 1 <= I <= N, e.g. 2/4)`);
  });
});
