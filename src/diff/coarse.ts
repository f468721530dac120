// The coarse diff, for page pairs outside the section pipeline's comfort zone (huge pages,
// pages rewritten from top to bottom, pipeline failures). Canonical Markdown has one line per
// block, so a line diff is a block diff: lines are matched patience-style (lines unique on both
// sides anchor the match, longest increasing run, recurse into the gaps; bounded Myers for small
// gaps), which is O(n log n) and needs no edit bound. Changed lines paired one to one get a
// (bounded) word diff; very long lines are compared sentence by sentence first. Changes are
// attributed to the nearest heading of the new page. No section alignment, no move detection.

import { diffArrays } from 'diff';
import type { BlockKind, Change, ChangeReport, SectionDiff } from '../types.js';
import { longestIncreasing } from '../align/index.js';
import { wordDiff, type DiffContext } from './index.js';
import { roughPlain } from '../normalize/doc.js';
import { contentKey, dice, words } from '../util/text.js';
import type { NormalizeResult } from '../normalize/index.js';
import { pushAll } from '../util/arrays.js';

/** Small gaps without unique anchors are diffed with Myers, bounded by this edit length. */
const GAP_MAX_EDIT = 200;
const GAP_MAX_ITEMS = 4000;
/** A changed line longer than this is compared sentence by sentence. */
const LONG_LINE = 20_000;
/** Hunks with at most this many old x new lines are paired by similarity. */
const PAIR_LIMIT = 400;
/** Dice similarity of words for two blocks to count as one block edited. */
const PAIR_MIN = 0.5;

