// Shared pieces for the store tests: the CLI in-process with fake streams, throwaway git stores,
// and a real HTTP server on 127.0.0.1 whose pages the tests change between runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redlineIn } from '../helpers/run.js';

export type { Ran } from '../helpers/run.js';

/** Run `redline ARGV` in-process (the shared runner). */
export const redline = redlineIn;

export function tempDir(prefix = 'redline-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }) };
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: string;
  routes: Map<string, Handler>;
  hits: Map<string, number>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push({ path: req.url ?? '/', headers: req.headers });
    const h = routes.get(path);
    if (!h) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Not found</h1></body></html>');
      return;
    }
    h(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    hits,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A page handler serving HTML with an ETag; 304 when the client already has it. */
export function htmlPage(body: () => string, opts: { etag?: boolean } = {}): Handler {
  return (req, res) => {
    const html = body();
    const tag = `"${Buffer.from(html).length}-${html.length % 97}-${simpleHash(html)}"`;
    if (opts.etag && req.headers['if-none-match'] === tag) {
      res.writeHead(304, { etag: tag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(opts.etag ? { etag: tag } : {}) });
    res.end(html);
  };
}

function simpleHash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

/** A documentation page in HTML, with site chrome around <main>. */
export function docHtml(title: string, sections: [string, string][]): string {
  const body = sections.map(([h, p]) => `<h2>${h}</h2>\n<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/docs">Docs</a></nav>
<main><h1>${title}</h1>
${body}
</main>
<footer>Copyright Example Corp. All rights reserved.</footer>
</body></html>`;
}
