// Table rows as rows: a row change the diff paired by key carries its cells named by the header
// (RowCells). Each changed cell is judged on its own: numbers through the same number rules as
// prose, words through the same editorial judgement; a row added or removed is listed by its key
// and named cells. Summaries name the row and the column. Rows without cells are left to the
// prose rules (their first cell names numbers there, see numbers.ts).

import type { RowCells, Severity } from '../types.js';
import { maxSeverity } from '../types.js';
import { PIECE_MAX } from '../util/text.js';
import { makePair, type Analysis } from './analysis.js';
import { dateIn, LIFECYCLE_COLUMN } from './lifecycle.js';
import { judgePair, quantityEdits, statementWeight, type Finding, type RulePack } from './rules.js';
import { looseKey, quote, sentenceOf, shorten, squash } from './text.js';

/** Cells shown for a row added or removed. */
const CELLS_SHOWN = 4;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The key value needs its column to make sense ("120/day", "Tier 2", "Develop"), not "Maximum number of pipelines". */
const terseKey = (v: string) => words(v) <= 1 || /\d/.test(v);

/** A value, not a name: "75 GB", "1,000". */
const QUANTITY_CELL = /^\s*[\d.,]+\s*[\p{L}%]{0,3}\s*$/u;

/** Which cell names the row: the key column unless it holds a quantity, else the first cell with text. */
function labelColumn(cells: string[], row?: RowCells): number {
  if (row && row.key >= 0 && cells[row.key]?.trim() && !QUANTITY_CELL.test(cells[row.key])) return row.key;
  return cells.findIndex((c) => c.trim() !== '');
}

/** "Rate limit 120/day", "Maximum number of pipelines per Region", "Production, /sessions/whoami". */
export function rowName(row: RowCells, cells: string[]): string {
  const c = labelColumn(cells, row);
  if (c < 0) return 'row';
  const v = shorten(cells[c], 60);
  const h = row.columns[c]?.trim();
  if (row.group) return looseKey(row.group) === looseKey(v) ? v : `${shorten(row.group, 30)}, ${v}`;
  return h && terseKey(v) && looseKey(h) !== looseKey(v) ? `${shorten(h, 30)} ${v}` : v;
}

/** Columns are named unless the row is a plain "name | value" pair with a self-describing name. */
function namesColumns(row: RowCells, cells: string[]): boolean {
  const filled = row.columns.filter((h) => h.trim()).length;
  if (!filled) return false;
  if (row.columns.length > 2) return true;
  const c = labelColumn(cells, row);
  return c >= 0 && terseKey(cells[c]);
}

const colName = (row: RowCells, c: number) => (row.columns[c]?.trim() ? `'${shorten(row.columns[c].trim(), 40)}' ` : '');

interface CellVerdict {
  part: string;
  severity: Severity;
  category: string;
  rules: string[];
}

/** "30 days -> 10 days" -> "30 -> 10 days" */
const compact = (part: string) => part.replace(/^(\S+) (\S+) -> (\S+) \2$/, '$1 -> $3 $2');

/** One changed cell: its numbers compared like prose numbers, else its words judged like a prose edit. */
function judgeCell(a: Analysis, row: RowCells, c: number, name: string, named: boolean): CellVerdict | null {
  const o = sentenceOf(row.old![c] ?? '');
  const n = sentenceOf(row.new![c] ?? '');
  const col = named ? colName(row, c) : '';
  // values of one cell cancel one for one (diffQuantities): a second "24 hours" added is added
  const none = { old: new Map<string, number>(), new: new Map<string, number>() };
  // a date in a lifecycle column ("End of support") set or moved: the event itself
  const head = row.columns[c] ?? '';
  const dn = dateIn(n.text);
  if (LIFECYCLE_COLUMN.test(head) && dn && dn !== dateIn(o.text)) {
    const was = dateIn(o.text) ?? (o.text.trim() ? quote(o.text, 30) : null);
    return { part: `${shorten(head.trim(), 40)}: ${was ? `${was} -> ` : ''}${dn}`, severity: 'high', category: 'lifecycle', rules: ['lifecycle.date'] };
  }
  const label = `${name} ${col}`.trim();
  // only spacing or punctuation differ ("10x" -> "10 x"): no number can have changed
  const q = squash(o.text) === squash(n.text) ? null : quantityEdits(a, makePair(o, n), () => none, label);
  if (q) {
    // values the cell names itself ("Approval action: 7 days") keep their own label
    const parts = [...q.bySubject].map(([s, ps]) => {
      const values = ps.map(compact).join(', ');
      // the row's own label, maybe with a qualifier: "(maximum) 20 -> 50"
      return s.startsWith(label) ? `${col}${s.slice(label.length).trim()} ${values}`.replace(/\s+/g, ' ').trim() : `${s}: ${values}`;
    });
    return { part: parts.join('; '), severity: q.high ? 'high' : 'medium', category: 'number', rules: ['number.changed', ...q.tags] };
  }
  if (!o.text.trim() || !n.text.trim()) {
    const verb = o.text.trim() ? 'cleared' : 'filled';
    return { part: `${col}${verb}${n.text.trim() ? `: ${quote(n.text, 50)}` : ` (was ${quote(o.text, 50)})`}`, severity: 'low', category: 'content', rules: ['table.cell'] };
  }
  const f = judgePair(a, makePair(o, n));
  // "'Environment' renamed: "A" -> "B"", "'Notes' "Region" -> "AWS Region"", a cell rewritten: "A" -> "B"
  const rewritten = /^Reworded: "[^"]*"$/.test(f.summary);
  const what = rewritten ? `${quote(o.text, 40)} -> ${quote(n.text, 40)}` : f.summary.replace(/^Changed: /, '').replace(/^(\w[\w ]*): /, (_m, h: string) => `${h.toLowerCase()}: `);
  return { part: `${col}${what}`, severity: f.severity, category: f.category, rules: [f.rule, ...(f.tags ?? [])] };
}

