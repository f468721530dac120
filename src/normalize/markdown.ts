// Markdown (awsdocs escapes, Hugo front matter, docs-site crawls, our own canonical form)
// -> DocModel, using marked's lexer (about 20 MB/s here; micromark was 30x slower).
// Front matter gives the title and is dropped from the body; `<a name>` anchors become heading anchors.

import { Lexer, type Token, type Tokens } from 'marked';
import { createRequire } from 'node:module';

// yaml is loaded only when a file actually has YAML in it (start-up time of `redline diff`).
const parseYaml = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
import { decodeHTMLStrict as decodeHTML } from 'entities';
import { roughPlain, settleTitle, type DocBlock, type DocItem, type DocModel } from './doc.js';
import { replaceComments, replaceTags } from '../util/text.js';
import { anchorOf, escapeLineStart, escapeText, renderInline } from './inline.js';
import { rewriteDialects, settleCallouts } from './dialects.js';
import { pushAll } from '../util/arrays.js';

export interface FrontMatter {
  title: string | null;
  /** false when the generator always shows the front-matter title on top (Hugo), so `#` in the body are sections. */
  bodyTitleWins: boolean;
  /** the page's summary (`description`), which some layouts show under the title */
  description: string | null;
  body: string;
}

/**
 * Front-matter keys of generators whose layouts always show `title` as the page's heading, so a
 * `#` in the body is a section (Hugo, Docsy, Jekyll). Docusaurus, MkDocs and Microsoft Learn show
 * a body H1 that opens the page instead. TOML (`+++`) front matter is Hugo's.
 */
const TITLE_SHOWN_KEYS = /^(linkTitle|weight|draft|aliases|menu|layout|permalink|toc_hide|hide_summary|no_list|simple_list|content_type|reviewers|card)$/;

