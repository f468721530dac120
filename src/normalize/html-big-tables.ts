// Tables too large for the DOM path, cut out of the HTML source before it is parsed. A 1,000 x
// 300 table took 35 s and 1.07 GB through parse5, cheerio and turndown (issue 17); scanned as
// text it takes a fraction of a second. Its cells are kept as plain text (inline links, code and
// emphasis are dropped, and html.ts says so in a note); the table is replaced by a placeholder
// paragraph that the normalizer swaps for the table in the model. Tables nested in tables, and
// anything the scan is unsure of, are left to the DOM path.

import { createRequire } from 'node:module';
import { escapeText } from './inline.js';
import { replaceTags } from '../util/text.js';

const require = createRequire(import.meta.url);
let decode: ((s: string) => string) | null = null;
const decodeHtml = (s: string) => (decode ??= (require('entities') as typeof import('entities')).decodeHTML)(s);

/** Tables with more cells than this skip the DOM path. */
export const BIG_TABLE_CELLS = 10_000;
/** The placeholder paragraph's text for table `k`. */
export const bigTableKey = (k: number) => `RLBIGTABLE${k}X`;
export const BIG_TABLE_KEY = /RLBIGTABLE\d+X/g;

/** A table's cells as plain text; `header` is empty when the table has no header row. */
export interface TableCells {
  header: string[];
  rows: string[][];
}

/** Elements whose content is text up to their end tag: a `<table` inside them is no table. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'plaintext']);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Tags as [start, end, name, closing], skipping comments and raw-text elements; linear. */
function* tags(lower: string, from = 0, n = lower.length): Generator<[number, number, string, boolean]> {
  let i = lower.indexOf('<', from);
  while (i !== -1 && i < n) {
    if (lower.startsWith('<!--', i)) {
      const e = lower.indexOf('-->', i + 4);
      if (e === -1) return;
      i = lower.indexOf('<', e + 3);
      continue;
    }
    const closing = lower.charCodeAt(i + 1) === 47;
    let j = closing ? i + 2 : i + 1;
    if (!isLetter(lower.charCodeAt(j))) {
      i = lower.indexOf('<', i + 1);
      continue;
    }
    const s = j;
    while (j < n && /[a-z0-9:-]/.test(lower[j])) j++;
    const name = lower.slice(s, j);
    const end = lower.indexOf('>', j);
    if (end === -1 || end >= n) return;
    yield [i, end + 1, name, closing];
    if (!closing && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, end + 1);
      if (close === -1) return;
      i = close;
      continue;
    }
    i = lower.indexOf('<', end + 1);
  }
}

/** The cells of one table's source (no nested tables inside). */
function cellsOf(src: string, lower: string, from: number, to: number): { cells: TableCells; count: number } {
  const rows: Array<{ th: boolean[]; text: string[] }> = [];
  let row: { th: boolean[]; text: string[] } | null = null;
  let cell: { start: number; th: boolean } | null = null;
  const close = (at: number) => {
    if (cell && row) {
      row.text.push(decodeHtml(replaceTags(src.slice(cell.start, at), ' ')).replace(/\s+/g, ' ').trim());
      row.th.push(cell.th);
    }
    cell = null;
  };
  for (const [s, e, name, closing] of tags(lower, from, to)) {
    if (name === 'tr') {
      close(s);
      if (!closing) rows.push((row = { th: [], text: [] }));
      else row = null;
    } else if (name === 'td' || name === 'th') {
      close(s);
      if (!closing) {
        if (!row) rows.push((row = { th: [], text: [] }));
        cell = { start: e, th: name === 'th' };
      }
    } else if (closing && (name === 'tbody' || name === 'thead' || name === 'tfoot' || name === 'table')) {
      close(s);
      row = null;
    }
  }
  close(to);
  const count = rows.reduce((k, r) => k + r.text.length, 0);
  const headed = rows.length > 0 && rows[0].th.length > 0 && rows[0].th.every(Boolean);
  return {
    cells: { header: headed ? rows[0].text : [], rows: (headed ? rows.slice(1) : rows).map((r) => r.text) },
    count,
  };
}

/**
 * Cut every table over BIG_TABLE_CELLS cells out of an HTML source, replacing each with a
 * placeholder paragraph. Cheap when there is nothing to cut (one count of `<td`/`<th`).
 */
export function cutBigTablesInSource(html: string): { html: string; tables: Map<string, TableCells> } {
  const tables = new Map<string, TableCells>();
  const lower = html.toLowerCase();
  if (countCells(lower, 0, lower.length) <= BIG_TABLE_CELLS) return { html, tables };
  const cuts: Array<[number, number, string]> = [];
  let depth = 0;
  let start = -1;
  let nested = false;
  for (const [s, e, name, closing] of tags(lower)) {
    if (name !== 'table') continue;
    if (!closing) {
      if (depth === 0) {
        start = s;
        nested = false;
      } else nested = true;
      depth++;
      continue;
    }
    if (depth === 0) continue;
    if (--depth > 0) continue;
    if (nested || countCells(lower, start, e) <= BIG_TABLE_CELLS) continue;
    const { cells } = cellsOf(html, lower, start, e);
    const key = bigTableKey(tables.size);
    tables.set(key, cells);
    cuts.push([start, e, key]);
  }
  if (!cuts.length) return { html, tables };
  const out: string[] = [];
  let pos = 0;
  for (const [s, e, key] of cuts) {
    out.push(html.slice(pos, s), `<p>${key}</p>`);
    pos = e;
  }
  out.push(html.slice(pos));
  return { html: out.join(''), tables };
}

function countCells(lower: string, from: number, to: number): number {
  let n = 0;
  for (const open of ['<td', '<th']) {
    for (let i = lower.indexOf(open, from); i !== -1 && i < to; i = lower.indexOf(open, i + 3)) {
      const c = lower.charCodeAt(i + 3);
      if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13 || c === 47) n++;
    }
  }
  return n;
}

/** Non-space characters of a table's text (its weight when html.ts chooses the content). */
export function tableTextSize(t: TableCells): number {
  let n = 0;
  for (const r of [t.header, ...t.rows]) for (const c of r) n += c.replace(/\s/g, '').length;
  return n;
}

/** A GFM table of plain-text cells (an empty header row when the table has none). */
export function tableMarkdown(t: TableCells): string {
  const width = Math.max(t.header.length, ...t.rows.map((r) => r.length), 1);
  const line = (r: string[]) => {
    const cells = r.map(escapeText);
    while (cells.length < width) cells.push('');
    return `| ${cells.join(' | ')} |`;
  };
  return [line(t.header), `|${' --- |'.repeat(width)}`, ...t.rows.map(line)].join('\n');
}

export function bigTableNote(t: TableCells): string {
  const rows = t.rows.length + (t.header.length ? 1 : 0);
  const cells = t.rows.reduce((n, r) => n + r.length, t.header.length);
  return `a table of ${rows.toLocaleString('en')} rows and ${cells.toLocaleString('en')} cells was read as plain text cells (links, code and emphasis in tables over ${BIG_TABLE_CELLS.toLocaleString('en')} cells are not kept)`;
}
