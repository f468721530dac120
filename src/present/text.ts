// The terminal report: a header, the high and medium changes first, then section by section
// with word-level highlights. Reads a ChangeReport; never diffs. All page text is sanitized.

import type { Change, ChangeReport, SectionDiff, Severity, WordOp } from '../types.js';
import { severityRank } from '../types.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import { makeStyle, severityColor, type Style } from './style.js';
import { pushAll } from '../util/arrays.js';

export interface TextOptions {
  color?: boolean;
  /** max characters of an added/removed section body shown */
  bodyLimit?: number;
}

export function sectionName(s: SectionDiff): string {
  const h = s.newHeading ?? s.oldHeading ?? '(untitled)';
  return sanitizeLine(h);
}

const MARK: Record<Change['type'], string> = { added: '+', removed: '-', changed: '~', moved: '↕' };

export function renderWords(ops: WordOp[], st: Style): string {
  return ops
    .map(([op, t]) => {
      const s = sanitize(t);
      if (op === '=') return s;
      if (st.color) return op === '-' ? st.strike(st.red(s)) : st.bold(st.green(s));
      return op === '-' ? `[-${s}-]` : `{+${s}+}`;
    })
    .join('');
}

function sevLabel(st: Style, sev: Severity): string {
  return severityColor(st, sev)(sev.toUpperCase().padEnd(6));
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function changeBody(c: Change, st: Style, limit: number): string[] {
  const pad = '          ';
  if (c.type === 'changed' && c.words) return [pad + renderWords(c.words, st)];
  if (c.type === 'changed') return [pad + st.red(`- ${sanitizeLine(c.old ?? '')}`), pad + st.green(`+ ${sanitizeLine(c.new ?? '')}`)];
  if (c.type === 'moved') return [];
  const text = c.type === 'added' ? c.new ?? '' : c.old ?? '';
  const colour = c.type === 'added' ? st.green : st.red;
  const lines = clip(text, limit).split('\n');
  return lines.slice(0, 12).map((l) => pad + colour(`${MARK[c.type]} ${sanitizeLine(l)}`)).concat(lines.length > 12 ? [pad + st.dim(`… ${lines.length - 12} more lines`)] : []);
}

function statusLabel(s: SectionDiff): string {
  if (s.status === 'renamed') return `renamed from "${sanitizeLine(s.oldHeading ?? '')}"`;
  if (s.moved && s.status !== 'moved') return `${s.status}, moved`;
  return s.status;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(r: ChangeReport): string {
  const s = r.summary;
  const parts: string[] = [];
  if (s.added) parts.push(`${s.added} added`);
  if (s.removed) parts.push(`${s.removed} removed`);
  if (s.renamed) parts.push(`${s.renamed} renamed`);
  if (s.modified) parts.push(`${s.modified} modified`);
  if (s.moved) parts.push(`${s.moved} moved`);
  return parts.length ? `sections: ${parts.join(', ')}` : 'no section changes';
}

export function renderText(r: ChangeReport, opts: TextOptions = {}): string {
  const st = makeStyle(!!opts.color);
  const limit = opts.bodyLimit ?? 1200;
  const out: string[] = [];
  out.push(`${st.bold('redline')} ${sanitizeLine(r.old.label)} (${r.old.format}) → ${sanitizeLine(r.new.label)} (${r.new.format})`);
  const title = r.new.title ?? r.old.title;
  if (title) out.push(st.bold(sanitizeLine(title)));
  const c = r.summary.counts;
  const total = c.high + c.medium + c.low + c.none;
  if (total === 0 && r.sections.every((s) => s.changes.length === 0)) {
    out.push('No changes.');
    return out.join('\n') + '\n';
  }
  out.push(
    `${summaryLine(r)} · severity ${sevLabel(st, r.summary.severity).trim()} · ` +
      (['high', 'medium', 'low', 'none'] as Severity[])
        .filter((k) => c[k])
        .map((k) => `${c[k]} ${k}`)
        .join(', '),
  );
  for (const f of r.fallbacks) out.push(st.dim(`note: ${sanitizeLine(f)}`));

  const top: { s: SectionDiff; c: Change }[] = [];
  for (const s of r.sections) for (const ch of s.changes) if (severityRank(ch.severity) >= severityRank('medium')) top.push({ s, c: ch });
  top.sort((a, b) => severityRank(b.c.severity) - severityRank(a.c.severity));
  if (top.length) {
    out.push('', st.bold('Key changes'));
    for (const t of top) out.push(`  ${sevLabel(st, t.c.severity)} ${sanitizeLine(t.c.summary)} ${st.dim(`(${sectionName(t.s)})`)}`);
  }
  for (const s of r.sections) {
    if (s.status === 'unchanged' && s.changes.length === 0) continue;
    out.push('', `${st.bold('§ ' + sectionName(s))}  ${st.dim('[' + statusLabel(s) + ']')} ${sevLabel(st, s.severity).trim()}`);
    const changes = s.changes;
    for (const ch of changes) {
      const tag = ch.formatting ? st.dim(' (formatting)') : '';
      out.push(`  ${MARK[ch.type]} ${sevLabel(st, ch.severity)} ${sanitizeLine(ch.summary)}${tag}`);
      pushAll(out, changeBody(ch, st, limit));
    }
  }
  return out.join('\n') + '\n';
}
