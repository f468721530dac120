// normalize: RawPage -> CanonicalDoc. Every format is read into one DocModel, tidied the same
// way, and written by one renderer, so two renderings of the same content give the same text.
// normalize(normalize(x)) == normalize(x): the canonical text is itself Markdown that reads back
// into the same model.

import type { CanonicalDoc, Format, RawPage } from '../types.js';
import { promoteLeadHeading, renderModel, tidy, type DocBlock, type DocModel } from './doc.js';
import { asciidocToHtml } from './asciidoc.js';
import { rstToHtml } from './rst.js';
import { stripTemplateTags } from './dialects.js';
import { htmlToMarkdown, type TableCells } from './html.js';
import { cleanText, INLINE_MARKER_LIMIT, readMarkdown, setHtmlBlockHook } from './markdown.js';
import { readTextNotes, type TextHints } from './text.js';
import { escapeText, renderInline, takeUnsettled, unsettledRuns } from './inline.js';
import { Lexer } from 'marked';

/**
 * Bumped whenever canonical output changes for the same input (the store records it).
 * 2: heading levels relative to the title (title the one H1, sections from H2); generator
 *    dialects (admonitions, tabs, shortcodes, MDX, md: markers) read as their rendered pages.
 */
export const NORMALIZER_VERSION = 2;

setHtmlBlockHook((html) => {
  try {
    const r = htmlToMarkdown(`<body>${html}</body>`);
    return r.markdown.trim() ? r.markdown : null;
  } catch {
    return null;
  }
});

export interface NormalizeResult extends CanonicalDoc {
  /** false when a `--select` selector matched nothing in an HTML page. */
  matched: boolean;
  /** the model the canonical text was written from (in-process only; saves the sections stage a parse). */
  model?: DocModel;
  /** whole-page text: the cleaned source, so the compare stage can read it again guided by the other version (text-guided.ts) */
  source?: string;
  /** what reading the page was unsure about and what it chose (no main landmark, two candidate titles), prefixed by the page's label: the report's fallbacks */
  notes?: string[];
  /** whole-page text: the site chrome learned from many pages it was read with (text-boilerplate.ts), for the guided re-read */
  boilerplate?: ReadonlySet<string>;
}

/** Put the HTML stage's big tables into the model where their placeholder paragraphs stand (no lexing of their rows). */
function withTables(model: DocModel, tables: Record<string, TableCells>): DocModel {
  const block = (t: TableCells): DocBlock => ({
    type: 'table',
    header: t.header.map(escapeText),
    rows: t.rows.map((r) => r.map(escapeText)),
    plainHeader: t.header,
    plainRows: t.rows,
  });
  const swap = (blocks: DocBlock[]): DocBlock[] =>
    blocks.map((b) => {
      if (b.type === 'paragraph' && tables[b.text]) return block(tables[b.text]);
      if (b.type === 'list') return { ...b, items: b.items.map((it) => ({ ...it, blocks: swap(it.blocks) })) };
      if (b.type === 'quote') return { ...b, blocks: swap(b.blocks) };
      return b;
    });
  return { ...model, blocks: swap(model.blocks) };
}

export function toModel(raw: RawPage, hints?: TextHints): { model: DocModel; matched: boolean; source?: string; notes?: string[] } {
  if (raw.format === 'html') {
    const h = htmlToMarkdown(cleanText(raw.text), { select: raw.select, remove: raw.remove });
    const model = h.tables && h.skeleton !== undefined ? withTables(readMarkdown(h.skeleton), h.tables) : readMarkdown(h.markdown);
    if (!model.title && h.title) model.title = h.title;
    return { model, matched: h.matched, notes: h.notes };
  }
  if (raw.format === 'text') {
    const source = cleanText(raw.text, true);
    const r = readTextNotes(source, hints);
    return { model: r.model, matched: true, source, notes: r.notes };
  }
  if (raw.format === 'asciidoc' || raw.format === 'rst') {
    // the reference processors write HTML; a fragment's top heading is its title
    const html = raw.format === 'asciidoc' ? asciidocToHtml(stripTemplateTags(cleanText(raw.text))) : rstToHtml(cleanText(raw.text, true), raw.label);
    const h = htmlToMarkdown(`<html><body>${html}</body></html>`, { select: 'body' });
    return { model: promoteLeadHeading(readMarkdown(h.markdown)), matched: true, notes: h.notes };
  }
  return { model: readMarkdown(raw.text), matched: true };
}

