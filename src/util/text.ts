// Small text helpers shared by sections, align and diff: comparison keys, word bags,
// similarity, sentence splitting. Pure functions, no state.

import { fnv1a } from './shingles.js';

/** Fold typography so that two renderings of the same words compare equal. */
const NON_ASCII = /[^\x00-\x7f]/;
/** ASCII text that folds to itself: no whitespace but single spaces inside, none next to brackets or before punctuation. */
const ASCII_FOLDS = /[^\x00-\x7f]|\s\s|[\t\n\r\v\f]| [.,;:!?)\]]|[(\[] |^\s|\s$/;

export function foldTypography(s: string): string {
  // most text is plain ASCII that folds to itself: one test instead of three replaces
  if (!ASCII_FOLDS.test(s)) return s;
  // plain ASCII has no typography to fold
  if (!NON_ASCII.test(s)) return s.replace(/\s+/g, ' ').replace(/ ([.,;:!?)\]])/g, '$1').replace(/([(\[]) /g, '$1').trim();
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)\]])/g, '$1')
    .replace(/([(\[]) /g, '$1')
    .trim();
}

/** Comparison key of a block or sentence: typography and case folded. */
export function contentKey(plain: string): string {
  return foldTypography(plain).toLowerCase();
}

/** Comparison key of a heading: also drops punctuation, so "Key Policy:" == "key policy". */
export function headingKey(plain: string): string {
  return contentKey(plain)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'._-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Lower-cased words of a text (numbers like 1.2 and ids like kms:Decrypt kept whole where possible). */
export function words(s: string): string[] {
  return contentKey(s).match(WORD_RE) ?? [];
}

/** A word multiset: distinct words and their counts (build once, compare with many). */
export interface Bag {
  n: number;
  counts: Map<string, number>;
}

export function bagOf(ws: string[]): Bag {
  const counts = new Map<string, number>();
  for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { n: ws.length, counts };
}

/** Dice coefficient of two word bags, 0..1. */
export function bagDice(a: Bag, b: Bag): number {
  if (a.n === 0 && b.n === 0) return 1;
  if (a.n === 0 || b.n === 0) return 0;
  const [small, big] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, c] of small.counts) {
    const d = big.counts.get(w);
    if (d) common += c < d ? c : d;
  }
  return (2 * common) / (a.n + b.n);
}

/** Pairs from scored candidates, best first, each side used once (ties: lower `i` first). */
export function bestFirst(cands: { i: number; j: number; s: number }[]): [number, number][] {
  cands.sort((x, y) => y.s - x.s || x.i - y.i);
  const ui = new Set<number>();
  const uj = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cands) {
    if (ui.has(c.i) || uj.has(c.j)) continue;
    ui.add(c.i);
    uj.add(c.j);
    out.push([c.i, c.j]);
  }
  return out;
}

/** Dice coefficient of two word multisets, 0..1. */
export function dice(a: string[], b: string[]): number {
  return bagDice(bagOf(a), bagOf(b));
}

/** Words that join or point back when a sentence is split or merged ("X, and Y" -> "X. Y", "X. This Y" -> "X, which Y"). */
const JOINERS = new Set(['and', 'but', 'or', 'so', 'then', 'also', 'which', 'that', 'this', 'these', 'it', 'they', 'the', 'a', 'an']);

/** The same words in the same order, apart from joiners: a sentence split in two or two merged into one. */
export function sameWordsLoosely(a: string[], b: string[]): boolean {
  const strip = (ws: string[]) => ws.filter((w) => !JOINERS.has(w));
  const x = strip(a);
  const y = strip(b);
  return x.length > 0 && x.length === y.length && x.every((w, i) => w === y[i]);
}

/** Most sentences one sentence is split into (or merged from). */
const MAX_REGROUP = 3;

/**
 * Sentences only split or merged: one of `a` with the words of 2-3 consecutive ones of `b`
 * (apart from joiners), or the reverse. Each sentence is the word list of one sentence; the
 * groups come back as positions. Quadratic in the counts: callers bound them.
 */
