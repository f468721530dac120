// One page's ChangeReport as a self-contained HTML file: what was compared, the summary (severity
// counts, key changes first, each linking to its place, the sections and their status), any
// fallbacks with their reasons, then every section with its changes. Reads the report only;
// formatting-only changes are in the file when the report has them, hidden until asked for.

import type { ChangeReport, SideInfo } from '../../types.js';
import { esc, escLine, htmlDocument, viewControls } from './page.js';
import { changeCounts, countsList, formattingOnly, keyChanges, keyItem, reportIds, sectionBlock, sectionCounts, sectionName, sevBadge, statusText, visibleSections, type ReportIds } from './parts.js';

const FORMAT_NAMES: Record<string, string> = { html: 'HTML', markdown: 'Markdown', text: 'text' };

/** A store version's label (`page@2024-03-01 (0123456789)`) read back into page, date and revision. */
const STORE_LABEL = /^(.+)@(\d{4}-\d{2}-\d{2}) \(([0-9a-f]{7,40})\)$/;

function sideInfo(s: SideInfo, other: SideInfo): string {
  const m = STORE_LABEL.exec(s.label);
  const what = m
    ? `<span class="mono">${escLine(m[1])}</span> · version of ${esc(m[2])} · revision <span class="mono">${esc(m[3])}</span>`
    : `<span class="mono">${escLine(s.label)}</span>`;
  const title = s.title && s.title !== other.title ? ` · “${escLine(s.title)}”` : '';
  return `${what} <span class="fmtname">(${esc(FORMAT_NAMES[s.format] ?? s.format)})</span>${title}`;
}

function inputsList(r: ChangeReport): string {
  return `<dl class="inputs"><dt>Old</dt><dd>${sideInfo(r.old, r.new)}</dd><dt>New</dt><dd>${sideInfo(r.new, r.old)}</dd></dl>`;
}

export function fallbackNotes(fallbacks: string[]): string {
  if (!fallbacks.length) return '<p class="muted">Every section was compared word by word (no coarser diff was needed).</p>';
  return `<p>A coarser diff was used here:</p><ul class="notes">${fallbacks.map((f) => `<li>${escLine(f)}</li>`).join('')}</ul>`;
}

export interface HtmlOptions {
  /** start with formatting-only changes shown (they are in the file either way when the report has them). */
  showFormatting?: boolean;
}

/** The summary block: verdict, counts, key changes, notes and the sections' table of contents. */
function summaryBlock(r: ChangeReport, ids: ReportIds): string {
  const { bySeverity, formatting } = changeCounts(r);
  const sections = visibleSections(r);
  const out: string[] = [];
  out.push('<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>');
  if (!sections.length) {
    out.push('<p class="verdict">No changes.</p></section>');
    return out.join('\n');
  }
  out.push(`<div class="verdict">${sevBadge(r.summary.severity, `severity ${r.summary.severity}`)}${countsList(bySeverity, formatting)}</div>`);
  out.push(`<p>Sections: ${esc(sectionCounts(r.summary))}.</p>`);
  const key = keyChanges(sections.flatMap((s) => s.changes.map((c) => ({ s, c }))));
  if (key.length) {
    out.push(`<h3>Key changes (${key.length})</h3>`, '<ol class="keylist">');
    for (const { s, c } of key) out.push(keyItem(c, `#${ids.change.get(c)!}`, `in <a href="${`#${ids.section.get(s)!}`}">${escLine(sectionName(s))}</a>`));
    out.push('</ol>');
  }
  out.push('<h3>Notes</h3>', fallbackNotes(r.fallbacks));
  out.push(`<h3>Sections (${sections.length})</h3>`, '<ol class="toc">');
  for (const s of sections) {
    const fmt = formattingOnly(s) ? ' class="fmt"' : '';
    out.push(`<li${fmt}>${sevBadge(s.severity)}<a href="${`#${ids.section.get(s)!}`}">${escLine(sectionName(s))}</a><span class="status">${esc(statusText(s))}</span></li>`);
  }
  out.push('</ol></section>');
  return out.join('\n');
}

export function renderHtml(r: ChangeReport, opts: HtmlOptions = {}): string {
  const ids = reportIds(r);
  const title = r.new.title ?? r.old.title ?? 'Page';
  const { formatting } = changeCounts(r);
  const main = [
    summaryBlock(r, ids),
    ...visibleSections(r).map((s) => sectionBlock(s, { ids, level: 2 })),
  ].join('\n');
  return htmlDocument({
    title: `Changes: ${title}`,
    kind: 'redline report',
    header: inputsList(r),
    controls: viewControls(formatting, !!opts.showFormatting),
    main,
  });
}
