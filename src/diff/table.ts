// diff: tables as tables. The tables of two versions of a section pair up (by header, else in
// order), and their rows pair by key: the first column whose values are unique on each side and
// mostly shared by both, so a row pairs with itself even when every other cell changed. Each row
// change carries its cells named by the header (RowCells). Not here: what a cell change means
// (classify), and rows of tables with no key (the block diff pairs them by similarity).

import type { Block, RowCells } from '../types.js';
import { bagDice, bagOf, bestFirst, contentKey, words } from '../util/text.js';

/** One table in a section's block list: its header row and body rows, as block indices. */
export interface Table {
  head: number | null;
  rows: number[];
}

/** Where a row sits: its table's column names and key column; `paired` when its table has a counterpart. */
export interface RowPlace {
  columns: string[];
  key: number;
  paired: boolean;
  /** the row's label in the spanned group column (its own cell, or the one above it) */
  group: string | null;
}

export interface TablePairing {
  /** body rows with the same key value in paired tables: [old block, new block] */
  rows: [number, number][];
  /** header rows of paired tables that differ */
  heads: [number, number][];
  /** the place of every table row, by block index */
  oldPlace: Map<number, RowPlace>;
  newPlace: Map<number, RowPlace>;
}

/** Half the key values of the smaller table must be in the other for a column to key both. */
const KEY_SHARED_MIN = 0.5;
/** Tables pair when their headers' words are this alike (or, without headers, their rows'). */
const TABLE_PAIR_MIN = 0.5;

/** Tables of a block list: runs of table rows of one group, the header row first when there is one. */
export function tablesOf(blocks: Block[]): Table[] {
  const out: Table[] = [];
  let cur: Table | null = null;
  let group: number | null = null;
  blocks.forEach((b, i) => {
    if (b.kind !== 'table-row' || !b.cells) {
      cur = null;
      return;
    }
    if (!cur || b.group !== group) {
      cur = { head: null, rows: [] };
      group = b.group;
      out.push(cur);
    }
    if (b.head && cur.head === null && !cur.rows.length) cur.head = i;
    else cur.rows.push(i);
  });
  return out;
}

const cellKey = (b: Block, c: number) => contentKey(b.cells?.[c] ?? '');
const columnsOf = (blocks: Block[], t: Table) => (t.head === null ? [] : blocks[t.head].cells ?? []);

/** A table's rows keyed: the key column, and the spanned column filled down in front of it (-1 for none). */
export interface TableKey {
  key: number;
  group: number;
}

/** Column c of every row; an empty cell of the group column takes the value above it (a spanned cell). */
function columnValues(blocks: Block[], rows: number[], c: number, fillDown: boolean, key = cellKey): string[] {
  let above = '';
  return rows.map((i) => {
    const v = key(blocks[i], c);
    if (v) above = v;
    return v || !fillDown ? v : above;
  });
}

/** The key of each row (group value, then key value), or null when one is empty or repeated. */
function keysOf(blocks: Block[], rows: number[], k: TableKey): string[] | null {
  const keys = columnValues(blocks, rows, k.key, false);
  const groups = k.group < 0 ? null : columnValues(blocks, rows, k.group, true);
  const out = keys.map((v, r) => (groups ? `${groups[r]}\u0000${v}` : v));
  return keys.every(Boolean) && new Set(out).size === out.length ? out : null;
}

/** Rows whose key values the two tables mostly share. */
function shared(a: string[], b: string[]): boolean {
  const sb = new Set(b);
  return a.filter((v) => sb.has(v)).length / Math.min(a.length, b.length) >= KEY_SHARED_MIN;
}

/**
 * The key of a table pair: the first column unique on each side whose values the two tables
 * mostly share; else such a column under a spanned first column filled down ("Production" over
 * its paths, then "Development" over the same paths). -1 when nothing keys the rows.
 */
export function keyColumn(oldB: Block[], a: Table, newB: Block[], b: Table): TableKey {
  const none = { key: -1, group: -1 };
  if (a.rows.length < 2 || b.rows.length < 2) return none;
  let width = Infinity;
  for (const i of a.rows) width = Math.min(width, oldB[i].cells!.length);
  for (const j of b.rows) width = Math.min(width, newB[j].cells!.length);
  for (const group of [-1, 0]) {
    for (let c = group + 1; c < width; c++) {
      const k = { key: c, group };
      const ka = keysOf(oldB, a.rows, k);
      const kb = ka && keysOf(newB, b.rows, k);
      if (ka && kb && shared(ka, kb)) return k;
    }
  }
  return none;
}

function tableWords(blocks: Block[], t: Table, byHeader: boolean): string[] {
  return byHeader && t.head !== null ? words(blocks[t.head].plain) : t.rows.flatMap((i) => words(blocks[i].plain));
}

/** Pair the tables of two sections: most alike first (header words, else all their words). */
function pairTablesOf(oldB: Block[], ta: Table[], newB: Block[], tb: Table[]): [number, number][] {
  if (ta.length === 1 && tb.length === 1) return [[0, 0]];
  const cands: { i: number; j: number; s: number }[] = [];
  const bags = (blocks: Block[], ts: Table[]) => ts.map((t) => ({ rows: bagOf(tableWords(blocks, t, false)), head: t.head === null ? null : bagOf(tableWords(blocks, t, true)) }));
  const ba = bags(oldB, ta);
  const bb = bags(newB, tb);
  ta.forEach((_, x) => {
    tb.forEach((_, y) => {
      // alike by their headers (when both have one) or by their rows (a header reworded, added or dropped)
      const byRows = bagDice(ba[x].rows, bb[y].rows);
      const hx = ba[x].head;
      const hy = bb[y].head;
      const s = hx && hy ? Math.max(byRows, bagDice(hx, hy)) : byRows;
      if (s >= TABLE_PAIR_MIN) cands.push({ i: x, j: y, s });
    });
  });
  return bestFirst(cands);
}

