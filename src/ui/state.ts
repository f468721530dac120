// The review UI's whole state and the reducer that changes it: cursor, panes, scrolling,
// filter, search, version picker, reviews. Pure: no I/O, no React. Side effects (writing a
// review) are queued in `effects` for a hook to run; reports arrive as actions. Layout facts
// (pane widths, body height) are derived from the terminal size kept in the state, so every
// clamp and jump is decided here and tested without a terminal.

import type { ChangeReport, Severity } from '../types.js';
import { SEVERITIES, severityRank } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { defaultPair, hasUnreviewed, type PageInfo } from './source.js';
import { sectionChanges, sectionDepth, sectionLayout, visibleChanges, visibleSections, type DetailLayout, type LayoutOptions } from './model.js';
import { pageLayout } from './overview.js';
import { versionName } from './model.js';

export interface Pair {
  from: string;
  to: string;
}

export type ReportEntry = { status: 'loading' } | { status: 'ok'; report: ChangeReport } | { status: 'error'; message: string };

export type Row = { kind: 'page'; page: string } | { kind: 'section'; page: string; section: number; depth: number };

export interface Cursor {
  page: string | null;
  /** index in report.sections, or null when the page row itself is selected. */
  section: number | null;
  /** raw index in the section's changes of the current change. */
  change: number;
}

export interface Picker {
  page: string;
  step: 'old' | 'new';
  /** highlighted index into the page's versions. */
  index: number;
  old: string | null;
}

export type Effect = { id: number; type: 'markReviewed'; page: string; version: string; previous: string | null };

export interface ReviewState {
  kind: 'pair' | 'store';
  description: string;
  canMarkReviewed: boolean;
  pages: PageInfo[];
  pageById: Record<string, PageInfo>;
  reviewed: Record<string, string | null>;
  /** grouping key for the order, fixed at start so marking a page does not move it under the cursor. */
  unreviewedAtStart: Record<string, boolean>;
  pairs: Record<string, Pair | null>;
  reports: Record<string, ReportEntry>;
  expanded: string | null;
  cursor: Cursor;
  focus: 'tree' | 'detail';
  treeTop: number;
  scroll: number;
  sideBySide: boolean;
  minSeverity: Severity;
  color: boolean;
  cols: number;
  rows: number;
  search: { editing: boolean; query: string; last: string };
  picker: Picker | null;
  help: boolean;
  message: string | null;
  effects: Effect[];
  nextEffectId: number;
  quit: boolean;
}

export type Action =
  | { type: 'resize'; cols: number; rows: number }
  | { type: 'reportsLoaded'; results: { key: string; report?: ChangeReport; error?: string }[] }
  | { type: 'move'; delta: number }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'togglePane' }
  | { type: 'jumpChange'; dir: 1 | -1 }
  | { type: 'scrollPage'; dir: 1 | -1 }
  | { type: 'toggleSideBySide' }
  | { type: 'cycleSeverity' }
  | { type: 'searchStart' }
  | { type: 'searchInput'; text: string }
  | { type: 'searchBackspace' }
  | { type: 'searchSubmit' }
  | { type: 'searchCancel' }
  | { type: 'pickerOpen' }
  | { type: 'pickerMove'; delta: number }
  | { type: 'pickerSelect' }
  | { type: 'pickerCancel' }
  | { type: 'markReviewed' }
  | { type: 'effectDone'; id: number; error?: string }
  | { type: 'toggleHelp' }
  | { type: 'quit' };

export interface InitOptions {
  kind: 'pair' | 'store';
  description: string;
  canMarkReviewed: boolean;
  pages: PageInfo[];
  /** reports already computed, by reportKey. */
  reports?: Record<string, ChangeReport>;
  cols: number;
  rows: number;
  color?: boolean;
  minSeverity?: Severity;
  sideBySide?: boolean;
  message?: string | null;
}

export const NARROW = 100;

export function reportKey(page: string, pair: Pair): string {
  return `${page}\u0000${pair.from}\u0000${pair.to}`;
}

