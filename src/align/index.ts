// align: which old section is which new section. In order of confidence:
//   1. the page intro (the H1 sections) pair up;
//   2. the same heading (case, markup and punctuation folded), preferring the same parent;
//   3. the same anchor;
//   4. a rename: a similar body (and, weaker, a similar heading) among what is left.
// Then the pairs whose order disagrees with the longest in-order run are "moved".
// Levels and paths are deliberately not required to match: a plain-text rendering flattens them.

import type { Section, SectionTree } from '../types.js';
import { words } from '../util/text.js';
import { commonSorted } from '../util/shingles.js';

export interface SectionPair {
  old: Section | null;
  new: Section | null;
  how: 'intro' | 'heading' | 'anchor' | 'similar' | null;
  moved: boolean;
}

/** Indices (into `seq`) of one longest strictly increasing subsequence. O(n log n). */
export function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let k = tails.length ? tails[tails.length - 1] : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k];
  }
  return keep;
}

const parentKey = (t: SectionTree, s: Section) => (s.parent === null ? '' : t.sections[s.parent].headingKey);

const MAX_SIMILARITY_PAIRS = 250_000;

/** Dice coefficient of two sorted id multisets (a merge, no allocation). */
export function diceSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * commonSorted(a, b)) / (a.length + b.length);
}

/** `notes` collects reasons a coarser alignment was used (they reach the report's fallbacks). */
export function alignSections(oldTree: SectionTree, newTree: SectionTree, notes: string[] = []): SectionPair[] {
  const O = oldTree.sections;
  const N = newTree.sections;
  const oldToNew = new Map<number, { j: number; how: SectionPair['how'] }>();
  const newTaken = new Set<number>();
  const link = (i: number, j: number, how: SectionPair['how']) => {
    oldToNew.set(i, { j, how });
    newTaken.add(j);
  };

  // 1. the intro: first sections when both are the page title (or both untitled)
  if (O.length && N.length && ((O[0].level <= 1 && N[0].level <= 1) || O[0].headingKey === N[0].headingKey)) link(0, 0, 'intro');

  // 2. same heading; duplicates resolved by parent, then by order
  const byKey = new Map<string, number[]>();
  N.forEach((s, j) => {
    if (newTaken.has(j)) return;
    const list = byKey.get(s.headingKey) ?? [];
    list.push(j);
    byKey.set(s.headingKey, list);
  });
  for (const pass of ['parent', 'any'] as const) {
    for (let i = 0; i < O.length; i++) {
      if (oldToNew.has(i)) continue;
      const cands = (byKey.get(O[i].headingKey) ?? []).filter((j) => !newTaken.has(j));
      if (!cands.length) continue;
      const pk = parentKey(oldTree, O[i]);
      const j = pass === 'parent' ? cands.find((c) => parentKey(newTree, N[c]) === pk) : cands[0];
      if (j !== undefined) link(i, j, 'heading');
    }
  }

  // 3. same anchor
  const byAnchor = new Map<string, number>();
  N.forEach((s, j) => {
    if (s.anchor && !newTaken.has(j) && !byAnchor.has(s.anchor)) byAnchor.set(s.anchor, j);
  });
  O.forEach((s, i) => {
    if (oldToNew.has(i) || !s.anchor) return;
    const j = byAnchor.get(s.anchor);
    if (j !== undefined && !newTaken.has(j)) link(i, j, 'anchor');
  });

  // 4. renames: similar body, helped by a similar heading; greedy, best first.
  // Words are interned to sorted id arrays once, so each pair costs one merge, and pairs whose
  // sizes alone rule out the threshold are skipped.
  const oldLeft = O.map((_, i) => i).filter((i) => !oldToNew.has(i));
  const newLeft = N.map((_, j) => j).filter((j) => !newTaken.has(j));
  if (oldLeft.length && newLeft.length) {
    if (oldLeft.length * newLeft.length > MAX_SIMILARITY_PAIRS) {
      notes.push(`${oldLeft.length} x ${newLeft.length} unmatched sections: too many to compare for renames; shown as removed and added`);
    } else {
      const ids = new Map<string, number>();
      const bag = (ws: string[]) => {
        const out = new Uint32Array(ws.length);
        ws.forEach((w, k) => {
          let id = ids.get(w);
          if (id === undefined) ids.set(w, (id = ids.size));
          out[k] = id;
        });
        return out.sort();
      };
      const body = (s: Section) => bag(words(s.blocks.map((b) => b.plain).join(' ')).slice(0, 2000));
      const head = (s: Section) => bag(words(s.heading ?? ''));
      const ob = new Map(oldLeft.map((i) => [i, body(O[i])]));
      const nb = new Map(newLeft.map((j) => [j, body(N[j])]));
      const oh = new Map(oldLeft.map((i) => [i, head(O[i])]));
      const nh = new Map(newLeft.map((j) => [j, head(N[j])]));
      const cands: { i: number; j: number; score: number }[] = [];
      for (const i of oldLeft) {
        const bo = ob.get(i)!;
        for (const j of newLeft) {
          const bn = nb.get(j)!;
          const empty = bo.length === 0 || bn.length === 0;
          // the best dice two bags of these sizes can reach; 0.25 is the lowest body bar below
          if (!empty && (2 * Math.min(bo.length, bn.length)) / (bo.length + bn.length) < 0.25) continue;
          const hs = diceSorted(oh.get(i)!, nh.get(j)!);
          const bs = empty ? 0 : diceSorted(bo, bn);
          const ok = empty ? bo.length === bn.length && hs >= 0.6 : bs >= 0.6 || (bs >= 0.4 && hs >= 0.3) || (bs >= 0.25 && hs >= 0.6);
          if (ok) cands.push({ i, j, score: bs * 0.7 + hs * 0.3 });
        }
      }
      cands.sort((a, b) => b.score - a.score);
      for (const c of cands) if (!oldToNew.has(c.i) && !newTaken.has(c.j)) link(c.i, c.j, 'similar');
    }
  }

  // moves: pairs outside the longest in-order run
  const pairsInOldOrder = [...oldToNew.entries()].sort((a, b) => a[0] - b[0]);
  const keep = longestIncreasing(pairsInOldOrder.map(([, v]) => v.j));
  const moved = new Set<number>();
  pairsInOldOrder.forEach(([i], k) => {
    if (!keep.has(k)) moved.add(i);
  });

  // output in new-document order, removed sections placed after their old predecessor's partner
  const out: SectionPair[] = [];
  const newToOld = new Map<number, number>();
  for (const [i, v] of oldToNew) newToOld.set(v.j, i);
  const removedAfter = new Map<number, number[]>(); // new index (or -1) -> removed old indices
  let anchorJ = -1;
  for (let i = 0; i < O.length; i++) {
    const m = oldToNew.get(i);
    if (m) {
      if (!moved.has(i)) anchorJ = m.j;
      continue;
    }
    const list = removedAfter.get(anchorJ) ?? [];
    list.push(i);
    removedAfter.set(anchorJ, list);
  }
  const emitRemoved = (j: number) => {
    for (const i of removedAfter.get(j) ?? []) out.push({ old: O[i], new: null, how: null, moved: false });
  };
  emitRemoved(-1);
  for (let j = 0; j < N.length; j++) {
    const i = newToOld.get(j);
    if (i === undefined) out.push({ old: null, new: N[j], how: null, moved: false });
    else out.push({ old: O[i], new: N[j], how: oldToNew.get(i)!.how, moved: moved.has(i) });
    emitRemoved(j);
  }
  return out;
}
