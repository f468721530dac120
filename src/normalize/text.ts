// Plain-text renderings of a page (a browser's copy or innerText, `w3m -dump`, `lynx -dump`, a
// crawler's text) -> DocModel. Lines are unwrapped where the text is hard-wrapped
// (text-lines.ts), the content is bracketed by the title line and the footer (text-chrome.ts),
// tables and code are recovered from layout (text-structure.ts), and what is left reads as
// headings (short bare lines set apart), bullets (indentation gives nesting), note labels and
// paragraphs. With hints from the other version of the page (text-guide.ts) known headings,
// list items, tables and code are read as that version has them. What cannot be recovered
// (links, emphasis) is simply absent; the diff treats missing markup as formatting.

import type { DocBlock, DocItem, DocModel } from './doc.js';
import { escapeLineStart, escapeText } from './inline.js';
import { toLines, type Layout, type TextLine } from './text-lines.js';
import { bracket, isHeadingLike, NOTE_LABEL } from './text-chrome.js';
import { structureAt } from './text-structure.js';
import { joinWrappedHeadings, lineGuide, markItems, putImages, putLabels, templateContent, type LineGuide, type Template } from './text-guide.js';
import { minOf, pushAll } from '../util/arrays.js';

export interface TextHints {
  /** the other version of the page (text-guide.ts): its structure guides this reading */
  template?: Template;
  /** chrome lines learned from many pages of the site (text-boilerplate.ts) */
  boilerplate?: ReadonlySet<string>;
}

/** Lists nested deeper than this are flattened into the deepest one (as HTML does). */
const MAX_NESTING = 32;

const plainOf = (s: string) => s.replace(/\s+/g, ' ').trim();
const inline = (s: string) => escapeLineStart(escapeText(plainOf(s)));
const para = (text: string): DocBlock => ({ type: 'paragraph', text: inline(text), plain: plainOf(text) });

export interface TextRead {
  model: DocModel;
  /** choices made where the text was unclear (the report's fallbacks) */
  notes: string[];
}

/** Plain-text source -> DocModel. */
export function readText(src: string, hints: TextHints = {}): DocModel {
  return readTextNotes(src, hints).model;
}

/** Plain-text source -> DocModel, with notes on the choices made. */
export function readTextNotes(src: string, hints: TextHints = {}): TextRead {
  const { lines: all, layout } = toLines(src);
  if (all.length === 0) return { model: { title: null, blocks: [] }, notes: [] };
  const t = hints.template;
  const { lines: content, title, notes } = bracket(all, { titles: t?.titles, lead: t?.lead ?? undefined, content: t ? templateContent(t) : undefined, boilerplate: hints.boilerplate });
  const blocks: DocBlock[] = [];
  if (title) blocks.push({ type: 'heading', level: 1, text: inline(title), anchor: null, plain: plainOf(title) });
  const lines = t ? joinWrappedHeadings(content, t) : content;
  if (t) markItems(lines, t);
  pushAll(blocks, toBlocks(lines, layout, t ? lineGuide(t, lines) : undefined));
  if (t) {
    const images = putImages(blocks, t, new Set(lines.map((l) => l.key)));
    const labels = putLabels(blocks, t);
    if (labels) notes.push(`text: ${labels} note box(es) without their label in the text labelled as the other version has them (a page may draw the label as an icon)`);
    if (images) notes.push(`text: ${images} image(s) of the other version kept as they are (a text rendering cannot show images)`);
  }
  return { model: { title, blocks }, notes };
}

/**
 * A heading: a heading-like line standing at the base indentation with a blank line below it,
 * and a blank line above it too unless the text is innerText-like (headings on a line of their
 * own over lists) and the line above is not one of a run of short lines (a list's items).
 */