export function initState(o: InitOptions): ReviewState {
  const pageById: Record<string, PageInfo> = {};
  const reviewed: Record<string, string | null> = {};
  const unreviewedAtStart: Record<string, boolean> = {};
  const pairs: Record<string, Pair | null> = {};
  for (const p of o.pages) {
    pageById[p.id] = p;
    reviewed[p.id] = p.reviewed;
    unreviewedAtStart[p.id] = hasUnreviewed(p);
    pairs[p.id] = defaultPair(p);
  }
  const reports: Record<string, ReportEntry> = {};
  for (const [k, r] of Object.entries(o.reports ?? {})) reports[k] = { status: 'ok', report: r };
  let s: ReviewState = {
    kind: o.kind,
    description: o.description,
    canMarkReviewed: o.canMarkReviewed,
    pages: o.pages,
    pageById,
    reviewed,
    unreviewedAtStart,
    pairs,
    reports,
    expanded: null,
    cursor: { page: null, section: null, change: 0 },
    focus: 'tree',
    treeTop: 0,
    scroll: 0,
    sideBySide: !!o.sideBySide,
    minSeverity: o.minSeverity ?? 'none',
    color: o.color ?? true,
    cols: Math.max(20, o.cols),
    rows: Math.max(8, o.rows),
    search: { editing: false, query: '', last: '' },
    picker: null,
    help: false,
    message: o.message ?? null,
    effects: [],
    nextEffectId: 1,
    quit: false,
  };
  const first = pageOrder(s)[0] ?? null;
  s = { ...s, cursor: { page: first, section: null, change: 0 } };
  // one page (a pair of files): open it straight away
  if (first && o.pages.length === 1) s = { ...s, expanded: first };
  return s;
}

// ---------------------------------------------------------------------------------------------
// Derived values (memoized on the inputs they read, so key presses reuse them).

function memoLast<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  let last: A | null = null;
  let value: R;
  return (...a: A) => {
    if (last && last.length === a.length && last.every((x, i) => x === a[i])) return value;
    value = f(...a);
    last = a;
    return value;
  };
}

export function currentReport(s: ReviewState, page: string | null = s.cursor.page): ChangeReport | null {
  if (!page) return null;
  const pair = s.pairs[page];
  if (!pair) return null;
  const e = s.reports[reportKey(page, pair)];
  return e && e.status === 'ok' ? e.report : null;
}

export function reportEntry(s: ReviewState, page: string | null = s.cursor.page): ReportEntry | null {
  if (!page) return null;
  const pair = s.pairs[page];
  if (!pair) return null;
  return s.reports[reportKey(page, pair)] ?? null;
}

const orderMemo = memoLast((pages: PageInfo[], unreviewed: Record<string, boolean>, reports: Record<string, ReportEntry>, pairs: Record<string, Pair | null>) => {
  // what the source already knows (stable: loading a report does not reorder such pages),
  // else the severity of the loaded comparison, else unknown (-1)
  const rank = new Map<string, number>();
  for (const p of pages) {
    const pair = pairs[p.id];
    const e = pair ? reports[reportKey(p.id, pair)] : undefined;
    const known = p.severity ?? (e && e.status === 'ok' ? e.report.summary.severity : null);
    rank.set(p.id, known ? severityRank(known) : -1);
  }
  return [...pages]
    .sort((a, b) => {
      const ua = unreviewed[a.id] ? 1 : 0;
      const ub = unreviewed[b.id] ? 1 : 0;
      if (ua !== ub) return ub - ua;
      const d = rank.get(b.id)! - rank.get(a.id)!;
      if (d) return d;
      return a.title.localeCompare(b.title);
    })
    .map((p) => p.id);
});

/** Page ids in display order: unreviewed changes first, highest severity first, then by title. */
export function pageOrder(s: ReviewState): string[] {
  return orderMemo(s.pages, s.unreviewedAtStart, s.reports, s.pairs);
}

const rowsMemo = memoLast((order: string[], expanded: string | null, report: ChangeReport | null, min: Severity): Row[] => {
  const rows: Row[] = [];
  for (const id of order) {
    rows.push({ kind: 'page', page: id });
    if (id === expanded && report) {
      for (const i of visibleSections(report, min)) rows.push({ kind: 'section', page: id, section: i, depth: sectionDepth(report.sections[i]) });
    }
  }
  return rows;
});

