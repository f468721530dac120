// Presenters for a BatchReport (two folders compared): a terminal overview (one line per page,
// then the changes repeated across pages), the same as Markdown, and JSON. They read the report
// only; per-page details reuse the single-page presenters. All page text and paths are sanitized.

import type { Severity } from '../types.js';
import type { BatchPage, BatchReport, ChangeGroup, PageStatus } from '../batch/types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { makeStyle, severityColor, type Style } from './style.js';
import { renderText } from './text.js';
import { renderMarkdown, mdEscape } from './markdown.js';

export interface BatchTextOptions {
  color?: boolean;
  /** also list unchanged pages (default: counted only) */
  showUnchanged?: boolean;
  /** pages named per repeated change before "and N more" (default 8) */
  groupPages?: number;
  /** repeated changes shown (default 20) */
  maxGroups?: number;
  /** append each changed page's full report */
  details?: boolean;
}

const MARK: Record<PageStatus, string> = { modified: 'M', renamed: 'R', added: 'A', removed: 'D', unchanged: '=', error: '!' };
const ORDER: PageStatus[] = ['modified', 'renamed', 'added', 'removed', 'unchanged', 'error'];
const SEV: Severity[] = ['high', 'medium', 'low', 'none'];

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** "249 modified, 1 renamed, 97 added, 10 removed, 56 unchanged" */
export function batchCountsLine(r: BatchReport): string {
  const parts = ORDER.filter((s) => r.counts[s]).map((s) => `${r.counts[s]} ${s === 'error' ? (r.counts[s] === 1 ? 'error' : 'errors') : s}`);
  return parts.length ? parts.join(', ') : 'no pages';
}

/** "3 high, 2 medium, 5 low" for one page (shown changes only), or '' */
export function pageChangesLine(p: BatchPage): string {
  const c = p.summary.changes;
  return SEV.filter((s) => c[s]).map((s) => `${c[s]} ${s}`).join(', ');
}

function pageSectionsLine(p: BatchPage): string {
  const s = p.summary.sections;
  const parts = (['added', 'removed', 'renamed', 'modified', 'moved'] as const).filter((k) => s[k]).map((k) => `${s[k]} ${k}`);
  return parts.length ? `sections: ${parts.join(', ')}` : '';
}

/** One line describing a page (without the status mark and severity). */
export function pageLine(p: BatchPage): string {
  const path = sanitizeLine(p.path);
  switch (p.status) {
    case 'error':
      return `${path}: ${sanitizeLine(p.error ?? 'error')}`;
    case 'added':
    case 'removed':
      return p.title ? `${path}  "${sanitizeLine(p.title)}"` : path;
    case 'unchanged':
      return `${path}  (${p.same === 'bytes' ? 'identical' : p.same === 'canonical' ? 'same content' : 'formatting only'})`;
    default: {
      const from = p.status === 'renamed' ? `  ← ${sanitizeLine(p.oldPath ?? '')} (${Math.round((p.similarity ?? 0) * 100)}% similar)` : '';
      const detail = [pageChangesLine(p), pageSectionsLine(p)].filter(Boolean).join(' · ');
      return `${path}${from}${detail ? `  ${detail}` : ''}`;
    }
  }
}

function sevLabel(st: Style, sev: Severity, status: PageStatus): string {
  if (status === 'error') return st.bold(st.red('ERROR '));
  return severityColor(st, sev)(sev.toUpperCase().padEnd(6));
}

function groupPagesLine(g: ChangeGroup, n: number): string {
  const shown = g.pages.slice(0, n).map(sanitizeLine).join(', ');
  return g.pages.length > n ? `${shown}, … and ${g.pages.length - n} more` : shown;
}

