// `redline track` as a job: fetch each tracked page with bounded concurrency (and per host:
// hosts.ts), record the ones whose canonical text changed (one commit each, serialized by the
// store), and report every page's outcome as events. A page that fails never stops the others.
// Shards split the pages between processes by a hash of the page id. Prints nothing itself.

import type { Severity } from '../types.js';
import { UserError } from '../types.js';
import { detectFormat } from '../read/index.js';
import type { Format } from '../types.js';
import { charsetOf, FetchError, fetchPage, mediaType, type FetchOptions } from './fetcher.js';
import { sha256 } from './files.js';
import { expandEnv, redactText, redactUrl } from './redact.js';
import { sanitizeLine } from '../util/sanitize.js';
import { consider, type Normalizer } from './record.js';
import type { SourceEntry } from './sources.js';
import type { CacheEntry, Store, VersionInfo } from './store.js';
import { HostGates, interleaveByHost, type Politeness } from './hosts.js';

export type PageStatus = 'recorded' | 'unchanged' | 'rejected' | 'failed';

export interface PageOutcome {
  id: string;
  status: PageStatus;
  /** one line: the commit subject, or why nothing was recorded. */
  message: string;
  rev?: string;
  severity?: Severity | null;
  attempts?: number;
}

export type TrackEvent =
  | { type: 'start'; total: number }
  | { type: 'page'; id: string; index: number; total: number }
  | { type: 'retry'; id: string; attempt: number; reason: string }
  | { type: 'done'; outcome: PageOutcome; finished: number; total: number };

export interface TrackOptions {
  accept?: boolean;
  concurrency?: number;
  /** per-host limits (default: DEFAULT_POLITENESS). */
  politeness?: Politeness;
  fetch?: Omit<FetchOptions, 'etag' | 'lastModified' | 'onRetry' | 'gate'>;
  onEvent?: (e: TrackEvent) => void;
  normalizer?: Normalizer;
  now?: () => Date;
}

export interface TrackResult {
  pages: PageOutcome[];
  recorded: number;
  unchanged: number;
  failed: number;
}

/** A message for the terminal: credentials masked, server-sent control characters made visible. */
const shown = (s: string): string => sanitizeLine(redactText(s));

function entryKey(e: SourceEntry): string {
  return sha256(JSON.stringify([e.url, e.select ?? null, e.remove ?? [], e.format ?? null]));
}

/** The page format: the sources entry, else the content type, else sniffed from the body and URL. */
function formatOf(e: SourceEntry, contentType: string | null, body: Buffer, url: string): Format {
  if (e.format) return e.format;
  const t = mediaType(contentType);
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'text/markdown' || t === 'text/x-markdown') return 'markdown';
  const head = new TextDecoder('utf-8').decode(body.subarray(0, 65536));
  return detectFormat(head, new URL(url).pathname);
}

/** Requests to one host at a time, and no delay between them, unless asked (scrapy's defaults are 8 and 0). */
export const DEFAULT_POLITENESS: Politeness = { perHost: 4, delayMs: 0 };

export interface Shard {
  /** 1-based, as in --shard 2/4. */
  index: number;
  count: number;
}

/** Parse `I/N` (1 <= I <= N <= 1000). */
export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 1000 || index < 1 || index > count) throw new UserError(`invalid --shard "${s}" (I/N with 1 <= I <= N, e.g. 2/4)`);
  return { index, count };
}

/** The shard a page belongs to (1-based): a hash of its id, the same on every machine and run. */
export function shardOf(id: string, count: number): number {
  return (parseInt(sha256(id).slice(0, 8), 16) % count) + 1;
}

