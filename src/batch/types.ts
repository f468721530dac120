// The batch report: what changed between two folders of pages. Plain data (JSON-safe), versioned
// like ChangeReport; presenters (src/present/batch.ts) read it and never diff anything.

import type { ChangeReport, ChangeType, Severity } from '../types.js';

/**
 * What happened to one page between the two trees.
 * - `error`: a page present on both sides could not be compared (binary, undecodable, over the
 *   size limit, --select matched nothing); `BatchPage.error` says why.
 */
export type PageStatus = 'added' | 'removed' | 'renamed' | 'modified' | 'unchanged' | 'error';
export const PAGE_STATUSES: readonly PageStatus[] = ['modified', 'renamed', 'added', 'removed', 'unchanged', 'error'];

/** Counts for one page, copied from its ChangeReport (all zero when there is no report). */
export interface PageSummary {
  /** sections added, removed, modified, renamed, moved */
  sections: { added: number; removed: number; modified: number; renamed: number; moved: number };
  /** shown changes by severity (formatting-only and silenced changes excluded) */
  changes: Record<Severity, number>;
}

export interface BatchPage {
  /** path relative to the tree root, with `/` separators: the new path, or the old one for a removed page */
  path: string;
  /** renamed pages: the old relative path */
  oldPath?: string;
  status: PageStatus;
  /** highest severity on the page (from its ChangeReport); added and removed pages are 'medium' */
  severity: Severity;
  title?: string | null;
  /** renamed pages: content similarity of old and new (Jaccard of word 2-shingles of the canonical text, 0..1) */
  similarity?: number;
  /** unchanged pages: found equal by their bytes (not even decoded), by their canonical text, or by the diff (formatting only) */
  same?: 'bytes' | 'canonical' | 'diff';
  summary: PageSummary;
  /** why the page could not be compared (status 'error'), or read for rename detection (added / removed) */
  error?: string;
  /** the page's full report (modified and renamed pages, and unchanged pages that differ only in formatting) */
  report?: ChangeReport;
}

/** The same change found on several pages (src/group's rule: same words with product names masked, or nearly). */
export interface ChangeGroup {
  /** `g1`, `g2`... in the order of `BatchReport.groups`; each occurrence's Change carries it as `group`. */
  id: string;
  type: ChangeType;
  category: string;
  summary: string;
  /** highest severity among the occurrences */
  severity: Severity;
  old: string | null;
  new: string | null;
  /** pages (BatchPage.path) where it occurs, in path order */
  pages: string[];
  /** number of occurrences (a change can occur more than once on a page) */
  occurrences: number;
}

export interface BatchSide {
  dir: string;
  /** page files found (md, markdown, html, htm, txt) */
  files: number;
  bytes: number;
  /** relative paths not read: hidden page files and folders (ending in `/`), non-regular files, links leading out of the tree */
  skipped: string[];
}

export interface BatchReport {
  schemaVersion: 1;
  old: BatchSide;
  new: BatchSide;
  /** pages by status */
  counts: Record<PageStatus, number>;
  /** highest page severity */
  severity: Severity;
  /** every page of both trees once, sorted by path */
  pages: BatchPage[];
  /** changes that occur on two pages or more, most widespread first */
  groups: ChangeGroup[];
  /** reasons a coarser method was used somewhere, each prefixed with the page path */
  fallbacks: string[];
}
