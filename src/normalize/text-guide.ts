// One version guides the reading of the other: when one side of a comparison is whole-page text
// and the other has markup (Markdown, HTML), the other side's model becomes a template (plain
// data: its title, headings with their levels, list items, paragraphs, tables, code and images)
// and the text is read again with it. A line the template has as a heading is a heading at the
// template's level; lines it has as list items are items; a run of lines that spells out one of
// its tables or code blocks takes that shape; lines it has as content are never chrome. Lines
// the template does not know are read from layout alone, so real changes stay visible. It never
// copies words from the template, except code whitespace when the code's characters are equal
// and images (which text cannot show), and says so in the report's fallbacks.

import type { DocBlock, DocModel } from './doc.js';
import { roughPlain } from './doc.js';
import { textKey, type TextLine } from './text-lines.js';
import { codeText, columnTable, type CellHint, type Structure } from './text-structure.js';
import { maxOf } from '../util/arrays.js';
import { NOTE_LABEL, isHeadingLike } from './text-chrome.js';

/** What a guide knows about a line of the text (from the other version's model). */
export interface LineGuide {
  /** the level of the other version's heading with this text, or null */
  heading(text: string): number | null;
  /** the level of a heading of the other version line i may be a renamed form of (most words shared, none of its own words on any line here, between the same neighbouring headings), or null */
  renamedHeading(i: number): number | null;
  /** the other version has this text as a list item or a paragraph (not a heading) */
  listItem(text: string): boolean;
  /** the other version has lines that open as this one does as paragraphs set apart, never as headings (a procedure's title: "**To create a policy (console)**") */
  titleParagraph(text: string): boolean;
  /** a table or code block of the other version that lines i.. spell out, or null */
  structureAt(lines: TextLine[], i: number): Structure | null;
}

/** The other version of a page, as the text reader can use it. */
export interface Template {
  /** the page title as the other version shows it: its first H1, then its title (front matter), best first */
  titles: string[];
  /** the page's summary (front matter), which a layout may show under the title */
  lead: string | null;
  /** heading key -> level */
  headings: Map<string, number>;
  /** list item key -> how the template lists it */
  items: Map<string, { ordered: boolean; depth: number }>;
  /** keys of paragraphs */
  paragraphs: Set<string>;
  /** tables as plain cells, header row first */
  tables: string[][][];
  /** code blocks */
  code: string[];
  /** paragraphs opening with a note label (`**Warning** text`): key of the text without it -> the label */
  labelled: Map<string, string>;
  /** first word -> how many paragraphs of the template look like headings and open with it (a procedure's title: "**To delete a policy**") */
  titleLeads: Map<string, number>;
  /** first words of the template's headings */
  headingLeads: Set<string>;
  /** image-only paragraphs, each with the key of the block before it */
  images: Array<{ block: Extract<DocBlock, { type: 'paragraph' }>; alt: string; after: string | null }>;
}

const key = (s: string) => textKey(s);
const plainOf = (b: { text: string; plain?: string }) => b.plain ?? roughPlain(b.text);
/** A paragraph opening with a bold label (tidy() writes a note box's label so). */
const LABELLED = /^\*\*([^*]{1,20})\*\* /;
const IMAGE_ONLY = /^(!\[(?:\\.|[^\]\\])*\]\([^)]*\)\s*)+$/;

/** The template of a model (its blocks walked once). */
const leadWord = (text: string) => text.trim().split(/\s+/)[0].toLowerCase();

