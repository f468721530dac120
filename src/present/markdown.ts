// The same report as Markdown (for pull requests, tickets, changelogs): key changes first,
// then section by section with ~~removed~~ / <ins>added</ins> words (underlined where HTML is
// rendered, as GitHub does; bold would read as the page's own emphasis). Reads a ChangeReport only.

import type { Change, ChangeReport, SectionDiff, Severity, WordOp } from '../types.js';
import { severityRank } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { summaryLine } from './text.js';
import { pushAll } from '../util/arrays.js';

/** Escape text for inline Markdown. */
export function mdEscape(s: string): string {
  // `>` and `#` only mean something at the start of a line; `->` stays readable
  return sanitizeLine(s)
    .replace(/([\\`*_[\]<|~])/g, '\\$1')
    .replace(/^([>#])/, '\\$1');
}

export function mdWords(ops: WordOp[]): string {
  return ops
    .map(([op, t]) => {
      if (op === '=') return mdEscape(t);
      const inner = mdEscape(t.trim());
      if (!inner) return t;
      const lead = /^\s/.test(t) ? ' ' : '';
      const trail = /\s$/.test(t) ? ' ' : '';
      return `${lead}${op === '-' ? `~~${inner}~~` : `<ins>${inner}</ins>`}${trail}`;
    })
    .join('');
}

function heading(s: SectionDiff): string {
  return mdEscape(s.newHeading ?? s.oldHeading ?? '(untitled)');
}

function quote(text: string, limit = 600): string {
  const t = text.length > limit ? text.slice(0, limit - 1) + '…' : text;
  return t
    .split('\n')
    .map((l) => `> ${mdEscape(l)}`)
    .join('\n');
}

export function changeMarkdown(c: Change): string[] {
  const out = [`- **${c.severity}** · ${mdEscape(c.summary)}${c.formatting ? ' _(formatting)_' : ''}`];
  if (c.type === 'changed' && c.words) out.push(`  - ${mdWords(c.words)}`);
  else if (c.type === 'added' && c.new) out.push('', quote(c.new).replace(/^/gm, '  '));
  else if (c.type === 'removed' && c.old) out.push('', quote(c.old).replace(/^/gm, '  '));
  return out;
}

export function renderMarkdown(r: ChangeReport): string {
  const out: string[] = [];
  const title = r.new.title ?? r.old.title ?? 'Page';
  out.push(`# Changes: ${mdEscape(title)}`, '');
  out.push(`\`${sanitizeLine(r.old.label)}\` (${r.old.format}) → \`${sanitizeLine(r.new.label)}\` (${r.new.format})`, '');
  out.push(`**Severity: ${r.summary.severity}** · ${summaryLine(r)}`, '');
  for (const f of r.fallbacks) out.push(`> Note: ${mdEscape(f)}`, '');
  const top: { s: SectionDiff; c: Change }[] = [];
  for (const s of r.sections) for (const c of s.changes) if (severityRank(c.severity) >= severityRank('medium')) top.push({ s, c });
  top.sort((a, b) => severityRank(b.c.severity) - severityRank(a.c.severity));
  if (top.length) {
    out.push('## Key changes', '');
    for (const t of top) out.push(`- **${t.c.severity}** · ${mdEscape(t.c.summary)} (${heading(t.s)})`);
    out.push('');
  }
  const shown = r.sections.filter((s) => s.changes.length > 0 || s.status !== 'unchanged');
  if (!shown.length) out.push('No changes.', '');
  for (const s of shown) {
    const st = s.status === 'renamed' ? `renamed from "${mdEscape(s.oldHeading ?? '')}"` : s.status + (s.moved && s.status !== 'moved' ? ', moved' : '');
    out.push(`## ${heading(s)}`, '', `_${st} · ${s.severity}_`, '');
    for (const c of s.changes) pushAll(out, changeMarkdown(c));
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export const SEVERITY_ORDER: Severity[] = ['high', 'medium', 'low', 'none'];
