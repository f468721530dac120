// Presenters for a BatchReport (two folders compared): a terminal overview (pages by severity, the
// highest first, each high and medium page with its key changes, then the changes repeated across
// pages that are real sentences), the same as Markdown, and JSON (everything, unfiltered). They
// read the report only; per-page details reuse the single-page presenters. All page text and
// paths are sanitized.

import type { Change, SectionDiff, Severity } from '../types.js';
import { severityRank } from '../types.js';
import type { BatchPage, BatchReport, ChangeGroup, PageStatus } from '../batch/types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { makeStyle, severityColor, type Style } from './style.js';
import { renderText, sectionName } from './text.js';
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
  /** key changes listed under a high page (default 5) and a medium page (default 3) */
  keyChanges?: { high: number; medium: number };
}

const MARK: Record<PageStatus, string> = { modified: 'M', renamed: 'R', added: 'A', removed: 'D', unchanged: '=', error: '!' };
const ORDER: PageStatus[] = ['modified', 'renamed', 'added', 'removed', 'unchanged', 'error'];
const SEV: Severity[] = ['high', 'medium', 'low', 'none'];

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

const KEY_CHANGES = { high: 5, medium: 3 };

/**
 * Pages in the order a reader acts on them: pages that could not be compared, then by severity
 * (highest first), then by status (modified, renamed, added, removed, unchanged), then by path.
 */
