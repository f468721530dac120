// The right pane when a page (not a section) is selected: which versions are compared, the
// review status, the key changes and the changed sections. Lines only (the pane clips them to
// its width); memoized on its inputs.

import type { Severity } from '../types.js';
import { severityRank } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { summaryLine } from '../present/text.js';
import type { PageInfo } from './source.js';
import {
  CHANGE_MARK,
  STATUS_MARK,
  changeSummary,
  sectionChanges,
  sectionHeading,
  severityCounts,
  sevStyle,
  versionName,
  visibleChanges,
  visibleSections,
  type DetailLayout,
  type LayoutOptions,
} from './model.js';
import { wrapLine, type Line } from './text.js';
import { pushAll } from '../util/arrays.js';

export interface OverviewInput {
  page: PageInfo;
  pair: { from: string; to: string } | null;
  entry: { status: 'loading' } | { status: 'ok'; report: import('../types.js').ChangeReport } | { status: 'error'; message: string } | null;
  reviewed: string | null;
  kind: 'pair' | 'store';
}

const cache = new WeakMap<PageInfo, { key: unknown[]; layout: DetailLayout }>();

export function pageLayout(i: OverviewInput, o: LayoutOptions): DetailLayout {
  const key = [i.pair, i.entry, i.reviewed, i.kind, o.width, o.min, o.color];
  const hit = cache.get(i.page);
  if (hit && hit.key.every((k, n) => k === key[n])) return hit.layout;
  const layout = build(i, o);
  cache.set(i.page, { key, layout });
  return layout;
}

function build(i: OverviewInput, o: LayoutOptions): DetailLayout {
  const w = Math.max(10, o.width);
  const lines: Line[] = [];
  const add = (l: Line) => pushAll(lines, wrapLine(l, w));
  const p = i.page;
  add([{ text: sanitizeLine(p.title), style: 'heading' }]);
  const v = (id: string) => p.versions.find((x) => x.id === id) ?? { id, label: id, date: null };
  if (i.pair) {
    add([{ text: 'old  ', style: 'dim' }, { text: versionName(v(i.pair.from)), style: 'text' }]);
    add([{ text: 'new  ', style: 'dim' }, { text: versionName(v(i.pair.to)), style: 'text' }]);
  }
  if (i.kind === 'store') {
    const last = p.versions[p.versions.length - 1];
    if (i.reviewed && last && i.reviewed === last.id) add([{ text: '✓ reviewed at the latest version', style: 'added' }]);
    else if (i.reviewed) add([{ text: `reviewed up to ${versionName(v(i.reviewed))}`, style: 'dim' }]);
    else add([{ text: 'not reviewed yet', style: 'dim' }]);
    add([{ text: `${p.versions.length} version${p.versions.length === 1 ? '' : 's'} in the store (v to pick two)`, style: 'dim' }]);
  }
  lines.push([]);
  if (!i.pair) {
    add([{ text: 'only one version: nothing to compare yet', style: 'dim' }]);
    return { lines, anchors: [], changeIds: [], summaryLines: [] };
  }
  if (!i.entry || i.entry.status === 'loading') {
    add([{ text: 'comparing…', style: 'dim' }]);
    return { lines, anchors: [], changeIds: [], summaryLines: [] };
  }
  if (i.entry.status === 'error') {
    add([{ text: `cannot compare these versions: ${sanitizeLine(i.entry.message)}`, style: 'removed' }]);
    return { lines, anchors: [], changeIds: [], summaryLines: [] };
  }
  const r = i.entry.report;
  add([{ text: summaryLine(r), style: 'text' }, { text: ' · severity ', style: 'dim' }, { text: r.summary.severity, style: sevStyle(r.summary.severity) }]);
  const counts = severityCounts(r, o.min);
  const parts: Line = [];
  for (const s of ['high', 'medium', 'low', 'none'] as Severity[]) {
    if (!counts[s]) continue;
    if (parts.length) parts.push({ text: ' · ', style: 'dim' });
    parts.push({ text: `${counts[s]} ${s}`, style: sevStyle(s) });
  }
  add(parts.length ? [{ text: 'changes: ', style: 'dim' }, ...parts] : [{ text: `no changes at or above ${o.min}`, style: 'dim' }]);
  for (const f of r.fallbacks) add([{ text: `note: ${sanitizeLine(f)}`, style: 'dim' }]);

  const key = visibleChanges(r, o.min)
    .map((ref) => ({ ref, c: r.sections[ref.section].changes[ref.change] }))
    .filter((x) => severityRank(x.c.severity) >= severityRank('medium'))
    .sort((a, b) => severityRank(b.c.severity) - severityRank(a.c.severity));
  if (key.length) {
    lines.push([]);
    lines.push([{ text: 'Key changes', style: 'bold' }]);
    for (const { ref, c } of key.slice(0, 30)) {
      const where = ` (${sectionHeading(r.sections[ref.section])})`;
      lines.push([
        { text: `  ${CHANGE_MARK[c.type]} `, style: 'text' },
        { text: c.severity.toUpperCase().padEnd(7), style: sevStyle(c.severity) },
        { text: changeSummary(c), style: 'text' },
        { text: where, style: 'dim' },
      ]);
    }
    if (key.length > 30) lines.push([{ text: `  … ${key.length - 30} more`, style: 'dim' }]);
  }
  const secs = visibleSections(r, o.min);
  lines.push([]);
  lines.push([{ text: secs.length ? 'Changed sections' : 'No section changes at this filter', style: 'bold' }]);
  for (const si of secs) {
    const s = r.sections[si];
    const n = sectionChanges(r, si, o.min).length;
    lines.push([
      { text: `  ${STATUS_MARK[s.status]} `, style: s.status === 'added' ? 'added' : s.status === 'removed' ? 'removed' : 'text' },
      { text: sectionHeading(s), style: sevStyle(s.severity) },
      { text: n ? `  ${n} change${n === 1 ? '' : 's'}` : '', style: 'dim' },
    ]);
  }
  lines.push([]);
  add([{ text: 'enter/→ opens the sections · n/N walks the changes · v picks versions' + (i.kind === 'store' ? ' · r marks reviewed' : ''), style: 'dim' }]);
  return { lines, anchors: [], changeIds: [], summaryLines: [] };
}
