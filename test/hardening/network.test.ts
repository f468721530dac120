// Network faults against `redline track` on a temp store: a raw TCP server on 127.0.0.1 (random
// port) misbehaves in every way a server can, per path. Each page must fail within the time and
// size bounds, with one plain line on stderr, and never become a version (git log, git status).
// test/store/fetcher.test.ts covers the fetcher's own bounds (retries, 5xx, loops, declared sizes,
// content types); this file goes through the CLI and the store.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docHtml, git, redline, tempDir } from '../store/helpers.js';

const RSS_CHILD = join(import.meta.dirname, 'rss-child.mjs');

type Route = (sock: Socket) => void;
const routes = new Map<string, Route>();
const timers = new Set<NodeJS.Timeout>();
let server: Server;
let base = '';
let refusedUrl = '';

function every(ms: number, fn: () => void, sock: Socket): void {
  const t = setInterval(fn, ms);
  timers.add(t);
  sock.on('close', () => (clearInterval(t), timers.delete(t)));
}

// This server answers one request per connection, so it says so: a response without
// `connection: close` invites the client to reuse a socket the server is closing (keep-alive),
// which turned the next page's outcome into "connection reset" once track queued pages per host.
const head = (status: string, headers: Record<string, string | number>) =>
  `HTTP/1.1 ${status}\r\n${Object.entries({ connection: 'close', ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

const GOOD = docHtml('Guide', [
  ['Overview', 'This guide describes the service in enough words to be a real page with content.'],
  ['Limits', 'Each account can make 100 requests per second. Larger limits are available on request.'],
  ['Security', 'We recommend TLS 1.2 or later for every connection to the service endpoints.'],
]);

let bomb: Buffer;

beforeAll(async () => {
  // 16 gzip members of 64 MiB of zeros: about 1 MiB on the wire, 1 GiB inflated
  const member = await new Promise<Buffer>((resolve) => {
    const gz = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gz.on('data', (d: Buffer) => parts.push(d));
    gz.on('end', () => resolve(Buffer.concat(parts)));
    const mb = Buffer.alloc(1 << 20);
    for (let i = 0; i < 64; i++) gz.write(mb);
    gz.end();
  });
  bomb = Buffer.concat(Array.from({ length: 16 }, () => member));

  const r = routes;
  r.set('/good', (s) => s.end(head('200 OK', { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(GOOD), connection: 'close' }) + GOOD));
  r.set('/never', () => undefined); // accepts, reads the request, never answers
  r.set('/slow-headers', (s) => {
    s.write('HTTP/1.1 200 OK\r\n');
    every(100, () => s.write('x-drip: 1\r\n'), s);
  });
  r.set('/endless-slow', (s) => {
    s.write(head('200 OK', { 'content-type': 'text/html', 'transfer-encoding': 'chunked' }));
    every(100, () => s.write('8\r\n<p>a</p>\r\n'), s);
  });
  r.set('/endless-fast', (s) => {
    s.write(head('200 OK', { 'content-type': 'text/html', connection: 'close' })); // no length: until close
    const chunk = Buffer.alloc(64 * 1024, '<p>spam</p>\n');
    const pump = () => {
      while (!s.destroyed && s.write(chunk));
      if (!s.destroyed) s.once('drain', pump);
    };
    pump();
  });
  r.set('/reset-mid-body', (s) => {
    s.write(head('200 OK', { 'content-type': 'text/html', 'content-length': 100_000 }) + '<html><body><main><h1>Guide</h1><p>half a pa');
    setTimeout(() => s.resetAndDestroy(), 30);
  });
  r.set('/not-http', (s) => s.end('SSH-2.0-OpenSSH_9.6\r\n'));
  r.set('/huge-headers', (s) => s.end(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\nx-filler: ${'a'.repeat(100_000)}\r\nconnection: close\r\ncontent-length: 2\r\n\r\nhi`));
  r.set('/loop-a', (s) => s.end(head('302 Found', { location: '/loop-b', 'content-length': 0 })));
  r.set('/loop-b', (s) => s.end(head('301 Moved', { location: '/loop-a', 'content-length': 0 })));
  for (const [name, loc] of [
    ['to-file', 'file:///etc/passwd'],
    ['to-ftp', 'ftp://127.0.0.1/pub/page.html'],
    ['to-javascript', 'javascript:alert(document.cookie)'],
    ['to-data', 'data:text/html,<h1>Guide</h1>'],
  ]) {
    r.set(`/${name}`, (s) => s.end(head('302 Found', { location: loc, 'content-length': 0 })));
  }
  r.set('/escape-status', (s) => s.end('HTTP/1.1 503 \x1b[31mDown\x1b]0;pwned\x07\r\nconnection: close\r\ncontent-length: 0\r\n\r\n'));
  r.set('/gzip-bomb', (s) => {
    s.write(head('200 OK', { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length, connection: 'close' }));
    s.end(bomb);
  });
  r.set('/latin1', (s) => {
    const body = Buffer.concat([
      Buffer.from('<html><body><main><h1>Legacy</h1><p>'),
      Buffer.from([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x2e]),
      Buffer.from('</p></main></body></html>'),
    ]);
    s.end(Buffer.concat([Buffer.from(head('200 OK', { 'content-type': 'text/html; charset=iso-8859-1', 'content-length': body.length, connection: 'close' })), body]));
  });

  server = createServer((sock) => {
    sock.on('error', () => undefined);
    let buf = '';
    let routed = false;
    sock.on('data', (d: Buffer) => {
      buf += d.toString('latin1');
      if (routed || !buf.includes('\r\n\r\n')) return;
      routed = true;
      const path = buf.split(' ')[1] ?? '/';
      const route = routes.get(path);
      if (route) route(sock);
      else sock.end(head('404 Not Found', { 'content-type': 'text/html', 'content-length': 9 }) + 'not found');
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  // a port nobody listens on: bind one, note it, close it
  const probe = createServer();
  await new Promise<void>((res) => probe.listen(0, '127.0.0.1', res));
  const p = probe.address();
  refusedUrl = `http://127.0.0.1:${typeof p === 'object' && p ? p.port : 0}/page`;
  await new Promise<void>((res) => probe.close(() => res()));
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await new Promise<void>((res) => {
    server.close(() => res());
    // sockets still held open by /never and friends
    setTimeout(res, 200).unref();
  });
});

/** Page ids in the store that have a version (a commit touching pages/<id>/page.md). */
function recordedPages(store: string): string[] {
  return git(store, 'log', '--format=', '--name-only', '--', 'pages')
    .split('\n')
    .filter((l) => l.endsWith('/page.md'))
    .map((l) => l.replace(/^pages\/|\/page\.md$/g, ''));
}

describe('a server that misbehaves: every page fails alone, bounded, reported, and nothing is recorded', () => {
  const t = tempDir('redline-net-');
  const store = join(t.dir, 's');
  const S = ['--store', store];
  afterAll(t.cleanup);

  it('15 hostile pages and one good page (two track runs: the timeouts, and the rest)', async () => {
    const pages: [string, string][] = [
      ['net/refused', refusedUrl],
      ['net/never', `${base}/never`],
      ['net/slow-headers', `${base}/slow-headers`],
      ['net/endless-slow', `${base}/endless-slow`],
      ['net/endless-fast', `${base}/endless-fast`],
      ['net/reset-mid-body', `${base}/reset-mid-body`],
      ['net/not-http', `${base}/not-http`],
      ['net/huge-headers', `${base}/huge-headers`],
      ['net/loop', `${base}/loop-a`],
      ['net/to-file', `${base}/to-file`],
      ['net/to-ftp', `${base}/to-ftp`],
      ['net/to-javascript', `${base}/to-javascript`],
      ['net/to-data', `${base}/to-data`],
      ['net/escape-status', `${base}/escape-status`],
      ['net/gzip-bomb', `${base}/gzip-bomb`],
      ['net/good', `${base}/good`],
    ];
    expect((await redline(['init', ...S], t.dir)).code).toBe(0);
    writeFileSync(join(store, 'redline.sources.yaml'), 'pages:\n' + pages.map(([id, url]) => `  - id: ${id}\n    url: "${url}"\n`).join(''));
    // the pages that can only end by a timeout run with a 1 s timeout; the rest with a generous one,
    // so that a loaded machine cannot turn their outcome into a timeout (the bounds show in the
    // messages, not in a wall-clock check)
    const slow = ['net/never', 'net/slow-headers', 'net/endless-slow'];
    const timed = await redline(['track', ...slow, '--timeout', '1', '--retries', '0', '--concurrency', '16', ...S], t.dir);
    expect(timed.code, timed.stderr).toBe(3);
    const rest = pages.map(([id]) => id).filter((id) => !slow.includes(id));
    const r0 = await redline(['track', ...rest, '--timeout', '60', '--deadline', '120', '--retries', '0', '--max-size', '1', '--concurrency', '16', ...S], t.dir);
    expect(r0.code, r0.stderr).toBe(3);
    const r = { stderr: timed.stderr + r0.stderr, stdout: r0.stdout };
    const lines = r.stderr.split('\n').filter((l) => l && !l.includes('notice:'));
    const byId = Object.fromEntries(lines.map((l) => [/^redline: (\S+): /.exec(l)?.[1], l.replace(/^redline: \S+: /, '')]));
    expect(byId).toEqual({
      'net/refused': 'connection refused',
      'net/never': 'timed out after 1s',
      'net/slow-headers': 'timed out after 1s',
      'net/endless-slow': 'timed out after 1s while reading the body',
      'net/endless-fast': 'response is over the 1048576-byte limit',
      'net/reset-mid-body': 'connection reset',
      'net/not-http': expect.stringMatching(/^network error \(HPE_\w+\)$/),
      'net/huge-headers': 'response headers too large',
      'net/loop': `redirect loop (${base}/loop-a again after 2 redirects)`,
      'net/to-file': 'redirect to a file: URL refused',
      'net/to-ftp': 'redirect to a ftp: URL refused',
      'net/to-javascript': 'redirect to a javascript: URL refused',
      'net/to-data': 'redirect to a data: URL refused',
      // the server's reason phrase is shown, its escape sequences as visible text
      'net/escape-status': 'HTTP 503 \\x1b[31mDown\\x1b]0;pwned\\x07',
      'net/gzip-bomb': 'response is over the 1048576-byte limit',
    });
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(timed.stdout).toBe('tracked 3 pages: 0 recorded, 0 unchanged, 3 failed\n');
    expect(r.stdout).toBe('recorded   net/good  Add net/good\ntracked 13 pages: 1 recorded, 0 unchanged, 12 failed\n');
    // nothing but the good page became a version; nothing was left behind
    expect(recordedPages(store)).toEqual(['net/good']);
    expect(git(store, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    for (const [id] of pages.slice(0, -1)) expect(existsSync(join(store, 'pages', id)), id).toBe(false);
  });

  it('a gzip bomb (1 MiB on the wire, 1 GiB inflated) stops at the size limit with bounded memory', async () => {
    writeFileSync(join(store, 'redline.sources.yaml'), `pages:\n  - id: net/gzip-bomb\n    url: "${base}/gzip-bomb"\n  - id: net/good\n    url: "${base}/good"\n`);
    const run = (ids: string[]) =>
      new Promise<{ code: number | null; stderr: string; rssMb: number }>((resolve, reject) => {
        // async spawn: the server lives in this process
        const child = spawn(process.execPath, [RSS_CHILD, 'track', ...ids, '--retries', '0', '--timeout', '60', '--max-size', '2', ...S], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.stdout.resume();
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr, rssMb: Number(/maxrss-kb=(\d+)/.exec(stderr)?.[1] ?? 'NaN') / 1024 }));
      });
    const calm = await run(['net/good']); // the same command on a page that is unchanged: the baseline
    const r = await run(['net/gzip-bomb']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('redline: net/gzip-bomb: response is over the 2097152-byte limit\n');
    // inflating it all would take over 1 GiB; reading up to the limit takes a few MB more than usual
    expect(r.rssMb, `peak ${r.rssMb.toFixed(0)} MB, unchanged-page run ${calm.rssMb.toFixed(0)} MB`).toBeLessThan(calm.rssMb + 64);
    expect(recordedPages(store)).toEqual(['net/good']);
  });
});

describe('the page deadline (--deadline): one bound for a page, retries and Retry-After included', () => {
  const t = tempDir('redline-deadline-');
  const store = join(t.dir, 's');
  const S = ['--store', store];
  afterAll(t.cleanup);
  let flaky = 0;

  beforeAll(async () => {
    routes.set('/busy-hour', (s) => s.end(head('503 Service Unavailable', { 'retry-after': 3600, 'content-length': 0, connection: 'close' })));
    routes.set('/busy-date', (s) => s.end(head('503 Service Unavailable', { 'retry-after': new Date(Date.now() + 86_400_000).toUTCString(), 'content-length': 0, connection: 'close' })));
    routes.set('/rate-limited', (s) => s.end(head('429 Too Many Requests', { 'retry-after': 3600, 'content-length': 0, connection: 'close' })));
    // busy once, with a Retry-After of zero seconds, then the page
    routes.set('/busy-once', (s) =>
      flaky++ === 0
        ? s.end(head('503 Service Unavailable', { 'retry-after': 0, 'content-length': 0, connection: 'close' }))
        : s.end(head('200 OK', { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(GOOD), connection: 'close' }) + GOOD),
    );
    await redline(['init', ...S], t.dir);
    const pages: [string, string][] = [
      ['dl/never', `${base}/never`],
      ['dl/busy-hour', `${base}/busy-hour`],
      ['dl/busy-date', `${base}/busy-date`],
      ['dl/busy-once', `${base}/busy-once`],
    ];
    writeFileSync(join(store, 'redline.sources.yaml'), 'pages:\n' + pages.map(([id, url]) => `  - id: ${id}\n    url: "${url}"\n`).join(''));
  });

  it('a server that never answers stops at the deadline, not after retries x timeout; a Retry-After past it is not waited for', async () => {
    // each attempt may take 30 s and there may be 5 retries: only the page deadline can end it
    const r = await redline(['track', '--deadline', '1', '--timeout', '30', '--retries', '5', '--retry-delay', '0', ...S], t.dir);
    expect(r.code, r.stderr).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l && !l.includes('notice:')).sort();
    expect(lines).toEqual([
      // an HTTP date a day ahead, to the second
      expect.stringMatching(/^redline: dl\/busy-date: HTTP 503 Service Unavailable \(1 attempt; the server asks to retry after 86(399|400) s, past the page deadline of 1 s\)$/),
      'redline: dl/busy-hour: HTTP 503 Service Unavailable (1 attempt; the server asks to retry after 3600 s, past the page deadline of 1 s)',
      'redline: dl/never: no usable answer within the page deadline of 1 s (1 attempt; --deadline)',
    ]);
    expect(r.stdout).toBe('recorded   dl/busy-once  Add dl/busy-once\ntracked 4 pages: 1 recorded, 0 unchanged, 3 failed\n');
    expect(flaky).toBe(2); // the Retry-After of 0 s was honoured: asked again, got the page
    expect(recordedPages(store)).toEqual(['dl/busy-once']);
  });

  it('a 429 with Retry-After holds back the whole host (politeness): the next page there is not asked, within its deadline', async () => {
    writeFileSync(
      join(store, 'redline.sources.yaml'),
      `pages:\n  - id: dl/rate-limited\n    url: "${base}/rate-limited"\n  - id: dl/after\n    url: "${base}/good"\n`,
    );
    // one page at a time, in this order: the second one meets the host's wait
    const r = await redline(['track', '--concurrency', '1', '--deadline', '5', '--retries', '3', ...S], t.dir);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr.split('\n').filter((l) => l && !l.includes('notice:'))).toEqual([
      'redline: dl/rate-limited: HTTP 429 Too Many Requests (1 attempt; the server asks to retry after 3600 s, past the page deadline of 5 s)',
      'redline: dl/after: the host asked to wait 3600 s more (Retry-After), past the page deadline of 5 s',
    ]);
  });

  it('--help says what each bound covers', async () => {
    const h = await redline(['track', '--help'], t.dir);
    expect(h.stdout).toMatch(/--timeout <seconds>\s+give up on one attempt \(connect, headers, body\) after\s+this long \(default 30\)/);
    expect(h.stdout).toMatch(/--deadline <seconds>\s+the most time one page may take, every retry and\s+Retry-After wait included \(default 60\)/);
  });
});

describe('a 200 that is an error page', () => {
  const t = tempDir('redline-soft404-');
  const store = join(t.dir, 's');
  const S = ['--store', store];
  afterAll(t.cleanup);

  it('a "Page not found" page inside the full site chrome is refused against the previous version, not recorded', async () => {
    let body = GOOD;
    routes.set('/soft', (s) => s.end(head('200 OK', { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body), connection: 'close' }) + body));
    await redline(['init', ...S], t.dir);
    await redline(['add', 'soft/guide', `${base}/soft`, ...S], t.dir);
    expect((await redline(['track', ...S], t.dir)).stdout).toContain('1 recorded');
    const head0 = git(store, 'rev-parse', 'HEAD');
    // about as many bytes as the real page (navigation, sidebar, footer), almost no content
    const chrome = `<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/docs/${i}">Topic ${i}</a>`).join(' ')}</nav>`;
    body = `<!DOCTYPE html><html><head><title>Page not found - Example Docs</title></head><body>${chrome}
<main><h1>Page not found</h1><p>Sorry, we could not find that page.</p></main><footer>${chrome}</footer></body></html>`;
    expect(body.length).toBeGreaterThan(GOOD.length);
    const r = await redline(['track', ...S], t.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^redline: soft\/guide: lost most of its content \(\d+ chars, previous version \d+\): not recorded \(--accept records it anyway\)\n$/);
    expect(git(store, 'rev-parse', 'HEAD')).toBe(head0);
    expect(readFileSync(join(store, 'pages', 'soft', 'guide', 'page.md'), 'utf8')).toContain('100 requests per second');
    expect(git(store, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a legacy iso-8859-1 page over HTTP is recorded with its curly quotes, dash and euro sign', async () => {
    await redline(['add', 'soft/legacy', `${base}/latin1`, ...S], t.dir);
    const r = await redline(['track', 'soft/legacy', ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(store, 'pages', 'soft', 'legacy', 'page.md'), 'utf8')).toBe('# Legacy\n\n“Quoted” – 5 €.\n');
  });
});
