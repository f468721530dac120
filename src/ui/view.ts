// The screen as styled lines, computed from the state: header, tree rows, the visible part of
// the detail pane, the picker, help and footer. Pure, so frame contents can be tested without
// Ink; the components only turn these lines into <Text>. Page text is already sanitized by the
// model; names coming from the source (titles, labels) are sanitized here.

import type { Severity } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { KEY_HELP } from './keys.js';
import { CHANGE_MARK, STATUS_MARK, sectionChanges, sectionHeading, severityCounts, sevStyle, versionName } from './model.js';
import { currentReport, cursorRow, detailLayout, geometry, pageOrder, reportEntry, treeRows, type ReviewState, type Row } from './state.js';
import { clip, lineWidth, padLine, textWidth, type Line, type Seg } from './text.js';

/** A screen line and how the whole line is highlighted. */
export interface ViewLine {
  line: Line;
  /** the cursor row of the focused pane. */
  inverse?: boolean;
  bold?: boolean;
}

const SEV_TAG: Record<Severity, string> = { high: 'HIGH', medium: 'MED', low: 'LOW', none: '' };

/** `left` and `right` on one line of `width`, right-aligned; the left part gives way. */
function spread(left: Line, right: Line, width: number): Line {
  const rw = lineWidth(right);
  if (rw + 2 > width) return padLine(left, width);
  const l = padLine(left, width - rw - 1);
  return [...l, { text: ' ', style: 'text' }, ...right];
}

function pageName(s: ReviewState, id: string): string {
  const p = s.pageById[id];
  return sanitizeLine(p?.title ?? id);
}

export function headerLines(s: ReviewState): [Line, Line] {
  const id = s.cursor.page;
  const p = id ? s.pageById[id] : null;
  const order = pageOrder(s);
  const r = currentReport(s);
  const title = p ? sanitizeLine(p.heading ?? r?.new.title ?? r?.old.title ?? p.title) : '(no pages)';
  const right: Line = [{ text: sanitizeLine(s.description), style: 'dim' }];
  if (s.kind === 'store' && id) right.push({ text: ` · page ${order.indexOf(id) + 1}/${order.length}`, style: 'dim' });
  const first = spread([{ text: 'redline review', style: 'bold' }, { text: ' · ', style: 'dim' }, { text: title, style: 'heading' }], right, s.cols);

  // versions on the left (they give way when the line is short), counts and flags on the right
  const second: Line = [];
  const right2: Line = [];
  const pair = id ? s.pairs[id] : null;
  if (p && pair) {
    const v = (vid: string) => p.versions.find((x) => x.id === vid) ?? { label: vid, date: null };
    second.push({ text: 'old ', style: 'dim' }, { text: versionName(v(pair.from)), style: 'text' }, { text: ' → new ', style: 'dim' }, { text: versionName(v(pair.to)), style: 'text' });
    if (s.kind === 'store' && s.reviewed[p.id] === pair.to) right2.push({ text: '✓ reviewed · ', style: 'added' });
    const e = reportEntry(s);
    if (r) {
      const counts = severityCounts(r, s.minSeverity);
      const parts = (['high', 'medium', 'low', 'none'] as Severity[]).filter((k) => counts[k]);
      if (!parts.length) right2.push({ text: 'no changes', style: 'dim' });
      parts.forEach((k, i) => {
        if (i) right2.push({ text: ' ', style: 'text' });
        right2.push({ text: `${counts[k]} ${k}`, style: sevStyle(k) });
      });
    } else if (e && e.status === 'error') right2.push({ text: 'cannot compare', style: 'removed' });
    else right2.push({ text: 'comparing…', style: 'dim' });
  } else if (p) second.push({ text: 'only one version', style: 'dim' });
  if (s.minSeverity !== 'none') right2.push({ text: ` · ≥${s.minSeverity}`, style: 'bold' });
  if (s.sideBySide) right2.push({ text: ' · side by side', style: 'dim' });
  return [first, spread(second, right2, s.cols)];
}

function pageRow(s: ReviewState, id: string, width: number, cursor: boolean): Line {
  const p = s.pageById[id];
  const pair = s.pairs[id];
  let mark: Seg = { text: '', style: 'text' };
  if (s.kind === 'store') {
    if (pair && s.reviewed[id] === pair.to) mark = { text: '✓ ', style: 'added' };
    else if (s.unreviewedAtStart[id]) mark = { text: '● ', style: 'sev-medium' };
    else mark = { text: '  ', style: 'text' };
  }
  const e = reportEntry(s, id);
  const r = e && e.status === 'ok' ? e.report : null;
  const sev = r ? r.summary.severity : (p.severity ?? null);
  let tag: Seg = { text: '', style: 'dim' };
  if (e && e.status === 'error') tag = { text: '!', style: 'removed' };
  else if (sev && SEV_TAG[sev]) tag = { text: SEV_TAG[sev], style: sevStyle(sev) };
  else if (!pair) tag = { text: '1 version', style: 'dim' };
  const left: Line = [
    { text: cursor ? '›' : ' ', style: 'bold' },
    { text: s.expanded === id ? '▾ ' : '▸ ', style: 'dim' },
    mark,
    { text: pageName(s, id), style: 'bold' },
  ];
  return spread(left, tag.text ? [tag] : [], width);
}

