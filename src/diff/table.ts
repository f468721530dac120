// diff: tables as tables. The tables of two versions of a section pair up (by header, else in
// order), and their rows pair by key: the first column whose values are unique on each side and
// mostly shared by both, so a row pairs with itself even when every other cell changed. Each row
// change carries its cells named by the header (RowCells). Not here: what a cell change means
// (classify), and rows of tables with no key (the block diff pairs them by similarity).

import type { Block, RowCells } from '../types.js';
import { bagDice, bagOf, contentKey, words } from '../util/text.js';

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

/** Distinct non-empty values of column c, or null when a value is empty or repeated. */
function uniqueValues(blocks: Block[], rows: number[], c: number): Set<string> | null {
  const seen = new Set<string>();
  for (const i of rows) {
    const v = cellKey(blocks[i], c);
    if (!v || seen.has(v)) return null;
    seen.add(v);
  }
  return seen;
}

/** The first column unique on both sides whose values the two tables mostly share, or -1. */
export function keyColumn(oldB: Block[], a: Table, newB: Block[], b: Table): number {
  if (a.rows.length < 2 || b.rows.length < 2) return -1;
  let width = Infinity;
  for (const i of a.rows) width = Math.min(width, oldB[i].cells!.length);
  for (const j of b.rows) width = Math.min(width, newB[j].cells!.length);
  for (let c = 0; c < width; c++) {
    const va = uniqueValues(oldB, a.rows, c);
    const vb = va && uniqueValues(newB, b.rows, c);
    if (!va || !vb) continue;
    let shared = 0;
    for (const v of va) if (vb.has(v)) shared++;
    if (shared / Math.min(va.size, vb.size) >= KEY_SHARED_MIN) return c;
  }
  return -1;
}

function tableWords(blocks: Block[], t: Table, byHeader: boolean): string[] {
  return byHeader && t.head !== null ? words(blocks[t.head].plain) : t.rows.flatMap((i) => words(blocks[i].plain));
}

/** Pair the tables of two sections: most alike first (header words, else all their words). */
function pairTablesOf(oldB: Block[], ta: Table[], newB: Block[], tb: Table[]): [number, number][] {
  if (ta.length === 1 && tb.length === 1) return [[0, 0]];
  const cands: { x: number; y: number; s: number }[] = [];
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
      if (s >= TABLE_PAIR_MIN) cands.push({ x, y, s });
    });
  });
  cands.sort((p, q) => q.s - p.s || p.x - q.x);
  const ux = new Set<number>();
  const uy = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cands) {
    if (ux.has(c.x) || uy.has(c.y)) continue;
    ux.add(c.x);
    uy.add(c.y);
    out.push([c.x, c.y]);
  }
  return out;
}

/**
 * Pair the tables of two versions of a section and their rows by key. Rows already matched
 * (identical, `taken`) are left alone; a key value repeated on one side pairs nothing.
 */
export function pairTables(oldB: Block[], newB: Block[], takenOld: Set<number>, takenNew: Set<number>): TablePairing {
  const out: TablePairing = { rows: [], heads: [], oldPlace: new Map(), newPlace: new Map() };
  const ta = tablesOf(oldB);
  const tb = tablesOf(newB);
  const setPlaces = (places: Map<number, RowPlace>, blocks: Block[], t: Table, key: number, paired: boolean) => {
    const p: RowPlace = { columns: columnsOf(blocks, t), key, paired };
    for (const i of [...(t.head === null ? [] : [t.head]), ...t.rows]) places.set(i, p);
  };
  for (const t of ta) setPlaces(out.oldPlace, oldB, t, -1, false);
  for (const t of tb) setPlaces(out.newPlace, newB, t, -1, false);
  if (!ta.length || !tb.length) return out;
  for (const [x, y] of pairTablesOf(oldB, ta, newB, tb)) {
    const a = ta[x];
    const b = tb[y];
    const key = keyColumn(oldB, a, newB, b);
    setPlaces(out.oldPlace, oldB, a, key, true);
    setPlaces(out.newPlace, newB, b, key, true);
    if (a.head !== null && b.head !== null && !takenOld.has(a.head) && !takenNew.has(b.head)) out.heads.push([a.head, b.head]);
    if (key < 0) continue;
    const byKey = new Map<string, number>();
    for (const j of b.rows) if (!takenNew.has(j)) byKey.set(cellKey(newB[j], key), j);
    for (const i of a.rows) {
      if (takenOld.has(i)) continue;
      const j = byKey.get(cellKey(oldB[i], key));
      if (j !== undefined) out.rows.push([i, j]);
    }
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
  return {
    columns,
    key,
    old: a ? place(a.cells, (c) => toUnion.get(c) ?? c) : null,
    new: b ? place(b.cells, (c) => c) : null,
    ...(head ? { head: true } : {}),
  };
}