/**
 * Pair the tables of two versions of a section and their rows by key. Rows already matched
 * (identical, `taken`) are left alone; a key value repeated on one side pairs nothing.
 */
export function pairTables(oldB: Block[], newB: Block[], takenOld: Set<number>, takenNew: Set<number>): TablePairing {
  const out: TablePairing = { rows: [], heads: [], oldPlace: new Map(), newPlace: new Map() };
  const ta = tablesOf(oldB);
  const tb = tablesOf(newB);
  const setPlaces = (places: Map<number, RowPlace>, blocks: Block[], t: Table, k: TableKey, paired: boolean) => {
    const columns = columnsOf(blocks, t);
    if (t.head !== null) places.set(t.head, { columns, key: k.key, paired, group: null });
    // a row under a spanned cell carries the label of its group ("Development / Staging")
    const labels = k.group < 0 ? null : columnValues(blocks, t.rows, k.group, true, (b, c) => (b.cells?.[c] ?? '').trim());
    t.rows.forEach((i, r) => places.set(i, { columns, key: k.key, paired, group: labels ? labels[r] || null : null }));
  };
  for (const t of ta) setPlaces(out.oldPlace, oldB, t, { key: -1, group: -1 }, false);
  for (const t of tb) setPlaces(out.newPlace, newB, t, { key: -1, group: -1 }, false);
  if (!ta.length || !tb.length) return out;
  for (const [x, y] of pairTablesOf(oldB, ta, newB, tb)) {
    const a = ta[x];
    const b = tb[y];
    const k = keyColumn(oldB, a, newB, b);
    setPlaces(out.oldPlace, oldB, a, k, true);
    setPlaces(out.newPlace, newB, b, k, true);
    if (a.head !== null && b.head !== null && !takenOld.has(a.head) && !takenNew.has(b.head)) out.heads.push([a.head, b.head]);
    if (k.key < 0) continue;
    const ka = keysOf(oldB, a.rows, k)!;
    const kb = keysOf(newB, b.rows, k)!;
    const byKey = new Map<string, number>();
    b.rows.forEach((j, r) => {
      if (!takenNew.has(j)) byKey.set(kb[r], j);
    });
    a.rows.forEach((i, r) => {
      const j = takenOld.has(i) ? undefined : byKey.get(ka[r]);
      if (j !== undefined) out.rows.push([i, j]);
    });
  }
  return out;
}

/**
 * The cells of a row change under one list of columns: the new header's columns, then the old
 * header's columns that are gone. A cell sits under the column of the same name on each side,
 * else at its position.
 */
export function rowCells(a: Block | null, pa: RowPlace | undefined, b: Block | null, pb: RowPlace | undefined, head = false): RowCells {
  const colsNew = pb?.columns ?? [];
  const colsOld = pa?.columns ?? [];
  const width = (bl: Block | null, cols: string[]) => Math.max(cols.length, bl?.cells?.length ?? 0);
  const wn = width(b, colsNew);
  const wo = width(a, colsOld);
  const name = (cols: string[], c: number) => contentKey(cols[c] ?? '');
  // old column index -> union index
  const columns: string[] = Array.from({ length: b ? wn : wo }, (_, c) => (b ? colsNew[c] : colsOld[c]) ?? '');
  const toUnion = new Map<number, number>();
  if (a && b) {
    const byName = new Map<string, number>();
    for (let c = 0; c < wn; c++) if (name(colsNew, c) && !byName.has(name(colsNew, c))) byName.set(name(colsNew, c), c);
    const used = new Set<number>();
    for (let c = 0; c < wo; c++) {
      const u = byName.get(name(colsOld, c));
      if (u !== undefined && !used.has(u)) {
        toUnion.set(c, u);
        used.add(u);
      }
    }
    // the columns left on each side pair in order (a column renamed: "Default limit" -> "Default quota")
    const freeNew = Array.from({ length: wn }, (_, c) => c).filter((c) => !used.has(c));
    for (let c = 0; c < wo; c++) {
      if (toUnion.has(c)) continue;
      const u = freeNew.shift();
      if (u !== undefined) toUnion.set(c, u);
      else {
        toUnion.set(c, columns.length);
        columns.push(colsOld[c] ?? '');
      }
    }
  } else for (let c = 0; c < wo; c++) toUnion.set(c, c);
  const place = (cells: string[] | undefined, map: (c: number) => number) => {
    const out = new Array<string>(columns.length).fill('');
    (cells ?? []).forEach((v, c) => (out[map(c)] = v));
    return out;
  };
  const key = pb ? pb.key : pa ? pa.key : -1;
  const group = (b ? pb?.group : pa?.group) ?? null;
  return {
    columns,
    key,
    ...(group ? { group } : {}),
    old: a ? place(a.cells, (c) => toUnion.get(c) ?? c) : null,
    new: b ? place(b.cells, (c) => c) : null,
    ...(head ? { head: true } : {}),
  };
}
