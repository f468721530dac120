// A BatchReport (two folders compared) as HTML: one self-contained file with the summary, the
// key changes, each change several pages share shown once with its pages, every page ordered
// by severity, and each page's changes; or, when that file would pass a size budget, an index
// with the same summary and the pages packed into a few part files beside it, each under the
// budget and self-contained too. Reads the report only.

import type { Change, ChangeReport, Severity } from '../../types.js';
import { severityRank } from '../../types.js';
import type { BatchPage, BatchReport, ChangeGroup, PageStatus } from '../../batch/types.js';
import { digest, esc, escLine, htmlDocument, Ids, slug, viewControls } from './page.js';
import { changeCounts, changeItem, countsList, keyItem, plural, reportIds, sectionBlock, sectionName, sevBadge, visibleSections, SEVERITY_ORDER, type ReportIds } from './parts.js';
import { fallbackNotes } from './report.js';
import { pushAll } from '../../util/arrays.js';

/** Bytes a single-file folder report (and each part of a split one) may take. */
export const SPLIT_BUDGET = 1_000_000;
/** Medium-severity key changes listed in a folder's summary (every high one is). */
const KEY_MEDIUM = 25;

export interface BatchHtmlOptions {
  showFormatting?: boolean;
  /** 'auto' (default): one file unless it would pass `budget` bytes; true: always an index and parts; false: always one file. */
  split?: boolean | 'auto';
  budget?: number;
  /** when split: the folder the parts go in, relative to the index (e.g. "report-pages"), and the index's file name. */
  pagesDir?: string;
  indexName?: string;
}

export interface BatchHtml {
  /** the report, or the index when split. */
  index: string;
  /** part files (paths relative to the index), empty when not split. */
  pages: { file: string; html: string }[];
}

const STATUS_ORDER: PageStatus[] = ['error', 'modified', 'renamed', 'added', 'removed', 'unchanged'];

