// The batch building blocks: shingle similarity and rename matching, the patience-style
// sequence matcher of the coarse diff, the coarse report, grouping.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaccard, matchRenames, shingles } from '../../src/batch/similar.js';
import { matchSequences, coarseDiff } from '../../src/diff/coarse.js';
import { htmlDepth } from '../../src/batch/page.js';
import { normalizeText } from '../../src/normalize/index.js';

describe('shingles and renames', () => {
  it('measures Jaccard similarity of word 2-shingles', () => {
    const a = shingles('the key is rotated every year');
    const b = shingles('the key is rotated every month');
    expect(a.length).toBe(5);
    expect(jaccard(a, b)).toBeCloseTo(4 / 6);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, shingles('nothing in common here'))).toBe(0);
    // link targets do not count
    expect(jaccard(shingles('see [the guide](a.md) now'), shingles('see [the guide](b/c.md) now'))).toBe(1);
  });

  it('pairs the most similar pages first, each once, above the threshold', () => {
    const o = [shingles('alpha beta gamma delta epsilon zeta eta theta'), shingles('one two three four five six seven eight')];
    const n = [shingles('one two three four five six seven nine'), shingles('alpha beta gamma delta epsilon zeta eta iota'), shingles('alpha beta gamma delta epsilon zeta eta theta kappa')];
    expect(matchRenames(o, n, 0.6)).toEqual([
      { old: 0, new: 2, similarity: 7 / 8 },
      { old: 1, new: 0, similarity: 6 / 8 },
    ]);
    expect(matchRenames(o, n, 0.9)).toEqual([]);
  });

  it('finds the same pairs through MinHash candidates when there are many pages', () => {
    const words = (k: number) => Array.from({ length: 60 }, (_, i) => `w${k}x${i}`).join(' ');
    const o = Array.from({ length: 250 }, (_, k) => shingles(words(k)));
    const n = Array.from({ length: 250 }, (_, k) => shingles(words((k * 7) % 250).replace(/x5\b/, 'changed')));
    const notes: string[] = [];
    const m = matchRenames(o, n, 0.6, (s) => notes.push(s));
    expect(notes[0]).toMatch(/MinHash/);
    expect(m).toHaveLength(250);
    for (const x of m) expect(x.old).toBe((x.new * 7) % 250);
  });
});

describe('matchSequences', () => {
  it('matches equal items in increasing order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 60 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 60 }), (a, b) => {
        const m = matchSequences(a, b);
        for (let k = 0; k < m.length; k++) {
          expect(a[m[k][0]]).toBe(b[m[k][1]]);
          if (k) {
            expect(m[k][0]).toBeGreaterThan(m[k - 1][0]);
            expect(m[k][1]).toBeGreaterThan(m[k - 1][1]);
          }
        }
      }),
    );
  });

  it('matches everything of an unchanged sequence and finds an edit in a long one', () => {
    const a = Array.from({ length: 100_000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[50_000] = 'edited';
    b.splice(70_000, 0, 'inserted');
    expect(matchSequences(a, a)).toHaveLength(a.length);
    expect(matchSequences(a, b)).toHaveLength(a.length - 1);
  });
});

describe('coarseDiff', () => {
  it('attributes block edits to the heading above them, with word diffs', () => {
    const a = normalizeText('# Page\n\n## Keys\n\nKeys rotate every year.\n\nKeep them safe.\n\n## Limits\n\nUp to 10 keys.\n', 'markdown', 'a');
    const b = normalizeText('# Page\n\n## Keys\n\nKeys rotate every month.\n\nKeep them safe.\n\n## Limits\n\nUp to 10 keys.\n\nAt most 5 aliases.\n', 'markdown', 'b');
    const r = coarseDiff(a, b, 'test reason');
    expect(r.fallbacks).toEqual(['test reason']);
    expect(r.sections.map((s) => [s.newHeading, s.changes.map((c) => [c.type, c.old, c.new])])).toEqual([
      ['Keys', [['changed', 'Keys rotate every year.', 'Keys rotate every month.']]],
      ['Limits', [['added', null, 'At most 5 aliases.']]],
    ]);
    expect(r.sections[0].changes[0].words).toEqual([
      ['=', 'Keys rotate every '],
      ['-', 'year'],
      ['+', 'month'],
      ['=', '.'],
    ]);
  });

  it('does not pair unrelated blocks when asked not to', () => {
    const a = normalizeText('# P\n\nThe cat sat on the mat.\n', 'markdown', 'a');
    const b = normalizeText('# P\n\nThe cat sat on the hat.\n', 'markdown', 'b');
    expect(coarseDiff(a, b, 'r', { pair: false }).sections[0].changes.map((c) => c.type)).toEqual(['removed', 'added']);
  });
});

describe('htmlDepth', () => {
  it('estimates element nesting, ignoring void and implicitly closed tags', () => {
    expect(htmlDepth('<div><p>a<p>b<br><span>c</span></div>')).toBe(2);
    expect(htmlDepth('<div>'.repeat(500) + '</div>'.repeat(500))).toBe(500);
  });
});
