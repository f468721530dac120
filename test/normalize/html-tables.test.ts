// Wide and long HTML tables: the GFM plugin's row and table rules polled the live rows list per
// column (cubic; a 100 x 300 table ran for minutes). Our rules replace them; this checks the output
// shape on a big table (a regression to the old cost would hit the test timeout).
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';

const table = (rows: number, cols: number, head: boolean) =>
  `<html><body><main><h1>T</h1><table>${head ? '<thead><tr>' + Array.from({ length: cols }, (_, c) => `<th>h${c}</th>`).join('') + '</tr></thead>' : ''}<tbody>` +
  Array.from({ length: rows }, (_, r) => '<tr>' + Array.from({ length: cols }, (_, c) => `<td align="${c % 2 ? 'right' : 'left'}">${r}.${c}</td>`).join('') + '</tr>').join('') +
  '</tbody></table></main></body></html>';

describe('big HTML tables', () => {
  it('80 x 150 with a header: one GFM table, alignment dropped', () => {
    const md = normalizeText(table(80, 150, true), 'html').markdown.split('\n');
    expect(md[0]).toBe('# T');
    const rows = md.filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(82);
    expect(rows[0].startsWith('| h0 | h1 | h2 |')).toBe(true);
    expect(rows[1]).toBe('|' + ' --- |'.repeat(150));
    expect(rows[81].endsWith('| 79.148 | 79.149 |')).toBe(true);
  });

  it('300 x 20 without a header: an empty header row is added', () => {
    const rows = normalizeText(table(300, 20, false), 'html').markdown.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(302);
    expect(rows[0]).toBe('|' + ' |'.repeat(20));
    expect(rows[2].startsWith('| 0.0 | 0.1 |')).toBe(true);
  });
});
