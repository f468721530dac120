// Plain-text renderings of a page (what a browser's "copy all" or a text crawler gives)
// -> DocModel. Structure is recovered from layout: a `Title - Service` first line, headings as
// short bare lines between blank lines, `•` bullets whose indentation gives the nesting,
// tab-separated rows as tables. What cannot be recovered (links, emphasis) is simply absent;
// the diff treats missing markup as formatting.

import type { DocBlock, DocItem, DocModel } from './doc.js';
import { escapeLineStart, escapeText } from './inline.js';
import { minOf } from '../util/arrays.js';

const BULLET_RE = /^([•◦▪▫‣○●■□◆◇►▸▹∙·]|[-*+](?=\s))\s*(.*)$/u;
const ORDERED_RE = /^(\d{1,3})[.)]\s+(.*)$/;
/** Lists nested deeper than this are flattened into the deepest one (as HTML does). */
const MAX_NESTING = 32;

interface Line {
  indent: number;
  bullet: 'ul' | 'ol' | null;
  start: number;
  text: string;
  blankBefore: boolean;
  tabs: string[] | null;
}

const inline = (s: string) => escapeLineStart(escapeText(plainOf(s)));
const plainOf = (s: string) => s.replace(/\s+/g, ' ').trim();

function measure(raw: string): { indent: number; body: string } {
  const m = /^[ \t]*/.exec(raw)![0];
  let n = 0;
  for (const c of m) n += c === '\t' ? 4 : 1;
  return { indent: n, body: raw.slice(m.length) };
}

function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return false;
  if (t.split(/\s+/).length > 16) return false;
  if (/[.:;,!]$/.test(t)) return false;
  if (/\?$/.test(t) && !/^(what|how|why|when|where|which|who|can|do|does|is|are|should)\b/i.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  if (/^["'{\[(<]/.test(t)) return false;
  return true;
}

/** Plain-text source -> DocModel. */
export function readText(src: string): DocModel {
  const rawLines = src.split('\n');
  // 1. lines -> records (paragraph lines joined, bullets with their continuation lines)
  const lines: Line[] = [];
  let blank = true;
  let prevWasContent = false;
  for (const raw of rawLines) {
    if (raw.trim() === '') {
      blank = true;
      prevWasContent = false;
      continue;
    }
    const { indent, body } = measure(raw);
    const cells = body.includes('\t') ? body.split(/\t+/).map((c) => c.trim()) : null;
    const b = BULLET_RE.exec(body);
    const o = b ? null : ORDERED_RE.exec(body);
    const last = lines[lines.length - 1];
    if (b || o) {
      lines.push({ indent, bullet: b ? 'ul' : 'ol', start: o ? Number(o[1]) : 1, text: b ? b[2] : o![2], blankBefore: blank, tabs: null });
    } else if (cells && cells.length >= 2) {
      lines.push({ indent, bullet: null, start: 1, text: body, blankBefore: blank, tabs: cells });
    } else if (prevWasContent && last && !last.tabs && (last.bullet ? indent > last.indent : indent === last.indent)) {
      // a wrapped line continues the paragraph or bullet above it
      last.text += ' ' + body.trim();
    } else {
      lines.push({ indent, bullet: null, start: 1, text: body.trim(), blankBefore: blank, tabs: null });
    }
    blank = false;
    prevWasContent = true;
  }
  if (lines.length === 0) return { title: null, blocks: [] };

  // 2. title: "Page title - Service" followed by "Page title", or a first heading-like line
  const blocks: DocBlock[] = [];
  let title: string | null = null;
  let i = 0;
  const first = lines[0];
  if (!first.bullet && !first.tabs) {
    const second = lines[1];
    const dash = / [-–—|] /.exec(first.text);
    if (second && second.text.trim() === first.text.trim()) {
      title = first.text.trim();
      i = 2;
    } else if (dash && second && first.text.slice(0, dash.index).trim() === second.text.trim()) {
      title = second.text.trim();
      i = 2;
    } else if (looksLikeHeading(first.text)) {
      title = dash ? first.text.slice(0, dash.index).trim() : first.text.trim();
      i = 1;
    }
  }
  if (title) blocks.push({ type: 'heading', level: 1, text: inline(title), anchor: null, plain: plainOf(title) });

  // 3. records -> blocks; a stack of open list items gives the nesting
  const base = minOf(lines.slice(i).filter((l) => !l.bullet).map((l) => l.indent));
  const baseIndent = Number.isFinite(base) ? base : 0;
  type Open = { indent: number; kind: 'ul' | 'ol'; list: Extract<DocBlock, { type: 'list' }>; item: DocItem };
  const stack: Open[] = [];
  const container = (): DocBlock[] => (stack.length ? stack[stack.length - 1].item.blocks : blocks);
  for (; i < lines.length; i++) {
    const l = lines[i];
    const indent = Math.max(0, l.indent - baseIndent);
    if (l.bullet) {
      while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
      const top = stack[stack.length - 1];
      if (top && top.indent === indent && top.kind === l.bullet) {
        const item: DocItem = { task: null, blocks: [{ type: 'paragraph', text: inline(l.text), plain: plainOf(l.text) }] };
        top.list.items.push(item);
        top.item = item;
        continue;
      }
      if (top && top.indent < indent && stack.length >= MAX_NESTING) {
        // indented deeper than any page nests: an item of the deepest list kept (a bullet per
        // line, one more level each, overflowed the stack at a few thousand)
        const item: DocItem = { task: null, blocks: [{ type: 'paragraph', text: inline(l.text), plain: plainOf(l.text) }] };
        top.list.items.push(item);
        top.item = item;
        continue;
      }
      if (top && top.indent === indent) stack.pop();
      const item: DocItem = { task: null, blocks: [{ type: 'paragraph', text: inline(l.text), plain: plainOf(l.text) }] };
      const list: Extract<DocBlock, { type: 'list' }> = { type: 'list', ordered: l.bullet === 'ol', start: l.start, items: [item] };
      container().push(list);
      stack.push({ indent, kind: l.bullet, list, item });
      continue;
    }
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    if (l.tabs) {
      // consecutive tab-separated rows make one table; the first row is its header
      const rows: string[][] = [l.tabs];
      while (i + 1 < lines.length && lines[i + 1].tabs) rows.push(lines[++i].tabs!);
      container().push({
        type: 'table',
        header: rows[0].map(inline),
        rows: rows.slice(1).map((r) => r.map(inline)),
        plainHeader: rows[0].map(plainOf),
        plainRows: rows.slice(1).map((r) => r.map(plainOf)),
      });
      continue;
    }
    const next = lines[i + 1];
    const isHeading =
      stack.length === 0 &&
      indent === 0 &&
      l.blankBefore &&
      next !== undefined &&
      next.blankBefore &&
      looksLikeHeading(l.text);
    if (isHeading) blocks.push({ type: 'heading', level: 2, text: inline(l.text), anchor: null, plain: plainOf(l.text) });
    else container().push({ type: 'paragraph', text: inline(l.text), plain: plainOf(l.text) });
  }
  return { title, blocks };
}
