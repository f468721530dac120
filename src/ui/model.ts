// Read-only views of a ChangeReport for the review UI: which changes and sections show at a
// minimum severity, and the detail pane laid out as screen lines. Pure and memoized per report
// object, so a key press never recomputes anything a previous key press already built. Never
// diffs: it only reads what the pipeline produced. All page text is sanitized here.

import type { Change, ChangeReport, SectionDiff, Severity, WordOp } from '../types.js';
import { severityRank } from '../types.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import { clip, lineWidth, padLine, wrapLine, wrapText, type Line, type Seg, type SegStyle } from './text.js';
import { pushAll } from '../util/arrays.js';

/** A change that is shown, by its indices in the report. */
export interface ChangeRef {
  section: number;
  change: number;
}

/** Reports reach the UI already filtered like `redline diff` shows them (formatting hidden unless
 * asked for); the UI's own filter is the minimum severity. */
export function isChangeShown(c: Change, min: Severity): boolean {
  return severityRank(c.severity) >= severityRank(min);
}

/** Per report, per minimum severity: memo of derived lists. */
const derived = new WeakMap<ChangeReport, Map<string, unknown>>();
function memo<T>(r: ChangeReport, key: string, make: () => T): T {
  let m = derived.get(r);
  if (!m) derived.set(r, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = make();
  // layouts are keyed by width too: keep the map from growing without bound on many resizes
  if (m.size > 64) m.clear();
  m.set(key, v);
  return v;
}

/** Shown changes of one section (raw indices into section.changes). */
export function sectionChanges(r: ChangeReport, section: number, min: Severity): number[] {
  return memo(r, `sc:${section}:${min}`, () => {
    const out: number[] = [];
    r.sections[section].changes.forEach((c, i) => {
      if (isChangeShown(c, min)) out.push(i);
    });
    return out;
  });
}

/** Every shown change of the report in document order (what n / N walk). */
export function visibleChanges(r: ChangeReport, min: Severity): ChangeRef[] {
  return memo(r, `vc:${min}`, () => {
    const out: ChangeRef[] = [];
    r.sections.forEach((_, s) => {
      for (const c of sectionChanges(r, s, min)) out.push({ section: s, change: c });
    });
    return out;
  });
}

/** Sections listed in the tree: those with shown changes, or changed in structure at or above `min`. */
export function visibleSections(r: ChangeReport, min: Severity): number[] {
  return memo(r, `vs:${min}`, () => {
    const out: number[] = [];
    r.sections.forEach((s, i) => {
      const structural = s.status !== 'unchanged' && s.status !== 'modified' && severityRank(s.severity) >= severityRank(min);
      if (sectionChanges(r, i, min).length > 0 || structural) out.push(i);
    });
    return out;
  });
}

export function sectionHeading(s: SectionDiff): string {
  return sanitizeLine(s.newHeading ?? s.oldHeading ?? '(untitled)');
}

export function sectionDepth(s: SectionDiff): number {
  const path = s.newPath ?? s.oldPath ?? [];
  return Math.max(0, path.length - 1);
}

export const STATUS_MARK: Record<SectionDiff['status'], string> = {
  added: '+',
  removed: '-',
  modified: '~',
  renamed: '»',
  moved: '↕',
  unchanged: ' ',
};

export const CHANGE_MARK: Record<Change['type'], string> = { added: '+', removed: '-', changed: '~', moved: '↕' };

export function sevStyle(s: Severity): SegStyle {
  return `sev-${s}` as SegStyle;
}

/** One line saying what a change is; the classifier's summary when it wrote one. */
export function changeSummary(c: Change): string {
  let text: string;
  if (c.summary && c.summary.trim()) text = sanitizeLine(c.summary);
  else {
    const what = c.block && c.block !== 'paragraph' ? c.block.replace('-', ' ') : 'text';
    text = `${what} ${c.type}: ${clip(sanitizeLine(c.new ?? c.old ?? ''), 60)}`;
  }
  if (c.formatting) text += ' (formatting)';
  if (c.silenced) text += ` (silenced: ${sanitizeLine(c.silenced)})`;
  return text;
}

/** Which severities have shown changes, for the header. */
export function severityCounts(r: ChangeReport, min: Severity): Record<Severity, number> {
  return memo(r, `counts:${min}`, () => {
    const counts: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
    for (const ref of visibleChanges(r, min)) counts[r.sections[ref.section].changes[ref.change].severity]++;
    return counts;
  });
}

// ---------------------------------------------------------------------------------------------
// The detail pane as lines. Built once per (report, section, filter, width, mode, colour).

export interface DetailLayout {
  lines: Line[];
  /** per shown change of the section: the line its diff starts on. */
  anchors: number[];
  /** per shown change: its raw index in section.changes. */
  changeIds: number[];
  /** per shown change: the line of its one-line summary at the top. */
  summaryLines: number[];
}

export interface LayoutOptions {
  width: number;
  sideBySide: boolean;
  /** false: mark deletions/insertions with [-…-] / {+…+} because colour is off. */
  color: boolean;
  min: Severity;
}

const blank: Line = [];

function sevLabel(s: Severity): Seg {
  return { text: s.toUpperCase().padEnd(6), style: sevStyle(s) };
}

/** Word ops as styled runs, one array per side or inline. */
function opRuns(ops: WordOp[], side: 'inline' | 'old' | 'new', color: boolean): Seg[] {
  const out: Seg[] = [];
  for (const [op, raw] of ops) {
    if (side === 'old' && op === '+') continue;
    if (side === 'new' && op === '-') continue;
    const t = sanitize(raw);
    if (op === '=') out.push({ text: t, style: 'text' });
    else if (color) out.push({ text: t, style: op === '-' ? 'del' : 'ins' });
    else out.push({ text: op === '-' ? `[-${t}-]` : `{+${t}+}`, style: op === '-' ? 'del' : 'ins' });
  }
  return out;
}

/** Split runs at newlines into logical lines. */
function splitRuns(runs: Seg[]): Line[] {
  const lines: Line[] = [[]];
  for (const r of runs) {
    const parts = r.text.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) lines.push([]);
      if (p) lines[lines.length - 1].push({ text: p, style: r.style });
    });
  }
  return lines;
}