/** The left pane: pages, and the section tree of the expanded page. */
export function treeRows(s: ReviewState): Row[] {
  return rowsMemo(pageOrder(s), s.expanded, currentReport(s, s.expanded), s.minSeverity);
}

export function cursorRow(s: ReviewState): number {
  const rows = treeRows(s);
  const { page, section } = s.cursor;
  const i = rows.findIndex((r) => r.page === page && (r.kind === 'page' ? section === null : r.section === section));
  if (i >= 0) return i;
  return Math.max(0, rows.findIndex((r) => r.kind === 'page' && r.page === page));
}

export interface Geometry {
  narrow: boolean;
  /** lines available to the panes. */
  bodyHeight: number;
  treeWidth: number;
  detailWidth: number;
}

/** Header (2 lines), rules above and below the panes, footer; one spare line at the bottom. */
export const CHROME_LINES = 6;

export function geometry(s: ReviewState): Geometry {
  const narrow = s.cols < NARROW;
  const bodyHeight = Math.max(3, s.rows - CHROME_LINES);
  if (narrow) return { narrow, bodyHeight, treeWidth: s.cols, detailWidth: s.cols };
  const treeWidth = Math.min(48, Math.max(28, Math.floor(s.cols * 0.34)));
  return { narrow, bodyHeight, treeWidth, detailWidth: s.cols - treeWidth - 3 };
}

export function layoutOptions(s: ReviewState): LayoutOptions {
  return { width: geometry(s).detailWidth, sideBySide: s.sideBySide, color: s.color, min: s.minSeverity };
}

/** What the right pane shows now: the selected section, or the page overview. */
export function detailLayout(s: ReviewState): DetailLayout | null {
  const page = s.cursor.page;
  if (!page) return null;
  const r = currentReport(s, page);
  const o = layoutOptions(s);
  if (r && s.cursor.section !== null && s.cursor.section < r.sections.length) return sectionLayout(r, s.cursor.section, o);
  return pageLayout({ page: s.pageById[page], pair: s.pairs[page], entry: reportEntry(s, page), reviewed: s.reviewed[page], kind: s.kind }, o);
}

function maxScroll(s: ReviewState): number {
  const l = detailLayout(s);
  return l ? Math.max(0, l.lines.length - geometry(s).bodyHeight) : 0;
}

function clampScroll(s: ReviewState, scroll: number): ReviewState {
  return { ...s, scroll: Math.max(0, Math.min(scroll, maxScroll(s))) };
}

/** Keep the tree cursor inside the visible window of rows. */
function followCursor(s: ReviewState): ReviewState {
  const h = geometry(s).bodyHeight;
  const i = cursorRow(s);
  const total = treeRows(s).length;
  let top = Math.min(s.treeTop, Math.max(0, total - h));
  if (i < top) top = i;
  if (i >= top + h) top = i - h + 1;
  return top === s.treeTop ? s : { ...s, treeTop: Math.max(0, top) };
}

/** Scroll so the current change's diff is at the top of the pane. */
function scrollToChange(s: ReviewState): ReviewState {
  const l = detailLayout(s);
  if (!l || s.cursor.section === null) return clampScroll(s, 0);
  const k = l.changeIds.indexOf(s.cursor.change);
  // keep the section heading in view when it is the first change and everything fits
  const target = k <= 0 && l.lines.length <= geometry(s).bodyHeight ? 0 : k >= 0 ? l.anchors[k] : 0;
  return clampScroll(s, target);
}

function firstChange(r: ChangeReport, section: number, min: Severity): number {
  return sectionChanges(r, section, min)[0] ?? 0;
}

function selectRow(s: ReviewState, row: Row): ReviewState {
  const same = s.cursor.page === row.page && s.cursor.section === (row.kind === 'page' ? null : row.section);
  if (same) return s;
  const r = currentReport(s, row.page);
  const cursor: Cursor =
    row.kind === 'page' ? { page: row.page, section: null, change: 0 } : { page: row.page, section: row.section, change: r ? firstChange(r, row.section, s.minSeverity) : 0 };
  return followCursor({ ...s, cursor, scroll: 0 });
}

// ---------------------------------------------------------------------------------------------

const quietActions = new Set<Action['type']>(['resize', 'reportsLoaded', 'effectDone']);