/** Split YAML (`---`) or TOML (`+++`) front matter off the top of a Markdown file. */
export function splitFrontMatter(src: string): FrontMatter {
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(src);
  if (!m) return { title: null, bodyTitleWins: true, description: null, body: src };
  let title: string | null = null;
  let description: string | null = null;
  let bodyTitleWins = true;
  try {
    if (m[1] === '---') {
      const data = parseYaml(m[2]);
      if (data && typeof data === 'object') {
        const rec = data as Record<string, unknown>;
        if (typeof rec.title === 'string') title = rec.title.trim() || null;
        if (typeof rec.description === 'string') description = rec.description.trim() || null;
        bodyTitleWins = !Object.keys(rec).some((k) => TITLE_SHOWN_KEYS.test(k));
      }
    } else {
      const t = /^title\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/m.exec(m[2]);
      if (t) title = (t[1] ?? t[2]).replace(/\\"/g, '"').trim() || null;
      const d = /^description\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/m.exec(m[2]);
      if (d) description = (d[1] ?? d[2]).replace(/\\"/g, '"').trim() || null;
      bodyTitleWins = false;
    }
  } catch {
    // malformed front matter: not front matter after all
    return { title: null, bodyTitleWins: true, description: null, body: src };
  }
  return { title, bodyTitleWins, description, body: src.slice(m[0].length) };
}

/** Text-level clean-up shared by every format: line endings, odd spaces, invisible characters. */
export function cleanText(s: string, keepTabs = false): string {
  const out = s
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
  return keepTabs ? out : out.replace(/\t/g, '    ');
}

const MAX_DEPTH = 64;

function convert(tokens: Token[], depth: number, pendingAnchor: { a: string | null }): DocBlock[] {
  const out: DocBlock[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'heading': {
        const h = t as Tokens.Heading;
        const r = renderInline(h.tokens);
        out.push({ type: 'heading', level: h.depth, text: r.md, anchor: r.anchors[0] ?? null, plain: r.plain });
        break;
      }
      case 'paragraph':
      case 'text': {
        const p = t as Tokens.Paragraph;
        const r = renderInline(p.tokens ?? [{ type: 'text', raw: p.text, text: p.text } as Tokens.Text]);
        const last = out[out.length - 1];
        if (r.md === '') {
          // an anchor-only paragraph right after a heading names that heading
          if (r.anchors.length && last && last.type === 'heading' && !last.anchor) last.anchor = r.anchors[0];
          else if (r.anchors.length) pendingAnchor.a = r.anchors[0];
          break;
        }
        if (t.type === 'text' && last && last.type === 'paragraph') {
          last.text = `${last.text} ${r.md}`;
          last.plain = last.plain === undefined ? undefined : `${last.plain} ${r.plain}`;
          break;
        }
        out.push({ type: 'paragraph', text: r.md, plain: r.plain });
        break;
      }
      case 'code': {
        const c = t as Tokens.Code;
        // runs of blank lines in code are layout (and do not survive list indentation): one is kept
        const text = c.text.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '').replace(/\n{3,}/g, '\n\n');
        if (text.trim() === '') break;
        out.push({ type: 'code', lang: (c.lang || '').trim().split(/\s+/)[0] ?? '', text });
        break;
      }
      case 'blockquote': {
        const q = t as Tokens.Blockquote;
        if (depth > MAX_DEPTH) {
          out.push({ type: 'paragraph', text: escapeLineStart(escapeText(q.text.replace(/\s+/g, ' ').trim())) });
          break;
        }
        out.push({ type: 'quote', blocks: convert(q.tokens, depth + 1, pendingAnchor) });
        break;
      }
      case 'list': {
        const l = t as Tokens.List;
        const items: DocItem[] = l.items.map((it) => ({
          task: it.task ? !!it.checked : null,
          blocks:
            depth > MAX_DEPTH
              ? [{ type: 'paragraph', text: escapeLineStart(escapeText(it.text.replace(/\s+/g, ' ').trim())) }]
              : convert(it.tokens, depth + 1, pendingAnchor),
        }));
        const start = l.ordered ? Number(l.start === '' ? 1 : l.start) || 1 : 1;
        out.push({ type: 'list', ordered: l.ordered, start, items });
        break;
      }
      case 'table': {
        const tb = t as Tokens.Table;
        const cells = (cs: Tokens.TableCell[]) => {
          const rs = cs.map((c) => renderInline(c.tokens, false));
          return { md: rs.map((r) => r.md.replace(/\|/g, (m, off: number, s: string) => (s[off - 1] === '\\' ? m : '\\|'))), plain: rs.map((r) => r.plain) };
        };
        const head = cells(tb.header);
        const rows = tb.rows.map(cells);
        out.push({ type: 'table', header: head.md, rows: rows.map((r) => r.md), plainHeader: head.plain, plainRows: rows.map((r) => r.plain) });
        break;
      }
      case 'html': {
        const h = t as Tokens.HTML;
        const raw = h.text;
        const a = anchorOf(raw);
        const text = decodeHTML(replaceTags(replaceComments(raw).replace(/<br\s*\/?>/gi, ' '), ' '))
          .replace(/\s+/g, ' ')
          .trim();
        const last = out[out.length - 1];
        if (a && text === '') {
          if (last && last.type === 'heading' && !last.anchor) last.anchor = a;
          else pendingAnchor.a = a;
          break;
        }
        if (text === '') break;
        if (htmlBlockHook && depth < 4 && /<(table|ul|ol|p|div|pre|h[1-6]|dl|blockquote)\b/i.test(raw)) {
          const inner = htmlBlockHook(raw);
          if (inner) {
            pushAll(out, convert(newLexer(false).lexer.lex(inner), depth + 1, pendingAnchor));
            break;
          }
        }
        out.push({ type: 'paragraph', text: escapeLineStart(escapeText(text)) });
        break;
      }
      default: {
        const anyT = t as { tokens?: Token[]; text?: string };
        if (anyT.tokens) pushAll(out, convert(anyT.tokens, depth + 1, pendingAnchor));
        else if (anyT.text) out.push({ type: 'paragraph', text: escapeLineStart(escapeText(anyT.text.replace(/\s+/g, ' ').trim())) });
      }
    }
    // an anchor line just before a heading names that heading
    const last = out[out.length - 1];
    if (pendingAnchor.a && last && last.type === 'heading' && t.type === 'heading') {
      if (!last.anchor) last.anchor = pendingAnchor.a;
      pendingAnchor.a = null;
    }
  }
  return out;
}

/** Set by the HTML stage: turns an HTML block embedded in Markdown (a table, say) into Markdown. */
let htmlBlockHook: ((html: string) => string | null) | null = null;
export function setHtmlBlockHook(fn: (html: string) => string | null): void {
  htmlBlockHook = fn;
}