export function templateOf(model: DocModel): Template {
  const h1 = model.blocks.find((b) => b.type === 'heading' && b.level === 1) as { text: string; plain?: string } | undefined;
  const titles = [...new Set([h1 ? plainOf(h1) : null, model.title].filter((x): x is string => !!x))];
  const t: Template = { titles, lead: model.description ?? null, headings: new Map(), items: new Map(), paragraphs: new Set(), labelled: new Map(), tables: [], code: [], images: [], titleLeads: new Map(), headingLeads: new Set() };
  let last: string | null = null;
  const walk = (blocks: DocBlock[], depth: number) => {
    for (const b of blocks) {
      switch (b.type) {
        case 'heading':
          if (!t.headings.has(key(plainOf(b)))) t.headings.set(key(plainOf(b)), b.level);
          last = key(plainOf(b));
          t.headingLeads.add(leadWord(plainOf(b)));
          break;
        case 'paragraph':
          if (IMAGE_ONLY.test(b.text.trim())) t.images.push({ block: b, alt: plainOf(b), after: last });
          else {
            t.paragraphs.add(key(plainOf(b)));
            last = key(plainOf(b));
            if (isHeadingLike(plainOf(b))) t.titleLeads.set(leadWord(plainOf(b)), (t.titleLeads.get(leadWord(plainOf(b))) ?? 0) + 1);
            const m = LABELLED.exec(b.text);
            if (m && NOTE_LABEL.test(m[1])) t.labelled.set(key(b.text.slice(m[0].length)), m[1]);
          }
          break;
        case 'list':
          for (const it of b.items) {
            const [first, ...rest] = it.blocks;
            if (first && first.type === 'paragraph') {
              t.items.set(key(plainOf(first)), { ordered: b.ordered, depth });
              last = key(plainOf(first));
              walk(rest, depth + 1);
            } else walk(it.blocks, depth + 1);
          }
          break;
        case 'table':
          t.tables.push([b.plainHeader ?? b.header.map(roughPlain), ...(b.plainRows ?? b.rows.map((r) => r.map(roughPlain)))]);
          break;
        case 'code':
          t.code.push(b.text);
          break;
        case 'quote':
          walk(b.blocks, depth);
          break;
      }
    }
  };
  walk(model.blocks, 0);
  return t;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Lines i.. that spell out a template table cell by cell (one cell per line), or null. */
function cellPerLine(lines: TextLine[], i: number, t: Template): Structure | null {
  for (const table of t.tables) {
    const cells = table.flat();
    const width = table[0].length;
    if (cells.length < 4 || width < 2 || i + cells.length > lines.length) continue;
    if (key(lines[i].text) !== key(cells[0])) continue;
    let same = 0;
    for (let k = 0; k < cells.length; k++) if (key(lines[i + k].text) === key(cells[k])) same++;
    if (same < cells.length * 0.7) continue;
    const rows: string[][] = [];
    for (let r = 0; r < table.length; r++) rows.push(lines.slice(i + r * width, i + (r + 1) * width).map((l) => l.text));
    return { kind: 'table', rows, end: i + cells.length };
  }
  return null;
}

/** Lines i.. that hold a template code block: its lines in order (most of them), or its characters exactly. */
function codeFromTemplate(lines: TextLine[], i: number, t: Template): Structure | null {
  const first = lines[i].text.trim();
  if (!first) return null;
  for (const code of t.code) {
    const want = code.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!want.length) continue;
    // the characters of the code, laid out differently (one line, other indentation)
    const target = squeeze(code);
    if (target.startsWith(squeeze(first))) {
      let acc = '';
      for (let j = i; j < lines.length && acc.length < target.length; j++) {
        acc += squeeze(lines[j].body);
        if (acc === target) return { kind: 'code', text: code, end: j + 1 };
        if (!target.startsWith(acc)) break;
      }
    }
    // the code's lines in order, some changed: as long as most lines go on matching
    if (first !== want[0] || want.length < 2) continue;
    let j = i + 1;
    let w = 1;
    let misses = 0;
    while (j < lines.length && w < want.length && misses <= 2) {
      if (lines[j].text.trim() === want[w]) misses = 0;
      else if (lines[j].text.trim() === want[w + 1]) w++;
      else misses++;
      j++;
      w++;
    }
    const end = j - misses;
    if (end - i >= 2) return { kind: 'code', text: codeText(lines, i, end), end };
  }
  return null;
}

/** Cell text of the template's tables, for telling a wrapped cell's next line from a new row. */
function cellHint(t: Template): CellHint | undefined {
  const cells = [...new Set(t.tables.flatMap((table) => table.flat().map(key)).filter(Boolean))];
  if (!cells.length) return undefined;
  return {
    starts: (text) => {
      const k = key(text);
      return k !== '' && cells.some((c) => c === k || c.startsWith(`${k} `));
    },
    widths: new Set(t.tables.map((table) => maxOf(table.map((r) => r.length)))),
  };
}

/** Words two headings share for one to be taken as the other renamed (Dice of word sets). */
const RENAMED_HEADING = 0.5;

function wordSet(k: string): Set<string> {
  return new Set(k.split(' ').filter(Boolean));
}

function dice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return a.size + b.size ? (2 * common) / (a.size + b.size) : 0;
}

/** Template headings no line of the text has, each with the span of lines between the neighbours the text does have. */
function unclaimedHeadings(t: Template, lines: TextLine[]): Array<{ words: Set<string>; level: number; lo: number; hi: number }> {
  const at = new Map<string, number>();
  lines.forEach((l, i) => l.bullet || at.has(l.key) || at.set(l.key, i));
  const hs = [...t.headings].filter(([, level]) => level > 1);
  const out: Array<{ words: Set<string>; level: number; lo: number; hi: number }> = [];
  hs.forEach(([k, level], h) => {
    if (at.has(k)) return;
    let lo = -1;
    for (let p = h - 1; p >= 0 && lo < 0; p--) lo = at.get(hs[p][0]) ?? -1;
    let hi = lines.length;
    for (let n = h + 1; n < hs.length && hi === lines.length; n++) hi = at.get(hs[n][0]) ?? lines.length;
    out.push({ words: wordSet(k), level, lo, hi });
  });
  return out;
}

