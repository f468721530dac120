// The fetcher against a real HTTP server on 127.0.0.1: every bound a server could push on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchPage, USER_AGENT } from '../../src/store/fetcher.js';
import { startServer, type TestServer } from './helpers.js';

let srv: TestServer;
const fast = { retries: 2, backoffMs: 5, timeoutMs: 2000 };

beforeAll(async () => {
  srv = await startServer();
  const r = srv.routes;
  r.set('/ok', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 01 May 2023 00:00:00 GMT' });
    res.end(`<html><body><main><p>ua=${req.headers['user-agent']}</p></main></body></html>`);
  });
  r.set('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
      res.end('<p>hello</p>');
    }
  });
  r.set('/500', (_q, res) => {
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('oops');
  });
  let flaky = 0;
  r.set('/flaky', (_q, res) => {
    if (++flaky < 3) {
      res.writeHead(503);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('third time lucky');
    }
  });
  r.set('/reset', (req) => req.socket.destroy());
  r.set('/slow', (_q, res) => {
    const t = setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>late</p>');
    }, 5000);
    res.on('close', () => clearTimeout(t));
  });
  r.set('/loop-a', (_q, res) => (res.writeHead(302, { location: '/loop-b' }), res.end()));
  r.set('/loop-b', (_q, res) => (res.writeHead(301, { location: '/loop-a' }), res.end()));
  for (let i = 0; i < 8; i++) r.set(`/hop${i}`, (_q, res) => (res.writeHead(307, { location: `/hop${i + 1}` }), res.end()));
  r.set('/hop8', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end('<p>landed</p>')));
  r.set('/moved', (_q, res) => (res.writeHead(301, { location: '/ok' }), res.end()));
  r.set('/big-declared', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 * 1024) });
    res.end();
  });
  r.set('/big-streamed', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }); // chunked, no length
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 400 && res.write(chunk)) sent++;
      if (sent < 400) res.once('drain', pump);
      else res.end();
    };
    res.on('close', () => (sent = 400));
    pump();
  });
  r.set('/pdf', (_q, res) => (res.writeHead(200, { 'content-type': 'application/pdf' }), res.end('%PDF-1.4')));
  r.set('/auth', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(String(req.headers.authorization));
  });
});
afterAll(() => srv.close());

describe('fetchPage', () => {
  it('sends the redline User-Agent and returns body, validators and status', async () => {
    const r = await fetchPage(`${srv.url}/ok`, fast);
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain(`ua=${USER_AGENT}`);
    expect(USER_AGENT).toBe('redline/0.1 (+docs change monitor)');
    expect(r).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 01 May 2023 00:00:00 GMT', attempts: 1, redirects: 0, notModified: false });
  });

  it('makes conditional requests: 304 with a known ETag', async () => {
    const first = await fetchPage(`${srv.url}/etag`, fast);
    const again = await fetchPage(`${srv.url}/etag`, { ...fast, etag: first.etag });
    expect(again.notModified).toBe(true);
    expect(again.status).toBe(304);
    expect(srv.requests.filter((q) => q.path === '/etag').map((q) => q.headers['if-none-match'])).toEqual([undefined, '"v1"']);
  });

  it('returns a 404 for the caller to judge', async () => {
    const r = await fetchPage(`${srv.url}/missing`, fast);
    expect(r.status).toBe(404);
  });

  it('retries a 500 with backoff and counts the attempts', async () => {
    srv.hits.delete('/500');
    const e = await fetchPage(`${srv.url}/500`, fast).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FetchError);
    expect(e).toMatchObject({ kind: 'http', status: 500, attempts: 3, message: 'HTTP 500 Internal Server Error (3 attempts)' });
    expect(srv.hits.get('/500')).toBe(3);
  });

  it('gets there after transient 503s', async () => {
    const r = await fetchPage(`${srv.url}/flaky`, fast);
    expect(r).toMatchObject({ status: 200, attempts: 3 });
  });

  it('retries a reset connection, then gives up with a plain reason', async () => {
    srv.hits.delete('/reset');
    const e = (await fetchPage(`${srv.url}/reset`, { ...fast, retries: 1 }).catch((x: unknown) => x)) as FetchError;
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/connection reset|network error|socket/);
    expect(srv.hits.get('/reset')).toBe(2);
  });

  it('gives up on a slow server at the timeout', async () => {
    const e = (await fetchPage(`${srv.url}/slow`, { retries: 0, timeoutMs: 300 }).catch((x: unknown) => x)) as FetchError;
    expect(e).toMatchObject({ kind: 'timeout', message: 'timed out after 0.3s' });
  });

  it('follows redirects by hand, and stops loops and long chains', async () => {
    const ok = await fetchPage(`${srv.url}/moved`, fast);
    expect(ok).toMatchObject({ status: 200, redirects: 1, url: `${srv.url}/ok` });
    await expect(fetchPage(`${srv.url}/loop-a`, fast)).rejects.toMatchObject({ kind: 'redirect', message: expect.stringMatching(/redirect loop/) });
    await expect(fetchPage(`${srv.url}/hop0`, { ...fast, maxRedirects: 5 })).rejects.toMatchObject({ kind: 'redirect', message: 'too many redirects (over 5)' });
    expect((await fetchPage(`${srv.url}/hop0`, { ...fast, maxRedirects: 8 })).redirects).toBe(8);
  });

  it('refuses bodies over the size limit, declared or streamed', async () => {
    await expect(fetchPage(`${srv.url}/big-declared`, { ...fast, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ kind: 'too-large' });
    const e = (await fetchPage(`${srv.url}/big-streamed`, { ...fast, maxBytes: 1024 * 1024 }).catch((x: unknown) => x)) as FetchError;
    expect(e).toMatchObject({ kind: 'too-large', message: 'response is over the 1048576-byte limit' });
  });

  it('refuses content that is not a text page', async () => {
    await expect(fetchPage(`${srv.url}/pdf`, fast)).rejects.toMatchObject({ kind: 'content-type', message: expect.stringMatching(/application\/pdf/) });
  });

  it('sends user:password from the URL as Basic auth (fetch refuses it in the URL)', async () => {
    const u = new URL(`${srv.url}/auth`);
    u.username = 'bob';
    u.password = 'hunter2';
    const r = await fetchPage(u.href, fast);
    expect(r.body.toString()).toBe(`Basic ${Buffer.from('bob:hunter2').toString('base64')}`);
  });

  it('refuses non-http URLs', async () => {
    await expect(fetchPage('file:///etc/passwd')).rejects.toMatchObject({ kind: 'url' });
  });
});
