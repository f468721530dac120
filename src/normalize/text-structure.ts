// Tables and code recovered from the layout of a text rendering: tab-separated rows (innerText),
// columns aligned with spaces (w3m, with cells wrapped inside their column), box-drawn and pipe
// tables, and code (JSON spans that balance their brackets, shell prompts and `\` continuations,
// YAML key lines, lines dense with code punctuation). Each finder looks at runs of lines with no
// blank line inside; none of them reads prose. Guided reading (text-guide.ts) comes first.

import type { TextLine } from './text-lines.js';
import { COLUMN_GAP } from './text-lines.js';
import { maxOf, minOf } from '../util/arrays.js';

export type Structure =
  | { kind: 'table'; rows: string[][]; end: number }
  | { kind: 'code'; text: string; end: number };

/** A line as laid out in the source: indentation restored. */
export const laidOut = (l: TextLine) => ' '.repeat(l.indent) + l.body;

// ---------------------------------------------------------------------------------------------
// Tables

const BOX_RULE = /^[\s┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝╤╧╪╞╡╟╢╫+|:-]+$/u;
const BOX_ROW = /^[│┃║|].*[│┃║|]$/u;

/** innerText rows: two or more consecutive lines with tab-separated cells. */
function tabTable(lines: TextLine[], i: number): Structure | null {
  if (!lines[i].cells) return null;
  const rows: string[][] = [];
  let j = i;
  for (; j < lines.length && lines[j].cells && (j === i || !lines[j].blankBefore); j++) rows.push(lines[j].cells!);
  // one line with a tab in it is a paragraph, not a table
  return rows.length >= 2 ? { kind: 'table', rows, end: j } : null;
}

/** Box-drawn (`┌─┬─┐ │a│b│`) or pipe (`| a | b |` / `+---+`) tables; rows between rules are joined. */
function boxTable(lines: TextLine[], i: number): Structure | null {
  const isRule = (l: TextLine) => BOX_RULE.test(l.body) && /[─━═]|[+|]-{2,}|-{3,}/u.test(l.body);
  const isRow = (l: TextLine) => BOX_ROW.test(l.body.trim());
  if (!isRule(lines[i]) && !isRow(lines[i])) return null;
  const rows: string[][] = [];
  let pending: string[] | null = null;
  let ruled = false;
  let j = i;
  for (; j < lines.length && (j === i || !lines[j].blankBefore); j++) {
    const l = lines[j];
    if (isRule(l)) {
      ruled = true;
      if (pending) rows.push(pending);
      pending = null;
      continue;
    }
    if (!isRow(l)) break;
    const cells = l.body
      .trim()
      .replace(/^[│┃║|]|[│┃║|]$/gu, '')
      .split(/[│┃║]| \| /u)
      .map((c) => c.trim());
    if (pending && ruled && pending.length === cells.length) pending = pending.map((c, k) => `${c} ${cells[k]}`.trim());
    else {
      if (pending) rows.push(pending);
      pending = cells;
    }
    if (!ruled) {
      rows.push(pending);
      pending = null;
    }
  }
  if (pending) rows.push(pending);
  if (rows.length < 1 || rows.every((r) => r.length < 2)) return null;
  return { kind: 'table', rows, end: j };
}

/**
 * Column separators of lines laid out in columns: runs of columns blank on every line, with
 * text on both sides on some lines. A one-column run (w3m leaves one space where a cell fills
 * its column) must be wider on most lines and where several cells start or end.
 */
function separators(texts: string[]): Array<[number, number]> {
  const width = maxOf(texts.map((t) => t.length));
  const blank = (c: number) => texts.every((t) => c >= t.length || t[c] === ' ');
  const left = minOf(texts.map((t) => t.length - t.trimStart().length));
  const seps: Array<[number, number]> = [];
  for (let c = left; c < width; c++) {
    if (!blank(c)) continue;
    let e = c;
    while (e + 1 < width && blank(e + 1)) e++;
    const both = texts.filter((t) => t.slice(0, c).trim() && t.slice(e + 1).trim()).length;
    // (on most lines with text on both sides the gap is wider than the one blank column)
    const wide = texts.filter((t) => t.slice(e + 1).trim() && (t[c - 1] === ' ' || t[e + 1] === ' ')).length;
    // (cells start right after it, left-aligned, or end right before it, right-aligned, on several lines)
    const edges = texts.filter((t) => (e + 1 < t.length && t[e + 1] !== ' ') || (c > 0 && c - 1 < t.length && t[c - 1] !== ' ')).length;
    if (both >= 2 && (e > c || (wide >= both * 0.6 && edges >= 2))) seps.push([c, e]);
    c = e;
  }
  return seps;
}

const CONTINUES = /^[\p{Ll}(\[{,.;:)\]}/&-]/u;