/** The reader's hooks for one template and the lines being read. */
export function lineGuide(t: Template, lines: TextLine[]): LineGuide {
  const hint = cellHint(t);
  let unclaimed: ReturnType<typeof unclaimedHeadings> | null = null;
  return {
    heading: (text) => (t.headings.get(key(text)) ?? null),
    renamedHeading: (i) => {
      unclaimed ??= unclaimedHeadings(t, lines);
      const w = wordSet(lines[i].key);
      let best: { level: number; d: number } | null = null;
      for (const h of unclaimed) {
        if (i <= h.lo || i >= h.hi) continue;
        const d = dice(w, h.words);
        if (d >= RENAMED_HEADING && (!best || d > best.d)) best = { level: h.level, d };
      }
      return best ? best.level : null;
    },
    listItem: (text) => t.items.has(key(text)) || t.paragraphs.has(key(text)),
    titleParagraph: (text) => (t.titleLeads.get(leadWord(text)) ?? 0) >= 2 && !t.headingLeads.has(leadWord(text)),
    structureAt: (lines, i) => cellPerLine(lines, i, t) ?? codeFromTemplate(lines, i, t) ?? (hint ? columnTable(lines, i, hint) : null),
  };
}

/** Keys of everything the template has as content (never chrome at the edges of the text). */
function contentKeys(t: Template): Set<string> {
  const s = new Set<string>([...t.headings.keys(), ...t.items.keys(), ...t.paragraphs]);
  for (const table of t.tables) for (const row of table) for (const c of row) if (c.split(/\s+/).length >= 3) s.add(key(c));
  s.delete('');
  for (const title of t.titles) s.delete(key(title));
  return s;
}

/** Keys of the template's content, built once per template. */
const contentCache = new WeakMap<Template, Set<string>>();
export function templateContent(t: Template): Set<string> {
  let s = contentCache.get(t);
  if (!s) contentCache.set(t, (s = contentKeys(t)));
  return s;
}

/**
 * Lines without bullets that the template has as list items become items (innerText drops the
 * markers), nested as the template nests them. Returns how many lines it marked.
 */
export function markItems(lines: TextLine[], t: Template): number {
  let n = 0;
  for (const l of lines) {
    if (l.bullet || l.cells) continue;
    const it = t.items.get(l.key);
    if (!it) continue;
    l.bullet = it.ordered ? 'ol' : 'ul';
    l.indent += 2 * it.depth;
    n++;
  }
  return n;
}

/**
 * Headings a crawler hard-wrapped: two lines that together spell a heading of the template
 * (and neither alone does) become one line. Returns the lines.
 */
export function joinWrappedHeadings(lines: TextLine[], t: Template): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (next && !next.blankBefore && !l.bullet && !next.bullet && !t.headings.has(l.key) && !t.headings.has(next.key) && t.headings.has(key(`${l.text} ${next.text}`))) {
      l.text = `${l.text} ${next.text}`;
      l.body = `${l.body} ${next.body.trim()}`;
      l.blankAfter = next.blankAfter;
      out.push(l);
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Image paragraphs of the template put back where it has them (text renderings cannot show images). */
export function putImages(blocks: DocBlock[], t: Template, seen: Set<string>): number {
  let n = 0;
  for (const im of t.images) {
    if (seen.has(key(im.alt))) continue;
    const at = im.after === null ? 0 : indexAfter(blocks, im.after);
    if (at < 0) continue;
    blocks.splice(at, 0, { ...im.block });
    n++;
  }
  return n;
}

function indexAfter(blocks: DocBlock[], k: string): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if ((b.type === 'heading' || b.type === 'paragraph') && key(plainOf(b)) === k) return i + 1;
    if (b.type === 'list' && b.items.some((it) => it.blocks[0]?.type === 'paragraph' && key(plainOf(it.blocks[0] as { text: string })) === k)) return i + 1;
  }
  return -1;
}

/**
 * Note boxes whose label the rendering does not show (a class or an icon draws it): a paragraph
 * that is one of the template's labelled paragraphs without its label takes the label back.
 * Returns how many it labelled.
 */
export function putLabels(blocks: DocBlock[], t: Template): number {
  if (!t.labelled.size) return 0;
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'paragraph') {
      const plain = plainOf(b);
      const label = t.labelled.get(key(plain));
      if (label === undefined || t.paragraphs.has(key(plain))) continue;
      // (the label on a line of its own above: the text shows it)
      const prev = blocks[i - 1];
      if (prev && (prev.type === 'paragraph' || prev.type === 'heading') && NOTE_LABEL.test(plainOf(prev))) continue;
      b.text = `**${label}** ${b.text}`;
      b.plain = `${label} ${plain}`;
      n++;
    } else if (b.type === 'list') for (const it of b.items) n += putLabels(it.blocks, t);
    else if (b.type === 'quote') n += putLabels(b.blocks, t);
  }
  return n;
}