function wrapRuns(runs: Seg[], width: number, indent = ''): Line[] {
  const out: Line[] = [];
  for (const l of splitRuns(runs)) {
    for (const row of wrapLine(l, width - indent.length)) out.push(indent ? [{ text: indent, style: 'text' }, ...row] : row);
  }
  return out;
}

function sideBySideRows(left: Line[], right: Line[], colW: number): Line[] {
  const n = Math.max(left.length, right.length);
  const out: Line[] = [];
  for (let i = 0; i < n; i++) out.push([...padLine(left[i] ?? [], colW), { text: ' │ ', style: 'rule' }, ...(right[i] ?? [])]);
  return out;
}

/** The body of one change: its words inline, or old and new side by side. */
export function changeBody(c: Change, o: LayoutOptions): Line[] {
  const w = Math.max(10, o.width);
  if (o.sideBySide) {
    const colW = Math.max(4, Math.floor((w - 3) / 2));
    let left: Line[] = [];
    let right: Line[] = [];
    if (c.type === 'changed' && c.words) {
      left = wrapRuns(opRuns(c.words, 'old', o.color), colW);
      right = wrapRuns(opRuns(c.words, 'new', o.color), colW);
    } else {
      const oldStyle: SegStyle = c.type === 'moved' ? 'moved' : c.type === 'changed' ? 'del' : 'removed';
      const newStyle: SegStyle = c.type === 'moved' ? 'moved' : c.type === 'changed' ? 'ins' : 'added';
      if (c.old !== null) left = wrapText(sanitize(c.old), oldStyle, colW);
      if (c.new !== null) right = wrapText(sanitize(c.new), newStyle, colW);
      if (c.type === 'added') left = [[{ text: '(not in old)', style: 'dim' }]];
      if (c.type === 'removed') right = [[{ text: '(not in new)', style: 'dim' }]];
    }
    return sideBySideRows(left, right, colW);
  }
  if (c.type === 'changed' && c.words) return wrapRuns(opRuns(c.words, 'inline', o.color), w);
  const out: Line[] = [];
  if (c.type === 'moved') {
    out.push([{ text: 'moved within the section:', style: 'dim' }]);
    pushAll(out, wrapText(sanitize(c.new ?? c.old ?? ''), 'moved', w, { text: '↕ ', style: 'moved' }));
    return out;
  }
  if (c.old !== null) pushAll(out, wrapText(sanitize(c.old), c.type === 'changed' ? 'del' : 'removed', w, { text: '- ', style: 'removed' }));
  if (c.new !== null) pushAll(out, wrapText(sanitize(c.new), c.type === 'changed' ? 'ins' : 'added', w, { text: '+ ', style: 'added' }));
  return out;
}