function isHeading(lines: TextLine[], i: number, indent: number, layout: Layout, guide: LineGuide | undefined): number | null {
  const l = lines[i];
  const next = lines[i + 1];
  // (one column in is still the base: an anchor icon drawn before a heading leaves a space, as Just the Docs' do)
  if (l.bullet || indent > 1 || l.cells) return null;
  // a note label over text is merged with it (tidy), whatever the other version made of it
  if (NOTE_LABEL.test(l.text) && next && !next.bullet) return null;
  const known = guide?.heading(l.text) ?? null;
  if (known !== null) return known;
  if (!isHeadingLike(l.text) || guide?.listItem(l.text)) return null;
  // (a line opening as two or more of the other version's paragraphs set apart do, and none of its
  // headings, is one more of them, added or removed: AWS's bold procedure titles, "To delete a policy (console)")
  if (guide?.titleParagraph(l.text)) return null;
  // a heading the other version renamed (text-guide.ts), set apart from the lines around it
  const renamed = guide?.renamedHeading(i) ?? null;
  if (renamed !== null && (l.blankBefore || l.blankAfter)) return renamed;
  if (!next || !l.blankAfter) return null;
  // text that goes on in lower case is the rest of a sentence, not a section
  if (/^\p{Ll}/u.test(next.text) && !next.bullet) return null;
  if (l.blankBefore) return 2;
  const prev = lines[i - 1];
  return layout.wrap === null && prev && !prev.bullet && !isHeadingLike(prev.text) ? 2 : null;
}

type Open = { indent: number; kind: 'ul' | 'ol'; list: Extract<DocBlock, { type: 'list' }>; item: DocItem };

/** Content lines -> blocks; a stack of open list items gives the nesting. */
function toBlocks(lines: TextLine[], layout: Layout, guide: LineGuide | undefined): DocBlock[] {
  const blocks: DocBlock[] = [];
  const base = minOf(lines.filter((l) => !l.bullet).map((l) => l.indent));
  const baseIndent = Number.isFinite(base) ? base : 0;
  const stack: Open[] = [];
  const container = (): DocBlock[] => (stack.length ? stack[stack.length - 1].item.blocks : blocks);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const indent = Math.max(0, l.indent - baseIndent);
    if (l.bullet) {
      while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
      const top = stack[stack.length - 1];
      const item: DocItem = { task: null, blocks: [para(l.text)] };
      if (top && ((top.indent === indent && top.kind === l.bullet) || (top.indent < indent && stack.length >= MAX_NESTING))) {
        // (indented deeper than any page nests: an item of the deepest list kept)
        top.list.items.push(item);
        top.item = item;
        continue;
      }
      if (top && top.indent === indent) stack.pop();
      const list: Extract<DocBlock, { type: 'list' }> = { type: 'list', ordered: l.bullet === 'ol', start: l.start, items: [item] };
      container().push(list);
      stack.push({ indent, kind: l.bullet, list, item });
      continue;
    }
    // a line indented under an open item belongs to it; anything else closes the items it is not under
    // (one column in is not indented: a renderer's space before a heading's anchor icon)
    while (stack.length && stack[stack.length - 1].indent >= (indent <= 1 ? 0 : indent)) stack.pop();
    const s = guide?.structureAt(lines, i) ?? structureAt(lines, i);
    if (s) {
      container().push(
        s.kind === 'code'
          ? { type: 'code', lang: '', text: s.text.replace(/\t/g, '    ') } // tabs as a Markdown page's code has them (cleanText)
          : { type: 'table', header: s.rows[0].map(inline), rows: s.rows.slice(1).map((r) => r.map(inline)), plainHeader: s.rows[0].map(plainOf), plainRows: s.rows.slice(1).map((r) => r.map(plainOf)) },
      );
      i = s.end - 1;
      continue;
    }
    let level = stack.length === 0 ? isHeading(lines, i, indent, layout, guide) : null;
    // guided: a line set apart like a heading right under a section's heading, that the other
    // version has nowhere as a heading, is a short paragraph (a heading's last words the source hard-wrapped)
    const prev = blocks[blocks.length - 1];
    if (level !== null && guide && prev?.type === 'heading' && prev.level >= 2 && guide.heading(l.text) === null && guide.renamedHeading(i) === null) level = null;
    if (level !== null) blocks.push({ type: 'heading', level, text: inline(l.text), anchor: null, plain: plainOf(l.text) });
    else container().push(para(l.text));
  }
  return blocks;
}
