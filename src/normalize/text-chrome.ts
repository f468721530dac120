// Where the content of a text rendering starts and ends. The content is bracketed by the page's
// title line (the line equal to the other version's title, the `Title - Site` first line's
// title, or the last heading-like line before the first prose) and by the footer (a run of
// short link-like lines, platform chrome and learned boilerplate at the end). Widget sentences
// of the big platforms are dropped anywhere; in-page tables of contents (a "Topics" / "On this
// page" label over short lines) are dropped. It does not recover structure (text-structure.ts).

import { COLUMN_GAP, RULE_LINE, textKey, type TextLine } from './text-lines.js';
import { chromeKey, isEdgeChromeLine, isEndAnchor, isWidgetLine } from './text-chrome-data.js';

/** Admonition labels: a line of its own over the text it labels (never a title or a heading over text). */
export const NOTE_LABEL = /^(note|notes|important|tip|tips|warning|caution|attention|danger|info|hint|remarque)( ?:)?$/i;

/** Labels of in-page tables of contents (as the Markdown reader drops them before a link list). */
export const TOC_LABEL = /^(topics|sections|in this section|contents|on this page|table of contents|related topics|in this article|in this topic|page contents)$/i;

export interface ChromeHints {
  /** the page title as the other version has it (its first H1, its title), best first */
  titles?: string[];
  /** keys (contentKey) of lines the other version has as content: never chrome at the edges */
  content?: Set<string>;
  /** chrome lines learned from many pages of the site (chromeKey) */
  boilerplate?: ReadonlySet<string>;
  /** the other version's summary (front matter `description`): a page tool under the title when it stands there */
  lead?: string;
}

export interface Bracketed {
  /** the content lines, title line excluded */
  lines: TextLine[];
  title: string | null;
  /** what was chosen where the choice was not clear-cut (for the report's fallbacks) */
  notes: string[];
}