const RANK: Record<string, number> = { lifecycle: 4, number: 3, content: 2, editorial: 1, formatting: 0 };

function changedRow(a: Analysis, row: RowCells): Finding | null {
  // a cell too long to judge as one statement: the row is read as prose, sentence by sentence
  if ([...row.old!, ...row.new!].some((c) => c.length > PIECE_MAX)) return null;
  const name = rowName(row, row.new!);
  const named = namesColumns(row, row.new!);
  const verdicts: CellVerdict[] = [];
  row.columns.forEach((_, c) => {
    if (looseKey(row.old![c] ?? '') === looseKey(row.new![c] ?? '')) return;
    const v = judgeCell(a, row, c, name, named);
    if (v) verdicts.push(v);
  });
  if (!verdicts.length) return null;
  for (const p of a.pairs) p.explained.add('table');
  const severity = verdicts.reduce<Severity>((s, v) => maxSeverity(s, v.severity), 'none');
  const category = verdicts.reduce((best, v) => (RANK[v.category] > RANK[best] ? v.category : best), 'formatting');
  const shown = verdicts.filter((v) => v.category !== 'formatting');
  return {
    rule: 'table.cells',
    tags: [...new Set(verdicts.flatMap((v) => v.rules))],
    category,
    severity,
    summary: `${name}: ${(shown.length ? shown : verdicts).map((v) => v.part).join('; ')}`,
  };
}

/** "'Burst (rps)' 1; 'Sustained (rpm)' 10": the row's other cells, named. */
function cellList(row: RowCells, cells: string[], skip: number): string {
  const parts: string[] = [];
  cells.forEach((v, c) => {
    if (c === skip || !v.trim()) return;
    parts.push(`${colName(row, c)}${shorten(v, 40)}`.trim());
  });
  const more = parts.length > CELLS_SHOWN ? ` (+${parts.length - CELLS_SHOWN} more)` : '';
  return parts.slice(0, CELLS_SHOWN).join('; ') + more;
}

function columnsChanged(row: RowCells): Finding {
  const parts: string[] = [];
  row.columns.forEach((_, c) => {
    const o = row.old![c] ?? '';
    const n = row.new![c] ?? '';
    if (looseKey(o) === looseKey(n)) return;
    parts.push(!o.trim() ? `${quote(n, 40)} added` : !n.trim() ? `${quote(o, 40)} removed` : `${quote(o, 40)} -> ${quote(n, 40)}`);
  });
  const formatting = !parts.length;
  return {
    rule: 'table.columns',
    category: formatting ? 'formatting' : 'editorial',
    severity: formatting ? 'none' : 'low',
    summary: formatting ? 'Formatting: table header' : `Columns: ${parts.join('; ')}`,
    lead: true,
  };
}

export const tablesPack: RulePack = {
  id: 'tables',
  description: 'Table rows paired by key: changed cells named by row and column (numbers as numbers), rows added or removed with their cells.',
  rules: [
    {
      id: 'table.row',
      category: 'content',
      description: 'A row of a table changed, appeared or disappeared.',
      detect: (a) => {
        const row = a.change.row;
        if (!row) return null;
        if (a.change.type === 'changed' && row.old && row.new) {
          if (row.head) {
            for (const p of a.pairs) p.explained.add('table');
            return columnsChanged(row);
          }
          return changedRow(a, row);
        }
        const cells = row.new ?? row.old;
        if (!cells || (a.change.type !== 'added' && a.change.type !== 'removed')) return null;
        const added = a.change.type === 'added';
        if (row.head) return { rule: 'table.columns', category: 'editorial', severity: 'low', summary: `Table header ${added ? 'added' : 'removed'}: ${cells.map((c) => quote(c, 30)).join(', ')}`, lead: true };
        const list = cellList(row, cells, labelColumn(cells, row));
        // a row with a number or a version in it states a fact (a limit, a supported version)
        const facts = cells.some((v, c) => {
          const s = sentenceOf(v);
          return a.quantities(s).length > 0 || a.mentionsIn(s).length > 0 || (LIFECYCLE_COLUMN.test(row.columns[c] ?? '') && dateIn(v) !== null);
        });
        const severity = facts ? 'medium' : statementWeight(a, added ? a.newSentences : a.oldSentences).severity;
        return {
          rule: added ? 'table.row-added' : 'table.row-removed',
          category: 'content',
          severity: maxSeverity(severity, 'low'),
          summary: `Row ${added ? 'added' : 'removed'}: ${rowName(row, cells)}${list ? ` (${list})` : ''}`,
          lead: true,
        };
      },
    },
  ],
};