function statusText(s: SectionDiff): string {
  if (s.status === 'renamed') return 'renamed';
  if (s.moved && s.status !== 'moved') return `${s.status}, moved`;
  return s.status;
}

export function sectionLayout(r: ChangeReport, section: number, o: LayoutOptions): DetailLayout {
  const key = `lay:${section}:${o.min}:${o.width}:${o.sideBySide ? 1 : 0}:${o.color ? 1 : 0}`;
  return memo(r, key, () => buildSectionLayout(r, section, o));
}

function buildSectionLayout(r: ChangeReport, section: number, o: LayoutOptions): DetailLayout {
  const s = r.sections[section];
  const w = Math.max(10, o.width);
  const lines: Line[] = [];
  pushAll(lines, wrapLine([{ text: `§ ${sectionHeading(s)}`, style: 'heading' }], w));
  const path = (s.newPath ?? s.oldPath ?? []).slice(0, -1).map(sanitizeLine);
  const meta: Line = [
    { text: `${STATUS_MARK[s.status]} ${statusText(s)}`, style: s.status === 'added' ? 'added' : s.status === 'removed' ? 'removed' : 'text' },
    { text: ' · severity ', style: 'dim' },
    { text: s.severity, style: sevStyle(s.severity) },
  ];
  pushAll(lines, wrapLine(meta, w));
  if (path.length) pushAll(lines, wrapLine([{ text: `in ${path.join(' › ')}`, style: 'dim' }], w));
  if (s.status === 'renamed' && s.oldHeading !== null) {
    pushAll(lines, wrapLine([{ text: `renamed from "${sanitizeLine(s.oldHeading)}"`, style: 'dim' }], w));
  }
  const ids = sectionChanges(r, section, o.min);
  const hidden = s.changes.length - ids.length;
  lines.push(blank);
  if (!ids.length) {
    lines.push([{ text: hidden ? `no changes at or above ${o.min} (${hidden} below)` : 'no changes in the text of this section', style: 'dim' }]);
    return { lines, anchors: [], changeIds: [], summaryLines: [] };
  }
  const summaryLines: number[] = [];
  ids.forEach((ci) => {
    const c = s.changes[ci];
    summaryLines.push(lines.length);
    lines.push([{ text: `  ${CHANGE_MARK[c.type]} `, style: 'text' }, sevLabel(c.severity), { text: ' ', style: 'text' }, { text: clip(changeSummary(c), w - 11), style: 'text' }]);
  });
  if (hidden > 0) lines.push([{ text: `  (${hidden} more below ${o.min}: press f)`, style: 'dim' }]);
  const anchors: number[] = [];
  ids.forEach((ci, k) => {
    const c = s.changes[ci];
    lines.push(blank);
    anchors.push(lines.length);
    const head: Line = [
      { text: `── ${k + 1}/${ids.length} ${CHANGE_MARK[c.type]} `, style: 'rule' },
      { text: c.severity.toUpperCase(), style: sevStyle(c.severity) },
    ];
    const room = w - lineWidth(head) - 3;
    if (room > 4) head.push({ text: ` ${clip(changeSummary(c), room)} `, style: 'bold' });
    head.push({ text: '─'.repeat(Math.max(0, w - lineWidth(head))), style: 'rule' });
    lines.push(head);
    pushAll(lines, changeBody(c, { ...o, width: w }));
  });
  return { lines, anchors, changeIds: ids, summaryLines };
}

export function versionName(v: { label: string; date: string | null }): string {
  return sanitizeLine(v.date ? `${v.label} (${v.date})` : v.label);
}
