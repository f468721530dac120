// HTTP for `redline track`: one page, fetched with bounds on everything a server controls (time per
// attempt and per page, redirects, body size, content type), retried with backoff on network
// errors and 5xx (Retry-After honoured within the page deadline), and conditional (ETag /
// Last-Modified). Returns data or throws FetchError; never prints.

import { redactUrl } from './redact.js';
import { GateTimeout, type Gate } from './hosts.js';
import { sanitizeLine } from '../util/sanitize.js';

export const USER_AGENT = 'redline/0.1 (+docs change monitor)';

export interface FetchOptions {
  /** one attempt: connect, headers and body. */
  timeoutMs?: number;
  /** the whole page: every attempt, backoff and Retry-After wait included. */
  deadlineMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
  /** extra attempts after the first, on network errors, timeouts, 5xx and 429. */
  retries?: number;
  /** first backoff delay; doubles each retry (with jitter). */
  backoffMs?: number;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /** called before each retry (for progress output). */
  onRetry?: (attempt: number, reason: string) => void;
  /** politeness: a turn with the page's host before each attempt (hosts.ts). */
  gate?: Gate;
}

export type FetchErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'content-type' | 'redirect' | 'url';

export class FetchError extends Error {
  constructor(
    message: string,
    public readonly kind: FetchErrorKind,
    public readonly attempts: number,
    public readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchResult {
  /** final URL after redirects (not redacted: callers redact before showing it). */
  url: string;
  status: number;
  notModified: boolean;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  attempts: number;
  redirects: number;
}

const TEXT_TYPES = ['text/html', 'application/xhtml+xml', 'text/markdown', 'text/x-markdown', 'text/plain'];
export const DEFAULTS = { timeoutMs: 30_000, deadlineMs: 60_000, maxRedirects: 5, maxBytes: 10 * 1024 * 1024, retries: 2, backoffMs: 500 };

export function mediaType(contentType: string | null): string | null {
  if (!contentType) return null;
  return contentType.split(';')[0].trim().toLowerCase() || null;
}

export function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}

class Retryable extends Error {
  constructor(
    message: string,
    public readonly kind: FetchErrorKind,
    public readonly status: number | null = null,
    public readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

function networkReason(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  const code = err.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'UND_ERR_HEADERS_OVERFLOW') return 'response headers too large';
  return code ? `network error (${code})` : `network error (${err.cause?.message ?? err.message})`;
}

/** Read a body stream up to maxBytes; aborts the request past it. */
async function readBounded(res: Response, maxBytes: number, abort: () => void): Promise<Buffer> {
  const len = Number(res.headers.get('content-length'));
  if (Number.isFinite(len) && len > maxBytes) {
    abort();
    throw new FetchError(`response is ${len} bytes, over the ${maxBytes}-byte limit`, 'too-large', 0, res.status);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new FetchError(`response is over the ${maxBytes}-byte limit`, 'too-large', 0, res.status);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

function basicAuth(u: URL): string | null {
  if (!u.username && !u.password) return null;
  const user = decodeURIComponent(u.username);
  const pass = decodeURIComponent(u.password);
  u.username = '';
  u.password = '';
  return 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64');
}

async function attempt(url: string, o: Required<Omit<FetchOptions, 'signal' | 'onRetry' | 'etag' | 'lastModified' | 'gate'>> & FetchOptions): Promise<FetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs);
  const onOuterAbort = () => controller.abort();
  o.signal?.addEventListener('abort', onOuterAbort, { once: true });
  let current = new URL(url);
  const auth = basicAuth(current);
  const origin = current.origin;
  const seen = new Set<string>([current.href]);
  let redirects = 0;
  try {
    for (;;) {
      const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.1' };
      if (o.etag) headers['if-none-match'] = o.etag;
      if (o.lastModified) headers['if-modified-since'] = o.lastModified;
      if (auth && current.origin === origin) headers.authorization = auth;
      let res: Response;
      try {
        res = await fetch(current, { redirect: 'manual', headers, signal: controller.signal });
      } catch (e) {
        if (timedOut) throw new Retryable(`timed out after ${o.timeoutMs / 1000}s`, 'timeout');
        if (o.signal?.aborted) throw new FetchError('aborted', 'network', 0);
        throw new Retryable(networkReason(e), 'network');
      }
      if ([301, 302, 303, 307, 308].includes(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const loc = res.headers.get('location');
        if (!loc) throw new FetchError(`HTTP ${res.status} redirect without a Location header`, 'redirect', 0, res.status);
        let next: URL;
        try {
          next = new URL(loc, current);
        } catch {
          throw new FetchError(`HTTP ${res.status} redirect to an invalid URL`, 'redirect', 0, res.status);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError(`redirect to a ${next.protocol} URL refused`, 'redirect', 0, res.status);
        if (seen.has(next.href)) throw new FetchError(`redirect loop (${redactUrl(next.href)} again after ${redirects + 1} redirects)`, 'redirect', 0, res.status);
        if (++redirects > o.maxRedirects) throw new FetchError(`too many redirects (over ${o.maxRedirects})`, 'redirect', 0, res.status);
        seen.add(next.href);
        current = next;
        continue;
      }
      const base = {
        url: current.href,
        status: res.status,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        attempts: 0,
        redirects,
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { ...base, notModified: true, body: Buffer.alloc(0) };
      }
      if (res.status >= 500 || res.status === 429) {
        await res.body?.cancel().catch(() => undefined);
        throw new Retryable(`HTTP ${res.status}${res.statusText ? ' ' + sanitizeLine(res.statusText) : ''}`, 'http', res.status, retryAfterMs(res.headers.get('retry-after')));
      }
      const type = mediaType(base.contentType);
      if (res.status >= 200 && res.status < 300 && type && !TEXT_TYPES.includes(type)) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError(`unsupported content type ${sanitizeLine(type)} (expected HTML, Markdown or plain text)`, 'content-type', 0, res.status);
      }
      let body: Buffer;
      try {
        body = await readBounded(res, o.maxBytes, () => controller.abort());
      } catch (e) {
        if (e instanceof FetchError) throw e;
        if (timedOut) throw new Retryable(`timed out after ${o.timeoutMs / 1000}s while reading the body`, 'timeout');
        throw new Retryable(networkReason(e), 'network');
      }
      return { ...base, notModified: false, body };
    }
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; null when absent or invalid. */
export function retryAfterMs(v: string | null, now = Date.now()): number | null {
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

const secs = (ms: number) => `${ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10} s`;

/**
 * Fetch one page. Non-2xx responses other than 5xx/429 are returned (the caller decides);
 * 5xx and 429 that persist after the retries, and every other failure, throw FetchError.
 */
export async function fetchPage(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) } as typeof DEFAULTS & FetchOptions;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new FetchError(`not an http(s) URL: ${redactUrl(url)}`, 'url', 0);
  }
  // the page deadline aborts whatever is running: an attempt, or a wait before the next one
  const deadline = new AbortController();
  const end = Date.now() + o.deadlineMs;
  const timer = setTimeout(() => deadline.abort(), o.deadlineMs);
  const outer = o.signal;
  const onOuter = () => deadline.abort();
  outer?.addEventListener('abort', onOuter, { once: true });
  const pastDeadline = (n: number) => new FetchError(`no usable answer within the page deadline of ${secs(o.deadlineMs)} (${n} attempt${n === 1 ? '' : 's'}; --deadline)`, 'timeout', n);
  const maxAttempts = Math.max(1, Math.floor(o.retries) + 1);
  try {
    for (let n = 1; ; n++) {
      let release: (() => void) | undefined;
      try {
        release = await o.gate?.enter(end, deadline.signal);
        const r = await attempt(url, { ...o, signal: deadline.signal });
        return { ...r, attempts: n };
      } catch (e) {
        const tried = release || !o.gate ? n : n - 1; // a wait for the host is not an attempt
        if (deadline.signal.aborted && !outer?.aborted) throw pastDeadline(Math.max(1, tried));
        if (e instanceof GateTimeout) {
          throw new FetchError(`the host asked to wait ${secs(e.waitMs)} more (Retry-After), past the page deadline of ${secs(o.deadlineMs)}`, 'http', tried);
        }
        if (e instanceof FetchError) throw new FetchError(e.message, e.kind, n, e.status);
        if (!(e instanceof Retryable)) throw e;
        // 429 is about this client's rate: every request to the host waits; a 503 may be one page's
        if (e.retryAfterMs !== null && e.status === 429) o.gate?.backoff(e.retryAfterMs);
        if (n >= maxAttempts || outer?.aborted) {
          throw new FetchError(n > 1 ? `${e.message} (${n} attempts)` : e.message, e.kind, n, e.status);
        }
        const backoff = o.backoffMs * 2 ** (n - 1) * (0.75 + Math.random() * 0.5);
        const wait = e.retryAfterMs !== null ? Math.max(e.retryAfterMs, backoff) : backoff;
        if (Date.now() + wait >= end) {
          const why = e.retryAfterMs !== null ? `the server asks to retry after ${secs(e.retryAfterMs)}` : `the next retry is due after ${secs(wait)}`;
          throw new FetchError(`${e.message} (${n} attempt${n === 1 ? '' : 's'}; ${why}, past the page deadline of ${secs(o.deadlineMs)})`, e.kind, n, e.status);
        }
        o.onRetry?.(n, e.message);
        release?.();
        await sleep(wait, deadline.signal);
        if (deadline.signal.aborted && !outer?.aborted) throw pastDeadline(n);
      } finally {
        release?.();
      }
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuter);
  }
}
