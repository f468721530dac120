// The changelog as plain data: what changed in a store's pages over a window of time, per day
// and page, with the changes that several pages share pulled out as groups. Built by build.ts,
// read by the renderers in src/present/changelog.ts (Markdown, JSON, Atom). No files, no git.

import type { ChangeType, SectionStatus, Severity } from '../types.js';

/**
 * How a change is presented: `policy` (high and medium: listed first, quoted), `other` (low
 * content changes: one line each), `editorial` (wording, punctuation, renames, moves: counted per
 * section), `structure` (the change is a whole section added or removed: listed by section name).
 */
export type ChangeKind = 'policy' | 'other' | 'editorial' | 'structure';

export interface ChangelogChange {
  /** heading of the section it is in (new heading, else old); null for a page without headings. */
  section: string | null;
  /** headings from the top of the page down to the section. */
  path: string[];
  sectionStatus: SectionStatus;
  type: ChangeType;
  severity: Severity;
  category: string;
  summary: string;
  /** the old and new text of the changed block, as in the diff report. */
  old: string | null;
  new: string | null;
  /** the sentences that differ (unchanged sentences around them dropped): what the changelog quotes. */
  quote: { old: string | null; new: string | null };
  kind: ChangeKind;
  /** id of the SharedChange this change belongs to, or null. */
  group: string | null;
}

export interface SectionRef {
  heading: string;
  severity: Severity;
}

/** One version of one page, compared with the version before it. */
export interface ChangelogEntry {
  /** `page@rev`: unique and stable; the hidden marker in Markdown, the Atom entry id. */
  key: string;
  page: string;
  /** the page title of this version (falls back to the previous version's). */
  title: string | null;
  /** where the page lives (credentials masked), or null when the store does not know. */
  url: string | null;
  rev: string;
  /** rev of the version it is compared with; null for the first version of the page. */
  base: string | null;
  /** date of the version compared with, null for a first version. */
  baseDate: string | null;
  /** the version date (ISO 8601) and its UTC day (YYYY-MM-DD). */
  date: string;
  day: string;
  first: boolean;
  /** highest severity among the changes shown. */
  severity: Severity;
  counts: Record<Severity, number>;
  /** changes shown (formatting-only and silenced ones left out), in page order. */
  changes: ChangelogChange[];
  sectionsAdded: SectionRef[];
  sectionsRemoved: SectionRef[];
  sectionsRenamed: { from: string; to: string }[];
  /** editorial changes counted per section, in page order. */
  editorial: { section: string; count: number }[];
  /** only formatting differs from the version before (nothing else to show). */
  formattingOnly: boolean;
  /** reasons a coarser diff was used. */
  fallbacks: string[];
}

export interface ChangelogDay {
  day: string;
  /** by page id, then newest version first. */
  entries: ChangelogEntry[];
}

export interface SharedMember {
  /** the entry (`page@rev`) and the index of the change in its `changes`. */
  entry: string;
  change: number;
  page: string;
  title: string | null;
  url: string | null;
  rev: string;
  date: string;
  day: string;
  section: string | null;
}

/** The same (or nearly the same) change on several pages within the window. */
export interface SharedChange {
  id: string;
  type: ChangeType;
  /** highest severity among the members. */
  severity: Severity;
  kind: ChangeKind;
  /** category, summary and quote of the newest member (the one a reader meets first). */
  category: string;
  summary: string;
  quote: { old: string | null; new: string | null };
  /** every occurrence, oldest first (the order the change spread in). */
  members: SharedMember[];
  /** distinct pages, in the order they first got the change. */
  pages: string[];
}

export interface ChangelogPage {
  id: string;
  title: string | null;
  url: string | null;
}

export interface Changelog {
  schemaVersion: 1;
  /** the window asked for (ISO 8601 instants, inclusive), null when open. */
  since: string | null;
  until: string | null;
  /** the moment the changelog was built for (taken as a parameter: only used where a date is needed and no version gives one). */
  now: string;
  pages: ChangelogPage[];
  /** newest day first. */
  days: ChangelogDay[];
  /** groups of shared changes, newest first (by their newest member). */
  groups: SharedChange[];
}