/** Container markers (`>`, list bullets, `1.`) kept at the start of one line; the rest is text. */
const MAX_LINE_CONTAINERS = 48;
/** Leading spaces kept on a line (list nesting by indentation); canonical output stays far below. */
const MAX_INDENT = 256;
/**
 * marked copies a container's lines once per level it is nested in, and keeps every copy until
 * the page is converted: its work and memory grow as the sum over lines of (markers x length).
 * That sum is held to NESTING_WORK_PER_CHAR times the page (and at least NESTING_WORK_MIN): past
 * it the per-line marker cap drops from MAX_LINE_CONTAINERS towards NESTING_MIN_CAP, which always
 * fits. 3,000 lines each one quote deeper (4.6 MB) took 2.4 s and 770 MB to read; now 0.4 s, 200 MB.
 */
const NESTING_WORK_PER_CHAR = 8;
const NESTING_WORK_MIN = 8 * 1024 * 1024;
const NESTING_MIN_CAP = NESTING_WORK_PER_CHAR;

/** Where a line's container markers end: their count (up to `limit + 1`) and where the one past `limit` starts. */
function lineMarkers(line: string, limit: number): { markers: number; at: number } {
  let i = 0;
  let markers = 0;
  for (;;) {
    let j = i;
    while (line.charCodeAt(j) === 32) j++;
    const c = line[j];
    let k = -1;
    if (c === '>') k = j + 1;
    else if ((c === '-' || c === '+' || c === '*') && (j + 1 === line.length || line[j + 1] === ' ')) k = j + 1;
    else if (c >= '0' && c <= '9') {
      let d = j;
      while (d < line.length && d - j < 9 && line[d] >= '0' && line[d] <= '9') d++;
      if ((line[d] === '.' || line[d] === ')') && (d + 1 === line.length || line[d + 1] === ' ')) k = d + 1;
    }
    if (k < 0) return { markers, at: -1 };
    if (++markers > limit) return { markers, at: j };
    i = k;
  }
}

/**
 * marked recurses once per container level and re-reads every nested list's lines at each level,
 * so hostile nesting (`> > > ...` thousands deep, or a list indented one level per line) overflows
 * the stack or takes minutes. Bound it before lexing, in linear passes: on a line with more than
 * MAX_LINE_CONTAINERS markers the next marker is escaped (the rest reads as text), fewer when the
 * page's nesting work (markers x length, summed over lines) is over its budget, and leading
 * indentation is capped at MAX_INDENT columns. Fenced code is left alone. Real pages never come
 * near these bounds, and canonical output (nesting <= 64) never does.
 */
export function boundNesting(body: string): string {
  const lines = body.split('\n');
  let fence: string | null = null;
  let changed = false;
  // pass 1: indentation capped; markers per line (fenced code: -1) and the nesting work by depth
  const depth = new Int32Array(lines.length).fill(-1);
  const charsAt = new Float64Array(MAX_LINE_CONTAINERS + 1);
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[0].trim()) fence = null;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    let lead = 0;
    while (lead < line.length && line.charCodeAt(lead) === 32) lead++;
    if (lead > MAX_INDENT) {
      line = line.slice(lead - MAX_INDENT);
      lines[n] = line;
      changed = true;
    }
    const { markers } = lineMarkers(line, MAX_LINE_CONTAINERS);
    depth[n] = markers;
    charsAt[Math.min(markers, MAX_LINE_CONTAINERS)] += line.length + 1;
  }
  // the largest marker cap whose work fits the budget
  const budget = Math.max(NESTING_WORK_PER_CHAR * body.length, NESTING_WORK_MIN);
  let cap = MAX_LINE_CONTAINERS;
  const work = (c: number) => charsAt.reduce((sum, chars, d) => sum + chars * Math.min(d, c), 0);
  while (cap > NESTING_MIN_CAP && work(cap) > budget) cap--;
  // pass 2: the marker past the cap escaped, so the rest of the line reads as text
  for (let n = 0; n < lines.length; n++) {
    if (depth[n] <= cap) continue;
    const { at } = lineMarkers(lines[n], cap);
    lines[n] = lines[n].slice(0, at) + '\\' + lines[n].slice(at);
    changed = true;
  }
  return changed ? lines.join('\n') : body;
}