export function reduce(state: ReviewState, action: Action): ReviewState {
  // a key press clears the previous message
  const s = quietActions.has(action.type) || state.message === null ? state : { ...state, message: null };
  switch (action.type) {
    case 'resize': {
      const next = { ...s, cols: Math.max(20, action.cols), rows: Math.max(8, action.rows) };
      return followCursor(clampScroll(next, next.scroll));
    }
    case 'reportsLoaded': {
      const reports = { ...s.reports };
      for (const r of action.results) reports[r.key] = r.report ? { status: 'ok', report: r.report } : { status: 'error', message: r.error ?? 'unknown error' };
      return followCursor({ ...s, reports });
    }
    case 'toggleHelp':
      return { ...s, help: !s.help };
    case 'quit':
      return { ...s, quit: true };
    case 'move':
      return s.focus === 'detail' ? clampScroll(s, s.scroll + action.delta) : moveTree(s, action.delta);
    case 'scrollPage': {
      const h = geometry(s).bodyHeight;
      return clampScroll(s, s.scroll + action.dir * Math.max(1, h - 2));
    }
    case 'open':
      return open(s);
    case 'close':
      return close(s);
    case 'togglePane':
      return { ...s, focus: s.focus === 'tree' ? 'detail' : 'tree' };
    case 'jumpChange':
      return jumpChange(s, action.dir);
    case 'toggleSideBySide': {
      const next = { ...s, sideBySide: !s.sideBySide };
      return s.scroll === 0 ? next : scrollToChange(next);
    }
    case 'cycleSeverity':
      return cycleSeverity(s);
    case 'searchStart':
      return { ...s, search: { ...s.search, editing: true, query: '' } };
    case 'searchInput':
      return { ...s, search: { ...s.search, query: s.search.query + action.text.replace(/[\u0000-\u001f\u007f]/g, '') } };
    case 'searchBackspace':
      return { ...s, search: { ...s.search, query: [...s.search.query].slice(0, -1).join('') } };
    case 'searchCancel':
      return { ...s, search: { ...s.search, editing: false, query: '' } };
    case 'searchSubmit':
      return search(s);
    case 'pickerOpen':
      return pickerOpen(s);
    case 'pickerMove': {
      if (!s.picker) return s;
      const n = s.pageById[s.picker.page].versions.length;
      return { ...s, picker: { ...s.picker, index: Math.max(0, Math.min(n - 1, s.picker.index + action.delta)) } };
    }
    case 'pickerCancel':
      return { ...s, picker: null };
    case 'pickerSelect':
      return pickerSelect(s);
    case 'markReviewed':
      return markReviewed(s);
    case 'effectDone': {
      const e = s.effects.find((x) => x.id === action.id);
      const effects = s.effects.filter((x) => x.id !== action.id);
      if (!e) return { ...s, effects };
      const title = sanitizeLine(s.pageById[e.page]?.title ?? e.page);
      if (action.error) {
        return { ...s, effects, reviewed: { ...s.reviewed, [e.page]: e.previous }, message: `could not mark "${title}" reviewed: ${sanitizeLine(action.error)}` };
      }
      const v = s.pageById[e.page]?.versions.find((x) => x.id === e.version);
      return { ...s, effects, message: `marked "${title}" reviewed at ${versionName(v ?? { id: e.version, label: e.version, date: null })}` };
    }
  }
}

function moveTree(s: ReviewState, delta: number): ReviewState {
  const rows = treeRows(s);
  if (!rows.length) return s;
  const i = Math.max(0, Math.min(rows.length - 1, cursorRow(s) + delta));
  return selectRow(s, rows[i]);
}

function open(s: ReviewState): ReviewState {
  const { page, section } = s.cursor;
  if (!page) return s;
  if (section !== null) return { ...s, focus: 'detail' };
  if (s.expanded !== page) return followCursor({ ...s, expanded: page });
  // already open: step into its first section
  const r = currentReport(s, page);
  if (!r) return s;
  const first = visibleSections(r, s.minSeverity)[0];
  if (first === undefined) return { ...s, message: 'no changes shown on this page at this filter' };
  return selectRow(s, { kind: 'section', page, section: first, depth: 0 });
}

