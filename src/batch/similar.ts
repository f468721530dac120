// Rename detection: which removed page became which added page. A page is a set of hashed
// word 2-shingles of its canonical text (link targets dropped); similarity is their Jaccard
// index. Few pairs are compared exactly; many pairs go through MinHash + LSH banding first,
// and only the candidates it proposes are compared exactly. Pairing is greedy, best first.

/** Default Jaccard similarity at or above which an unpaired old page and new page are a rename. */
import { fmix, jaccard, shingles } from '../util/shingles.js';

export { jaccard, shingles };

export const RENAME_THRESHOLD = 0.6;
/** Above this many old x new pairs, MinHash/LSH proposes candidates instead of comparing all pairs. */
export const EXACT_PAIR_LIMIT = 40_000;

const NUM_HASHES = 64;
const BANDS = 16;
const ROWS = NUM_HASHES / BANDS;




function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let k = 0; k < set.length; k++) {
    const h = set[k];
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix(h ^ Math.imul(i + 1, 0x9e3779b1));
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export interface RenameMatch {
  /** indices into the old and new lists */
  old: number;
  new: number;
  similarity: number;
}

/**
 * Every old x new pair whose shingle sets are at least `threshold` similar, most similar first.
 * Few pairs are compared exactly; past EXACT_PAIR_LIMIT, MinHash/LSH proposes the pairs to
 * compare (`note` then receives a line: a borderline pair can be missed).
 */
export function similarPairs(oldSets: Uint32Array[], newSets: Uint32Array[], threshold: number, note?: (s: string) => void): RenameMatch[] {
  const cands: RenameMatch[] = [];
  const consider = (i: number, j: number) => {
    const a = oldSets[i];
    const b = newSets[j];
    if (!a.length || !b.length) return;
    // Jaccard <= min/max size: a cheap bound before the merge
    if (Math.min(a.length, b.length) / Math.max(a.length, b.length) < threshold) return;
    const s = jaccard(a, b);
    if (s >= threshold) cands.push({ old: i, new: j, similarity: s });
  };
  if (oldSets.length * newSets.length <= EXACT_PAIR_LIMIT) {
    for (let i = 0; i < oldSets.length; i++) for (let j = 0; j < newSets.length; j++) consider(i, j);
  } else {
    note?.(`rename detection: ${oldSets.length} removed x ${newSets.length} added pages; candidates found by MinHash (${BANDS} bands of ${ROWS}), so a borderline rename can be missed`);
    const buckets = new Map<string, { o: number[]; n: number[] }>();
    const add = (sig: Uint32Array, side: 'o' | 'n', idx: number) => {
      for (let b = 0; b < BANDS; b++) {
        let key = `${b}`;
        for (let r = 0; r < ROWS; r++) key += `:${sig[b * ROWS + r]}`;
        let e = buckets.get(key);
        if (!e) buckets.set(key, (e = { o: [], n: [] }));
        e[side].push(idx);
      }
    };
    oldSets.forEach((s, i) => s.length && add(signature(s), 'o', i));
    newSets.forEach((s, j) => s.length && add(signature(s), 'n', j));
    const seen = new Set<number>();
    for (const { o, n } of buckets.values()) {
      if (!o.length || !n.length) continue;
      for (const i of o)
        for (const j of n) {
          const k = i * newSets.length + j;
          if (seen.has(k)) continue;
          seen.add(k);
          consider(i, j);
        }
    }
  }
  cands.sort((x, y) => y.similarity - x.similarity || x.old - y.old || x.new - y.new);
  return cands;
}

/**
 * Pair unpaired old pages with unpaired new pages whose shingle sets are similar enough.
 * Each page is used at most once; the most similar pairs win. `note` receives a line when
 * MinHash candidates were used (the result may then miss a borderline pair).
 */
export function matchRenames(oldSets: Uint32Array[], newSets: Uint32Array[], threshold = RENAME_THRESHOLD, note?: (s: string) => void): RenameMatch[] {
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const out: RenameMatch[] = [];
  for (const c of similarPairs(oldSets, newSets, threshold, note)) {
    if (usedO.has(c.old) || usedN.has(c.new)) continue;
    usedO.add(c.old);
    usedN.add(c.new);
    out.push(c);
  }
  return out;
}
