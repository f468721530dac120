// Boilerplate learned from many pages of one site: a line that stands on most pages, near the
// top or the bottom of each, is the site's chrome (its header, sidebar, feedback box, footer),
// whatever its words. The text reader treats such lines as chrome only where chrome may stand
// (above the title, under it as page tools, below the content, and never a line the other
// version has as content); sentences shared in the middle of pages (data-protection pages saying
// the same thing) are content and are not learned. Sentences need a larger share than labels:
// a site-wide sentence that ends every page's content would be taken for its footer.
// Needs several pages: with fewer than MIN_PAGES nothing is learned.

import { chromeKey } from './text-chrome-data.js';
import { NOTE_LABEL, TOC_LABEL } from './text-chrome.js';

/** Pages needed before anything is learned (two pages cannot tell shared chrome from shared content). */
export const MIN_PAGES = 3;
/** Share of the pages a line must stand on. */
export const MIN_SHARE = 0.6;
/** Share of the pages a sentence must stand on (a site-wide sentence at the end of the content is the risk). */
export const MIN_SENTENCE_SHARE = 0.8;
const SENTENCE = /\p{L}[.!?]["')]?$/u;
/** A line stands near the edge of a page when this share of the page's lines or less is above (or below) it. */
const EDGE = 0.25;
/** Lines longer than this are never learned (chrome is short; cookie notices are the longest). */
const MAX_LINE = 400;

export interface Boilerplate {
  /** chromeKey of each learned line */
  lines: Set<string>;
  /** pages it was learned from */
  pages: number;
}

/** Distinct lines of one page that stand near its top or its bottom. */
function edgeLines(text: string): Set<string> {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const out = new Set<string>();
  const n = lines.length;
  lines.forEach((l, i) => {
    if (l.length > MAX_LINE) return;
    if (i > n * EDGE && n - 1 - i > n * EDGE) return;
    // labels that content uses too ("Note", "Topics") are left to the readers' own rules
    if (NOTE_LABEL.test(l) || TOC_LABEL.test(l)) return;
    const k = chromeKey(l);
    if (k) out.add(k);
  });
  return out;
}

/**
 * The lines that stand near the edges of at least MIN_SHARE of the pages (and of MIN_PAGES pages
 * at least). Each page counts once, however often a line stands on it; pass each page once
 * (in a folder pair, the old and new versions of one path are one page: pass one of them).
 */
export function learnBoilerplate(pages: Iterable<string>): Boilerplate {
  const counts = new Map<string, number>();
  let n = 0;
  for (const text of pages) {
    n++;
    for (const k of edgeLines(text)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const lines = new Set<string>();
  if (n < MIN_PAGES) return { lines, pages: n };
  const need = Math.max(MIN_PAGES, Math.ceil(n * MIN_SHARE));
  const needSentence = Math.max(MIN_PAGES, Math.ceil(n * MIN_SENTENCE_SHARE));
  for (const [k, c] of counts) if (c >= (SENTENCE.test(k) ? needSentence : need)) lines.add(k);
  return { lines, pages: n };
}
