// The same change on several pages, found once for folder reports (src/batch) and changelogs
// (src/changelog) alike. AWS rewrites shared text across dozens of guides, each copy naming its
// own product ("Any data that you enter into IAM or other services" / "... into Lambda or other
// services"). Two changes are the same when they have the same type and, with each page's own
// product names masked, either the same words, or word similarity (Dice over word multisets)
// >= SIMILAR on both the old and the new side. This module only clusters occurrences; which
// changes take part, what a group shows and in which order is the caller's.

import type { ChangeType } from '../types.js';
import { bagDice, bagOf, words, type Bag } from '../util/text.js';

/** Word similarity at or above which two changed sentences count as the same change. */
export const SIMILAR = 0.9;

/**
 * Earlier groups a change is compared with, at most (those sharing its rarest words first). The
 * IAM and S3 guides need at most 150; pages generated from one template ("Sentence 5 of page 3
 * says ...") share nearly every word and would otherwise compare each change with thousands.
 * Past the bound, a change still joins a group with the same words.
 */
export const MAX_COMPARED = 200;

const MASK = '\u0000product';

/** Names a page's own product goes by (see productNames); masked before comparing. */
export interface ProductNames {
  phrases: string[][];
  idKey: string;
}

/**
 * Names a page's own product goes by: its page id's first part ("devops-guru" matches "DevOps
 * Guru", "iam" matches "IAM") and the title's capitalized tail after " in " or " for " ("Data
 * protection in AWS Identity and Access Management"), with and without a leading AWS / Amazon.
 */
export function productNames(pageId: string, title: string | null): ProductNames {
  const idKey = pageId.split('/')[0].replace(/[^a-z0-9]/g, '');
  const phrases: string[][] = [];
  // "Data protection in Amazon DevOps Guru", "Security for AWS Lambda": a capitalized tail only
  const m = title ? /\b(?:in|for)\s+(\p{Lu}.{2,79})$/u.exec(title.trim()) : null;
  if (m) {
    const w = words(m[1]);
    if (w.length) phrases.push(w);
    if (w.length > 1 && (w[0] === 'aws' || w[0] === 'amazon')) phrases.push(w.slice(1));
  }
  phrases.sort((x, y) => y.length - x.length);
  return { phrases, idKey };
}

/** Words of `text` with the page's product names replaced by one placeholder word. */
export function maskedWords(text: string, names: ProductNames): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let len = 0;
    for (const p of names.phrases) {
      if (p.length <= ws.length - i && p.every((w, k) => ws[i + k] === w)) {
        len = p.length;
        break;
      }
    }
    if (!len && names.idKey.length >= 2) {
      for (let w = 3; w >= 1 && !len; w--) {
        if (i + w <= ws.length && ws.slice(i, i + w).join('').replace(/[^a-z0-9]/g, '') === names.idKey) len = w;
      }
    }
    if (!len) {
      out.push(ws[i]);
      i++;
      continue;
    }
    // "AWS Lambda", "Amazon DevOps Guru": the vendor word goes with the name
    while (out.length && (out[out.length - 1] === 'aws' || out[out.length - 1] === 'amazon')) out.pop();
    if (out[out.length - 1] !== MASK) out.push(MASK);
    i += len;
  }
  return out;
}

/** One change on one page, as the caller wants it compared. */
export interface Occurrence {
  page: string;
  type: ChangeType;
  /** the text compared on each side (null: that side is absent). */
  old: string | null;
  new: string | null;
  /** the page's own product names, masked on both sides (none: words compared as they are). */
  names?: ProductNames;
}

/** Occurrences found to be the same change on at least `minPages` pages. */
export interface Cluster {
  /** indices into the occurrences, in input order; the first is the representative. */
  members: number[];
  /** distinct pages, in the order their first occurrence was met. */
  pages: string[];
}

interface Side {
  words: string[];
  /** built on first comparison: most sides are never compared. */
  bag?: Bag;
}

interface Candidate {
  index: number;
  old: Side | null;
  new: Side | null;
  /** the indexed side's words as numbered elements (see elements). */
  els: number[];
}

function side(text: string | null, names: ProductNames | undefined): Side | null {
  if (text === null) return null;
  return { words: names ? maskedWords(text, names) : words(text) };
}

const bag = (s: Side): Bag => (s.bag ??= bagOf(s.words));

function lengthsClose(a: Side | null, b: Side | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = a.words.length < b.words.length ? [a.words.length, b.words.length] : [b.words.length, a.words.length];
  // Dice >= SIMILAR needs the shorter side to hold at least SIMILAR/(2-SIMILAR) of the longer one
  return y === 0 || x / y >= SIMILAR / (2 - SIMILAR) - 1e-9;
}

function alike(a: Candidate, b: Candidate): boolean {
  if (!lengthsClose(a.old, b.old) || !lengthsClose(a.new, b.new)) return false;
  const sideOk = (x: Side | null, y: Side | null) => (x === null ? y === null : y !== null && bagDice(bag(x), bag(y)) >= SIMILAR);
  return sideOk(a.old, b.old) && sideOk(a.new, b.new);
}

const TYPES: ChangeType[] = ['added', 'removed', 'changed', 'moved'];