/** Pages most severe first; errors lead (they need a look), then modified, renamed, added, removed; path order within. */
function bySeverity(pages: BatchPage[]): BatchPage[] {
  return [...pages].sort(
    (a, b) =>
      (a.status === 'error' ? -1 : 0) - (b.status === 'error' ? -1 : 0) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

const hasReport = (p: BatchPage): p is BatchPage & { report: ChangeReport } => !!p.report && p.status !== 'added' && p.status !== 'removed';

interface Layout {
  pagesDir: string;
  indexName: string;
  /** each listed page's anchor; the ids of the sections and changes of each page with a report. */
  pageId: Map<string, string>;
  ids: Map<string, ReportIds>;
  groupId: Map<string, string>;
  /** split: the part file each page with a report is in. */
  part: Map<string, string>;
  /** groups written out among the shared changes (the widest first, while they fit); the others are written out on their pages. */
  shown: Set<string>;
}

function layout(r: BatchReport, opts: BatchHtmlOptions): Layout {
  const ids = new Ids();
  const pageId = new Map<string, string>();
  const reports = new Map<string, ReportIds>();
  for (const p of r.pages) {
    pageId.set(p.path, ids.take(`p-${slug(p.path, 48) || 'page'}`));
    if (hasReport(p)) reports.set(p.path, reportIds(p.report, p.path, ids));
  }
  const groupId = new Map(r.groups.map((g) => [g.id, ids.take(`g-${slug(g.summary || g.type, 32) || 'shared'}-${digest(g.type, g.old, g.new)}`)]));
  return { pagesDir: opts.pagesDir ?? 'pages', indexName: opts.indexName ?? 'index.html', pageId, ids: reports, groupId, part: new Map(), shown: new Set() };
}

/** Where a page (or a section or change on it) is, seen from the index. */
function pageHref(l: Layout, path: string, inner?: string): string {
  const file = l.part.get(path);
  return `${file ? esc(`${l.pagesDir}/${file}`) : ''}#${inner ?? l.pageId.get(path)}`;
}

/** Where a shared change is shown in full: the index (seen from a part, one folder down). */
function groupHref(l: Layout, group: string, fromPart: boolean): string {
  return `${fromPart ? esc(`../${l.indexName}`) : ''}#${l.groupId.get(group)}`;
}

function pageLink(l: Layout, p: BatchPage): string {
  return hasReport(p) ? `<a class="mono" href="${pageHref(l, p.path)}">${escLine(p.path)}</a>` : `<span class="mono">${escLine(p.path)}</span>`;
}

/** The Change each group shows: its first occurrence (the pages are in path order). */
function representatives(r: BatchReport): Map<string, { page: BatchPage; c: Change; section: string }> {
  const out = new Map<string, { page: BatchPage; c: Change; section: string }>();
  for (const p of r.pages) {
    if (!p.report) continue;
    for (const s of p.report.sections) for (const c of s.changes) if (c.group && !out.has(c.group)) out.set(c.group, { page: p, c, section: sectionName(s) });
  }
  return out;
}

function countsOf(r: BatchReport): { bySeverity: Record<Severity, number>; formatting: number } {
  const bySeverity: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  let formatting = 0;
  for (const p of r.pages) {
    if (!p.report) continue;
    const c = changeCounts(p.report);
    for (const s of SEVERITY_ORDER) bySeverity[s] += c.bySeverity[s];
    formatting += c.formatting;
  }
  return { bySeverity, formatting };
}

function pageCounts(r: BatchReport): string {
  const items = STATUS_ORDER.filter((s) => r.counts[s]).map((s) => `<li><b>${r.counts[s]}</b> ${s === 'error' ? (r.counts[s] === 1 ? 'error' : 'errors') : s}</li>`);
  return `<ul class="counts">${items.length ? items.join('') : '<li>no pages</li>'}</ul>`;
}

function pageDetail(p: BatchPage): string {
  if (p.status === 'error') return escLine(p.error ?? 'could not be compared');
  if (p.status === 'added' || p.status === 'removed') return p.title ? `“${escLine(p.title)}”` : '';
  if (p.status === 'unchanged') return p.same === 'bytes' ? 'identical' : p.same === 'canonical' ? 'same content' : 'formatting only';
  const c = p.summary.changes;
  const parts = SEVERITY_ORDER.filter((s) => c[s]).map((s) => `${c[s]} ${s}`);
  const from = p.status === 'renamed' ? `from <span class="mono">${escLine(p.oldPath ?? '')}</span> (${Math.round((p.similarity ?? 0) * 100)}% similar)${parts.length ? '; ' : ''}` : '';
  return from + esc(parts.join(', '));
}

function keyChangesBlock(r: BatchReport, l: Layout): string {
  const items: { p: BatchPage; c: Change; section: string }[] = [];
  const groupsSeen = new Set<string>();
  for (const p of bySeverity(r.pages)) {
    if (!hasReport(p)) continue;
    for (const s of visibleSections(p.report)) {
      for (const c of s.changes) {
        if (c.formatting || severityRank(c.severity) < severityRank('medium')) continue;
        if (c.group) {
          if (groupsSeen.has(c.group)) continue;
          groupsSeen.add(c.group);
        }
        items.push({ p, c, section: sectionName(s) });
      }
    }
  }
  items.sort((a, b) => severityRank(b.c.severity) - severityRank(a.c.severity));
  const high = items.filter((x) => x.c.severity === 'high');
  const medium = items.filter((x) => x.c.severity === 'medium');
  const shown = [...high, ...medium.slice(0, KEY_MEDIUM)];
  if (!shown.length) return '';
  const groups = new Map(r.groups.map((g) => [g.id, g]));
  const out = [`<h3>Key changes (${items.length})</h3>`, '<ol class="keylist">'];
  for (const { p, c, section } of shown) {
    const g = c.group && l.shown.has(c.group) ? groups.get(c.group) : undefined;
    const href = g ? groupHref(l, g.id, false) : pageHref(l, p.path, l.ids.get(p.path)!.change.get(c));
    const where = g ? `same change on ${plural(g.pages.length, 'page')}` : `in ${pageLink(l, p)} · ${escLine(section)}`;
    out.push(keyItem(c, href, where));
  }
  out.push('</ol>');
  if (medium.length > KEY_MEDIUM) out.push(`<p class="muted">… and ${plural(medium.length - KEY_MEDIUM, 'more medium change')}: see the pages below.</p>`);
  return out.join('\n');
}

/** Share of the budget the shared changes may take in the index. */
const SHARED_SHARE = 0.35;

function sharedItem(g: ChangeGroup, rep: Change | undefined, l: Layout): string {
  const c: Change = rep ?? { type: g.type, old: g.old, new: g.new, category: g.category, severity: g.severity, summary: g.summary };
  const pages = g.pages.map((path) => `<a class="mono" href="${pageHref(l, path)}">${escLine(path)}</a>`).join(', ');
  const times = g.occurrences > g.pages.length ? ` (${g.occurrences} times)` : '';
  const note = `<p class="group-pages"><b>On ${plural(g.pages.length, 'page')}${times}:</b> ${pages}</p>`;
  return changeItem({ ...c, severity: g.severity }, { id: l.groupId.get(g.id)!, note });
}

/** Which groups the index writes out: the widest first, while they take at most their share of the budget. */
function chooseShown(r: BatchReport, l: Layout, budget: number): void {
  const reps = representatives(r);
  let size = 0;
  for (const g of r.groups) {
    size += bytes(sharedItem(g, reps.get(g.id)?.c, l));
    if (size > budget * SHARED_SHARE) break;
    l.shown.add(g.id);
  }
}

function sharedBlock(r: BatchReport, l: Layout): string {
  if (!r.groups.length) return '';
  const reps = representatives(r);
  const out = [`<section class="sec" aria-labelledby="shared-h"><header><h2 id="shared-h">Changes shared by several pages (${r.groups.length})</h2></header>`, '<ol class="changes">'];
  for (const g of r.groups) if (l.shown.has(g.id)) out.push(sharedItem(g, reps.get(g.id)?.c, l));
  out.push('</ol>');
  const rest = r.groups.length - l.shown.size;
  if (rest) out.push(`<p class="muted">${plural(rest, 'more shared change')}, each on fewer pages, ${rest === 1 ? 'is' : 'are'} written out on ${rest === 1 ? 'its' : 'their'} pages.</p>`);
  out.push('</section>');
  return out.join('\n');
}

function pagesTable(r: BatchReport, l: Layout): string {
  const listed = bySeverity(r.pages.filter((p) => p.status !== 'unchanged' || p.same === 'diff'));
  if (!listed.length) return '<p>No page changed.</p>';
  const rows = listed.map((p) => {
    const fmt = p.status === 'unchanged' ? ' class="fmt"' : '';
    const name = hasReport(p) ? pageLink(l, p) : `<span class="mono" id="${l.pageId.get(p.path)}">${escLine(p.path)}</span>`;
    const sev = p.status === 'error' ? '<span class="tag">error</span>' : sevBadge(p.severity);
    return `<tr${fmt}><td>${name}</td><td>${esc(p.status)}</td><td>${sev}</td><td>${pageDetail(p)}</td></tr>`;
  });
  return `<table class="pages"><thead><tr><th scope="col">Page</th><th scope="col">Status</th><th scope="col">Severity</th><th scope="col">Changes</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function unchangedList(r: BatchReport): string {
  const same = r.pages.filter((p) => p.status === 'unchanged' && p.same !== 'diff');
  if (!same.length) return '';
  return `<details><summary>${plural(same.length, 'unchanged page')}</summary><p class="mono">${same.map((p) => escLine(p.path)).join('<br>')}</p></details>`;
}

/** A change that several pages share, on one of those pages: its head line and where it is shown in full. */
function groupedNote(l: Layout, g: ChangeGroup, fromPart: boolean): string {
  return `<p class="shared-ref">Same change on ${plural(g.pages.length, 'page')}: <a href="${groupHref(l, g.id, fromPart)}">shown once among the shared changes</a>.</p>`;
}

function pageBlock(p: BatchPage & { report: ChangeReport }, l: Layout, groups: Map<string, ChangeGroup>, fromPart: boolean): string {
  const id = l.pageId.get(p.path)!;
  const ids = l.ids.get(p.path)!;
  const from = p.status === 'renamed' ? `<p class="path">renamed from <span class="mono">${escLine(p.oldPath ?? '')}</span></p>` : '';
  const title = p.title ? `<p class="path">“${escLine(p.title)}”</p>` : '';
  const secs = visibleSections(p.report).map((s) =>
    sectionBlock(s, {
      ids,
      level: 3,
      change: (c, cid) => {
        const g = c.group ? groups.get(c.group) : undefined;
        if (!g) return changeItem(c, { id: cid });
        // written out in the index: named here; else in full, with the pages it shares
        if (l.shown.has(g.id)) return changeItem(c, { id: cid, headOnly: true, note: groupedNote(l, g, fromPart) });
        return changeItem(c, { id: cid, note: `<p class="shared-ref">Same change on ${plural(g.pages.length, 'page')}.</p>` });
      },
    }),
  );
  const fmt = p.status === 'unchanged' ? ' fmt' : '';
  return [
    `<section class="page${fmt}" id="${id}" aria-labelledby="${id}-h">`,
    `<header><h2 id="${id}-h">${escLine(p.path)}</h2><span class="status">${esc(p.status)}</span>${sevBadge(p.severity)}</header>`,
    from,
    title,
    fallbackList(p.report.fallbacks),
    ...secs,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function fallbackList(fallbacks: string[]): string {
  return fallbacks.length ? fallbackNotes(fallbacks) : '';
}

function inputsOf(r: BatchReport): string {
  const side = (x: BatchReport['old']) => `<span class="mono">${escLine(x.dir)}</span> · ${plural(x.files, 'page')}, ${kb(x.bytes)}`;
  return `<dl class="inputs"><dt>Old</dt><dd>${side(r.old)}</dd><dt>New</dt><dd>${side(r.new)}</dd></dl>`;
}

/** The summary, shared changes and pages table; in one file, every page's changes after them. */
function indexDocument(r: BatchReport, l: Layout, showFormatting: boolean, pageBlocks: string[] | null): string {
  const { bySeverity: bySev, formatting } = countsOf(r);
  const errors = r.pages.filter((p) => p.status === 'error');
  const main: string[] = [];
  main.push('<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>');
  main.push(`<div class="verdict">${sevBadge(r.severity, `severity ${r.severity}`)}${pageCounts(r)}</div>`);
  main.push(`<div class="verdict"><span class="muted">Changes on compared pages:</span>${countsList(bySev, formatting)}</div>`);
  main.push(keyChangesBlock(r, l));
  main.push('<h3>Notes</h3>');
  if (errors.length) main.push(`<p>${plural(errors.length, 'page')} could not be compared:</p><ul class="notes">${errors.map((p) => `<li><span class="mono">${escLine(p.path)}</span>: ${escLine(p.error ?? '')}</li>`).join('')}</ul>`);
  main.push(fallbackNotes(r.fallbacks));
  const parts = [...new Set(l.part.values())];
  if (parts.length) {
    const links = parts.map((f, i) => `<a href="${esc(`${l.pagesDir}/${f}`)}">part ${i + 1}</a>`).join(', ');
    main.push(`<p>One file would have passed ${kb(SPLIT_BUDGET)}, so the pages' changes are in ${plural(parts.length, 'file')} beside this one, most severe pages first: ${links}.</p>`);
  }
  main.push('</section>');
  main.push(sharedBlock(r, l));
  main.push(`<section class="sec" aria-labelledby="pages-h"><header><h2 id="pages-h">Pages, most severe first</h2></header>${pagesTable(r, l)}${unchangedList(r)}</section>`);
  if (pageBlocks) pushAll(main, pageBlocks);
  return htmlDocument({
    title: `Changes: ${r.old.dir} → ${r.new.dir}`,
    kind: 'redline folder report',
    header: inputsOf(r),
    controls: viewControls(formatting, showFormatting),
    main: main.filter(Boolean).join('\n'),
  });
}

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
const kb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} KB`);

/** Page blocks packed in order into parts of at most `budget` bytes each (a page larger than that gets a part of its own). */
interface Block {
  path: string;
  html: string;
  formatting: number;
}

function pack(blocks: Block[], budget: number): Block[][] {
  const parts: Block[][] = [];
  let size = Infinity;
  for (const b of blocks) {
    if (size + bytes(b.html) > budget) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1].push(b);
    size += bytes(b.html);
  }
  return parts;
}

function partDocument(r: BatchReport, l: Layout, blocks: Block[], n: number, of: number, showFormatting: boolean): string {
  const formatting = blocks.reduce((k, b) => k + b.formatting, 0);
  const nav = `<p><a href="${esc(`../${l.indexName}`)}">← Summary and all pages</a> · part ${n} of ${of}</p>`;
  return htmlDocument({
    title: `Changes: ${r.old.dir} → ${r.new.dir} (part ${n} of ${of})`,
    kind: 'redline folder report',
    header: `${inputsOf(r)}${nav}`,
    controls: viewControls(formatting, showFormatting),
    main: blocks.map((b) => b.html).join('\n'),
  });
}

export function renderBatchHtml(r: BatchReport, opts: BatchHtmlOptions = {}): BatchHtml {
  const fmt = !!opts.showFormatting;
  const budget = opts.budget ?? SPLIT_BUDGET;
  const groups = new Map(r.groups.map((g) => [g.id, g]));
  const l = layout(r, opts);
  chooseShown(r, l, budget);
  const changed = bySeverity(r.pages).filter(hasReport);
  if (opts.split !== true) {
    const single = indexDocument(r, l, fmt, changed.map((p) => pageBlock(p, l, groups, false)));
    if (opts.split === false || bytes(single) <= budget) return { index: single, pages: [] };
  }
  // each part carries the stylesheet, the script and its own header besides the pages
  const shell = bytes(partDocument(r, l, [], 1, 1, fmt));
  const parts = pack(changed.map((p) => ({ path: p.path, html: pageBlock(p, l, groups, true), formatting: changeCounts(p.report).formatting })), budget - shell);
  parts.forEach((blocks, i) => blocks.forEach((b) => l.part.set(b.path, `part-${i + 1}.html`)));
  const pages = parts.map((blocks, i) => ({ file: `${l.pagesDir}/part-${i + 1}.html`, html: partDocument(r, l, blocks, i + 1, parts.length, fmt) }));
  return { index: indexDocument(r, l, fmt, null), pages };
}