/** What the other version's tables say about cell text (text-guide.ts). */
export interface CellHint {
  /** some cell of the other version starts with this text (or is it) */
  starts(text: string): boolean;
  /** the numbers of columns of the other version's tables */
  widths: ReadonlySet<number>;
}

/** The line's cells continue the row `cur` (by the other version's cells, else by their shape). */
function continuesRow(cur: string[], cells: string[], full: boolean, hint: CellHint | undefined): boolean {
  const filled = cells.filter(Boolean).length;
  if (hint) {
    const pairs = cells.map((c, k) => [cur[k] ?? '', c] as const).filter(([, c]) => c);
    const joined = pairs.every(([a, c]) => !a || hint.starts(`${a} ${c}`));
    const fresh = pairs.every(([, c]) => hint.starts(c));
    if (joined && !fresh) return true;
    if (fresh && !joined) return false;
  }
  const first = cells.find(Boolean) ?? '';
  return CONTINUES.test(first) || (!full && filled > 0 && cells.every((c, k) => !c || !cur[k] || CONTINUES.test(c)));
}

/**
 * w3m's tables: columns aligned with spaces, cells wrapped inside their column (a row's later
 * lines start lower case, or fill fewer columns than a whole row before its full line, or
 * complete the other version's cells).
 */
export function columnTable(lines: TextLine[], i: number, hint?: CellHint): Structure | null {
  if (!COLUMN_GAP.test(lines[i].body.trim()) && !(lines[i + 1] && !lines[i + 1].blankBefore && COLUMN_GAP.test(lines[i + 1].body.trim()))) return null;
  // (tried where a run of such lines starts only: a run that is no table is not tried again line by line)
  if (i > 0 && !lines[i].blankBefore && COLUMN_GAP.test(lines[i - 1].body.trim())) return null;
  let j = i + 1;
  while (j < lines.length && !lines[j].blankBefore && !lines[j].bullet && !lines[j].cells) j++;
  const run = lines.slice(i, j);
  const gapped = run.filter((l) => COLUMN_GAP.test(l.body.trim())).length;
  if (run.length < 2 || gapped < 2 || gapped < run.length / 3) return null;
  const texts = run.map(laidOut);
  const seps = separators(texts);
  if (!seps.length) return null;
  const bounds = [0, ...seps.map(([, e]) => e + 1)];
  const cellsOf = (t: string) => bounds.map((b, k) => t.slice(b, k + 1 < bounds.length ? seps[k][0] : undefined).trim());
  const rows: string[][] = [];
  let cur: string[] | null = null;
  let full = false;
  for (const t of texts) {
    const cells = cellsOf(t);
    const filled = cells.filter(Boolean).length;
    if (cur && continuesRow(cur, cells, full, hint)) {
      cur = cur.map((c, k) => `${c} ${cells[k]}`.trim());
      full = full || filled === cells.length;
      continue;
    }
    if (cur) rows.push(cur);
    cur = cells;
    full = filled === cells.length;
  }
  if (cur) rows.push(cur);
  if (rows.length < 2) return null;
  return { kind: 'table', rows: hint ? narrowTo(rows, hint.widths) : rows, end: j };
}

/**
 * Rows with more columns than any table of the other version has: the emptiest column (a false
 * split inside a column's text) is merged into the one on its left until the width is known.
 */