export function renderBatchText(r: BatchReport, opts: BatchTextOptions = {}): string {
  const st = makeStyle(!!opts.color);
  const out: string[] = [];
  out.push(`${st.bold('redline')} ${sanitizeLine(r.old.dir)} → ${sanitizeLine(r.new.dir)}`);
  out.push(`${r.old.files} → ${r.new.files} pages · ${batchCountsLine(r)} · severity ${severityColor(st, r.severity)(r.severity.toUpperCase())}`);
  for (const f of r.fallbacks) out.push(st.dim(`note: ${sanitizeLine(f)}`));
  const listed = r.pages.filter((p) => opts.showUnchanged || p.status !== 'unchanged');
  if (listed.length) out.push('');
  for (const p of listed) out.push(`  ${MARK[p.status]} ${sevLabel(st, p.severity, p.status)} ${pageLine(p)}`);
  if (!listed.length && r.pages.length) out.push('', 'No changes.');

  const max = opts.maxGroups ?? 20;
  const per = opts.groupPages ?? 8;
  if (r.groups.length) {
    out.push('', st.bold(`Repeated changes (${r.groups.length})`));
    for (const g of r.groups.slice(0, max)) {
      out.push(`  ${String(g.pages.length).padStart(3)} pages  ${severityColor(st, g.severity)(g.severity.toUpperCase().padEnd(6))} ${sanitizeLine(g.summary || g.type)}`);
      if (g.old !== null) out.push(`             ${st.red(`- ${clip(sanitizeLine(g.old), 160)}`)}`);
      if (g.new !== null) out.push(`             ${st.green(`+ ${clip(sanitizeLine(g.new), 160)}`)}`);
      out.push(`             ${st.dim(groupPagesLine(g, per))}`);
    }
    if (r.groups.length > max) out.push(st.dim(`  … and ${r.groups.length - max} more repeated changes (see --format json)`));
  }
  if (opts.details) {
    for (const p of r.pages) {
      if (!p.report || (p.status !== 'modified' && p.status !== 'renamed')) continue;
      out.push('', st.bold(`━━ ${sanitizeLine(p.path)}`), renderText(p.report, { color: opts.color }).trimEnd());
    }
  }
  return out.join('\n') + '\n';
}

export interface BatchMarkdownOptions {
  showUnchanged?: boolean;
  groupPages?: number;
  maxGroups?: number;
  /** append each changed page's report (its headings one level down) */
  details?: boolean;
}

const code = (s: string) => `\`${sanitizeLine(s).replace(/`/g, "'")}\``;
const cell = (s: string) => mdEscape(s);

export function renderBatchMarkdown(r: BatchReport, opts: BatchMarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(`# Changes: ${code(r.old.dir)} → ${code(r.new.dir)}`, '');
  out.push(`**Severity: ${r.severity}** · ${r.old.files} → ${r.new.files} pages · ${batchCountsLine(r)}`, '');
  for (const f of r.fallbacks) out.push(`> Note: ${mdEscape(f)}`, '');
  const listed = r.pages.filter((p) => opts.showUnchanged || p.status !== 'unchanged');
  if (listed.length) {
    out.push('| Page | Status | Severity | Changes |', '| --- | --- | --- | --- |');
    for (const p of listed) {
      const page = p.status === 'renamed' ? `${code(p.path)} (from ${code(p.oldPath ?? '')})` : code(p.path);
      const detail =
        p.status === 'error'
          ? cell(p.error ?? '')
          : p.status === 'added' || p.status === 'removed'
            ? cell(p.title ?? '')
            : [pageChangesLine(p), pageSectionsLine(p)].filter(Boolean).join(' · ');
      out.push(`| ${page} | ${p.status} | ${p.status === 'error' ? '' : p.severity} | ${detail} |`);
    }
    out.push('');
  } else out.push('No changes.', '');
  const max = opts.maxGroups ?? 50;
  const per = opts.groupPages ?? 12;
  if (r.groups.length) {
    out.push('## Repeated changes', '');
    for (const g of r.groups.slice(0, max)) {
      out.push(`- **${g.severity}** · ${mdEscape(g.summary || g.type)} · ${g.pages.length} pages`);
      if (g.old !== null) out.push(`  - old: ${mdEscape(clip(g.old, 300))}`);
      if (g.new !== null) out.push(`  - new: ${mdEscape(clip(g.new, 300))}`);
      const names = g.pages.slice(0, per).map(code).join(', ');
      out.push(`  - pages: ${names}${g.pages.length > per ? `, and ${g.pages.length - per} more` : ''}`);
    }
    if (r.groups.length > max) out.push('', `_…and ${r.groups.length - max} more repeated changes._`);
    out.push('');
  }
  if (opts.details) {
    for (const p of r.pages) {
      if (!p.report || (p.status !== 'modified' && p.status !== 'renamed')) continue;
      out.push(renderMarkdown(p.report).replace(/^(#+) /gm, '#$1 ').trimEnd(), '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export interface BatchJsonOptions {
  /** keep each page's full ChangeReport (default true); false leaves summaries only */
  reports?: boolean;
}

export function renderBatchJson(r: BatchReport, opts: BatchJsonOptions = {}): string {
  const data = opts.reports === false ? { ...r, pages: r.pages.map(({ report: _r, ...p }) => p) } : r;
  return JSON.stringify(data, null, 2) + '\n';
}