const SENTENCE_END = /[.!?:;]["')\]]?$/;
const CODE_CHARS = /[{}[\]<>=$`"\\|;]/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A line of running text: a sentence, or too long for a label or link. */
export function isProse(text: string): boolean {
  const n = words(text);
  return (n >= 4 && SENTENCE_END.test(text)) || n >= 14;
}

/** A short label or link: what navigation, breadcrumbs, page tools and footers are made of. */
export function isNavLike(l: TextLine): boolean {
  const t = unIcon(l.text);
  if (l.cells || (COLUMN_GAP.test(l.body.trim()) && words(t) > 4)) return false;
  if (t.length > 80 || words(t) > 10) return false;
  if (SENTENCE_END.test(t) && words(t) > 3) return false;
  return !CODE_CHARS.test(t.replace(/[›»>|/]/g, ''));
}

/** A line that may be a title or a heading: short, capitalised, not a sentence. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return false;
  if (t.split(/\s+/).length > 16) return false;
  if (/[.:;,!]$/.test(t)) return false;
  if (/\?$/.test(t) && !/^(what|how|why|when|where|which|who|can|do|does|is|are|should)\b/i.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  if (/^["'{[(<]/.test(t)) return false;
  return true;
}

/** `Title - Site`, `Title | Site`, `Title — Site documentation`: the title part, else null. */
export function titleOfPageLine(text: string): string | null {
  const m = / [-–—|·] /.exec(text);
  return m ? text.slice(0, m.index).trim() : null;
}

/** What the platform phrases say of a line (tested once per line). */
interface Phrases {
  /** a widget sentence (chrome anywhere) */
  widget: boolean;
  /** chrome at the edges of the content */
  edge: boolean;
  /** only stands after the content */
  end: boolean;
}
const phraseMemo = new WeakMap<TextLine, Phrases>();
/** The text without the icons' alt texts a text browser writes before it ("[edit] Edit this page"). */
const unIcon = (text: string) => (text.startsWith('[') ? text.replace(/^(?:\[[\w -]{1,24}\]\s*)+/, '') : text);

/** Screen-reader text after an external link: where one link of a run of page tools ends. */
const NEW_TAB = /\s*\((?:opens|open|opening) in (?:a )?new (?:tab|window)\)\s*/i;

/** Page tools run together on one line, each link ending with its "(opens in a new tab)". */
function allTools(text: string): boolean {
  if (!NEW_TAB.test(text)) return false;
  const parts = text.split(NEW_TAB).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => isEdgeChromeLine(p) || isWidgetLine(p));
}

function phrases(l: TextLine): Phrases {
  let p = phraseMemo.get(l);
  if (!p) {
    const short = l.text.length <= 400;
    // (w3m writes an icon's alt text in brackets before a page tool: "[calendar] March 14, 2025", "[edit] Edit this page")
    const t = unIcon(l.text);
    p = {
      widget: short && isWidgetLine(t),
      edge: short && (isEdgeChromeLine(t) || (l.body !== l.text && isEdgeChromeLine(l.body)) || allTools(t)),
      end: short && isEndAnchor(t),
    };
    phraseMemo.set(l, p);
  }
  return p;
}
const isWidget = (l: TextLine) => phrases(l).widget;
/** A platform phrase (page tool, widget, footer anchor), whatever the hints. */
const isChromeLine = (l: TextLine) => phrases(l).edge || phrases(l).widget || phrases(l).end;
const isEnd = (l: TextLine) => phrases(l).end;

function isChrome(l: TextLine, hints: ChromeHints): boolean {
  return phrases(l).edge || phrases(l).widget || (hints.boilerplate !== undefined && l.text.length <= 400 && hints.boilerplate.has(chromeKey(l.text)));
}

const isGuideContent = (l: TextLine, hints: ChromeHints) => hints.content?.has(l.key) ?? false;

/** A line that opens the content: a sentence, or a long line (navigation has neither). */
function opensContent(text: string): boolean {
  const n = words(text);
  return (n >= 1 && /[.!]["')\]]?$/.test(text) && /\p{L}{2}/u.test(text)) || (n >= 2 && /:$/.test(text)) || (n >= 10 && /\?$/.test(text)) || n >= 14;
}

/** Longest line compared with a title. */
const MAX_TITLE = 300;

/** Index of the title line among `lines`, with notes on the choice. */
function findTitle(lines: TextLine[], hints: ChromeHints, notes: string[]): number {
  const firstProse = lines.findIndex((l, i) => opensContent(l.text) && !(l.bullet && isNavLike(l)) && !isChrome(l, hints) && !(i === 0 && titleOfPageLine(l.text)));
  const limit = firstProse < 0 ? lines.length : firstProse;
  // a title line has content under it: one of the next three lines that are not chrome
  const contentAfter = (i: number) => {
    for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
      if (isChrome(lines[j], hints)) continue;
      if (isProse(lines[j].text) || !isNavLike(lines[j])) return true;
      seen++;
    }
    return false;
  };
  // 1. the title the other version has
  for (const title of hints.titles ?? []) {
    const want = textKey(title);
    if (!want) continue;
    // the same words, and the same letters where there are any such lines (not a code line `vault:` for "Vault")
    const same = (i: number) => lines[i].text.replace(/\s+/g, ' ').toLowerCase() === title.replace(/\s+/g, ' ').toLowerCase();
    const keyed = lines.map((l, i) => (l.text.length <= MAX_TITLE && l.key === want ? i : -1)).filter((i) => i >= 0);
    const spelled = keyed.some(same) ? keyed.filter(same) : keyed;
    // a title is no list item: breadcrumbs and sidebars list the page's title too (w3m keeps their markers)
    const cands = spelled.some((i) => !lines[i].bullet) ? spelled.filter((i) => !lines[i].bullet) : spelled;
    if (cands.length) {
      const good = cands.filter(contentAfter);
      const before = (good.length ? good : cands).filter((i) => i < limit);
      if (before.length) return before[before.length - 1];
      // below the first running text: the candidate nearest above the running text that follows it (a breadcrumb's last item is not the title under it)
      const gap = (i: number) => {
        const p = lines.findIndex((l, j) => j > i && opensContent(l.text));
        return p < 0 ? Infinity : p - i;
      };
      const pool = good.length ? good : cands;
      return pool.reduce((a, b) => (gap(b) <= gap(a) ? b : a));
    }
  }
  // 2. a `Title - Site` first line and the title standing on its own below it
  const fromPage = lines.length ? titleOfPageLine(lines[0].text) : null;
  if (fromPage) {
    const key = textKey(fromPage);
    const again = lines.findIndex((l, i) => i > 0 && l.text.length <= MAX_TITLE && l.key === key);
    if (again >= 0) return again;
  }
  // 3. the last heading-like line above the first prose that is not chrome (said when there were others)
  const cands: number[] = [];
  for (let i = Math.min(limit, lines.length) - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.bullet || l.cells || !isHeadingLike(l.text) || isChrome(l, hints) || TOC_LABEL.test(l.text) || NOTE_LABEL.test(l.text)) continue;
    // (a line whose sentence goes on below it in lower case is not a title: right under it, or past a
    // blank line to the sentence's end; a lower-case line that ends no sentence is a tagline or a lead)
    // (page tools between are passed over)
    let b = i + 1;
    while (b < lines.length && isChrome(lines[b], hints)) b++;
    const below = lines[b];
    if (below && /^\p{Ll}/u.test(below.text) && (!lines[b - 1].blankAfter || SENTENCE_END.test(below.text))) continue;
    if (!isTocEntry(lines, i)) cands.push(i);
  }
  if (cands.length) {
    const i = cands[0];
    if (cands.length > 1) notes.push(`text: no title line matched; took "${lines[i].text}", the last of ${cands.length} heading-like lines above the first paragraph`);
    return i;
  }
  if (fromPage) {
    notes.push(`text: the title "${fromPage}" from the first line stands nowhere else on the page; content taken from the second line`);
    return 0;
  }
  return -1;
}

/** Line i is an entry of a table of contents: it stands again, later, as a line of its own. */
function isTocEntry(lines: TextLine[], i: number): boolean {
  let last = lastIndex.get(lines);
  if (!last) {
    last = new Map();
    // (entries are short: longer lines are not even keyed)
    // (a line set apart as headings are: a line inside another run of links does not count)
    lines.forEach((l, j) => l.bullet || l.text.length > MAX_ENTRY || !isHeadingLike(l.text) || !standsApart(lines, j) || last!.set(l.key, j));
    lastIndex.set(lines, last);
  }
  return lines[i].text.length <= MAX_ENTRY && lines[i].key !== '' && (last.get(lines[i].key) ?? -1) > i;
}
const lastIndex = new WeakMap<TextLine[], Map<string, number>>();

/** A line set apart like a heading: a blank line around it, or running text right under it. */
function standsApart(lines: TextLine[], j: number): boolean {
  const l = lines[j];
  const next = lines[j + 1];
  return l.blankBefore || l.blankAfter || !next || opensContent(next.text) || !isNavLike(next);
}
/** Longest line that may be an entry of a table of contents (or a title: isHeadingLike). */
const MAX_ENTRY = 120;

/** Lines of running text after line p that are neither chrome nor the other version's content. */
const proseAfter = (lines: TextLine[], p: number, hints: ChromeHints) =>
  lines.slice(p + 1).filter((l) => opensContent(l.text) && !isChrome(l, hints) && !isWidget(l)).length;

/** Running text a footer may hold (a course title, a licence line) without the anchor above it being content. */
const FOOTER_PROSE = 2;

/**
 * Start of the chrome at the end of the page (lines.length when there is none): the first end
 * anchor (a feedback question, a copyright line...) with little running text after it, or else
 * the run of chrome-like lines back from the end, when it holds a platform phrase.
 */
function findTail(lines: TextLine[], hints: ChromeHints): number {
  for (let p = 0; p < lines.length; p++) {
    if (!isEnd(lines[p])) continue;
    if (lines.slice(p + 1).some((l) => isGuideContent(l, hints) && opensContent(l.text))) continue;
    if (proseAfter(lines, p, hints) <= FOOTER_PROSE) return backOver(lines, p, hints);
  }
  const t = backOver(lines, lines.length, hints);
  return lines.slice(t).some((l) => isChrome(l, hints) || isWidget(l) || isEnd(l)) ? t : lines.length;
}

/** From index t back over chrome-like lines (phrases, short links) above it. */
function backOver(lines: TextLine[], t: number, hints: ChromeHints): number {
  const first = new Map<string, number>();
  lines.forEach((l, i) => l.text.length > MAX_ENTRY || first.has(l.key) || first.set(l.key, i));
  for (let i = t - 1; i >= 0; i--) {
    const l = lines[i];
    // the other version's content stops the scan, unless it stands earlier too (a table of contents)
    if (isGuideContent(l, hints) && !((first.get(l.key) ?? i) < i)) break;
    if (!isChrome(l, hints) && !isWidget(l) && !isEnd(l) && !isNavLike(l) && !RULE.test(l.text)) break;
    // a short line right under a sentence is the content's own last line, unless it is a phrase
    const above = lines[i - 1];
    if (!isChrome(l, hints) && !isEnd(l) && above && !l.blankBefore && !above.bullet && opensContent(above.text) && !isChrome(above, hints)) break;
    // and so is the wrapped rest of a list item that is not a link (text indented under it, no blank line)
    const item = itemAbove(lines, i);
    if (!isChrome(l, hints) && !isEnd(l) && item !== null && !isChrome(lines[item], hints) && (!isNavLike(lines[item]) || opensContent(lines[item].text))) break;
    t = i;
  }
  return t;
}

/** The list item whose text line i goes on (indented under it, no blank line between), else null. */
function itemAbove(lines: TextLine[], i: number): number | null {
  const l = lines[i];
  if (l.bullet) return null;
  for (let j = i; j > 0; j--) {
    if (lines[j].blankBefore) return null;
    const above = lines[j - 1];
    if (above.bullet) return above.indent < l.indent ? j - 1 : null;
    if (above.indent !== l.indent) return null;
  }
  return null;
}

/** Lines right under the title that are page tools (dates, contributors, share and feedback links). */
function pageTools(lines: TextLine[], hints: ChromeHints): number {
  const lead = hints.lead ? textKey(hints.lead) : null;
  let i = 0;
  while (i < lines.length && !isGuideContent(lines[i], hints) && !TOC_LABEL.test(lines[i].text) && (isChrome(lines[i], hints) || RULE.test(lines[i].text) || (lead !== null && lines[i].key === lead))) i++;
  return i;
}

/** A horizontal rule (text-lines.ts: one definition for unwrapping and chrome). */
const RULE = RULE_LINE;

/** End (exclusive) of the entries of a table of contents whose first entry is line i. */
function tocEnd(lines: TextLine[], i: number): number {
  if (i >= lines.length || !isEntry(lines[i])) return i;
  if (lines[i].bullet) {
    let j = i + 1;
    while (j < lines.length && lines[j].bullet && isEntry(lines[j])) j++;
    return j;
  }
  // innerText: entries on lines of their own, up to the first section's heading (an entry again);
  // a lone line over running text that stands nowhere else is that heading (a TOC left empty)
  // (page tools between that heading and its text are passed over: a badge, a widget line)
  // (what follows a footer's anchor, "© 2025 ...", "Page last modified ...", is not that text)
  const overText = (j: number) => {
    let k = j + 1;
    while (k < lines.length && isChromeLine(lines[k])) {
      if (isEnd(lines[k])) return false;
      k++;
    }
    // (a note's label over its text is that text: "Important" / "Amazon S3 now applies ...")
    if (k + 1 < lines.length && NOTE_LABEL.test(lines[k].text) && !lines[k].blankAfter) k++;
    // (right under it with no blank line, only a sentence: innerText puts a heading's note box there)
    if (k >= lines.length || !(lines[j].blankAfter || k > j + 1 || isProse(lines[k].text))) return false;
    // (a short line whose sentence goes on in lower case is text: "The AWS shared responsibility model" / "applies to ...")
    // (a lone "next" under a pager's link is no sentence going on)
    const on = lines[k + 1];
    return !isNavLike(lines[k]) || (on !== undefined && !on.bullet && /^\p{Ll}/u.test(on.text) && words(on.text) >= 3 && !isChromeLine(on));
  };
  if (overText(i) && !isTocEntry(lines, i)) return i;
  const seen = new Set([lines[i].key]);
  // entries that all stand again below (an in-page table of contents) end at the first line that does not
  let inPage = isTocEntry(lines, i);
  let j = i + 1;
  for (; j < lines.length && isEntry(lines[j]) && !lines[j].blankBefore && !lines[j].bullet; j++) {
    if (seen.has(lines[j].key)) {
      // (an entry standing again right away is the first section's heading: the line above it, a
      // heading-like line listed nowhere below, is the page's title, not an entry)
      if (j - 1 > i && !isTocEntry(lines, j - 1) && isHeadingLike(lines[j - 1].text)) j--;
      break;
    }
    seen.add(lines[j].key);
    if (phrases(lines[j]).edge) continue; // ("Show 2 more")
    const later = isTocEntry(lines, j);
    // (the page's own title right under its table of contents, with a badge or a date under it)
    if (inPage && j - i >= 2 && !later && isHeadingLike(lines[j].text)) break;
    inPage &&= later;
    // a heading-like line right above prose ends the list unless it is a listed entry
    if (overText(j) && !later) break;
  }
  return j;
}

/** An entry of a table of contents: a link-like line, or a page title (up to a heading's length). */
const isEntry = (l: TextLine) => isNavLike(l) || (!l.cells && isHeadingLike(l.text));

/** An unlabelled table of contents at line i: two or more short lines that all stand again later. */
function bareTocEnd(lines: TextLine[], i: number): number {
  const j = tocEnd(lines, i);
  if (j - i < 2) return i;
  for (let k = i; k < j; k++) if (!isHeadingLike(lines[k].text) || !isTocEntry(lines, k)) return i;
  return j;
}

/** Drop tables of contents: a TOC label ("Topics", "On this page") over short lines, or short lines that all stand again later as headings. */
function dropTocs(lines: TextLine[], hints: ChromeHints): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (TOC_LABEL.test(l.text.replace(/:$/, '')) && !l.bullet) {
      const j = tocEnd(lines, i + 1);
      if (j > i + 1) {
        // (a label the other version keeps as text, with no list of links under it there, stays)
        if (isGuideContent(l, hints)) out.push(l);
        i = j - 1;
        continue;
      }
      // a page tool's label with no entries (a page without sections)
      if (phrases(l).edge) continue;
    }
    const j = i === 0 || lines[i].blankBefore || lines[i].bullet !== lines[i - 1].bullet ? bareTocEnd(lines, i) : i;
    if (j > i) {
      i = j - 1;
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Words a heading's anchor link says around the heading's text (its screen-reader label or title). */
const ANCHOR_WORDS = new Set(['section', 'titled', 'permalink', 'permanent', 'link', 'links', 'anchor', 'heading', 'direct', 'to', 'this', 'the', 'for', 'copy', 'jump', 'go', 'named', 'called', 'header', 'hyperlink', 'url', '#', '¶', '§']);
/** A bare anchor label, with no heading text in it ("Link to this heading", "Permalink", "#"). */
const BARE_ANCHOR = /^(#|¶|§|🔗|permalink|anchor( link)?|link to (this )?(heading|section|header)|(copy )?(link|url) to (this )?(heading|section|clipboard)|direct link to (this )?(heading|section))$/i;

/**
 * A heading's anchor label: a short line right under (or over) a heading that says that
 * heading's text with anchor words around it ("Section titled “X”", "Permalink to "X"",
 * "Direct link to X"), or a bare anchor label. Browsers keep screen-reader text in innerText,
 * and w3m keeps it too: it is the heading's link, not content.
 */
export function isAnchorLabel(lines: TextLine[], i: number): boolean {
  const l = lines[i];
  if (l.bullet || l.cells || l.text.length > 200) return false;
  const near = [lines[i - 1], lines[i + 1]].filter((h): h is TextLine => h !== undefined && !h.bullet && isHeadingLike(h.text));
  if (!near.length) return false;
  if (BARE_ANCHOR.test(l.text.trim())) return true;
  const fold = (s: string) => s.replace(/[\u2018\u2019\u201c\u201d"'«»]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const t = fold(l.text);
  return near.some((h) => {
    const k = fold(h.text);
    const at = k ? t.indexOf(k) : -1;
    if (at < 0 || t === k) return false;
    const rest = (t.slice(0, at) + ' ' + t.slice(at + k.length)).split(/\s+/).filter(Boolean);
    return rest.length > 0 && rest.length <= 5 && rest.every((w) => ANCHOR_WORDS.has(w.replace(/[:.]$/, '')));
  });
}

/** The lines without the headings' anchor labels (the heading takes the label's spacing below it). */
function dropAnchorLabels(all: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < all.length; i++) {
    if (!isAnchorLabel(all, i)) {
      out.push(all[i]);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev === all[i - 1]) prev.blankAfter ||= all[i].blankAfter;
    if (all[i + 1]) all[i + 1].blankBefore ||= all[i].blankBefore;
  }
  return out;
}

/** The content of a text rendering: title found, chrome above and below it and widgets dropped. */
export function bracket(all: TextLine[], hints: ChromeHints = {}): Bracketed {
  const notes: string[] = [];
  // (widget lines stay until the end: they are the footer's anchors too)
  const lines = dropTocs(dropAnchorLabels(all), hints);
  const ti = findTitle(lines, hints, notes);
  const known = new Set((hints.titles ?? []).map(textKey));
  const title = ti >= 0 ? (ti === 0 && titleOfPageLine(lines[0].text) && !known.has(lines[0].key) ? titleOfPageLine(lines[0].text)! : lines[ti].text) : null;
  const above = lines.slice(0, Math.max(ti, 0)).filter((l, i) => opensContent(l.text) && !isNavLike(l) && !isChrome(l, hints) && !(i === 0 && titleOfPageLine(l.text)));
  if (above.length) notes.push(`text: ${above.length} line(s) of running text above the title line "${title}" dropped as site chrome (first: "${above[0].text.slice(0, 60)}")`);
  const body = lines.slice(ti + 1);
  const content = body.slice(pageTools(body, hints), findTail(body, hints)).filter((l) => !RULE.test(l.text) && !isWidget(l));
  return { lines: content, title, notes };
}