function narrowTo(rows: string[][], widths: ReadonlySet<number>): string[][] {
  let out = rows;
  while (out[0].length > 2 && !widths.has(out[0].length) && [...widths].some((w) => w < out[0].length)) {
    const filled = out[0].map((_, k) => out.filter((r) => r[k]).length);
    const k = filled.indexOf(minOf(filled.slice(1)), 1);
    out = out.map((r) => [...r.slice(0, k - 1), `${r[k - 1]} ${r[k]}`.trim(), ...r.slice(k + 1)]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Code

/** Net bracket depth a line leaves, strings skipped; null when it closes more than it opened. */
function bracketDelta(s: string, depth: number): number | null {
  let d = depth;
  let q: string | null = null;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (q) {
      if (c === '\\') k++;
      else if (c === q) q = null;
      continue;
    }
    if (c === '"') q = c;
    else if (c === '{' || c === '[') d++;
    else if (c === '}' || c === ']') {
      d--;
      if (d < 0) return null;
    }
  }
  return d;
}

/** Lines a JSON span may run over (a longer one is read line by line). */
const MAX_JSON_LINES = 500;
const JSON_START = /^(\{|\[|"[^"]{1,80}"\s*:\s*[[{"\d tfn])/;

/** JSON (or any brace-balanced data): from an opening line to the line that balances it. */
function jsonSpan(lines: TextLine[], i: number): number {
  const t = lines[i].text;
  if (!JSON_START.test(t)) return i;
  // data on one line (a copy flattens a code block), balanced or not: it ends as it began
  if (/[}\]]$/.test(t) && (t.match(/"\s*:/g) ?? []).length >= 3 && (i + 1 >= lines.length || lines[i + 1].blankBefore)) return i + 1;
  let d = 0;
  for (let j = i; j < lines.length && j < i + MAX_JSON_LINES; j++) {
    if (j > i && lines[j].blankBefore && d === 0) return j;
    const nd = bracketDelta(lines[j].text, d);
    if (nd === null) return j > i ? j : i;
    d = nd;
    if (d === 0) {
      // a one-line span must look like data, not a sentence in quotes
      if (j === i && !/[{[].*[}\]]|^"[^"]+"\s*:/.test(t)) return i;
      return j + 1;
    }
  }
  return i;
}

const PROMPT = /^(\$|%|>|#|PS [A-Z]:\\?[^>]*>|C:\\[^>]*>|sudo) \S/;
const COMMANDS = /^(aws|az|gcloud|kubectl|helm|docker|npm|npx|yarn|pip|python3?|node|go|curl|wget|git|openssl|terraform|step|vault|cmctl|mkdocs|export|cd|ls|cat|echo|chmod|mkdir|apt(-get)?|brew|ssh|scp|make|dotnet|java|mvn|gradle|cargo|rustc|ruby|gem|bundle|php|composer|Set-\w+|Get-\w+|New-\w+|Install-\w+|Connect-\w+)( |$)/;
const KEY_LINE = /^[\w.$@/-]{1,60}:( +("[^"]*"|'[^']*'|[^\s,]+( [^\s,]+){0,2})|)$/;
const LIST_LINE = /^- [^\s].{0,100}$/;
const CODE_END = /([;{}(,\\]|\)|=>|->|:=|\];?|\);?)$/;
const CODE_START = /^(import |export |from \S+ import|const |let |var |def |func |package |public |private |class |return |if \(|for \(|while \(|#include|using |namespace |function |<\/?[a-z][\w-]*[ >]|\/\/|\/\*|\*\/|--\w|[A-Z_]{2,}=)/;

/** A line of code by its own shape (commands, prompts, code punctuation at its ends). */
export function isCodeLine(t: string): boolean {
  const s = t.trim();
  if (!s) return false;
  if (PROMPT.test(s) || COMMANDS.test(s) || CODE_START.test(s)) return true;
  if (CODE_END.test(s) && !/[.!?]["')]?$/.test(s) && !/^[\p{Lu}][\p{Ll}]+ [\p{Ll}]+ [\p{Ll}]+/u.test(s)) return true;
  return false;
}

/** YAML-like runs: key lines, indented under one another or `- ` items, three lines or more. */
function yamlSpan(lines: TextLine[], i: number): number {
  if (!KEY_LINE.test(lines[i].text) || lines[i].bullet) return i;
  let j = i + 1;
  let nested = false;
  for (; j < lines.length && !(lines[j].blankBefore && lines[j].indent <= lines[i].indent && !KEY_LINE.test(lines[j].text)); j++) {
    const l = lines[j];
    if (l.blankBefore && !KEY_LINE.test(l.text)) break;
    if (l.indent > lines[i].indent) nested = true;
    if (!(KEY_LINE.test(l.text) || (l.indent > lines[i].indent && (LIST_LINE.test(l.body.trim()) || !/ \p{Ll}+ \p{Ll}+ \p{Ll}+/u.test(l.text))))) break;
  }
  return j - i >= 3 && nested ? j : i;
}

/** Shell commands and code lines: a run of lines with no blank inside, each code-shaped or indented under one. */
function commandSpan(lines: TextLine[], i: number): number {
  const l = lines[i];
  if (l.bullet || !isCodeLine(l.text)) return i;
  let j = i + 1;
  let cont = /\\$/.test(l.text);
  for (; j < lines.length && !lines[j].blankBefore; j++) {
    const m = lines[j];
    if (cont || m.indent > l.indent || isCodeLine(m.text) || /^[}\])]/.test(m.text)) {
      cont = /\\$/.test(m.text);
      continue;
    }
    break;
  }
  return j;
}

/** Code text of lines i..j: indentation kept relative to the least indented line. */
export function codeText(lines: TextLine[], i: number, j: number): string {
  const run = lines.slice(i, j);
  const min = minOf(run.map((l) => l.indent));
  const out: string[] = [];
  for (const l of run) {
    if (l.blankBefore && out.length) out.push('');
    out.push(' '.repeat(l.indent - min) + l.body.trimEnd());
  }
  return out.join('\n');
}

/** A table or code block starting at line i, or null. */
export function structureAt(lines: TextLine[], i: number): Structure | null {
  const t = tabTable(lines, i) ?? boxTable(lines, i) ?? columnTable(lines, i);
  if (t) return t;
  for (const span of [jsonSpan, yamlSpan, commandSpan]) {
    const j = span(lines, i);
    if (j > i) return { kind: 'code', text: codeText(lines, i, j), end: j };
  }
  return null;
}
