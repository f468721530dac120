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
  bag: Bag;
}

interface Candidate {
  index: number;
  old: Side | null;
  new: Side | null;
}

const NO_NAMES: ProductNames = { phrases: [], idKey: '' };

function side(text: string | null, names: ProductNames): Side | null {
  if (text === null) return null;
  const ws = maskedWords(text, names);
  return { words: ws, bag: bagOf(ws) };
}

function lengthsClose(a: Side | null, b: Side | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = a.words.length < b.words.length ? [a.words.length, b.words.length] : [b.words.length, a.words.length];
  // Dice >= SIMILAR needs the shorter side to hold at least SIMILAR/(2-SIMILAR) of the longer one
  return y === 0 || x / y >= SIMILAR / (2 - SIMILAR) - 1e-9;
}

function alike(a: Candidate, b: Candidate): boolean {
  if (!lengthsClose(a.old, b.old) || !lengthsClose(a.new, b.new)) return false;
  const sideOk = (x: Side | null, y: Side | null) => (x === null ? y === null : y !== null && bagDice(x.bag, y.bag) >= SIMILAR);
  return sideOk(a.old, b.old) && sideOk(a.new, b.new);
}

/** The side candidates are indexed by: the same one for every change of a type. */
const indexed = (type: ChangeType, c: Candidate): Side | null => (type === 'added' ? c.new : c.old);

/** Each word numbered by its occurrence ("to#0", "to#1"), so a multiset becomes a set. */
function elements(s: Side): string[] {
  const seen = new Map<string, number>();
  return s.words.map((w) => {
    const k = seen.get(w) ?? 0;
    seen.set(w, k + 1);
    return `${w}#${k}`;
  });
}

/**
 * Prefix filtering: two sides with Dice >= SIMILAR share at least `need` words, where `need`
 * is the least a side of n words shares with its shortest possible partner. Ordered the same
 * way (rarest first), any two such sides then share an element among their first n - need + 1,
 * so a side is only compared with those that share one of its rarest few words.
 */
function prefix(els: string[], rarity: Map<string, number>): string[] {
  const n = els.length;
  if (!n) return ['\u0000empty'];
  const need = Math.max(1, Math.floor((SIMILAR * (n + (n * SIMILAR) / (2 - SIMILAR))) / 2 - 1e-9));
  return [...els].sort((a, b) => rarity.get(a)! - rarity.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, n - need + 1);
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
  const cands: (Candidate & { els: string[] })[] = [];
  const rarity = new Map<string, number>();
  occurrences.forEach((o, index) => {
    const names = o.names ?? NO_NAMES;
    const c: Candidate = { index, old: side(o.old, names), new: side(o.new, names) };
    if ((c.old?.words.length ?? 0) + (c.new?.words.length ?? 0) === 0) return;
    const s = indexed(o.type, c);
    const els = s ? elements(s) : [];
    for (const e of els) rarity.set(e, (rarity.get(e) ?? 0) + 1);
    cands.push({ ...c, els });
  });
  const byKey = new Map<string, Building>();
  // representatives by type and prefix element
  const posting = new Map<string, Building[]>();
  const all: Building[] = [];
  for (const cand of cands) {
    const o = occurrences[cand.index];
    const key = `${o.type}\u0001${cand.old?.words.join(' ') ?? '\u0002'}\u0001${cand.new?.words.join(' ') ?? '\u0002'}`;
    let c = byKey.get(key);
    const pre = prefix(cand.els, rarity).map((e) => `${o.type}\u0001${e}`);
    if (!c) {
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
    }
    if (!c) {
      c = { members: [], pages: [], rep: cand, order: all.length };
      byKey.set(key, c);
      for (const e of pre) {
        if (!posting.has(e)) posting.set(e, []);
        posting.get(e)!.push(c);
      }
      all.push(c);
    }
    c.members.push(cand.index);
    if (!c.pages.includes(o.page)) c.pages.push(o.page);
  }
  return all.filter((c) => c.pages.length >= minPages).map(({ members, pages }) => ({ members, pages }));
}
