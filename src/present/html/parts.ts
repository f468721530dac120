// The pieces of an HTML report a single page, a folder and a changelog share: severity badges,
// word-level changes (inline and side by side), one change, one section, key changes, and ids
// derived from content so a link to a change survives a re-run. Reads report data only.

import type { Change, ChangeReport, SectionDiff, Severity, WordOp } from '../../types.js';
import { severityRank } from '../../types.js';
import { digest, esc, escLine, Ids, slug } from './page.js';

export const SEVERITY_ORDER: Severity[] = ['high', 'medium', 'low', 'none'];

export function sevBadge(sev: Severity, label: string = sev): string {
  return `<span class="sev sev-${sev}">${esc(label)}</span>`;
}

export const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Word changes in one run of text, removed words struck (del), added ones underlined (ins), on one side or both: spaces at their ends go outside the mark (only words are underlined or struck); a deletion and an insertion that touch get a gap. */
function marked(ops: WordOp[]): string {
  let out = '';
  let touching = false;
  for (const [op, t] of ops) {
    if (op === '=') {
      out += esc(t);
      touching = false;
      continue;
    }
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(t)!;
    if (!m[2]) {
      out += esc(t);
      touching = false;
      continue;
    }
    const tag = op === '-' ? 'del' : 'ins';
    out += `${esc(m[1])}<${tag}${touching && !m[1] ? ' class="adj"' : ''}>${esc(m[2])}</${tag}>${esc(m[3])}`;
    touching = !m[3];
  }
  return out;
}

/** One side of the word changes: the old text with its removed words, or the new text with its added words. */
function sideWords(ops: WordOp[], side: '-' | '+'): string {
  return marked(ops.filter(([op]) => op === '=' || op === side));
}

function lines(kind: 'add' | 'del' | 'mv', text: string, code: boolean): string {
  const items = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<li>${esc(l)}</li>`)
    .join('');
  const label = kind === 'add' ? 'Added text' : kind === 'del' ? 'Removed text' : 'Moved text';
  return `<ul class="block ${kind}${code ? ' code' : ''}" aria-label="${label}">${items}</ul>`;
}

export interface ChangeView {
  /** the change's id (already unique in the document). */
  id: string;
  /** extra HTML after the body (a shared-change note). */
  note?: string;
  /** show only the head line (the body is shown elsewhere, e.g. once for a shared change). */
  headOnly?: boolean;
}

/** The body of a change: its word changes inline and side by side, or its added, removed or moved text. */
function changeBody(c: Change): string {
  const code = c.block === 'code';
  if (c.type === 'changed' && c.words?.length) {
    const cls = `diff${code ? ' code' : ''}`;
    return (
      `<p class="${cls} inline">${marked(c.words)}</p>` +
      `<div class="sbs"><div><span class="side">Old</span><p class="${cls}">${sideWords(c.words, '-')}</p></div>` +
      `<div><span class="side">New</span><p class="${cls}">${sideWords(c.words, '+')}</p></div></div>`
    );
  }
  if (c.type === 'changed') return `${c.old ? lines('del', c.old, code) : ''}${c.new ? lines('add', c.new, code) : ''}`;
  if (c.type === 'added') return c.new ? lines('add', c.new, code) : '';
  if (c.type === 'removed') return c.old ? lines('del', c.old, code) : '';
  const moved = c.new ?? c.old;
  return moved ? lines('mv', moved, code) : '';
}

/** The line that names a change: severity, summary, tags, and a link to itself. */
function changeHead(c: Change, id: string): string {
  const summary = c.summary || (c.formatting ? 'Formatting' : c.type);
  const tags = [c.formatting ? '<span class="tag">formatting</span>' : '', c.silenced ? `<span class="tag">silenced: ${escLine(c.silenced)}</span>` : ''].join('');
  return `<div class="chg-h">${sevBadge(c.severity)}<span class="sum">${escLine(summary)}</span>${tags}<a class="self" href="#${id}" aria-label="Link to this change">#</a></div>`;
}

export function changeItem(c: Change, v: ChangeView): string {
  const cls = `chg sev-${c.severity}${c.formatting ? ' fmt' : ''}`;
  const body = v.headOnly ? '' : changeBody(c);
  return `<li class="${cls}" id="${v.id}">${changeHead(c, v.id)}${body}${v.note ?? ''}</li>`;
}

export function sectionName(s: SectionDiff): string {
  return s.newHeading ?? s.oldHeading ?? '(untitled)';
}

export function statusText(s: SectionDiff): string {
  if (s.status === 'renamed') return 'renamed';
  return s.moved && s.status !== 'moved' ? `${s.status}, moved` : s.status;
}