/** Index pairs (i, j) with a[i] === b[j], increasing in both: a patience-style LCS approximation. */
export function matchSequences(a: string[], b: string[]): [number, number][] {
  const out: [number, number][] = [];
  const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (stack.length) {
    let [a0, a1, b0, b1] = stack.pop()!;
    // common prefix and suffix
    // (pushed one by one: a spread of a 7 MB page's lines overflows the stack)
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) out.push([--a1, --b1]);
    if (a0 >= a1 || b0 >= b1) continue;
    // lines unique on both sides of this range
    const seen = new Map<string, { ca: number; cb: number; ia: number; ib: number }>();
    for (let i = a0; i < a1; i++) {
      const e = seen.get(a[i]);
      if (e) e.ca++;
      else seen.set(a[i], { ca: 1, cb: 0, ia: i, ib: -1 });
    }
    for (let j = b0; j < b1; j++) {
      const e = seen.get(b[j]);
      if (e) {
        e.cb++;
        e.ib = j;
      }
    }
    const uniq: [number, number][] = [];
    for (const e of seen.values()) if (e.ca === 1 && e.cb === 1) uniq.push([e.ia, e.ib]);
    if (!uniq.length) {
      if (a1 - a0 + (b1 - b0) <= GAP_MAX_ITEMS) {
        const res = diffArrays(a.slice(a0, a1), b.slice(b0, b1), { maxEditLength: GAP_MAX_EDIT });
        if (res) {
          let i = a0;
          let j = b0;
          for (const p of res) {
            const n = p.count ?? p.value.length;
            if (p.added) j += n;
            else if (p.removed) i += n;
            else for (let k = 0; k < n; k++) out.push([i++, j++]);
          }
        }
      }
      continue;
    }
    uniq.sort((x, y) => x[0] - y[0]);
    const keep = longestIncreasing(uniq.map(([, j]) => j));
    const anchors = uniq.filter((_, k) => keep.has(k));
    let pa = a0;
    let pb = b0;
    for (const [i, j] of anchors) {
      out.push([i, j]);
      if (i > pa || j > pb) stack.push([pa, i, pb, j]);
      pa = i + 1;
      pb = j + 1;
    }
    if (pa < a1 || pb < b1) stack.push([pa, a1, pb, b1]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

interface Line {
  text: string;
  kind: BlockKind;
  /** index of the heading line this line sits under (-1: before any heading) */
  section: number;
  /** headings: ordinal among the page's headings (anchors are keyed by it) */
  ordinal?: number;
}

/** Canonical Markdown -> non-empty lines with their block kind and section (fenced code respected). */
function lines(md: string): Line[] {
  const out: Line[] = [];
  let fence: string | null = null;
  let section = -1;
  let ordinal = 0;
  for (const text of md.split('\n')) {
    if (fence) {
      if (text.startsWith(fence) && text.slice(fence.length).trim() === '') fence = null;
      else if (text.trim() !== '') out.push({ text, kind: 'code', section });
      continue;
    }
    const f = /^(`{3,}|~{3,})/.exec(text);
    if (f) {
      fence = f[1];
      continue;
    }
    if (text.trim() === '') continue;
    let kind: BlockKind = 'paragraph';
    if (/^#{1,6} /.test(text)) {
      out.push({ text, kind: 'heading', section: (section = out.length), ordinal: ordinal++ });
      continue;
    }
    if (/^\s*(?:[-+*]|\d{1,9}[.)])(?:\s|$)/.test(text)) kind = 'list-item';
    else if (/^\s*\|/.test(text)) kind = 'table-row';
    else if (/^\s*>/.test(text)) kind = 'quote';
    out.push({ text, kind, section });
  }
  return out;
}

/** Display text of a canonical line: markers and inline markup removed (code kept verbatim). */
function plainOf(l: Line): string {
  if (l.kind === 'code') return l.text;
  const body = l.text.replace(/^#{1,6} /, '').replace(/^\s*(?:[-+*]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '').replace(/^\s*>\s?/, '');
  return roughPlain(body);
}

const splitSentences = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/);

function change(type: Change['type'], old: string | null, nw: string | null, block: BlockKind, extra: Partial<Change> = {}): Change {
  return { type, old, new: nw, category: 'content', severity: 'low', summary: '', block, ...extra };
}

/** Changes between two versions of one (long or short) block's plain text. */
function blockChanges(a: string, b: string, block: BlockKind, ctx: DiffContext): Change[] {
  if (contentKey(a) === contentKey(b)) return a === b ? [] : [change('changed', a, b, block, { formatting: true, category: 'formatting', severity: 'none' })];
  if (a.length + b.length <= 2 * LONG_LINE || block === 'code') return [change('changed', a, b, block, { words: wordDiff(a, b, ctx) })];
  const sa = splitSentences(a);
  const sb = splitSentences(b);
  const out: Change[] = [];
  hunks(sa, sb, (i0, i1, j0, j1) => {
    const del = sa.slice(i0, i1);
    const ins = sb.slice(j0, j1);
    if (del.length === ins.length) del.forEach((s, k) => out.push(change('changed', s, ins[k], block, { words: wordDiff(s, ins[k], ctx) })));
    else {
      if (del.length) out.push(change('removed', del.join(' '), null, block));
      if (ins.length) out.push(change('added', null, ins.join(' '), block));
    }
  });
  return out;
}

/** Call `fn` for every gap (a[i0..i1) vs b[j0..j1)) between matched items. */
function hunks(a: string[], b: string[], fn: (i0: number, i1: number, j0: number, j1: number) => void): void {
  let pi = 0;
  let pj = 0;
  for (const [i, j] of [...matchSequences(a, b), [a.length, b.length] as [number, number]]) {
    if (i > pi || j > pj) fn(pi, i, pj, j);
    pi = i + 1;
    pj = j + 1;
  }
}

/**
 * A ChangeReport from the coarse diff of two canonical pages. `reason` goes first in its
 * fallbacks. Severity is left for the classifier ('low' placeholders).
 */
export function coarseDiff(a: NormalizeResult, b: NormalizeResult, reason: string, opts: { pair?: boolean } = {}): ChangeReport {
  const pairing = opts.pair !== false;
  const fallbacks: string[] = [reason];
  const la = lines(a.markdown);
  const lb = lines(b.markdown);
  const bySection = new Map<number, Change[]>();
  const push = (section: number, cs: Change[]) => {
    if (!cs.length) return;
    const l = bySection.get(section) ?? [];
    pushAll(l, cs);
    bySection.set(section, l);
  };
  const ctx = (where: number): DiffContext => ({ fallbacks, where: where >= 0 ? `section "${plainOf(lb[where])}"` : 'page top' });
  hunks(
    la.map((l) => l.text),
    lb.map((l) => l.text),
    (i0, i1, j0, j1) => {
      const del = la.slice(i0, i1);
      const ins = lb.slice(j0, j1);
      // a pure deletion sits after the line before it
      const sec = ins.length ? ins[0].section : j0 > 0 ? lb[j0 - 1].section : -1;
      const pairs: [number, number][] = [];
      const similar = (x: Line, y: Line) => x.kind === y.kind && dice(words(plainOf(x)), words(plainOf(y))) >= PAIR_MIN;
      if (!pairing || !del.length || !ins.length) {
        // nothing to pair
      } else if (del.length === ins.length) {
        // same number of blocks: the same blocks edited, where they are similar
        del.forEach((x, k) => similar(x, ins[k]) && pairs.push([k, k]));
      } else if (del.length * ins.length <= PAIR_LIMIT) {
        const wa = del.map((l) => words(plainOf(l)));
        const wb = ins.map((l) => words(plainOf(l)));
        const cands: { i: number; j: number; s: number }[] = [];
        wa.forEach((x, i) => wb.forEach((y, j) => cands.push({ i, j, s: dice(x, y) })));
        cands.sort((x, y) => y.s - x.s || x.i - y.i);
        const ui = new Set<number>();
        const uj = new Set<number>();
        for (const c of cands) {
          if (c.s < PAIR_MIN || ui.has(c.i) || uj.has(c.j)) continue;
          ui.add(c.i);
          uj.add(c.j);
          pairs.push([c.i, c.j]);
        }
      }
      const pi = new Map(pairs.map(([i, j]) => [i, j]));
      const pj = new Set(pairs.map(([, j]) => j));
      const cs: Change[] = [];
      // removed lines (unpaired) in one change per run, then pairs and added lines in new order
      const gone = del.filter((_, i) => !pi.has(i));
      if (gone.length) cs.push(change('removed', gone.map(plainOf).join('\n'), null, gone[0].kind));
      let added: Line[] = [];
      const flushAdded = () => {
        if (added.length) cs.push(change('added', null, added.map(plainOf).join('\n'), added[0].kind));
        added = [];
      };
      const oldOf = new Map(pairs.map(([i, j]) => [j, i]));
      ins.forEach((l, j) => {
        if (!pj.has(j)) {
          added.push(l);
          return;
        }
        flushAdded();
        const o = del[oldOf.get(j)!];
        pushAll(cs, blockChanges(plainOf(o), plainOf(l), l.kind, ctx(l.section)));
      });
      flushAdded();
      push(sec, cs);
    },
  );
  const sections: SectionDiff[] = [];
  for (const [s, changes] of [...bySection].sort((x, y) => x[0] - y[0])) {
    const heading = s >= 0 ? plainOf(lb[s]) : (b.title ?? null);
    sections.push({
      status: 'modified',
      oldHeading: heading,
      newHeading: heading,
      oldPath: heading === null ? [] : [heading],
      newPath: heading === null ? [] : [heading],
      anchor: s >= 0 ? (b.anchors[lb[s].ordinal!] ?? null) : null,
      moved: false,
      severity: 'none',
      changes,
    });
  }
  return {
    schemaVersion: 1,
    old: { label: a.label, format: a.format, title: a.title },
    new: { label: b.label, format: b.format, title: b.title },
    summary: { added: 0, removed: 0, modified: sections.length, renamed: 0, moved: 0, severity: 'none', counts: { none: 0, low: 0, medium: 0, high: 0 } },
    sections,
    fallbacks: [...new Set(fallbacks)],
  };
}
