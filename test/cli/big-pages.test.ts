// Pages inside the default size limit (25 MB) with more lines than a call can take as arguments
// (about 125,000): `out.push(...pre, ...suf)` in the coarse diff overflowed the stack on a 7 MB
// page (issue 17, item 3). Pages are generated here, never committed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'redline-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Markdown page of about `mb` MB in short paragraphs (one line each), a heading every 200. */
function page(mb: number, last = 'The end.'): string {
  const parts = ['# Big guide\n'];
  let size = 0;
  for (let n = 0; size < mb * 1048576; n++) {
    const p = n % 200 === 0 ? `\n## Part ${n}\n\n` : `Step ${n} keeps one copy of each object.\n\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push(last, '\n');
  return parts.join('');
}

const LONG = { timeout: 600_000 };

describe('pages with more lines than a call takes arguments', () => {
  it.each([7, 20])('diff big.md big.md on a %i MB page exits 0 with "No changes."', (mb) => {
    const f = join(dir, `big${mb}.md`);
    writeFileSync(f, page(mb));
    const r = cli(['diff', f, f], { timeout: 590_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
    rmSync(f);
  }, LONG.timeout);

  it('diff ID on a 9 MB store page whose last line changed', () => {
    const store = join(dir, 'store');
    const S = ['--store', store];
    expect(cli(['init', ...S]).code).toBe(0);
    for (const [date, last] of [['2024-01-01', 'The end.'], ['2024-02-01', 'The end, for now.']]) {
      const f = join(dir, `${date}.md`);
      writeFileSync(f, page(9, last));
      const r = cli(['import', 'big/page', f, '--date', date, ...S], { timeout: 590_000 });
      expect(r.code, r.stderr).toBe(0);
      rmSync(f);
    }
    const r = cli(['diff', 'big/page', ...S], { timeout: 590_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('note: page too large for section alignment');
    expect(r.stdout).toContain('The end{+, for now+}.');
  }, LONG.timeout);
});