async function trackOne(store: Store, e: SourceEntry, cache: Record<string, CacheEntry>, versions: VersionInfo[], opts: TrackOptions, gates: HostGates): Promise<PageOutcome> {
  const hasVersions = versions.length > 0;
  const shownUrl = redactUrl(e.url);
  const { url, missing } = expandEnv(e.url);
  if (missing.length) return { id: e.id, status: 'failed', message: `the URL needs environment variable ${missing.join(', ')}` };
  const key = entryKey(e);
  const cached = hasVersions && cache[e.id]?.key === key ? cache[e.id] : null;
  const fetchedAt = (opts.now ?? (() => new Date()))().toISOString();
  let res;
  try {
    res = await fetchPage(url, {
      ...opts.fetch,
      etag: cached?.etag,
      lastModified: cached?.lastModified,
      gate: gates.for(url),
      onRetry: (attempt, reason) => opts.onEvent?.({ type: 'retry', id: e.id, attempt, reason: shown(reason) }),
    });
  } catch (err) {
    if (err instanceof FetchError) return { id: e.id, status: 'failed', message: shown(err.message), attempts: err.attempts };
    throw err;
  }
  if (res.notModified) return { id: e.id, status: 'unchanged', message: 'not modified (HTTP 304)', attempts: res.attempts };
  const remember = () => {
    if (res.status >= 200 && res.status < 300 && (res.etag || res.lastModified)) cache[e.id] = { key, etag: res.etag, lastModified: res.lastModified };
  };
  const charset = charsetOf(res.contentType);
  const format = formatOf(e, res.contentType, res.body, res.url);
  let outcome;
  try {
    outcome = await consider(
      store,
      {
        id: e.id,
        raw: res.body,
        format,
        select: e.select,
        remove: e.remove,
        charset,
        date: fetchedAt,
        status: res.status,
        meta: {
          url: shownUrl,
          origin: 'track',
          fetchedAt,
          status: res.status,
          contentType: res.contentType,
          etag: res.etag,
          lastModified: res.lastModified,
          ...(res.redirects > 0 ? { finalUrl: redactUrl(res.url) } : {}),
        },
      },
      { accept: opts.accept, normalizer: opts.normalizer, versions },
    );
  } catch (err) {
    if (err instanceof UserError) return { id: e.id, status: 'failed', message: shown(err.message), attempts: res.attempts };
    throw err;
  }
  if (outcome.kind === 'rejected') return { id: e.id, status: 'rejected', message: `${outcome.reasons.join('; ')}: not recorded (--accept records it anyway)`, attempts: res.attempts };
  remember();
  if (outcome.kind === 'unchanged') return { id: e.id, status: 'unchanged', message: 'unchanged', attempts: res.attempts };
  const note = outcome.accepted.length ? ` (accepted: ${outcome.accepted.join('; ')})` : '';
  return { id: e.id, status: 'recorded', message: outcome.subject + note, rev: outcome.rev, severity: outcome.severity, attempts: res.attempts };
}

/** Fetch and record the given pages. Store writes are serialized inside the store. */
export async function trackPages(store: Store, entries: SourceEntry[], opts: TrackOptions = {}): Promise<TrackResult> {
  const emit = opts.onEvent ?? (() => undefined);
  const gates = new HostGates(opts.politeness ?? DEFAULT_POLITENESS);
  const total = entries.length;
  const order = interleaveByHost(entries);
  emit({ type: 'start', total });
  const all = await store.allVersions();
  const cache = store.cache();
  const outcomes: PageOutcome[] = new Array(total);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < total) {
      const k = next++;
      const e = order[k];
      const i = entries.indexOf(e);
      emit({ type: 'page', id: e.id, index: i, total });
      let o: PageOutcome;
      try {
        o = await trackOne(store, e, cache, all.get(e.id) ?? [], opts, gates);
      } catch (err) {
        o = { id: e.id, status: 'failed', message: shown(`internal error: ${(err as Error).message ?? err}`) };
      }
      outcomes[i] = o;
      finished++;
      emit({ type: 'done', outcome: o, finished, total });
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency ?? 4, total || 1));
  try {
    await Promise.all(Array.from({ length: n }, worker));
  } finally {
    store.saveCache(cache);
  }
  return {
    pages: outcomes,
    recorded: outcomes.filter((o) => o.status === 'recorded').length,
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
    failed: outcomes.filter((o) => o.status === 'failed' || o.status === 'rejected').length,
  };
}