/** One line of text as a plain paragraph (nothing in it is Markdown), or null when it is blank. */
function plainParagraph(line: string): DocBlock | null {
  const text = line.replace(/\s+/g, ' ').trim();
  return text ? { type: 'paragraph', text: escapeLineStart(escapeText(text)) } : null;
}

/**
 * Last resort when marked still runs out of stack (inline emphasis nested thousands deep): the
 * page read as text, block by block: `#` lines as headings, everything else as paragraphs (a
 * block over PARAGRAPH_MAX_CHARS one paragraph per line, as plainLines reads it).
 */
function plainBlocks(body: string): DocBlock[] {
  const out: DocBlock[] = [];
  for (const chunk of body.split(/\n[ \t]*\n/)) {
    if (chunk.length > PARAGRAPH_MAX_CHARS) {
      pushAll(out, plainLines(chunk.split('\n')));
      continue;
    }
    const text = chunk.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const h = /^(#{1,6}) +(.*)$/.exec(text);
    if (h && !chunk.trim().includes('\n')) out.push({ type: 'heading', level: h[1].length, text: escapeLineStart(escapeText(h[2].replace(/ #+$/, '').trim())), anchor: null });
    else out.push({ type: 'paragraph', text: escapeLineStart(escapeText(text)) });
  }
  return out;
}

/**
 * Lines without a blank line between them (outside fenced code) that marked may read as one
 * paragraph: past PARAGRAPH_MAX_CHARS of them, they are cut (boundParagraphs). marked's
 * paragraph and setext-heading regexes backtrack once per character of a paragraph and run out
 * of their stack at about 8.5 MB (a `RangeError`, and the page was read again as plain text at
 * twice the cost); 3,000 lines of `> > > ...` with their markers capped made such a paragraph of 9 MB.
 * Real pages stay far below (the largest paragraph in the corpus: under 20 KB).
 */
export const PARAGRAPH_MAX_CHARS = 4 * 1024 * 1024;
/**
 * What marked is given of a run cut by boundParagraphs: its lines up to this many characters; the
 * rest of its lines are read as plain text, one paragraph each (a line over this: in pieces of
 * at most this, cut at a space). Its canonical text (escapes at most double it) reads back uncut.
 */
export const PARAGRAPH_KEEP_CHARS = 1024 * 1024;

/** Lines of text, one plain paragraph each; a line over PARAGRAPH_KEEP_CHARS in pieces cut at spaces. */
function plainLines(lines: readonly string[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const line of lines) {
    for (let at = 0; at < line.length; ) {
      let end = Math.min(line.length, at + PARAGRAPH_KEEP_CHARS);
      if (end < line.length) {
        const sp = line.lastIndexOf(' ', end);
        if (sp > at) end = sp;
      }
      const p = plainParagraph(line.slice(at, end));
      if (p) out.push(p);
      at = end;
    }
  }
  return out;
}

/** A part of a body cut by boundParagraphs: Markdown for marked, or lines read as plain text. */
export type BodyPart = { markdown: string } | { plain: string[] };

let paragraphsCut = 0;
let readAsPlain = false;

/** Markdown reading notes since the last call (bounded.ts puts them in the report's fallbacks), and reset. */
export function takeMarkdownNotes(): string[] {
  const notes: string[] = [];
  if (paragraphsCut)
    notes.push(
      `${paragraphsCut === 1 ? 'a paragraph' : `${paragraphsCut} paragraphs`} over ${PARAGRAPH_MAX_CHARS / 1048576} MB without a blank line: past the first ${PARAGRAPH_KEEP_CHARS / 1048576} MB, each line was read as a plain-text paragraph`,
    );
  if (readAsPlain) notes.push('the Markdown reader ran out of stack on this page: it was read as plain text, block by block');
  paragraphsCut = 0;
  readAsPlain = false;
  return notes;
}

/** Blank for a paragraph: nothing but spaces and quote markers. */
const BLANK_IN_QUOTE = /^[ >]*$/;
/** Lines that start a list item or a table row (after quote markers): marked reads those one by one. */
const ITEM_OR_ROW = /^[ >]*(?:[-+*](?: |$)|\d{1,9}[.)](?: |$)|\|)/;

/**
 * Cut every run of lines over PARAGRAPH_MAX_CHARS (a run: lines outside fenced code, none blank
 * or only quote markers, none starting a list item or a table row) after its lines that fit in
 * PARAGRAPH_KEEP_CHARS: marked reads the parts before, between and after such runs, and their
 * other lines are read as plain text. null when no run is over (every real page): one linear pass.
 */
export function boundParagraphs(body: string): BodyPart[] | null {
  if (body.length <= PARAGRAPH_MAX_CHARS) return null;
  let parts: BodyPart[] | null = null;
  let fence: string | null = null;
  let partStart = 0; // where the Markdown part being built starts
  let runStart = -1; // offset of the current run's first line
  let runChars = 0;
  let keepEnd = -1; // end of the run's last line within PARAGRAPH_KEEP_CHARS
  // (the end of a run: cut it when it is over)
  const endRun = (at: number) => {
    if (runStart >= 0 && runChars > PARAGRAPH_MAX_CHARS) {
      parts ??= [];
      const cut = Math.max(keepEnd, runStart);
      parts.push({ markdown: body.slice(partStart, cut) });
      parts.push({ plain: body.slice(cut, at).split('\n') });
      partStart = at;
      paragraphsCut++;
    }
    runStart = -1;
    runChars = 0;
    keepEnd = -1;
  };
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const end = nl < 0 ? body.length : nl + 1;
    const line = body.slice(at, nl < 0 ? body.length : nl);
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[0].trim()) fence = null;
    } else if (f) {
      endRun(at);
      fence = f[1];
    } else if (BLANK_IN_QUOTE.test(line) || ITEM_OR_ROW.test(line)) {
      endRun(at);
    } else {
      if (runStart < 0) runStart = at;
      runChars += end - at;
      if (runChars <= PARAGRAPH_KEEP_CHARS) keepEnd = end;
    }
    at = end;
  }
  endRun(body.length);
  if (!parts) return null;
  const all: BodyPart[] = parts;
  if (partStart < body.length) all.push({ markdown: body.slice(partStart) });
  return all;
}

/**
 * Pages with these lex as a whole: reference definitions resolve links anywhere on the page, and
 * raw HTML blocks of these kinds (`<pre>`, comments...) may run across blank lines.
 */
const WHOLE_PAGE = /^ {0,3}(?:\[[^\]\n]+\]:|<(?:pre|script|style|textarea)\b|<!--|<\?|<![A-Za-z[])/im;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Cut a Markdown body into chunks that lex on their own exactly as they do in place: each cut
 * is after an empty line, outside fenced code, before a line that starts in column 0 with a
 * character that cannot continue the block before it (not a space, `>`, a list marker or `=`).
 * The chunks join back into the body. null when the page must be lexed whole (WHOLE_PAGE).
 */
export function splitChunks(body: string): string[] | null {
  if (WHOLE_PAGE.test(body)) return null;
  const out: string[] = [];
  let start = 0;
  let fence: string | null = null;
  let blank = false;
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const end = nl < 0 ? body.length : nl + 1;
    const line = body.slice(at, nl < 0 ? body.length : nl);
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[0].trim()) fence = null;
    } else {
      if (blank && at > start && /^[^\s>*+\-=\d]|^\d(?!\d{0,8}[.)])/.test(line)) {
        out.push(body.slice(start, at));
        start = at;
      }
      if (f) fence = f[1];
    }
    blank = !fence && line === '';
    at = end;
  }
  if (start < body.length) out.push(body.slice(start));
  return out;
}

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/** Inline tokens of recently lexed inline text (a paragraph, a list item, a cell...), by lexer state and text. */
const inlineTokens = new Map<string, { tokens: Token[]; inLink: boolean; inRawBlock: boolean; linkEmitted: boolean }>();
const INLINE_CACHE_MAX = 100_000;

