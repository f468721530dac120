// sections: canonical Markdown -> SectionTree. Headings open sections (a tree by level);
// each section's body is a flat list of leaf blocks (paragraphs, list items, table rows,
// code, quotes), each with display text and a comparison key. The H1's section holds the
// page intro, including anything above the H1 (banners).

import { Lexer } from 'marked';
import type { Block, BlockKind, Section, SectionTree } from '../types.js';
import type { DocBlock, DocModel } from '../normalize/doc.js';
import { readMarkdown } from '../normalize/markdown.js';
import { renderInline } from '../normalize/inline.js';
import { contentKey, headingKey } from '../util/text.js';
import { pushAll } from '../util/arrays.js';

/** Plain text of a canonical inline Markdown string. */
export function inlinePlain(md: string): string {
  return renderInline(Lexer.lexInline(md)).plain;
}

interface Ctx {
  nextGroup: number;
}

function leaf(kind: BlockKind, markdown: string, plain: string, group: number | null, depth: number): Block {
  return { kind, markdown, plain, key: contentKey(plain), group, depth };
}

function flatten(blocks: DocBlock[], out: Block[], ctx: Ctx, depth: number, inItem: BlockKind | null, group: number | null): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        break;
      case 'paragraph':
        out.push(leaf(inItem ?? 'paragraph', b.text, b.plain ?? inlinePlain(b.text), group, depth));
        break;
      case 'code':
        out.push(leaf('code', '```\n' + b.text + '\n```', b.text, group, depth));
        break;
      case 'quote':
        flatten(b.blocks, out, ctx, depth, 'quote', group);
        break;
      case 'list': {
        const g = ctx.nextGroup++;
        for (const it of b.items) flatten(it.blocks, out, ctx, depth + 1, 'list-item', g);
        break;
      }
      case 'table': {
        const g = ctx.nextGroup++;
        const plainRows = b.plainHeader && b.plainRows ? [b.plainHeader, ...b.plainRows] : null;
        [b.header, ...b.rows].forEach((row, r) => {
          if (row.every((c) => c.trim() === '')) return;
          const md = `| ${row.join(' | ')} |`;
          const cells = plainRows ? plainRows[r] : row.map((c) => inlinePlain(c));
          out.push({ ...leaf('table-row', md, cells.join(' | '), g, depth), cells, ...(r === 0 ? { head: true } : {}) });
        });
        break;
      }
    }
  }
}

/** Build the section tree of a canonical Markdown document. */
export function buildSections(markdown: string, anchors: Record<number, string> = {}): SectionTree {
  return sectionsOfModel(readMarkdown(markdown), anchors);
}

/**
 * Build the section tree from the model normalize already has (no second parse). It gives the
 * same tree as buildSections(canonical Markdown): the canonical text reads back into this model.
 */
export function sectionsOfModel(model: DocModel, anchors: Record<number, string> = {}): SectionTree {
  const sections: Section[] = [];
  const ctx: Ctx = { nextGroup: 0 };
  const stack: Section[] = [];
  let pending: DocBlock[] = [];
  let current: Section | null = null;
  let ordinal = 0;
  const flush = () => {
    if (!pending.length) return;
    if (!current) {
      // content before the first heading: its own untitled section for now
      current = { index: sections.length, heading: null, headingKey: '', level: 0, path: [], anchor: null, parent: null, blocks: [] };
      sections.push(current);
    }
    flatten(pending, current.blocks, ctx, 0, null, null);
    pending = [];
  };
  for (const b of model.blocks) {
    if (b.type !== 'heading') {
      pending.push(b);
      continue;
    }
    flush();
    const plain = b.plain ?? inlinePlain(b.text);
    while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const s: Section = {
      index: sections.length,
      heading: plain,
      headingKey: headingKey(plain),
      level: b.level,
      path: [...(parent ? parent.path : []), plain],
      anchor: anchors[ordinal] ?? b.anchor ?? null,
      parent: parent ? parent.index : null,
      blocks: [],
    };
    ordinal++;
    sections.push(s);
    stack.push(s);
    current = s;
  }
  flush();
  // a preamble above the H1 (an end-of-support banner, say) belongs to the page intro
  if (sections.length > 1 && sections[0].heading === null && sections[1].level === 1) {
    const pre = sections.shift()!;
    sections[0].blocks = pushAll([...pre.blocks], sections[0].blocks);
    for (const s of sections) {
      s.index--;
      if (s.parent !== null) s.parent--;
    }
  }
  return { title: model.title, sections };
}

/** All text of a section body, one block per line (for added/removed sections). */
export function sectionText(s: Section): string {
  return s.blocks.map((b) => b.plain).join('\n');
}