/** The side candidates are indexed by: the same one for every change of a type. */
const indexed = (type: ChangeType, old: Side | null, nw: Side | null): Side | null => (type === 'added' ? nw : old);

/**
 * Elements: each word of a side numbered with its repeat (the 2nd "to" is another element than
 * the 1st), so a multiset becomes a set. Element ids are small integers handed out in order of
 * first sight; `word` and `repeat` give each id's place in the one order ranks break ties by
 * (word id, then repeat).
 */
interface Elements {
  words: Map<string, number>;
  /** element id of each repeat of a word, by word id */
  ofWord: number[][];
  word: number[];
  repeat: number[];
  /** sides (of the indexed kind) holding each element */
  count: number[];
}

/** The element ids of a side's words, counted in `count`. */
function elements(s: Side | null, el: Elements): number[] {
  if (!s) return [];
  const seen = new Map<number, number>();
  const out: number[] = [];
  for (const x of s.words) {
    let id = el.words.get(x);
    if (id === undefined) {
      el.words.set(x, (id = el.words.size));
      el.ofWord.push([]);
    }
    const k = seen.get(id) ?? 0;
    seen.set(id, k + 1);
    const reps = el.ofWord[id];
    if (k === reps.length) {
      reps.push(el.word.length);
      el.word.push(id);
      el.repeat.push(k);
      el.count.push(0);
    }
    const e = reps[k];
    el.count[e]++;
    out.push(e);
  }
  return out;
}

/**
 * Prefix filtering: two sides with Dice >= SIMILAR share at least `need` elements, where `need`
 * is the least a side of n words shares with its shortest possible partner. Ordered the same
 * way (rarest first: `rank`), any two such sides then share an element among their first
 * n - need + 1, so a side is only compared with those that share one of its rarest few words.
 * Returns posting keys (element rank and change type).
 */
function prefix(c: Candidate, type: ChangeType, rank: Int32Array): number[] {
  const n = c.els.length;
  const t = TYPES.indexOf(type);
  if (!n) return [-1 - t];
  // the shortest partner lengthsClose allows, and the overlap Dice then needs with it
  const shortest = Math.ceil(n * (SIMILAR / (2 - SIMILAR) - 1e-9));
  const need = Math.max(1, Math.ceil((SIMILAR * (n + shortest)) / 2 - 1e-9));
  const ranks = new Int32Array(n);
  for (let k = 0; k < n; k++) ranks[k] = rank[c.els[k]];
  ranks.sort();
  const out: number[] = [];
  for (let k = 0; k < n - need + 1; k++) out.push(ranks[k] * TYPES.length + t);
  return out;
}

interface Building extends Cluster {
  rep: Candidate;
  order: number;
}

/**
 * Cluster occurrences that are the same change. An occurrence joins the cluster whose key
 * (type and masked words) it shares, else the earliest cluster of its type whose representative
 * (first member) is alike (among the MAX_COMPARED it is compared with); occurrences without any
 * word are left out. Clusters come in the order of their representatives; only those on
 * `minPages` pages or more are returned. `stats.compared` counts the comparisons made.
 */
export function sameChanges(occurrences: Occurrence[], minPages = 2, stats: { compared: number } = { compared: 0 }): Cluster[] {
  const cands: Candidate[] = [];
  const el: Elements = { words: new Map(), ofWord: [], word: [], repeat: [], count: [] };
  occurrences.forEach((o, index) => {
    const old = side(o.old, o.names);
    const nw = side(o.new, o.names);
    if ((old?.words.length ?? 0) + (nw?.words.length ?? 0) === 0) return;
    const els = elements(indexed(o.type, old, nw), el);
    cands.push({ index, old, new: nw, els });
  });
  // one order for every side: rarest element first
  const order = Array.from(el.count, (_, e) => e).sort((x, y) => el.count[x] - el.count[y] || el.word[x] - el.word[y] || el.repeat[x] - el.repeat[y]);
  const rank = new Int32Array(order.length);
  order.forEach((e, r) => (rank[e] = r));
  const byKey = new Map<string, Building>();
  const posting = new Map<number, Building[]>();
  const all: Building[] = [];
  for (const cand of cands) {
    const o = occurrences[cand.index];
    const key = `${o.type}\u0001${cand.old?.words.join(' ') ?? '\u0002'}\u0001${cand.new?.words.join(' ') ?? '\u0002'}`;
    let c = byKey.get(key);
    if (!c) {
      const pre = prefix(cand, o.type, rank);
      let budget = MAX_COMPARED;
      for (const e of pre) {
        for (const x of posting.get(e) ?? []) {
          if (c && x.order >= c.order) continue;
          if (budget-- <= 0) break;
          stats.compared++;
          if (alike(x.rep, cand)) c = x;
        }
      }
      if (c) byKey.set(key, c);
      else {
        c = { members: [], pages: [], rep: cand, order: all.length };
        byKey.set(key, c);
        for (const e of pre) {
          const list = posting.get(e);
          if (list) list.push(c);
          else posting.set(e, [c]);
        }
        all.push(c);
      }
    }
    c.members.push(cand.index);
    if (!c.pages.includes(o.page)) c.pages.push(o.page);
  }
  return all.filter((c) => c.pages.length >= minPages).map(({ members, pages }) => ({ members, pages }));
}