let inlineBounded = false;

/** True (and reset) when some inline run read since the last call was past INLINE_MARKER_LIMIT (bounded.ts notes it). */
export function takeInlineBounded(): boolean {
  const b = inlineBounded;
  inlineBounded = false;
  return b;
}

/** Emphasis delimiters (`*`, `_`) or `<` in one inline run past which they are read as text. */
export const INLINE_MARKER_LIMIT = 1000;

/**
 * marked scans ahead from every emphasis delimiter and every `<` for its partner, so a run of
 * inline text with thousands of them (`_a_` repeated) takes time quadratic in its length: 60 KB
 * took 3 s. Real text stays far below INLINE_MARKER_LIMIT in one paragraph, list item or cell
 * (at most 40 in the corpus); past it, those characters are escaped and read as text. Linear.
 */
export function boundInline(src: string): string {
  if (src.length <= INLINE_MARKER_LIMIT) return src;
  let delims = 0;
  let lts = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 42 || c === 95) delims++;
    else if (c === 60) lts++;
  }
  if (delims <= INLINE_MARKER_LIMIT && lts <= INLINE_MARKER_LIMIT) return src;
  inlineBounded = true;
  const marks = `${delims > INLINE_MARKER_LIMIT ? '*_' : ''}${lts > INLINE_MARKER_LIMIT ? '<' : ''}`;
  // escapes already there are kept as they are; every other marker of the over-limit kind gets one
  return src.replace(/\\[\s\S]|[*_<]/g, (m) => (m.length === 2 || !marks.includes(m) ? m : `\\${m}`));
}