function sectionRow(s: ReviewState, row: Extract<Row, { kind: 'section' }>, width: number, cursor: boolean): Line {
  const r = currentReport(s, row.page)!;
  const sec = r.sections[row.section];
  const n = sectionChanges(r, row.section, s.minSeverity).length;
  const markStyle = sec.status === 'added' ? 'added' : sec.status === 'removed' ? 'removed' : sec.status === 'modified' ? 'sev-medium' : 'moved';
  const left: Line = [
    { text: cursor ? '›' : ' ', style: 'bold' },
    { text: '  ' + '  '.repeat(Math.min(6, row.depth)), style: 'text' },
    { text: STATUS_MARK[sec.status], style: markStyle },
    { text: ' ', style: 'text' },
    { text: sectionHeading(sec), style: sevStyle(sec.severity) },
  ];
  return spread(left, n ? [{ text: String(n), style: 'dim' }] : [], width);
}

export function treeLines(s: ReviewState, width: number, height: number): ViewLine[] {
  const rows = treeRows(s);
  const at = cursorRow(s);
  const out: ViewLine[] = [];
  for (let i = s.treeTop; i < Math.min(rows.length, s.treeTop + height); i++) {
    const row = rows[i];
    const cursor = i === at;
    const line = row.kind === 'page' ? pageRow(s, row.page, width, cursor) : sectionRow(s, row, width, cursor);
    out.push({ line, inverse: cursor && s.focus === 'tree', bold: cursor && s.focus !== 'tree' });
  }
  if (!rows.length) out.push({ line: [{ text: ' no pages with versions to compare', style: 'dim' }] });
  return out;
}

export function detailLines(s: ReviewState, width: number, height: number): ViewLine[] {
  const l = detailLayout(s);
  if (!l) return [{ line: [{ text: 'nothing selected', style: 'dim' }] }];
  const k = s.cursor.section === null ? -1 : l.changeIds.indexOf(s.cursor.change);
  const current = k >= 0 ? l.summaryLines[k] : -1;
  const anchor = k >= 0 ? l.anchors[k] : -1;
  const out: ViewLine[] = [];
  for (let i = s.scroll; i < Math.min(l.lines.length, s.scroll + height); i++) {
    let line = l.lines[i];
    // the current change: marked in the summary list and on its diff's rule
    if (i === current) line = [{ text: '›', style: 'bold' }, { ...line[0], text: line[0].text.slice(1) }, ...line.slice(1)];
    if (i === anchor) line = [{ text: '▶', style: 'bold' }, { ...line[0], style: 'bold', text: line[0].text.slice(1) }, ...line.slice(1)];
    out.push({ line: padLine(line, width), bold: i === current || i === anchor });
  }
  return out;
}

export function pickerLines(s: ReviewState, width: number, height: number): ViewLine[] {
  const pk = s.picker!;
  const p = s.pageById[pk.page];
  const pair = s.pairs[pk.page];
  const out: ViewLine[] = [];
  out.push({ line: [{ text: `Versions of ${pageName(s, pk.page)}`, style: 'heading' }] });
  out.push({
    line: [
      {
        text: pk.step === 'old' ? 'pick the OLD version (enter), then the NEW one · esc cancels' : 'now pick the NEW version (enter) · esc cancels',
        style: 'dim',
      },
    ],
  });
  out.push({ line: [] });
  const room = Math.max(1, height - out.length);
  const top = Math.max(0, Math.min(pk.index - Math.floor(room / 2), p.versions.length - room));
  for (let i = top; i < Math.min(p.versions.length, top + room); i++) {
    const v = p.versions[i];
    const tags: string[] = [];
    if (pk.old === v.id) tags.push('picked as old');
    if (pair?.from === v.id) tags.push('old now');
    if (pair?.to === v.id) tags.push('new now');
    if (s.reviewed[pk.page] === v.id) tags.push('reviewed');
    if (i === p.versions.length - 1) tags.push('latest');
    const line: Line = [
      { text: i === pk.index ? '› ' : '  ', style: 'bold' },
      { text: sanitizeLine(v.date ?? '').padEnd(17), style: 'text' },
      { text: sanitizeLine(v.label), style: 'dim' },
      { text: tags.length ? `  ${tags.join(', ')}` : '', style: 'sev-low' },
    ];
    out.push({ line: padLine(line, width), inverse: i === pk.index });
  }
  return out;
}