/** A section shows when it has changes or a status of its own; formatting-only ones hide with their changes. */
export function visibleSections(r: ChangeReport): SectionDiff[] {
  return r.sections.filter((s) => s.changes.length > 0 || s.status !== 'unchanged');
}

export const formattingOnly = (s: SectionDiff) => s.status !== 'added' && s.status !== 'removed' && s.status !== 'renamed' && s.changes.length > 0 && s.changes.every((c) => c.formatting);

/** Ids for one report's sections and changes, from their content (and `salt`, e.g. the page's path when several reports share a document). */
export interface ReportIds {
  section: Map<SectionDiff, string>;
  change: Map<Change, string>;
}

export function reportIds(r: ChangeReport, salt = '', ids = new Ids()): ReportIds {
  const section = new Map<SectionDiff, string>();
  const change = new Map<Change, string>();
  const tag = salt ? `-${digest(salt).slice(0, 4)}` : '';
  for (const s of visibleSections(r)) {
    const name = sectionName(s);
    section.set(s, ids.take(`s-${slug(name) || 'section'}${tag}`));
    for (const c of s.changes) {
      const base = slug(c.summary || c.type, 32) || 'change';
      change.set(c, ids.take(`c-${base}-${digest(salt, name, c.type, c.old, c.new)}`));
    }
  }
  return { section, change };
}

export interface SectionView {
  ids: ReportIds;
  /** heading level of the section names (2 on a page of its own, 3 inside a folder's page). */
  level: 2 | 3;
  /** how to show a change (e.g. a shared change once); default: in full. */
  change?: (c: Change, id: string) => string;
}

export function sectionBlock(s: SectionDiff, v: SectionView): string {
  const id = v.ids.section.get(s)!;
  const h = `h${v.level}`;
  const status = s.status === 'renamed' ? `renamed from “${escLine(s.oldHeading ?? '')}”` : esc(statusText(s));
  const path = (s.newPath ?? s.oldPath ?? []).slice(0, -1);
  const changes = s.changes.map((c) => (v.change ? v.change(c, v.ids.change.get(c)!) : changeItem(c, { id: v.ids.change.get(c)! }))).join('\n');
  const cls = `sec${formattingOnly(s) ? ' fmt' : ''}`;
  return [
    `<section class="${cls}" id="${id}" aria-labelledby="${id}-h">`,
    `<header><${h} id="${id}-h">${escLine(sectionName(s))}</${h}><span class="status">${status}</span>${sevBadge(s.severity)}</header>`,
    path.length ? `<p class="path">${path.map(escLine).join(' › ')}</p>` : '',
    changes ? `<ol class="changes">\n${changes}\n</ol>` : `<p class="empty-note">${s.status === 'renamed' ? 'Only the heading changed.' : 'No changes listed.'}</p>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Changes by severity, formatting-only ones apart: what the summary line counts. */
export function changeCounts(r: ChangeReport): { bySeverity: Record<Severity, number>; formatting: number } {
  const bySeverity: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  let formatting = 0;
  for (const s of r.sections) for (const c of s.changes) c.formatting ? formatting++ : bySeverity[c.severity]++;
  return { bySeverity, formatting };
}

export function countsList(bySeverity: Record<Severity, number>, formatting: number, what = 'change'): string {
  const items = SEVERITY_ORDER.filter((s) => bySeverity[s]).map((s) => `<li><b>${bySeverity[s]}</b> ${s}</li>`);
  if (formatting) items.push(`<li><b>${formatting}</b> formatting-only</li>`);
  if (!items.length) items.push(`<li>no ${what}s</li>`);
  return `<ul class="counts">${items.join('')}</ul>`;
}

/** High and medium changes, most severe first (page order otherwise). */
export function keyChanges<T extends { c: Change }>(items: T[]): T[] {
  return items.filter((t) => !t.c.formatting && severityRank(t.c.severity) >= severityRank('medium')).sort((a, b) => severityRank(b.c.severity) - severityRank(a.c.severity));
}

/** One key change in a summary list: severity, summary linking to the change, where it is, and its word changes. */
export function keyItem(c: Change, href: string, where: string): string {
  const words = c.type === 'changed' && c.words?.length && !c.formatting ? `<p class="diff${c.block === 'code' ? ' code' : ''}">${marked(c.words)}</p>` : '';
  return `<li><div><div class="chg-h">${sevBadge(c.severity)}<a class="sum" href="${href}">${escLine(c.summary || c.type)}</a></div><div class="where">${where}</div>${words}</div></li>`;
}

/** "4 added, 2 modified" from a report's section counts. */
export function sectionCounts(s: { added: number; removed: number; renamed: number; modified: number; moved: number }): string {
  const parts = (['added', 'removed', 'renamed', 'modified', 'moved'] as const).filter((k) => s[k]).map((k) => `${s[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'none changed';
}
