// diff: inside one aligned section pair, align blocks (exact keys in order, then exact keys
// out of order = moved, then similar blocks = changed), then inside each changed block align
// sentences and word-diff only the sentences that differ. jsdiff is always bounded
// (maxEditLength); when a bound is hit, a coarser diff is used and the reason recorded.

import { diffArrays } from 'diff';
import type { Block, Change, WordOp } from '../types.js';
import { longestIncreasing } from '../align/index.js';
import { bagDice, bagOf, bestFirst, contentKey, pieces, PIECE_MAX, regroup, sentences, words } from '../util/text.js';
import { pairTables, rowCells } from './table.js';
import { pushAll } from '../util/arrays.js';
import { diffData, MAX_DATA_DEPTH, MAX_DATA_EDITS, MAX_DATA_NODES, parseData } from './data.js';

export interface DiffContext {
  fallbacks: string[];
  where: string;
}

const MAX_BLOCK_EDIT = 3000;
const MAX_WORD_EDIT = 1500;
const MAX_PAIRING = 250_000;
const BLOCK_PAIR_MIN = 0.5;
const SENTENCE_PAIR_MIN = 0.3;

const TOKEN_RE = /\s+|[\p{L}\p{N}](?:[\p{L}\p{N}_'\u2019]|[.:/-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

/** Tokens for word diffs: runs of whitespace, words (1.2, kms:Decrypt, us-east-1 kept whole), single punctuation. */
export function tokenize(s: string): string[] {
  return s.match(TOKEN_RE) ?? [];
}

/** Word-level edit script between two plain strings, bounded. */
export function wordDiff(a: string, b: string, ctx?: DiffContext): WordOp[] {
  if (a === b) return [['=', a]];
  const ta = tokenize(a);
  const tb = tokenize(b);
  const res = ta.length + tb.length > 40_000 ? undefined : diffArrays(ta, tb, { maxEditLength: MAX_WORD_EDIT });
  if (!res) {
    ctx?.fallbacks.push(`${ctx.where}: text too different or too long for a word diff; shown as replaced`);
    return [
      ['-', a],
      ['+', b],
    ];
  }
  // flatten to single-token ops, then let whitespace between two edits join the edit
  const flat: WordOp[] = [];
  for (const p of res) for (const t of p.value) flat.push([p.added ? '+' : p.removed ? '-' : '=', t]);
  const ops: WordOp[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) ops.push(['-', del]);
    if (ins) ops.push(['+', ins]);
    del = ins = '';
  };
  for (let k = 0; k < flat.length; k++) {
    const [op, t] = flat[k];
    if (op === '-') del += t;
    else if (op === '+') ins += t;
    else if ((del || ins) && /^\s+$/.test(t) && k + 1 < flat.length && flat[k + 1][0] !== '=') {
      del += t;
      ins += t;
    } else {
      flush();
      const last = ops[ops.length - 1];
      if (last && last[0] === '=') last[1] += t;
      else ops.push(['=', t]);
    }
  }
  flush();
  return ops;
}

/** Match equal keys in order (LCS), bounded; falls back to unique-key matching. */
function matchInOrder(a: string[], b: string[], ctx: DiffContext): [number, number][] {
  const pairs: [number, number][] = [];
  const res = diffArrays(a, b, { maxEditLength: MAX_BLOCK_EDIT });
  if (res) {
    let i = 0;
    let j = 0;
    for (const part of res) {
      const n = part.count ?? part.value.length;
      if (part.added) j += n;
      else if (part.removed) i += n;
      else {
        for (let k = 0; k < n; k++) pairs.push([i + k, j + k]);
        i += n;
        j += n;
      }
    }
    return pairs;
  }
  ctx.fallbacks.push(`${ctx.where}: too many block edits for an ordered alignment; matched identical blocks only`);
  return [];
}

/** Pair leftover items by similarity, best first. */
function pairSimilar(oldIdx: number[], newIdx: number[], oldText: (i: number) => string[], newText: (j: number) => string[], min: number, ctx: DiffContext): [number, number][] {
  if (!oldIdx.length || !newIdx.length) return [];
  if (oldIdx.length * newIdx.length > MAX_PAIRING) {
    ctx.fallbacks.push(`${ctx.where}: too many changed blocks to pair by similarity; shown as removed and added`);
    return [];
  }
  const cands: { i: number; j: number; s: number }[] = [];
  const nb = newIdx.map((j) => bagOf(newText(j)));
  for (const i of oldIdx) {
    const ob = bagOf(oldText(i));
    for (let k = 0; k < newIdx.length; k++) {
      const b = nb[k];
      // Dice can reach at most 2 * min / (sum) of the two lengths
      if (ob.n + b.n > 0 && (2 * Math.min(ob.n, b.n)) / (ob.n + b.n) < min) continue;
      const s = bagDice(ob, b);
      if (s >= min) cands.push({ i, j: newIdx[k], s });
    }
  }
  return bestFirst(cands);
}

function change(type: Change['type'], old: string | null, nw: string | null, extra: Partial<Change> = {}): Change {
  return { type, old, new: nw, category: 'content', severity: 'low', summary: '', ...extra };
}

/** Units of a block's text: lines of code, else sentences; either cut into pieces when over PIECE_MAX characters (noted). */
function units(text: string, kind: Block['kind'], ctx: DiffContext): string[] {
  const whole = kind === 'code' ? text.split('\n').filter((l) => l.trim() !== '') : sentences(text);
  if (whole.every((u) => u.length <= PIECE_MAX)) return whole;
  ctx.fallbacks.push(`${ctx.where}: a ${kind === 'code' ? 'line' : 'sentence'} over ${PIECE_MAX.toLocaleString('en')} characters was compared in pieces cut at words`);
  return whole.flatMap(pieces);
}

/** Changes between two versions of one block's text, sentence by sentence. */
export function diffBlockText(a: string, b: string, kind: Block['kind'], ctx: DiffContext): Change[] {
  const split = (t: string) => units(t, kind, ctx);
  const sa = split(a);
  const sb = split(b);
  const ka = sa.map(contentKey);
  const kb = sb.map(contentKey);
  const same = matchInOrder(ka, kb, ctx);
  const out: Change[] = [];
  // walk the gaps between equal sentences
  let pi = 0;
  let pj = 0;
  const gaps: { oi: number[]; nj: number[] }[] = [];
  for (const [i, j] of [...same, [sa.length, sb.length] as [number, number]]) {
    const oi: number[] = [];
    const nj: number[] = [];
    for (let x = pi; x < i; x++) oi.push(x);
    for (let y = pj; y < j; y++) nj.push(y);
    if (oi.length || nj.length) gaps.push({ oi, nj });
    // equal keys but different text: a formatting-only difference inside the sentence
    if (i < sa.length && j < sb.length && sa[i] !== sb[j]) out.push(change('changed', sa[i], sb[j], { formatting: true, category: 'formatting', severity: 'none', block: kind }));
    pi = i + 1;
    pj = j + 1;
  }
  for (const g of gaps) {
    // emit in order: removed/changed by old position, added by new position
    const events: { pos: number; c: Change }[] = [];
    // a sentence split in two or two merged into one, with the same words: one change
    for (const r of regrouped(g.oi, g.nj, sa, sb)) {
      const a = r.olds.map((i) => sa[i]).join(' ');
      const b = r.news.map((j) => sb[j]).join(' ');
      events.push({ pos: r.news[0], c: change('changed', a, b, { words: wordDiff(a, b, ctx), block: kind }) });
      g.oi = g.oi.filter((i) => !r.olds.includes(i));
      g.nj = g.nj.filter((j) => !r.news.includes(j));
    }
    const min = g.oi.length === 1 && g.nj.length === 1 ? SENTENCE_PAIR_MIN / 2 : SENTENCE_PAIR_MIN;
    const pairs = pairSimilar(g.oi, g.nj, (i) => words(sa[i]), (j) => words(sb[j]), min, ctx);
    const pairedOld = new Map(pairs.map(([i, j]) => [i, j]));
    const pairedNew = new Set(pairs.map(([, j]) => j));
    for (const i of g.oi) {
      const j = pairedOld.get(i);
      if (j === undefined) events.push({ pos: i, c: change('removed', sa[i], null, { block: kind }) });
      else events.push({ pos: j, c: change('changed', sa[i], sb[j], { words: wordDiff(sa[i], sb[j], ctx), block: kind }) });
    }
    for (const j of g.nj) if (!pairedNew.has(j)) events.push({ pos: j + 0.5, c: change('added', null, sb[j], { block: kind }) });
    events.sort((x, y) => x.pos - y.pos);
    pushAll(out, events.map((e) => e.c));
  }
  return out;
}

/**
 * Sentences of a gap that were only split or merged (util regroup), as gap indices. Skipped past
 * MAX_PAIRING candidate pairs, like the similarity pairing.
 */
function regrouped(oi: number[], nj: number[], sa: string[], sb: string[]): { olds: number[]; news: number[] }[] {
  if (!oi.length || !nj.length || oi.length * nj.length > MAX_PAIRING || oi.length + nj.length < 3) return [];
  return regroup(
    oi.map((i) => words(sa[i])),
    nj.map((j) => words(sb[j])),
  ).map((r) => ({ olds: r.olds.map((x) => oi[x]), news: r.news.map((y) => nj[y]) }));
}

/**
 * Two versions of a JSON or YAML block compared as structures: one change carrying the edits by
 * path (none left: a reformatting). Null when either side is not data (plain code: a line diff).
 */
function dataChange(a: string, b: string, ctx: DiffContext): Change | null {
  const pa = parseData(a);
  const pb = pa && parseData(b);
  if (!pa || !pb) return null;
  const { edits, truncated } = diffData(pa.value, pb.value);
  if (truncated) ctx.fallbacks.push(`${ctx.where}: a ${pb.format.toUpperCase()} block with over ${MAX_DATA_NODES.toLocaleString('en')} values, ${MAX_DATA_EDITS.toLocaleString('en')} differences or ${MAX_DATA_DEPTH} levels was compared in part`);
  if (!edits.length) return change('changed', a, b, { formatting: true, category: 'formatting', severity: 'none', block: 'code' });
  return change('changed', a, b, { block: 'code', words: wordDiff(a, b, ctx), data: { format: pb.format, edits } });
}

/** Changes between two versions of a code block: as data when both parse, else line by line. */
function diffCode(a: string, b: string, ctx: DiffContext): Change[] {
  const data = dataChange(a, b, ctx);
  return data ? [data] : diffBlockText(a, b, 'code', ctx);
}

/** Group leftover indices by the gap (between consecutive anchor pairs) they fall in. */
function gapsOf(left: number[], anchors: number[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  let g = 0;
  for (const x of left) {
    while (g < anchors.length && anchors[g] < x) g++;
    const l = m.get(g) ?? [];
    l.push(x);
    m.set(g, l);
  }
  return m;
}

const joinPlain = (bs: Block[]) => bs.map((b) => b.plain).join(' ');
const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, k) => w === b[k]);

