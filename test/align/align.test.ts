import { describe, expect, it } from 'vitest';
import { buildSections } from '../../src/sections/index.js';
import { alignSections } from '../../src/align/index.js';

const pairs = (a: string, b: string) =>
  alignSections(buildSections(a), buildSections(b)).map((p) => [p.old?.heading ?? null, p.new?.heading ?? null, p.how, p.moved]);

const body = (n: number) => `Body ${n} talks about encryption keys, rotation schedule number ${n}, and logging of requests in detail.`;

describe('section alignment', () => {
  it('same headings pair, ignoring case and markup', () => {
    expect(pairs(`# T\n\n## Key Policy\n\n${body(1)}\n`, `# T\n\n## Key *policy*\n\n${body(1)}\n`)).toEqual([
      ['T', 'T', 'intro', false],
      ['Key Policy', 'Key policy', 'heading', false],
    ]);
  });

  it('a renamed section with a similar body is a rename, not remove + add', () => {
    expect(pairs(`# T\n\n## Rotating customer master keys\n\n${body(1)}\n`, `# T\n\n## Rotating AWS KMS keys\n\n${body(1)} Also new words.\n`)).toEqual([
      ['T', 'T', 'intro', false],
      ['Rotating customer master keys', 'Rotating AWS KMS keys', 'similar', false],
    ]);
  });

  it('anchors pair sections whose heading changed completely', () => {
    const a = buildSections('# T\n\n## Old name\n\nshort\n', { 1: 'same-id' });
    const b = buildSections('# T\n\n## Something else\n\nother\n', { 1: 'same-id' });
    expect(alignSections(a, b).map((p) => p.how)).toEqual(['intro', 'anchor']);
  });

  it('unrelated sections are added and removed, removed ones in their old place', () => {
    expect(pairs(`# T\n\n## A\n\n${body(1)}\n\n## Gone\n\nAbout quotas.\n\n## C\n\n${body(3)}\n`, `# T\n\n## A\n\n${body(1)}\n\n## C\n\n${body(3)}\n\n## New\n\nTotally different.\n`)).toEqual([
      ['T', 'T', 'intro', false],
      ['A', 'A', 'heading', false],
      ['Gone', null, null, false],
      ['C', 'C', 'heading', false],
      [null, 'New', null, false],
    ]);
  });

  it('sections that swap places: one of them moved', () => {
    const r = pairs(`# T\n\n## A\n\n${body(1)}\n\n## B\n\n${body(2)}\n\n## C\n\n${body(3)}\n`, `# T\n\n## C\n\n${body(3)}\n\n## A\n\n${body(1)}\n\n## B\n\n${body(2)}\n`);
    expect(r.filter((p) => p[3]).map((p) => p[0])).toEqual(['C']);
  });

  it('flattened levels (text rendering) are not moves', () => {
    const r = pairs(`# T\n\n## A\n\n${body(1)}\n\n### A1\n\n${body(2)}\n`, `# T\n\n## A\n\n${body(1)}\n\n## A1\n\n${body(2)}\n`);
    expect(r.every((p) => p[3] === false && p[2] !== null)).toBe(true);
  });
});
