// Lines of a plain-text rendering -> logical lines: what a browser copy, innerText, `w3m -dump`
// or `lynx -dump` laid out as one element. Hard wrapping is undone only where the text is
// wrapped at a measurable width (a line continues the one above when that one was too full to
// take its first word); bullets, indentation and blank lines are kept as layout facts for the
// readers after this one. It does not decide what a line is (heading, chrome, code).

import { headingKey } from '../util/text.js';

/** Bullet characters of browsers' copies, w3m (• □ ☆ ○) and lynx (* + o # @). */
const BULLET_RE = /^([•◦▪▫‣○●■□☆★◆◇►▸▹∙·]|[-*+](?=\s))\s*(.*)$/u;
const LYNX_BULLET_RE = /^([*+o#@])\s+(.*)$/;
const ORDERED_RE = /^(\d{1,3})[.)]\s+(.*)$/;
/** A line broken after a dash inside a word. */
const DASH_BREAK = /\S[-–—]$/;
/** Two or more spaces between words (not after a sentence's end): columns of a table laid out with spaces. */
export const COLUMN_GAP = /[^\s.!?:;] {2,}\S/;
const COLUMN_GAPS = new RegExp(COLUMN_GAP.source, 'g');

export interface TextLine {
  /** 0-based number of the (first) source line */
  n: number;
  /** columns of leading whitespace (a tab counts 4) */
  indent: number;
  /** the body, trimmed, without its bullet marker */
  text: string;
  /** comparison key of the text (textKey: case, typography and punctuation folded), computed when first read */
  readonly key: string;
  /** the body with inner spacing kept (tables, code): bullet marker included, leading space removed */
  body: string;
  bullet: 'ul' | 'ol' | null;
  /** number of an ordered item */
  start: number;
  blankBefore: boolean;
  blankAfter: boolean;
  /** tab-separated cells (innerText tables) */
  cells: string[] | null;
  /** source lines joined into this one (1 unless unwrapped) */
  span: number;
}

export interface Layout {
  /** the width the text is hard-wrapped at, or null when lines are not wrapped */
  wrap: number | null;
  /** lynx's bullets (* + o) are read as bullets */
  lynx: boolean;
}

function measure(raw: string): { indent: number; body: string } {
  const m = /^[ \t]*/.exec(raw)![0];
  let n = 0;
  for (const c of m) n += c === '\t' ? 4 : 1;
  return { indent: n, body: raw.slice(m.length) };
}

/** Lines at most this long (after the longest) are "full" when telling the wrap width. */
const FULL_SLACK = 12;
/** A line this close to the wrap width was full (the next word may have been glued to another). */
const NBSP_SLACK = 8;
/** Characters of code and data: lines with them do not tell the wrap width. */
const CODE_CHARS = /[{}[\];=$"`<>\\]/;
/** Narrowest wrap width believed (no text browser or crawler wraps narrower), and lines needed to tell one. */
const MIN_WRAP = 40;
const MIN_WRAPPED_LINES = 5;
/** Full lines going on in the next one that tell a wrap width whatever the other lines are. */
const MANY_FULL = 6;
/** Lines longer than this are never hard-wrapped output. */
const MAX_WRAP = 200;

/**
 * The width a text is hard-wrapped at: the length most of its long prose lines end near, three
 * of them or more going on in the next line (wrapped paragraphs fill their lines; unwrapped ones
 * vary freely and end their block). A few longer lines (code, URLs) may stand past it.
 */
export function wrapWidth(lines: string[]): number | null {
  // prose lines, each with whether the next line goes on at its indentation (what a wrapped line does)
  const prose: Array<{ n: number; goesOn: boolean }> = [];
  lines.forEach((raw, i) => {
    const l = raw.trimEnd();
    if (!/ \S/.test(l.trim()) || COLUMN_GAP.test(l.trim()) || CODE_CHARS.test(l) || /\w:\/\//.test(l)) return;
    const next = lines[i + 1] ?? '';
    prose.push({ n: l.length, goesOn: next.trim() !== '' && indentOf(next) === indentOf(l) });
  });
  if (prose.length < MIN_WRAPPED_LINES) return null;
  const lens = prose.map((p) => p.n).sort((a, b) => b - a);
  // the width most full lines end near, among the longest few lengths (a glued navigation line may stand past it)
  const outliers = Math.min(10, Math.floor(lens.length * 0.05));
  let best: { w: number; full: number } | null = null;
  for (let k = 0; k <= outliers; k++) {
    const max = lens[k];
    if (max > MAX_WRAP || max < MIN_WRAP || (best && max === best.w)) continue;
    const near = prose.filter((p) => p.n <= max && p.n >= max - FULL_SLACK);
    const long = prose.filter((p) => p.n <= max && p.n >= max / 2).length;
    const full = near.filter((p) => p.goesOn).length;
    // (many full lines that go on tell it too, on a page whose other lines are short paragraphs, links and code)
    const wrapped = near.length / long >= 0.45 || (full >= MANY_FULL && full / near.length >= 0.6);
    if (full >= 3 && wrapped && (!best || full >= best.full)) best = { w: max, full };
  }
  return best ? best.w : null;
}

const indentOf = (s: string) => s.length - s.trimStart().length;

/** lynx's link numbers (`[12]shared responsibility model`) and form controls (`(BUTTON) Accept`). */
function unLynx(line: string): string {
  return line.replace(/\[\d{1,5}\](?=\S)/g, '').replace(/\((BUTTON|RADIO|CHECKBOX|TEXTAREA|submit|reset)\) ?/g, '');
}

/** lynx -dump: a "References" list of numbered URLs at the end, or `[12]` link markers. */
function isLynx(lines: string[]): boolean {
  return lines.some((l) => /^References$/.test(l.trim())) && lines.filter((l) => /^\s*\d+\. (https?|file):\/\//.test(l)).length >= 1;
}

const ASCII = /^[\x00-\x7f]*$/;

/** headingKey (case, typography and punctuation folded), with a fast path for ASCII text. */
export function textKey(s: string): string {
  return ASCII.test(s) ? s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : headingKey(s);
}

function firstWord(s: string): number {
  const m = /^\S+/.exec(s.trim());
  return m ? m[0].length : 0;
}

class Line implements TextLine {
  blankAfter = false;
  span = 1;
  private k = '';
  private keyed: string | null = null; // the text the key was computed from
  constructor(
    public n: number,
    public indent: number,
    public text: string,
    public body: string,
    public bullet: 'ul' | 'ol' | null,
    public start: number,
    public blankBefore: boolean,
    public cells: string[] | null,
  ) {}
  get key(): string {
    if (this.keyed !== this.text) {
      this.k = textKey(this.text);
      this.keyed = this.text;
    }
    return this.k;
  }
}

/** A short line ending with a permalink sign (glued or after a space), as a heading with its anchor link reads. */
const SIGNED = /^(\S.{0,118}?[^\s#§])\s?([#§🔗])$/u;
/** "C#", "F#": a language's name, not a sign (one capital letter before it). */
const NAMED_SHARP = /(?:^|[\s(])[A-Z]#$/;

/**
 * Headings' permalink signs where a page glues them to its headings ("Encryption at rest#",
 * pydata-sphinx-theme's "#" links): the sign is dropped from every such line when two or more
 * short lines end with it (a page that ends one line with "#" keeps it).
 */
function dropAnchorSigns(raw: string[]): string[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    const m = SIGNED.exec(raw[i]);
    if (!m || NAMED_SHARP.test(raw[i])) continue;
    counts.set(m[2], (counts.get(m[2]) ?? 0) + 1);
  }
  const signs = [...counts].filter(([, n]) => n >= 2).map(([sign]) => sign);
  if (!signs.length) return raw;
  return raw.map((l) => {
    const m = SIGNED.exec(l);
    return m && signs.includes(m[2]) && !NAMED_SHARP.test(l) ? m[1] : l;
  });
}

/** A bullet marker alone on its line. */
const LONE_BULLET = /^(\s*)([•◦▪▫□■○●‣⁃*+-])$/u;

/**
 * An item whose text w3m put on the next line (an icon-only block opens the item: "•" then
 * "    Copy as Markdown" indented under it): the text goes back beside its marker.
 */
function joinEmptyBullets(raw: string[]): string[] {
  if (!raw.some((l) => LONE_BULLET.test(l))) return raw;
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const m = LONE_BULLET.exec(raw[i]);
    const next = raw[i + 1];
    if (m && next !== undefined && next.trim() !== '' && next.length - next.trimStart().length > m[1].length) {
      out.push(`${m[1]}${m[2]} ${next.trim()}`);
      i++;
    } else out.push(raw[i]);
  }
  return out;
}

/** Lines of a text (tabs kept) -> logical lines, with the layout it was read with. */
export function toLines(src: string): { lines: TextLine[]; layout: Layout } {
  const raw = joinEmptyBullets(dropAnchorSigns(src.split('\n').map((l) => l.trimEnd()))); // (a regex for trailing blanks is quadratic on long runs of spaces)
  const layout: Layout = { wrap: wrapWidth(raw), lynx: isLynx(raw) };
  const lines: TextLine[] = [];
  let blank = true;
  let prevEnd = -1; // raw length of the last source line joined into the last logical line
  for (let n = 0; n < raw.length; n++) {
    // (a heading's permalink sign, Sphinx and MkDocs: "Encryption at rest¶")
    const laid = raw[n].endsWith('¶') ? raw[n].slice(0, -1).trimEnd() : raw[n];
    const r = layout.lynx ? unLynx(laid) : laid;
    if (r.trim() === '') {
      blank = true;
      if (lines.length) lines[lines.length - 1].blankAfter = true;
      continue;
    }
    const { indent, body } = measure(r);
    const cells = body.includes('\t') ? body.split(/\t+/).map((c) => c.trim()) : null;
    const b = BULLET_RE.exec(body) ?? (layout.lynx ? LYNX_BULLET_RE.exec(body) : null);
    const o = b ? null : ORDERED_RE.exec(body);
    const last = lines[lines.length - 1];
    if (!blank && last && !b && !o && !cells && !last.cells && continues(last, indent, body, prevEnd, layout)) {
      // (wrappers break inside a word at a dash: "Level 3" / "–compliant", "data-" / "at-rest")
      const sep = DASH_BREAK.test(last.text) || /^[–—]\S/.test(body.trim()) ? '' : ' ';
      last.text += sep + body.trim();
      last.body += sep + body.trim();
      last.span++;
      prevEnd = laid.length;
      blank = false;
      continue;
    }
    lines.push(
      new Line(n, indent, (b ? b[2] : o ? o[2] : body).trim(), body, b ? 'ul' : o ? 'ol' : null, o ? Number(o[1]) : 1, blank, cells && cells.length >= 2 ? cells : null),
    );
    prevEnd = laid.length;
    blank = false;
  }
  return { lines, layout };
}

/**
 * A source line continues the logical line above it when the text is wrapped and the line
 * above was too full to take this line's first word, at the same indentation (or at the
 * hanging indentation of a bullet's text).
 */
/** A horizontal rule drawn in text (w3m draws `<hr>` as ━━━, some sites ─── or ═══, Markdown-like `- - -`). */
export const RULE_LINE = /^\s*(?:[━─═\u2014_\-=*·•]{3,}|(?:- ?){3,}|(?:\* ?){3,})\s*$/u;

function continues(last: TextLine, indent: number, body: string, prevEnd: number, layout: Layout): boolean {
  if (layout.wrap === null) return false;
  // (a no-break space glues words the wrapper kept together, and is gone by now: a line within a
  // few columns of the width counts as full)
  const w = firstWord(body);
  if (prevEnd + 1 + w <= layout.wrap && prevEnd < layout.wrap - NBSP_SLACK) return false;
  // a "word" wider than half a line after a short line is a rule or a URL standing alone
  if (w > layout.wrap / 2 && prevEnd < layout.wrap / 2) return false;
  // a table row, not prose; but one gap in a line that goes on a full line of prose is a wide space
  // (a badge or an inline icon dropped by the renderer: "supports Internet / Explorer is  4.6.3.")
  if (COLUMN_GAP.test(last.body.trim())) return false;
  // (two spaces, once: a table's cells are padded to their column, "size                and custom")
  const gaps = body.trim().match(COLUMN_GAPS);
  if (gaps && (gaps.length !== 1 || gaps[0].length !== 4 || last.body.trim().split(/\s+/).length < 8)) return false;
  if (RULE_LINE.test(body) || RULE_LINE.test(last.body)) return false; // a drawn rule stands alone
  if (last.bullet) return indent > last.indent;
  return indent === last.indent;
}