function close(s: ReviewState): ReviewState {
  if (s.focus === 'detail') return { ...s, focus: 'tree' };
  const { page, section } = s.cursor;
  if (!page) return s;
  if (section !== null) return selectRow(s, { kind: 'page', page });
  if (s.expanded === page) return followCursor({ ...s, expanded: null });
  return s;
}

function jumpChange(s: ReviewState, dir: 1 | -1): ReviewState {
  const page = s.cursor.page;
  const r = currentReport(s, page);
  if (!page || !r) return { ...s, message: 'the report for this page is not loaded yet' };
  const list = visibleChanges(r, s.minSeverity);
  if (!list.length) return { ...s, message: `no changes at or above ${s.minSeverity} on this page` };
  const cur = s.cursor;
  const cmp = (a: { section: number; change: number }) =>
    cur.section === null ? (dir === 1 ? 1 : -1) : a.section !== cur.section ? a.section - cur.section : a.change - cur.change;
  const target = dir === 1 ? list.find((c) => cmp(c) > 0) : [...list].reverse().find((c) => cmp(c) < 0);
  if (!target) return { ...s, message: dir === 1 ? 'last change on this page' : 'first change on this page' };
  let next: ReviewState = { ...s, expanded: page, cursor: { page, section: target.section, change: target.change } };
  if (geometry(next).narrow) next = { ...next, focus: 'detail' };
  return followCursor(scrollToChange(next));
}

function cycleSeverity(s: ReviewState): ReviewState {
  const min = SEVERITIES[(severityRank(s.minSeverity) + 1) % SEVERITIES.length];
  let next: ReviewState = { ...s, minSeverity: min, scroll: 0, message: `showing changes at or above ${min}` };
  const r = currentReport(next);
  const { page, section } = next.cursor;
  if (r && page && section !== null) {
    const shown = visibleSections(r, min);
    if (!shown.includes(section)) {
      const after = shown.find((i) => i > section);
      const before = [...shown].reverse().find((i) => i < section);
      const to = after ?? before;
      next = { ...next, cursor: to === undefined ? { page, section: null, change: 0 } : { page, section: to, change: firstChange(r, to, min) } };
    } else if (!sectionChanges(r, section, min).includes(next.cursor.change)) {
      next = { ...next, cursor: { ...next.cursor, change: firstChange(r, section, min) } };
    }
  }
  return followCursor(clampScroll(next, 0));
}

// ---------------------------------------------------------------------------------------------
// Search: headings and text, from the cursor onwards, wrapping around.

interface Hit {
  page: string;
  section: number | null;
  change: number;
}

function searchSpace(s: ReviewState): Hit[] {
  const hits: Hit[] = [];
  for (const page of pageOrder(s)) {
    hits.push({ page, section: null, change: 0 });
    const r = currentReport(s, page);
    if (!r) continue;
    for (const sec of visibleSections(r, s.minSeverity)) {
      hits.push({ page, section: sec, change: -1 });
      for (const c of sectionChanges(r, sec, s.minSeverity)) hits.push({ page, section: sec, change: c });
    }
  }
  return hits;
}

function hitText(s: ReviewState, h: Hit): string {
  if (h.section === null) return s.pageById[h.page]?.title ?? '';
  const r = currentReport(s, h.page)!;
  const sec = r.sections[h.section];
  if (h.change < 0) return `${sec.newHeading ?? ''}\n${sec.oldHeading ?? ''}`;
  const c = sec.changes[h.change];
  return `${c.old ?? ''}\n${c.new ?? ''}\n${c.summary}`;
}

