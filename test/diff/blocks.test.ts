import { describe, expect, it } from 'vitest';
import { buildSections } from '../../src/sections/index.js';
import { diffBlocks, tokenize, wordDiff } from '../../src/diff/index.js';

const blocks = (md: string) => buildSections(`# T\n\n${md}\n`).sections[0].blocks;
const diff = (a: string, b: string) => diffBlocks(blocks(a), blocks(b), { fallbacks: [], where: 'test' });
const brief = (a: string, b: string) => diff(a, b).map((c) => [c.type, c.formatting ? 'fmt' : 'content', c.old, c.new]);

describe('block and sentence diff', () => {
  it('identical content gives nothing', () => {
    expect(diff('- a\n- b\n\nPara.', '- a\n- b\n\nPara.')).toEqual([]);
  });

  it('only the changed sentence of a bullet is reported, word by word', () => {
    const cs = diff('- Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later.', '- Use SSL/TLS to communicate with AWS resources. We require TLS 1.2 and recommend TLS 1.3.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ type: 'changed', old: 'We recommend TLS 1.2 or later.', new: 'We require TLS 1.2 and recommend TLS 1.3.' });
    expect(cs[0].words).toEqual([
      ['=', 'We '],
      ['-', 'recommend'],
      ['+', 'require'],
      ['=', ' TLS 1.2 '],
      ['-', 'or later'],
      ['+', 'and recommend TLS 1.3'],
      ['=', '.'],
    ]);
  });

  it('link targets, emphasis and case are formatting', () => {
    expect(brief('See [the guide](a.md) for **Keys**.', 'See [the guide](https://x/b.html) for keys.')).toEqual([
      ['changed', 'fmt', 'See [the guide](a.md) for **Keys**.', 'See [the guide](https://x/b.html) for keys.'],
    ]);
  });

  it('reordering items inside one list is formatting; moving a paragraph is a move', () => {
    expect(brief('- a1 alpha\n- b2 beta\n- c3 gamma', '- b2 beta\n- a1 alpha\n- c3 gamma').map((c) => [c[0], c[1]])).toEqual([['moved', 'fmt']]);
    expect(brief('First para here.\n\nSecond para here.\n\nThird para here.', 'Second para here.\n\nThird para here.\n\nFirst para here.').map((c) => [c[0], c[1]])).toEqual([['moved', 'content']]);
  });

  it('a paragraph split in two (crawler artefact) is formatting', () => {
    expect(brief('The AWS model applies to data protection. As described here.\n\nNext.', 'The AWS model\n\napplies to data protection. As described here.\n\nNext.').map((c) => [c[0], c[1]])).toEqual([['changed', 'fmt']]);
  });

  it('added and removed blocks', () => {
    // nothing in common: a removal and an addition, not an edit
    expect(brief('- keep this item\n- drop me please', '- keep this item\n- brand new entry')).toEqual([
      ['removed', 'content', 'drop me please', null],
      ['added', 'content', null, 'brand new entry'],
    ]);
    expect(brief('- keep this item\n- rotate keys every year', '- keep this item\n- rotate keys every 3 years')).toEqual([['changed', 'content', 'rotate keys every year', 'rotate keys every 3 years']]);
    expect(brief('Keep.', 'Keep.\n\nA whole new paragraph.')).toEqual([['added', 'content', null, 'A whole new paragraph.']]);
    expect(brief('Keep.\n\nOld paragraph goes.', 'Keep.')).toEqual([['removed', 'content', 'Old paragraph goes.', null]]);
  });

  it('tokens keep versions and identifiers whole', () => {
    expect(tokenize('TLS 1.2, kms:Decrypt us-east-1.')).toEqual(['TLS', ' ', '1.2', ',', ' ', 'kms:Decrypt', ' ', 'us-east-1', '.']);
  });

  it('word diffs are bounded: a long, totally different text falls back with a reason', () => {
    const ctx = { fallbacks: [] as string[], where: 'big' };
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const ops = wordDiff(a, b, ctx);
    expect(ops).toEqual([
      ['-', a],
      ['+', b],
    ]);
    expect(ctx.fallbacks[0]).toMatch(/too different or too long/);
  });
});