export function regroup(a: string[][], b: string[][]): { olds: number[]; news: number[] }[] {
  const out: { olds: number[]; news: number[] }[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const find = (one: string[][], many: string[][], usedOne: Set<number>, usedMany: Set<number>, split: boolean) => {
    one.forEach((w, x) => {
      if (usedOne.has(x)) return;
      for (let k = 2; k <= MAX_REGROUP; k++)
        for (let y = 0; y + k <= many.length; y++) {
          let n = 0;
          for (let z = y; z < y + k; z++) n += many[z].length;
          if (Math.abs(n - w.length) > 4) continue;
          const run = Array.from({ length: k }, (_, z) => y + z);
          if (run.some((r) => usedMany.has(r)) || !sameWordsLoosely(w, many.slice(y, y + k).flat())) continue;
          usedOne.add(x);
          run.forEach((r) => usedMany.add(r));
          out.push(split ? { olds: [x], news: run } : { olds: run, news: [x] });
          return;
        }
    });
  };
  find(a, b, usedA, usedB, true);
  find(b, a, usedB, usedA, false);
  return out;
}

export function similarity(a: string, b: string): number {
  return dice(words(a), words(b));
}

/** Pieces of an over-long sentence are at least this long, and cut where a word's hash says so... */
export const PIECE_MIN = 1000;
/** ...and never longer than this (cut at the last space before it, or mid-word when there is none). */
export const PIECE_MAX = 4000;
/** About one word in this many ends a piece once it is PIECE_MIN long. */
const PIECE_EVERY = 16;

/**
 * A text longer than PIECE_MAX cut into pieces at content-defined word boundaries: after a word
 * whose hash is 0 modulo PIECE_EVERY, once the piece is PIECE_MIN long; forced at PIECE_MAX.
 * The cuts depend only on the words around them, so an edit moves the cuts next to it and no
 * others: two versions of a long unpunctuated paragraph share all their pieces but the edited
 * ones. Shorter texts come back whole. Linear in the length of the text.
 */
export function pieces(text: string): string[] {
  if (text.length <= PIECE_MAX) return [text];
  const out: string[] = [];
  const word = /\S+/g;
  let start = 0;
  let lastSpace = -1;
  let m: RegExpExecArray | null;
  while ((m = word.exec(text))) {
    const end = m.index + m[0].length;
    // a piece too long even without this word: cut before it, or mid-word when it is one long word
    while (end - start > PIECE_MAX) {
      const atSpace = lastSpace > start;
      out.push(text.slice(start, atSpace ? lastSpace : start + PIECE_MAX).trim());
      start = atSpace ? m.index : start + PIECE_MAX;
      lastSpace = -1;
    }
    if (end - start >= PIECE_MIN && fnv1a(m[0]) % PIECE_EVERY === 0) {
      out.push(text.slice(start, end).trim());
      start = end;
      lastSpace = -1;
    } else lastSpace = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

let segmenter: Intl.Segmenter | null = null;

/**
 * Split a block's text into sentences with Intl.Segmenter (per block, never per document:
 * it scales badly on long strings). Abbreviations like "e.g." that the segmenter splits
 * after are glued back.
 */
export function sentences(text: string): string[] {
  if (text.length > 20000) return text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev && (/\b(e\.g|i\.e|etc|vs|approx|Inc|No|U\.S)\.$/i.test(prev) || !/[.!?:;)"']$/.test(prev) || /^[a-z(]/.test(s))) {
      out[out.length - 1] = `${prev} ${s}`;
    } else out.push(s);
  }
  return out;
}

/**
 * Every `open ... close` span (the first `close` after each `open`) replaced by `by`, in linear
 * time. What s.replace(/<open>[\s\S]*?<close>/g, by) gives; those regexes rescan to the end of the
 * text from every `open` with no `close` after it (a page of `<!--` took seconds). An unclosed
 * `open` and the text after it are left as they are, as the regex leaves them.
 */
function replaceSpans(s: string, open: string, close: string, by: string): string {
  let i = s.indexOf(open);
  if (i < 0) return s;
  let out = '';
  let from = 0;
  while (i >= 0) {
    const end = s.indexOf(close, i + open.length);
    if (end < 0) break;
    out += s.slice(from, i) + by;
    from = end + close.length;
    i = s.indexOf(open, from);
  }
  return out + s.slice(from);
}

/** HTML comments replaced by `by`: /<!--[\s\S]*?-->/g in linear time. */
export function replaceComments(s: string, by = ''): string {
  return replaceSpans(s, '<!--', '-->', by);
}

/** Every `<...>` (an HTML tag, roughly) replaced by `by`: /<[^>]*>/g in linear time. */
export function replaceTags(s: string, by = ''): string {
  return replaceSpans(s, '<', '>', by);
}