interface ChunkLexer {
  lexer: Lexer;
  /** a top-level inline run started inside a link (an `<a href>` left open before it) */
  enteredInLink: boolean;
}

/**
 * A marked lexer with inline runs bounded (boundInline) and, with `cache`, an inline pass (about
 * two thirds of its time) that reuses the tokens of inline
 * text seen recently. Its result depends only on the text and the lexer's inline state: inside a
 * link (an open `<a href>` carries over to later paragraphs), inside raw HTML; those are part of
 * the key and set as they were left after a hit. Whether a link was emitted (the outer link of
 * `[[a](b)](c)` reads that) is recorded per text and added on a hit. Not for pages with
 * reference definitions (links then resolve against the page). Cached tokens are shared between
 * pages and never modified (convert only reads them).
 */
function newLexer(cache = true): ChunkLexer {
  const lx = new Lexer({ gfm: true });
  const self: ChunkLexer = { lexer: lx, enteredInLink: false };
  const inline = lx.inlineTokens.bind(lx);
  let depth = 0;
  lx.inlineTokens = (src: string, tokens: Token[] = []): Token[] => {
    src = boundInline(src);
    if (!cache) return inline(src, tokens);
    const st = lx.state;
    if (depth === 0 && st.inLink) self.enteredInLink = true;
    const key = `${st.inLink ? 1 : 0}${st.inRawBlock ? 1 : 0}${src}`;
    const emittedBefore = st.linkEmitted;
    const hit = inlineTokens.get(key);
    if (hit) {
      for (const t of hit.tokens) tokens.push(t);
      st.inLink = hit.inLink;
      st.inRawBlock = hit.inRawBlock;
      st.linkEmitted = emittedBefore || hit.linkEmitted;
      return tokens;
    }
    const before = tokens.length;
    st.linkEmitted = false;
    depth++;
    try {
      inline(src, tokens);
    } finally {
      depth--;
    }
    const emitted = st.linkEmitted;
    st.linkEmitted = emittedBefore || emitted;
    if (inlineTokens.size >= INLINE_CACHE_MAX) inlineTokens.clear();
    inlineTokens.set(key, { tokens: tokens.slice(before), inLink: st.inLink, inRawBlock: st.inRawBlock, linkEmitted: emitted });
    return tokens;
  };
  return self;
}

/** Top-level tokens of recently lexed chunks, by chunk text: the old and new versions of a page share most of theirs. */
const chunkTokens = new Map<string, Token[]>();
const CHUNK_CACHE_MAX = 50_000;

/**
 * marked's tokens for a body, lexing only chunks (splitChunks) not seen recently. Runs of unseen
 * chunks are lexed together and their tokens handed back to each chunk by raw length; a token
 * that runs across a cut shows the cut was not a block boundary, and those chunks stay uncached.
 * Inline state can carry across blocks (an `<a href>` left open), so chunks are cached and
 * reused only where no inline run starts inside a link.
 */
