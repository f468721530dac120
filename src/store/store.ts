// The storage boundary: what the rest of redline may ask of a snapshot store. Versions are
// named by opaque `rev` strings; nothing outside the implementation knows they are git commits.

import type { Format, Severity } from '../types.js';

/** The review UI's marks (which version of each page was last reviewed), committed with the store. */
export const REVIEWS_FILE = 'reviews.json';

/** Everything recorded about one version of a page, beside its two files (meta.json). */
export interface PageMeta {
  id: string;
  /** where it came from, credentials masked; null for an import without --url. */
  url: string | null;
  /** the version date (fetch time, or the date given to import). */
  date: string;
  origin: 'track' | 'import';
  fetchedAt?: string;
  status?: number;
  contentType?: string | null;
  charset?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  /** where redirects ended, when elsewhere (credentials masked). */
  finalUrl?: string;
  /** imported file name (base name only). */
  file?: string;
  /** sha256 of the raw source bytes and of the canonical Markdown. */
  sha256: string;
  canonicalSha256: string;
  normalizerVersion: number;
  format: Format;
  /** file name of the raw source inside the page folder (source.html, source.md, source.txt). */
  source: string;
  select?: string;
  remove?: string[];
  title: string | null;
  anchors: Record<number, string>;
  /** checks that --accept overrode when this version was recorded. */
  accepted?: string[];
}

export type CommitKind = 'version' | 'technical' | 'config';

/** One entry of a page's history. */
export interface VersionInfo {
  /** opaque version id. */
  rev: string;
  id: string;
  kind: CommitKind;
  /** version date (ISO 8601). */
  date: string;
  subject: string;
  severity: Severity | null;
  counts: Record<Severity, number> | null;
  /** the summary of its highest-severity change (`Section: TLS: 1.2 recommended -> required`), if any. */
  key: string | null;
  /** rev of the version this one was summarised against, null for a first version. */
  base: string | null;
  /** position in recording order (0 = oldest), to break date ties. */
  seq: number;
}

/** newest first by version date; ties: the one recorded last first. */
export function byDateDesc(a: VersionInfo, b: VersionInfo): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : b.seq - a.seq;
}

/** The files of one version. */
export interface StoredVersion {
  rev: string;
  date: string;
  canonical: string;
  source: Buffer;
  meta: PageMeta;
}

/** What record() writes: files plus the commit message parts. */
export interface NewVersion {
  id: string;
  date: string;
  source: Buffer;
  canonical: string;
  meta: PageMeta;
  subject: string;
  /** lines for the message body (change summaries). */
  body: string[];
  severity: Severity | null;
  counts: Record<Severity, number> | null;
  /** the summary of the highest-severity change, if any. */
  key: string | null;
  base: string | null;
}

/** Per-page HTTP validators, remembered between runs (not versioned). */
export interface CacheEntry {
  /** hash of the sources entry the validators belong to. */
  key: string;
  etag: string | null;
  lastModified: string | null;
}

export interface Store {
  readonly dir: string;
  /** versions of a page, newest first by version date (ties: last recorded first). */
  versions(id: string, opts?: { technical?: boolean }): Promise<VersionInfo[]>;
  /** versions of every page in one pass, by page id. */
  allVersions(): Promise<Map<string, VersionInfo[]>>;
  load(id: string, rev: string): Promise<StoredVersion>;
  /** write a page's files and commit them as one version; returns its rev. */
  record(v: NewVersion): Promise<string>;
  /** put the files of an existing version back as the page's current files (technical commit). */
  restore(id: string, rev: string, subject: string): Promise<string>;
  /** rewrite several pages' current files in one technical commit. */
  rewrite(pages: { id: string; canonical: string; meta: PageMeta }[], subject: string, body: string[]): Promise<string>;
  /** commit the sources file as it is on disk, if it changed. */
  commitSources(subject: string): Promise<string | null>;
  /** commit files of the store's top folder (sources, reviews.json) that changed on disk, in one commit. */
  commitConfig(subject: string, names: string[]): Promise<{ rev: string; files: string[] } | null>;
  currentMeta(id: string): PageMeta | null;
  currentFiles(id: string): { canonical: string; source: Buffer; meta: PageMeta } | null;
  cache(): Record<string, CacheEntry>;
  saveCache(c: Record<string, CacheEntry>): void;
  /** push to the configured remote (replaying onto commits others pushed meanwhile); returns a one-line description. */
  push(): Promise<string>;
  close(): void;
}