/**
 * Changes between the blocks of two aligned sections. Formatting-only differences are
 * returned too, flagged `formatting: true` (the report hides them unless asked).
 *
 * 1. identical blocks in order (LCS of keys), then identical blocks out of order;
 * 2. a stretch between two identical blocks whose words are the same on both sides was only
 *    re-chunked (paragraph split or joined, list turned into lines): formatting;
 * 3. similar blocks pair up as edits; pairs outside the longest in-order run are moved;
 * 4. what is left in a stretch with text on both sides is diffed sentence by sentence as one
 *    text; text on one side only is an added or removed block.
 */
export function diffBlocks(oldB: Block[], newB: Block[], ctx: DiffContext): Change[] {
  const ka = oldB.map((b) => b.key);
  const kb = newB.map((b) => b.key);
  const inOrder = matchInOrder(ka, kb, ctx);
  const oi = new Set(inOrder.map(([i]) => i));
  const nj = new Set(inOrder.map(([, j]) => j));
  const events: { pos: number; c: Change[] }[] = [];

  // 2. re-chunked stretches between in-order identical blocks
  {
    const anchorsO = inOrder.map(([i]) => i);
    const anchorsN = inOrder.map(([, j]) => j);
    const go = gapsOf(oldB.map((_, i) => i).filter((i) => !oi.has(i)), anchorsO);
    const gn = gapsOf(newB.map((_, j) => j).filter((j) => !nj.has(j)), anchorsN);
    for (const [g, olds] of go) {
      const news = gn.get(g);
      if (!news || (olds.length === 1 && news.length === 1 && oldB[olds[0]].key !== newB[news[0]].key && !sameWords(words(oldB[olds[0]].plain), words(newB[news[0]].plain)))) continue;
      const a = olds.map((i) => oldB[i]);
      const b = news.map((j) => newB[j]);
      if (!sameWords(words(joinPlain(a)), words(joinPlain(b)))) continue;
      olds.forEach((i) => oi.add(i));
      news.forEach((j) => nj.add(j));
      events.push({
        pos: news[0],
        c: [change('changed', a.map((x) => x.markdown).join('\n'), b.map((x) => x.markdown).join('\n'), { formatting: true, category: 'formatting', severity: 'none', block: b[0].kind })],
      });
    }
  }

  // 1b. identical blocks out of order
  const pairs = [...inOrder];
  const freeNew = new Map<string, number[]>();
  newB.forEach((b, j) => {
    if (nj.has(j)) return;
    const l = freeNew.get(b.key) ?? [];
    l.push(j);
    freeNew.set(b.key, l);
  });
  oldB.forEach((b, i) => {
    if (oi.has(i)) return;
    const l = freeNew.get(b.key);
    if (l && l.length) {
      const j = l.shift()!;
      pairs.push([i, j]);
      oi.add(i);
      nj.add(j);
    }
  });

  // 1c. table rows with the same key in paired tables: the same row, whatever else changed
  const tables = pairTables(oldB, newB, oi, nj);
  const keyed = [...tables.heads, ...tables.rows];
  for (const [i, j] of keyed) oi.add(i), nj.add(j);

  // 3. similar blocks: the same block edited
  const leftOld = oldB.map((_, i) => i).filter((i) => !oi.has(i));
  const leftNew = newB.map((_, j) => j).filter((j) => !nj.has(j));
  const owMemo = new Map<number, string[]>();
  const nwMemo = new Map<number, string[]>();
  const ow = (i: number) => owMemo.get(i) ?? (owMemo.set(i, words(oldB[i].plain)), owMemo.get(i)!);
  const nw = (j: number) => nwMemo.get(j) ?? (nwMemo.set(j, words(newB[j].plain)), nwMemo.get(j)!);
  const similar = pairSimilar(leftOld, leftNew, ow, nw, BLOCK_PAIR_MIN, ctx);
  // a block that grew or shrank a lot (sentences added to a bullet) still pairs when one contains the other
  const sOld = new Set(similar.map(([i]) => i));
  const sNew = new Set(similar.map(([, j]) => j));
  const contained = pairSimilar(
    leftOld.filter((i) => !sOld.has(i)),
    leftNew.filter((j) => !sNew.has(j)),
    ow,
    nw,
    0.25,
    ctx,
  ).filter(([i, j]) => containment(ow(i), nw(j)) >= 0.7);
  const edited = new Set([...keyed, ...similar, ...contained].map(([i]) => i));
  const all = [...pairs, ...keyed, ...similar, ...contained].sort((a, b) => a[0] - b[0]);
  for (const p of all) oi.add(p[0]), nj.add(p[1]);

  // moved = outside the longest in-order run; a reorder inside one list is formatting
  const keep = longestIncreasing(all.map(([, j]) => j));
  const groupMap = new Map<number, Map<number, number>>();
  all.forEach(([i, j], k) => {
    if (!keep.has(k)) return;
    const ga = oldB[i].group;
    const gb = newB[j].group;
    if (ga === null || gb === null) return;
    const m = groupMap.get(ga) ?? new Map<number, number>();
    m.set(gb, (m.get(gb) ?? 0) + 1);
    groupMap.set(ga, m);
  });
  const sameList = (i: number, j: number) => {
    const ga = oldB[i].group;
    const gb = newB[j].group;
    if (ga === null || gb === null) return false;
    const m = groupMap.get(ga);
    if (!m) return oldB[i].kind === newB[j].kind;
    let best = -1;
    let bestN = -1;
    for (const [g, n] of m) if (n > bestN) (best = g), (bestN = n);
    return best === gb;
  };

  const keptPairs: [number, number][] = [];
  all.forEach(([i, j], k) => {
    const a = oldB[i];
    const b = newB[j];
    const cs: Change[] = [];
    if (!keep.has(k)) {
      const within = sameList(i, j);
      cs.push(change('moved', a.plain, b.plain, within ? { formatting: true, category: 'formatting', severity: 'none', block: b.kind } : { category: 'moved', severity: 'none', block: b.kind }));
    } else keptPairs.push([i, j]);
    if (edited.has(i) && a.cells && b.cells) cs.push(change('changed', a.plain, b.plain, { words: wordDiff(a.plain, b.plain, ctx), block: 'table-row', row: rowCells(a, tables.oldPlace.get(i), b, tables.newPlace.get(j), Boolean(a.head && b.head)) }));
    else if (edited.has(i) && a.kind === 'code' && b.kind === 'code') pushAll(cs, diffCode(a.plain, b.plain, ctx));
    else if (edited.has(i)) pushAll(cs, diffBlockText(a.plain, b.plain, b.kind, ctx));
    else if (a.markdown !== b.markdown) cs.push(change('changed', a.markdown, b.markdown, { formatting: true, category: 'formatting', severity: 'none', block: b.kind }));
    if (cs.length) events.push({ pos: j, c: cs });
  });

  // 4. leftovers, stretch by stretch; a row of a table that has a counterpart is a row added or removed on its own
  const gapPos = (g: number) => (g === 0 ? -1 : keptPairs[g - 1][1]) + 0.5;
  const inTable = (place: typeof tables.oldPlace, k: number) => place.get(k)?.paired === true;
  // rows of a keyed table one by one; of a table without a key, consecutive rows together
  const rowRuns = (idx: number[], blocks: Block[], place: typeof tables.oldPlace) =>
    idx.length && place.get(idx[0])!.key >= 0 ? idx.map((x) => [x]) : runs(idx, blocks);
  const rowChange = (type: 'added' | 'removed', run: number[], blocks: Block[], place: typeof tables.oldPlace) => {
    const text = run.map((x) => blocks[x].plain).join('\n');
    const one = run.length === 1 ? blocks[run[0]] : null;
    const head = Boolean(one?.head);
    const row = one && (type === 'added' ? rowCells(null, undefined, one, place.get(run[0]), head) : rowCells(one, place.get(run[0]), null, undefined, head));
    return change(type, type === 'removed' ? text : null, type === 'added' ? text : null, { block: 'table-row', ...(row ? { row } : {}) });
  };
  const leftRows = gapsOf(oldB.map((_, i) => i).filter((i) => !oi.has(i) && inTable(tables.oldPlace, i)), keptPairs.map(([i]) => i));
  for (const [g, olds] of leftRows) rowRuns(olds, oldB, tables.oldPlace).forEach((run, k) => events.push({ pos: gapPos(g) + k * 1e-6, c: [rowChange('removed', run, oldB, tables.oldPlace)] }));
  const newRows = newB.map((_, j) => j).filter((j) => !nj.has(j) && inTable(tables.newPlace, j));
  for (const run of rowRuns(newRows, newB, tables.newPlace)) events.push({ pos: run[0], c: [rowChange('added', run, newB, tables.newPlace)] });
  const go = gapsOf(oldB.map((_, i) => i).filter((i) => !oi.has(i) && !inTable(tables.oldPlace, i)), keptPairs.map(([i]) => i));
  const gn = gapsOf(newB.map((_, j) => j).filter((j) => !nj.has(j) && !inTable(tables.newPlace, j)), keptPairs.map(([, j]) => j));
  for (const [g, olds] of go) {
    const news = gn.get(g);
    if (news && news.length) {
      gn.delete(g);
      const a = olds.map((i) => oldB[i]);
      const b = news.map((j) => newB[j]);
      const code = a.length === 1 && b.length === 1 && a[0].kind === 'code' && b[0].kind === 'code';
      events.push({ pos: news[0], c: code ? diffCode(a[0].plain, b[0].plain, ctx) : diffBlockText(joinPlain(a), joinPlain(b), b[0].kind, ctx) });
      continue;
    }
    runs(olds, oldB).forEach((run, k) =>
      events.push({ pos: gapPos(g) + k * 1e-6, c: [change('removed', run.map((i) => oldB[i].plain).join('\n'), null, { block: oldB[run[0]].kind })] }),
    );
  }
  for (const news of gn.values()) for (const run of runs(news, newB)) events.push({ pos: run[0], c: [change('added', null, run.map((j) => newB[j].plain).join('\n'), { block: newB[run[0]].kind })] });
  events.sort((x, y) => x.pos - y.pos);
  return events.flatMap((e) => e.c);
}

/** Consecutive items of one list (or table) added or removed together form one change. */
function runs(idx: number[], blocks: Block[]): number[][] {
  const out: number[][] = [];
  for (const x of idx) {
    const last = out[out.length - 1];
    const prev = last ? last[last.length - 1] : -2;
    const b = blocks[x];
    if (last && prev === x - 1 && b.group !== null && b.group === blocks[prev].group && b.depth === blocks[prev].depth) last.push(x);
    else out.push([x]);
  }
  return out;
}

function containment(a: string[], b: string[]): number {
  const small = a.length <= b.length ? a : b;
  const big = new Set(a.length <= b.length ? b : a);
  if (!small.length) return 0;
  return small.filter((w) => big.has(w)).length / small.length;
}