export function helpLines(s: ReviewState, width: number): ViewLine[] {
  const out: ViewLine[] = [{ line: [{ text: 'redline review: keys', style: 'heading' }] }, { line: [] }];
  const w = KEY_HELP.reduce((m, [k]) => Math.max(m, textWidth(k)), 0) + 2;
  for (const [k, what] of KEY_HELP) out.push({ line: padLine([{ text: '  ' + k.padEnd(w), style: 'bold' }, { text: what, style: 'text' }], width) });
  out.push({ line: [] });
  out.push({
    line: [
      { text: '  sections: ', style: 'dim' },
      ...(['added', 'removed', 'modified', 'renamed', 'moved'] as const).flatMap((st): Seg[] => [
        { text: STATUS_MARK[st], style: st === 'added' ? 'added' : st === 'removed' ? 'removed' : st === 'modified' ? 'sev-medium' : 'moved' },
        { text: ` ${st}  `, style: 'text' },
      ]),
    ],
  });
  out.push({
    line: [
      { text: '  changes:  ', style: 'dim' },
      ...(['added', 'removed', 'changed', 'moved'] as const).flatMap((t): Seg[] => [{ text: `${CHANGE_MARK[t]} ${t}  `, style: 'text' }]),
    ],
  });
  out.push({
    line: [
      { text: '  severity: ', style: 'dim' },
      ...(['high', 'medium', 'low', 'none'] as Severity[]).flatMap((v): Seg[] => [{ text: `${v}  `, style: sevStyle(v) }]),
    ],
  });
  if (s.kind === 'store') out.push({ line: [{ text: '  pages:    ', style: 'dim' }, { text: '● ', style: 'sev-medium' }, { text: 'unreviewed changes  ', style: 'text' }, { text: '✓ ', style: 'added' }, { text: 'reviewed', style: 'text' }] });
  if (!s.color) out.push({ line: [{ text: '  no colour: [-removed words-] {+added words+}', style: 'dim' }] });
  out.push({ line: [] });
  out.push({ line: [{ text: '  any key closes this help', style: 'dim' }] });
  return out.map((l) => ({ ...l, line: padLine(l.line, width) }));
}

/** Footer keys in reading order, each with a priority: the most useful stay when space is short. */
const FOOTER_KEYS: [string, number][] = [
  ['↑↓ move', 5],
  ['⏎ open', 4],
  ['← close', 6],
  ['tab pane', 7],
  ['n/N change', 1],
  ['PgDn/PgUp scroll', 8],
  ['s side-by-side', 2],
  ['f severity', 3],
  ['/ search', 3],
  ['v versions', 4],
  ['r reviewed', 2],
  ['? help', 0],
  ['q quit', 0],
];

export function footerKeys(s: ReviewState, width: number): string {
  const items = FOOTER_KEYS.filter(([k]) => k !== 'r reviewed' || s.canMarkReviewed);
  const sep = '  ';
  const chosen = new Set<string>();
  let used = 0;
  for (const [k] of [...items].sort((a, b) => a[1] - b[1])) {
    const w = textWidth(k) + (chosen.size ? sep.length : 0);
    if (used + w > width) continue;
    chosen.add(k);
    used += w;
  }
  return items
    .filter(([k]) => chosen.has(k))
    .map(([k]) => k)
    .join(sep);
}

export function footerLine(s: ReviewState): Line {
  const g = geometry(s);
  if (s.search.editing) {
    return padLine([{ text: '/', style: 'bold' }, { text: sanitizeLine(s.search.query), style: 'text' }, { text: '▏', style: 'dim' }, { text: '   enter: find · esc: cancel', style: 'dim' }], s.cols);
  }
  const right: Line = [];
  const l = detailLayout(s);
  if (l && l.lines.length > g.bodyHeight) {
    right.push({ text: `${s.scroll + 1}-${Math.min(l.lines.length, s.scroll + g.bodyHeight)}/${l.lines.length}`, style: 'dim' });
  }
  right.push({ text: `${right.length ? ' ' : ''}[${s.focus === 'tree' ? 'tree' : 'diff'}]`, style: 'dim' });
  const room = s.cols - lineWidth(right) - 1;
  const left: Line = s.message ? [{ text: clip(s.message, s.cols), style: 'bold' }] : [{ text: footerKeys(s, room), style: 'dim' }];
  return spread(left, right, s.cols);
}

export function ruleLine(width: number): Line {
  return [{ text: '─'.repeat(Math.max(0, width)), style: 'rule' }];
}
