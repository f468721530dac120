// What the review UI reads: a list of pages with their version history, reports between two
// versions, and a place to record "reviewed up to here". Deliberately small so a file pair, the
// git store and an in-memory fake for tests can all stand behind it. Nothing here diffs.

import type { ChangeReport, Severity } from '../types.js';

export interface VersionInfo {
  /** opaque id (a commit, a file path): only the source interprets it. */
  id: string;
  /** short name shown to the user (a file name, a short commit id). */
  label: string;
  /** ISO date (or just a year) the version was captured, if known. */
  date: string | null;
}

export interface PageInfo {
  id: string;
  /** the name listed in the tree (a store page id, or the document title for a pair). */
  title: string;
  /** the document's own title, shown in the header when known. */
  heading?: string | null;
  /**
   * Severity of the unreviewed changes as the source already knows it (a store records one per
   * version), so pages can be ordered without diffing them all. Absent: known once loaded.
   */
  severity?: Severity | null;
  /** oldest first. */
  versions: VersionInfo[];
  /** the version the user last marked reviewed, or null. */
  reviewed: string | null;
}

export interface ReviewSource {
  /** 'pair': two files given on the command line; 'store': a snapshot store. */
  kind: 'pair' | 'store';
  /** where the pages come from, for the header ("store ./docs", "bundled example"). */
  description: string;
  listPages(): Promise<PageInfo[]>;
  /** The report between two versions of a page. Callers cache; sources may too. */
  loadReport(page: string, from: string, to: string): Promise<ChangeReport>;
  /** Record that `page` was reviewed at `version`. Absent when there is nowhere to store it. */
  markReviewed?(page: string, version: string): Promise<void>;
  /** The session is over: make its marks durable (the store commits them). A line to tell the user, or null. */
  finish?(): Promise<string | null>;
}

/** The pair of versions a page is compared at by default: what is new since the last review. */
export function defaultPair(p: PageInfo): { from: string; to: string } | null {
  const n = p.versions.length;
  if (n < 2) return null;
  const to = p.versions[n - 1].id;
  const reviewedAt = p.reviewed ? p.versions.findIndex((v) => v.id === p.reviewed) : -1;
  if (reviewedAt >= 0 && reviewedAt < n - 1) return { from: p.versions[reviewedAt].id, to };
  // reviewed at the latest version: nothing new, show the last change for reference
  if (reviewedAt === n - 1) return { from: p.versions[n - 2].id, to };
  // never reviewed: everything since the first capture is new
  return { from: p.versions[0].id, to };
}

/** True when the page has versions newer than the one last marked reviewed. */
export function hasUnreviewed(p: PageInfo): boolean {
  const n = p.versions.length;
  if (n < 2) return false;
  return p.reviewed !== p.versions[n - 1].id;
}