function search(s: ReviewState): ReviewState {
  const query = (s.search.query || s.search.last).trim();
  const base: ReviewState = { ...s, search: { editing: false, query: '', last: query } };
  if (!query) return base;
  const q = query.toLowerCase();
  const hits = searchSpace(base);
  const cur = base.cursor;
  const same = (h: Hit) => h.page === cur.page && h.section === cur.section;
  let at = hits.findIndex((h) => same(h) && (h.section === null || h.change === cur.change));
  if (at < 0) at = hits.findIndex((h) => same(h));
  for (let k = 1; k <= hits.length; k++) {
    const h = hits[(Math.max(0, at) + k) % hits.length];
    if (!hitText(base, h).toLowerCase().includes(q)) continue;
    const r = currentReport(base, h.page);
    if (h.section === null || !r) return followCursor({ ...base, cursor: { page: h.page, section: null, change: 0 }, scroll: 0, message: `found "${sanitizeLine(query)}" in a page title` });
    const change = h.change >= 0 ? h.change : firstChange(r, h.section, base.minSeverity);
    let next: ReviewState = { ...base, expanded: h.page, cursor: { page: h.page, section: h.section, change } };
    if (geometry(next).narrow && h.change >= 0) next = { ...next, focus: 'detail' };
    next = h.change >= 0 ? scrollToChange(next) : clampScroll(next, 0);
    return followCursor({ ...next, message: `found "${sanitizeLine(query)}"` });
  }
  return { ...base, message: `no match for "${sanitizeLine(query)}"` };
}

// ---------------------------------------------------------------------------------------------
// Picking the two versions to compare.

function pickerOpen(s: ReviewState): ReviewState {
  const page = s.cursor.page;
  if (!page) return s;
  const p = s.pageById[page];
  if (p.versions.length < 2) return { ...s, message: 'this page has only one version' };
  const pair = s.pairs[page];
  const index = pair ? Math.max(0, p.versions.findIndex((v) => v.id === pair.from)) : 0;
  return { ...s, picker: { page, step: 'old', index, old: null } };
}

function pickerSelect(s: ReviewState): ReviewState {
  const pk = s.picker;
  if (!pk) return s;
  const p = s.pageById[pk.page];
  const chosen = p.versions[pk.index].id;
  if (pk.step === 'old') {
    const pair = s.pairs[pk.page];
    const to = pair ? p.versions.findIndex((v) => v.id === pair.to) : p.versions.length - 1;
    const index = to >= 0 && to !== pk.index ? to : Math.min(p.versions.length - 1, pk.index + 1);
    return { ...s, picker: { ...pk, step: 'new', old: chosen, index } };
  }
  if (chosen === pk.old) return { ...s, message: 'pick a different version than the old one' };
  const i = p.versions.findIndex((v) => v.id === pk.old);
  // always compare older -> newer
  const pair = i < pk.index ? { from: pk.old!, to: chosen } : { from: chosen, to: pk.old! };
  const a = p.versions.find((v) => v.id === pair.from)!;
  const b = p.versions.find((v) => v.id === pair.to)!;
  const next: ReviewState = {
    ...s,
    picker: null,
    pairs: { ...s.pairs, [pk.page]: pair },
    expanded: pk.page,
    cursor: { page: pk.page, section: null, change: 0 },
    scroll: 0,
    message: `comparing ${versionName(a)} → ${versionName(b)}`,
  };
  return followCursor(next);
}

// ---------------------------------------------------------------------------------------------

function markReviewed(s: ReviewState): ReviewState {
  if (!s.canMarkReviewed) return { ...s, message: 'reviews are kept in a store: run redline review in a store (or with --store DIR)' };
  const page = s.cursor.page;
  if (!page) return s;
  const pair = s.pairs[page];
  if (!pair) return { ...s, message: 'this page has only one version: nothing to review' };
  if (s.reviewed[page] === pair.to) return { ...s, message: 'already marked reviewed at this version' };
  const effect: Effect = { id: s.nextEffectId, type: 'markReviewed', page, version: pair.to, previous: s.reviewed[page] };
  return {
    ...s,
    reviewed: { ...s.reviewed, [page]: pair.to },
    effects: [...s.effects, effect],
    nextEffectId: s.nextEffectId + 1,
    message: 'marking reviewed…',
  };
}

/** Reports the UI needs now (the page under the cursor and the open page), most urgent first. */
export function wantedReports(s: ReviewState): { key: string; page: string; pair: Pair }[] {
  const out: { key: string; page: string; pair: Pair }[] = [];
  for (const page of [s.cursor.page, s.expanded]) {
    if (!page) continue;
    const pair = s.pairs[page];
    if (!pair) continue;
    const key = reportKey(page, pair);
    if (!s.reports[key] && !out.some((o) => o.key === key)) out.push({ key, page, pair });
  }
  return out;
}