function lexChunked(body: string): Token[] {
  // (one scan for the common case: no definitions and no raw HTML blocks)
  const whole = WHOLE_PAGE.test(body);
  if (whole && DEFINITION.test(body)) return newLexer(false).lexer.lex(body);
  const chunks = whole ? null : splitChunks(body);
  if (!chunks || chunks.length < 2) return newLexer().lexer.lex(body);
  const out: Token[] = [];
  let run: string[] = [];
  let inLink = false; // the inline state where the next chunk starts
  const lexRun = () => {
    if (!run.length) return;
    const cl = newLexer();
    cl.lexer.state.inLink = inLink;
    const boundedBefore = takeInlineBounded();
    const tokens = cl.lexer.lex(run.join(''));
    inLink = cl.lexer.state.inLink;
    // (chunks with a bounded inline run are not kept: each read of them must see the bound again)
    const bounded = takeInlineBounded();
    inlineBounded = boundedBefore || bounded;
    const cache = !cl.enteredInLink && !inLink && !bounded;
    let k = 0;
    let chunkEnd = run[0].length;
    let first = 0; // index of the first token of chunk k
    let clean = true; // chunk k starts at a token boundary
    let pos = 0;
    for (let i = 0; i < tokens.length; i++) {
      out.push(tokens[i]);
      pos += tokens[i].raw.length;
      while (k < run.length && pos >= chunkEnd) {
        const exact = pos === chunkEnd;
        if (cache && exact && clean && i >= first) {
          if (chunkTokens.size >= CHUNK_CACHE_MAX) chunkTokens.clear();
          chunkTokens.set(run[k], tokens.slice(first, i + 1));
        }
        clean = exact;
        first = i + 1;
        k++;
        if (k < run.length) chunkEnd += run[k].length;
      }
    }
    // (if raw lengths fall short of the text, the chunks past them are simply not cached)
    run = [];
  };
  for (const c of chunks) {
    const hit = inLink ? undefined : chunkTokens.get(c);
    if (!hit) {
      run.push(c);
      continue;
    }
    lexRun();
    if (inLink) run.push(c); // the run before left a link open: this chunk reads differently here
    else for (const t of hit) out.push(t);
  }
  lexRun();
  return out;
}

/** Forget the cached chunk and inline tokens (tests compare cached and uncached reads). */
export function clearChunkCache(): void {
  chunkTokens.clear();
  inlineTokens.clear();
}

/** A line that may make a level-1 heading: ATX `#`, a setext `===` underline, an HTML `<h1>`. */
const H1_LINE = /^ {0,3}#(?:[ \t]|$)|^ {0,3}=+[ \t]*$|<h1\b/im;
const TITLE_CHUNKS = 8;

/**
 * The title readMarkdown gives a page (front matter, else the first level-1 heading), read from
 * the page's first chunks only; undefined when that cannot be told without reading it all.
 * (Chunks lex alone as they do in place, so the first blocks of a prefix are the page's.)
 */
export function markdownTitle(src: string): string | null | undefined {
  const clean = cleanText(src);
  const { title, bodyTitleWins, body } = splitFrontMatter(clean);
  if (title && !bodyTitleWins) return title;
  const chunks = splitChunks(body);
  if (!chunks) return undefined;
  const front = clean.slice(0, clean.length - body.length);
  let prefix = '';
  for (let k = 0; k < Math.min(chunks.length, TITLE_CHUNKS); k++) {
    prefix += chunks[k];
    if (title) {
      // the front-matter title, unless the body opens with an H1: decided by the first body block
      const m = readMarkdown(front + prefix);
      if (m.title !== title || m.blocks.length > 1 || k === chunks.length - 1) return m.title;
      continue;
    }
    if (!H1_LINE.test(chunks[k])) continue;
    const t = readMarkdown(front + prefix).title;
    if (t !== null) return t;
  }
  return undefined;
}

/** Markdown source -> DocModel. */
export function readMarkdown(src: string): DocModel {
  const { title, bodyTitleWins, description, body } = splitFrontMatter(cleanText(src));
  const dialect = rewriteDialects(body);
  const text = dialect ? dialect.body : body;
  let blocks: DocBlock[];
  try {
    const parts = boundParagraphs(text);
    if (!parts) blocks = convert(lexChunked(boundNesting(text)), 0, { a: null });
    else {
      blocks = [];
      const anchor = { a: null };
      for (const p of parts) pushAll(blocks, 'plain' in p ? plainLines(p.plain) : convert(lexChunked(boundNesting(p.markdown)), 0, anchor));
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    readAsPlain = true;
    blocks = plainBlocks(text);
  }
  if (dialect) blocks = settleCallouts(blocks, dialect.labels);
  const model = settleTitle(blocks, title, bodyTitleWins, (t) => ({ type: 'heading', level: 1, text: escapeLineStart(escapeText(t)), anchor: null }));
  if (description) model.description = description;
  return model;
}
