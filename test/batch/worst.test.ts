// The worst cases of issue 7 (bench/worst-cases.js, full size) each finish with a report and a
// stated reason for the coarser method used. Correctness only: timing belongs to `npm run bench`.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without types
import { worstCases } from '../../bench/worst-cases.js';
import { diffTrees } from '../../src/batch/index.js';
import { makeTrees } from './trees.js';

interface Case {
  name: string;
  ext: string;
  old: string;
  new: string;
}

const REASONS: Record<string, RegExp> = {
  'rewritten-200k': /page rewritten from top to bottom \(\d+(\.\d)?% of word pairs in common\)/,
  'page-5mb': /page too large for section alignment \(10\.0 MB of canonical text, limit 4\.0 MB\)/,
  'paragraph-1mb': /a paragraph is over 20,000 characters: its sentences were split at punctuation/,
  'paragraph-tls-1mb': /a sentence over 4,000 characters was compared in pieces cut at words/,
  'html-deep-10000': /HTML nested about 10001 levels deep: elements below level 400 compared as plain text/,
  'html-table-1000x300': /a table of 1,001 rows and 300,300 cells was read as plain text cells/,
  'markers-1mb': /a paragraph, list item or cell has over 1,000 emphasis markers or `<`: they were read as plain text/,
};

describe('worst cases finish with a coarser diff and a reason', () => {
  const cases = (worstCases() as Case[]).map((c) => [c.name, c] as const);
  it.each(cases)('%s', async (name, c) => {
    const { oldDir, newDir } = makeTrees({ [`page.${c.ext}`]: c.old }, { [`page.${c.ext}`]: c.new });
    const r = await diffTrees(oldDir, newDir, { jobs: 1 });
    expect(r.pages).toHaveLength(1);
    const p = r.pages[0];
    expect(p.status).toBe('modified');
    expect(p.report!.fallbacks.some((f) => REASONS[name].test(f))).toBe(true);
    expect(r.fallbacks.some((f) => f.startsWith(`page.${c.ext}: `) && REASONS[name].test(f))).toBe(true);
    const changes = p.report!.sections.flatMap((s) => s.changes);
    expect(changes.length).toBeGreaterThan(0);
    if (name === 'html-deep-10000') expect(changes.some((ch) => (ch.new ?? '').includes('every month'))).toBe(true);
    if (name === 'html-table-1000x300') expect(changes.map((ch) => ch.words?.filter((w) => w[0] !== '='))).toEqual([[['-', 'r500c150'], ['+', 'new']]]);
    if (name === 'markers-1mb') expect(changes.map((ch) => ch.words?.filter((w) => w[0] !== '='))).toEqual([[['-', 'old'], ['+', 'new']]]);
    if (name === 'rewritten-200k') expect(changes.every((ch) => ch.type !== 'changed' || ch.block === 'heading')).toBe(true);
  });
});
