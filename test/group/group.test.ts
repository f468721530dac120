// The one "same change on several pages" rule (src/group), shared by folder reports and
// changelogs: the indexed search gives exactly what comparing every occurrence with every
// group's representative gives (property test), and the rule's edges on hand-made text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { productNames, sameChanges, SIMILAR, type Occurrence } from '../../src/group/index.js';
import { bagDice, bagOf, words } from '../../src/util/text.js';
import type { ChangeType } from '../../src/types.js';

/** The rule written the slow, obvious way: each occurrence against every earlier group's first member. */
function reference(occ: Occurrence[], minPages = 2): { members: number[]; pages: string[] }[] {
  const ws = (t: string | null) => (t === null ? null : words(t));
  const close = (a: string[] | null, b: string[] | null) => {
    if (a === null || b === null) return a === b;
    const [x, y] = a.length < b.length ? [a.length, b.length] : [b.length, a.length];
    return y === 0 || x / y >= SIMILAR / (2 - SIMILAR) - 1e-9;
  };
  const sim = (a: string[] | null, b: string[] | null) => (a === null ? b === null : b !== null && bagDice(bagOf(a), bagOf(b)) >= SIMILAR);
  const groups: { type: ChangeType; o: string[] | null; n: string[] | null; key: string; members: number[]; pages: string[] }[] = [];
  occ.forEach((x, i) => {
    const o = ws(x.old);
    const n = ws(x.new);
    if ((o?.length ?? 0) + (n?.length ?? 0) === 0) return;
    const key = `${x.type}|${o?.join(' ')}|${n?.join(' ')}`;
    // a member's exact words find its group first (it may have joined by similarity)
    let g = groups.find((c) => c.members.some((m) => `${occ[m].type}|${ws(occ[m].old)?.join(' ')}|${ws(occ[m].new)?.join(' ')}` === key));
    g ??= groups.find((c) => c.type === x.type && close(c.o, o) && close(c.n, n) && sim(c.o, o) && sim(c.n, n));
    if (!g) groups.push((g = { type: x.type, o, n, key, members: [], pages: [] }));
    g.members.push(i);
    if (!g.pages.includes(x.page)) g.pages.push(x.page);
  });
  return groups.filter((g) => g.pages.length >= minPages).map(({ members, pages }) => ({ members, pages }));
}

const VOCAB = ['we', 'recommend', 'require', 'tls', '1.2', '1.3', 'or', 'later', 'and', 'the', 'key', 'keys', 'rotate', 'every', 'year', 'month', 'aws', 'data'];
/** A few base sentences (12-24 words), each occurrence a copy with up to three words edited: many near-duplicates. */
const BASES = Array.from({ length: 4 }, (_, b) => Array.from({ length: 12 + 4 * b }, (_, i) => VOCAB[(i * (b + 3) + b) % VOCAB.length]));
const edit = fc.tuple(fc.nat(30), fc.constantFrom('swap', 'drop', 'add'), fc.constantFrom(...VOCAB));
const sentence = fc.tuple(fc.nat(BASES.length - 1), fc.array(edit, { maxLength: 3 })).map(([b, edits]) => {
  const w = [...BASES[b]];
  for (const [at, how, word] of edits) {
    const i = at % (w.length + 1);
    if (how === 'add') w.splice(i, 0, word);
    else if (i < w.length) how === 'drop' ? w.splice(i, 1) : (w[i] = word);
  }
  return w.join(' ');
});
const occurrence = fc.record({
  page: fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md'),
  type: fc.constantFrom<ChangeType>('added', 'removed', 'changed'),
  old: sentence,
  new: sentence,
}).map((o): Occurrence => ({ ...o, old: o.type === 'added' ? null : o.old, new: o.type === 'removed' ? null : o.new }));

describe('sameChanges', () => {
  it('finds the groups a comparison with every group would find', () => {
    // a small vocabulary so that many occurrences are near-duplicates of each other
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 60 }), (occ) => {
        expect(sameChanges(occ)).toEqual(reference(occ));
      }),
      { numRuns: 300 },
    );
  });

  it('groups a near-duplicate (one word of twenty) but not a sentence that changed another word', () => {
    const a = 'Important We strongly recommend that you do not use the root user for your everyday tasks even the administrative ones and lock away its credentials.';
    const occ: Occurrence[] = [
      { page: 'a.md', type: 'changed', old: a, new: a.replace('do not', "don't") },
      { page: 'b.md', type: 'changed', old: a.replace('lock away', 'lock up'), new: a.replace('do not', "don't").replace('lock away', 'lock up') },
      { page: 'c.md', type: 'changed', old: a, new: a.replace('everyday', 'daily') },
      { page: 'd.md', type: 'added', old: null, new: '}' },
      { page: 'e.md', type: 'added', old: null, new: '}' },
    ];
    // the braces have no words: never a shared change
    expect(sameChanges(occ)).toEqual([{ members: [0, 1], pages: ['a.md', 'b.md'] }]);
  });

  it('masks each page\'s own product name', () => {
    const occ: Occurrence[] = [
      { page: 'iam/dp', type: 'added', old: null, new: 'Any data that you enter into IAM or other services might get picked up.', names: productNames('iam/dp', 'Data protection in AWS Identity and Access Management') },
      { page: 'devops-guru/dp', type: 'added', old: null, new: 'Any data that you enter into DevOps Guru or other services might get picked up.', names: productNames('devops-guru/dp', 'Data protection in Amazon DevOps Guru') },
    ];
    expect(sameChanges(occ).map((c) => c.pages)).toEqual([['iam/dp', 'devops-guru/dp']]);
    expect(sameChanges(occ.map(({ names: _n, ...o }) => o))).toEqual([]);
  });

  it('needs the pages asked for, not occurrences', () => {
    const twice: Occurrence[] = [
      { page: 'a.md', type: 'added', old: null, new: 'Use MFA.' },
      { page: 'a.md', type: 'added', old: null, new: 'Use MFA.' },
    ];
    expect(sameChanges(twice)).toEqual([]);
    expect(sameChanges(twice, 1)).toEqual([{ members: [0, 1], pages: ['a.md'] }]);
  });
});
