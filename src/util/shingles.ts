// Page fingerprints: sorted, de-duplicated hashes of word 2-shingles, and their Jaccard
// similarity. Used to tell a rewritten page (bounds) and a renamed file (batch).

/** FNV-1a hash of a string (32 bits). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finalizer (murmur3 fmix): spreads hash bits. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Sorted, de-duplicated hashes of the word 2-shingles of a canonical Markdown text. */
export function shingles(markdown: string): Uint32Array {
  const text = markdown.replace(/\]\([^)\s]*\)/g, ']').toLowerCase();
  const ws = text.match(WORD_RE) ?? [];
  if (ws.length === 1) return Uint32Array.of(fnv1a(ws[0]!));
  const hs = new Uint32Array(Math.max(0, ws.length - 1));
  // each word hashed once; a shingle is the mix of two word hashes
  let prev = ws.length ? fnv1a(ws[0]!) : 0;
  for (let i = 1; i < ws.length; i++) {
    const cur = fnv1a(ws[i]);
    hs[i - 1] = fmix(Math.imul(prev, 0x9e3779b1) ^ cur);
    prev = cur;
  }
  hs.sort();
  let n = 0;
  for (let i = 0; i < hs.length; i++) if (i === 0 || hs[i] !== hs[i - 1]) hs[n++] = hs[i];
  return hs.slice(0, n);
}

/** Number of values two sorted arrays have in common (a merge, no allocation). */
export function commonSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

/** Jaccard index of two sorted sets of hashes. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const inter = commonSorted(a, b);
  return inter / (a.length + b.length - inter);
}
