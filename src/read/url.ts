// A page given as an http(s) URL on the command line (`redline diff URL URL`): fetched with the
// store's fetcher and its bounds (timeout, redirects, body size, content type, retries), decoded
// by the HTTP charset, and refused when it is an error page (non-2xx, empty). The store's fetcher
// and decoder are imported, not copied, and only when a URL is given. Never records anything.

import type { Format, RawPage } from '../types.js';
import { UserError } from '../types.js';
import { detectFormat, type ReadOptions } from './index.js';

/** http:// or https:// (any other scheme is refused by isUrlLike callers with a clear message). */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Looks like a URL of some scheme (`ftp://x`, `file:///x`): not a path to look for. */
export function isUrlLike(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

const MEDIA_FORMATS: Record<string, Format> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** The page format a media type names, or null (text/plain says little: the content decides). */
export function formatOfMediaType(media: string | null): Format | null {
  return (media && MEDIA_FORMATS[media]) || null;
}

export interface UrlReadOptions extends ReadOptions {
  timeoutMs?: number;
}

/** Fetch a page; the label is the URL with credentials masked. */
export async function readUrl(url: string, opts: UrlReadOptions = {}): Promise<RawPage> {
  const [{ fetchPage, FetchError, charsetOf, mediaType }, { redactUrl }, { decodeSource }] = await Promise.all([
    import('../store/fetcher.js'),
    import('../store/redact.js'),
    import('../store/record.js'),
  ]);
  const label = redactUrl(url);
  let res;
  try {
    res = await fetchPage(url, { maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs });
  } catch (e) {
    if (e instanceof FetchError) throw new UserError(`${label}: ${e.message}`);
    throw e;
  }
  // the error-page checks `redline track` makes before recording a version
  if (res.status < 200 || res.status > 299) throw new UserError(`${label}: HTTP ${res.status}: an error page, not compared`);
  if (!res.body.length) throw new UserError(`${label}: empty response, not compared`);
  const text = decodeSource(res.body, charsetOf(res.contentType), label);
  const format = opts.format ?? formatOfMediaType(mediaType(res.contentType)) ?? detectFormat(text, new URL(res.url).pathname);
  return { label, text, format, select: opts.select, remove: opts.remove };
}