export function pagesByUrgency(pages: BatchPage[]): BatchPage[] {
  const rank = (p: BatchPage) => (p.status === 'error' ? 99 : severityRank(p.severity));
  return [...pages].sort((a, b) => rank(b) - rank(a) || ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The high and medium changes of a page, highest first (page order within a severity). */
export function keyChanges(p: BatchPage): { s: SectionDiff; c: Change }[] {
  const out: { s: SectionDiff; c: Change }[] = [];
  for (const s of p.report?.sections ?? []) for (const c of s.changes) if (severityRank(c.severity) >= severityRank('medium') && !c.formatting && !c.silenced) out.push({ s, c });
  return out.sort((a, b) => severityRank(b.c.severity) - severityRank(a.c.severity));
}

/**
 * Text a reader would call a sentence: two words or more, mostly letters, and not an indented
 * line (code keeps its indentation). A lone `}` or `"s3:GetBucketAcl",` repeated on many pages
 * is a coincidence of code, not a shared change worth listing.
 */
export function isSentence(text: string | null): boolean {
  if (!text || /^\s/.test(text)) return false;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 2) return false;
  const symbols = text.replace(/[\p{L}\p{N}\s]/gu, '').length;
  return words.join('').length > 2 * symbols;
}

/** The repeated changes worth showing: those whose old or new text is a sentence. */
export function shownGroups(r: BatchReport): ChangeGroup[] {
  return r.groups.filter((g) => isSentence(g.old) || isSentence(g.new));
}

/** "skipped 3 hidden or non-regular files: ._a.md, .cache/, link.md" (both trees), or '' */
export function skippedLine(r: BatchReport, names = 5): string {
  const all = [...new Set([...(r.old.skipped ?? []), ...(r.new.skipped ?? [])])];
  if (!all.length) return '';
  const shown = all.slice(0, names).map(sanitizeLine).join(', ');
  return `skipped ${all.length} hidden or non-regular file${all.length === 1 ? '' : 's'}: ${shown}${all.length > names ? `, … and ${all.length - names} more` : ''} (--hidden reads hidden ones)`;
}

/** "pages by severity: 19 high, 153 medium, 85 low" for the changed pages, or '' */
export function pageSeverityLine(r: BatchReport): string {
  const n: Record<Severity, number> = { high: 0, medium: 0, low: 0, none: 0 };
  for (const p of r.pages) if (p.status !== 'unchanged' && p.status !== 'error') n[p.severity]++;
  const parts = SEV.filter((s) => n[s]).map((s) => `${n[s]} ${s}`);
  return parts.length ? `pages by severity: ${parts.join(', ')}` : '';
}

/** What to run for the whole report of one page. */
function pageCommand(r: BatchReport, p: BatchPage): string {
  const q = (s: string) => (/^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const dir = (d: string) => d.replace(/\/+$/, '');
  return `redline diff ${q(`${dir(r.old.dir)}/${p.oldPath ?? p.path}`)} ${q(`${dir(r.new.dir)}/${p.path}`)}`;
}

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

/** Why a page could not be compared, without the file path it starts with (the line names the page). */
function errorText(p: BatchPage): string {
  const e = p.error ?? 'error';
  const at = e.indexOf(`${p.path}: `);
  return at >= 0 && (at === 0 || e[at - 1] === '/' || e[at - 1] === '\\') ? e.slice(at + p.path.length + 2) : e;
}

/** One line describing a page (without the status mark and severity). */
export function pageLine(p: BatchPage): string {
  const path = sanitizeLine(p.path);
  switch (p.status) {
    case 'error':
      return `${path}: ${sanitizeLine(errorText(p))}`;
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
  const bySeverity = pageSeverityLine(r);
  if (bySeverity) out.push(`${bySeverity}; key changes under each high and medium page`);
  const skipped = skippedLine(r);
  if (skipped) out.push(st.dim(skipped));
  for (const f of r.fallbacks) out.push(st.dim(`note: ${sanitizeLine(f)}`));
  const listed = pagesByUrgency(r.pages.filter((p) => opts.showUnchanged || p.status !== 'unchanged'));
  if (listed.length) out.push('');
  const most = opts.keyChanges ?? KEY_CHANGES;
  for (const p of listed) {
    out.push(`  ${MARK[p.status]} ${sevLabel(st, p.severity, p.status)} ${pageLine(p)}`);
    const key = keyChanges(p);
    const n = p.severity === 'high' ? most.high : p.severity === 'medium' ? most.medium : 0;
    for (const { s, c } of key.slice(0, n)) out.push(`             ${severityColor(st, c.severity)(c.severity.toUpperCase().padEnd(6))} ${sanitizeLine(c.summary)} ${st.dim(`(${sectionName(s)})`)}`);
    if (n && key.length > n) out.push(st.dim(`             … ${key.length - n} more: ${sanitizeLine(pageCommand(r, p))}`));
  }
  if (!listed.length && r.pages.length) out.push('', 'No changes.');

  const max = opts.maxGroups ?? 20;
  const per = opts.groupPages ?? 8;
  const groups = shownGroups(r);
  if (groups.length) {
    out.push('', st.bold(`Repeated changes (${groups.length})`));
    for (const g of groups.slice(0, max)) {
      out.push(`  ${String(g.pages.length).padStart(3)} pages  ${severityColor(st, g.severity)(g.severity.toUpperCase().padEnd(6))} ${sanitizeLine(g.summary || g.type)}`);
      if (g.old !== null) out.push(`             ${st.red(`- ${clip(sanitizeLine(g.old), 160)}`)}`);
      if (g.new !== null) out.push(`             ${st.green(`+ ${clip(sanitizeLine(g.new), 160)}`)}`);
      out.push(`             ${st.dim(groupPagesLine(g, per))}`);
    }
    if (groups.length > max) out.push(st.dim(`  … and ${groups.length - max} more repeated changes (see --format json)`));
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
  /** key changes listed for a high page (default 5) and a medium page (default 3) */
  keyChanges?: { high: number; medium: number };
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
  const bySeverity = pageSeverityLine(r);
  if (bySeverity) out.push(`${bySeverity.replace(/^p/, 'P')}.`, '');
  const skipped = skippedLine(r);
  if (skipped) out.push(`${mdEscape(skipped.replace(/^s/, 'S'))}.`, '');
  for (const f of r.fallbacks) out.push(`> Note: ${mdEscape(f)}`, '');
  const listed = pagesByUrgency(r.pages.filter((p) => opts.showUnchanged || p.status !== 'unchanged'));
  if (listed.length) {
    out.push('| Page | Status | Severity | Changes |', '| --- | --- | --- | --- |');
    for (const p of listed) {
      const page = p.status === 'renamed' ? `${code(p.path)} (from ${code(p.oldPath ?? '')})` : code(p.path);
      const detail =
        p.status === 'error'
          ? cell(errorText(p))
          : p.status === 'added' || p.status === 'removed'
            ? cell(p.title ?? '')
            : [pageChangesLine(p), pageSectionsLine(p)].filter(Boolean).join(' · ');
      out.push(`| ${page} | ${p.status} | ${p.status === 'error' ? '' : p.severity} | ${detail} |`);
    }
    out.push('');
  } else out.push('No changes.', '');
  const most = opts.keyChanges ?? KEY_CHANGES;
  const withKeys = listed.filter((p) => keyChanges(p).length && (p.severity === 'high' || p.severity === 'medium'));
  if (withKeys.length) {
    out.push('## Key changes', '');
    for (const p of withKeys) {
      const key = keyChanges(p);
      const n = p.severity === 'high' ? most.high : most.medium;
      out.push(`- ${code(p.path)} · **${p.severity}**`);
      for (const { s, c } of key.slice(0, n)) out.push(`  - ${c.severity} · ${mdEscape(c.summary)} (${mdEscape(sectionName(s))})`);
      if (key.length > n) out.push(`  - … ${key.length - n} more: ${code(pageCommand(r, p))}`);
    }
    out.push('');
  }
  const max = opts.maxGroups ?? 50;
  const per = opts.groupPages ?? 12;
  const groups = shownGroups(r);
  if (groups.length) {
    out.push('## Repeated changes', '');
    for (const g of groups.slice(0, max)) {
      out.push(`- **${g.severity}** · ${mdEscape(g.summary || g.type)} · ${g.pages.length} pages`);
      if (g.old !== null) out.push(`  - old: ${mdEscape(clip(g.old, 300))}`);
      if (g.new !== null) out.push(`  - new: ${mdEscape(clip(g.new, 300))}`);
      const names = g.pages.slice(0, per).map(code).join(', ');
      out.push(`  - pages: ${names}${g.pages.length > per ? `, and ${g.pages.length - per} more` : ''}`);
    }
    if (groups.length > max) out.push('', `_…and ${groups.length - max} more repeated changes._`);
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