/** What may stand before an inline run on a canonical line: container markers, a task box, a heading's hashes. */
const LINE_PREFIX = /^(?: *(?:>(?: |$)|- |\d{1,9}\. )(?:\[[ x]\] )?)* *(?:#{1,6} )?/;
/** Characters of text scanned (runs x page length) past which the page is read back whole instead. */
const MAX_SETTLE_SCAN = 20_000_000;

/**
 * True when every inline run that took a lossy path stands alone on each line of the canonical
 * text it appears on (after container markers or heading hashes), appears at least once, and
 * reads back alone into the same text. Inline text lexes alone as it does in place on its own
 * line, so the page then reads back the same. False (the caller reads the whole page back) for
 * anything else: a run merged into other text, changed by the block renderer, or too many.
 */
function settledAlone(runs: readonly string[], markdown: string): boolean {
  const distinct = [...new Set(runs)];
  if (distinct.length * markdown.length > MAX_SETTLE_SCAN) return false;
  for (const md of distinct) {
    if (md === '' || md.length > INLINE_MARKER_LIMIT) return false;
    let found = false;
    for (let at = markdown.indexOf(md); at >= 0; ) {
      const start = markdown.lastIndexOf('\n', at) + 1;
      let end = markdown.indexOf('\n', at);
      if (end < 0) end = markdown.length;
      if (markdown.slice(start, end).replace(LINE_PREFIX, '') !== md) return false;
      found = true;
      at = markdown.indexOf(md, end);
    }
    if (!found || renderInline(Lexer.lexInline(md, { gfm: true })).md !== md) return false;
  }
  return true;
}

/** `hints` guide the reading of whole-page text (the other version's template, learned boilerplate). */
export function normalize(raw: RawPage, hints?: TextHints): NormalizeResult {
  takeUnsettled();
  const { model, matched, source, notes } = toModel(raw, hints);
  model.blocks = tidy(model.blocks);
  const anchors: Record<number, string> = {};
  let n = 0;
  for (const b of model.blocks) {
    if (b.type !== 'heading') continue;
    if (b.anchor) anchors[n] = b.anchor;
    n++;
  }
  let markdown = renderModel(model);
  // Odd inline shapes (emphasis around punctuation, code spans side by side) are simplified
  // on the way out; settle them by rendering until the text is a fixed point. Each such inline
  // run written alone on its line is checked alone first: when all read back the same, so does
  // the page, and it is not read again (on the IAM guide, 1 page in 5 had such a run, none changed).
  const first = markdown;
  const runs = unsettledRuns();
  let unsettled = takeUnsettled();
  if (unsettled && runs && settledAlone(runs, markdown)) unsettled = false;
  takeUnsettled();
  for (let k = 0; k < 5 && unsettled; k++) {
    takeUnsettled();
    const again = readMarkdown(markdown);
    again.blocks = tidy(again.blocks);
    const next = renderModel(again);
    if (next === markdown) break;
    markdown = next;
    unsettled = true;
  }
  // after a settling round, hand on the model the final text reads back into
  const final = markdown === first ? model : readMarkdown(markdown);
  if (final !== model && model.description) final.description = model.description;
  const doc: NormalizeResult = { label: raw.label, format: raw.format, title: model.title, markdown, anchors, matched, model: final };
  if (source !== undefined) doc.source = source;
  if (source !== undefined && hints?.boilerplate?.size) doc.boilerplate = hints.boilerplate;
  if (notes?.length) doc.notes = notes.map((n) => `${raw.label}: ${n}`);
  return doc;
}

/** Canonical Markdown of a string in a given format (convenience for tests and the CLI). */
export function normalizeText(text: string, format: Format, label = '-'): NormalizeResult {
  return normalize({ label, text, format });
}
