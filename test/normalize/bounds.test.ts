// Linear-time replacements for regexes that are quadratic on hostile text, and the bound on
// emphasis markers per inline run (marked scans ahead from each one).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceComments, replaceTags } from '../../src/util/text.js';
import { boundInline, INLINE_MARKER_LIMIT, takeInlineBounded } from '../../src/normalize/markdown.js';
import { normalizeText } from '../../src/normalize/index.js';
import { safeNormalize } from '../../src/bounded.js';

const runs = (n: number) => Math.round(n * Number(process.env.HARDENING_RUNS ?? 1));
const soup = fc.array(fc.constantFrom('<', '>', '<!--', '-->', '--', '!', 'a', ' ', '\n', '<b>', '</b>'), { maxLength: 40 }).map((p) => p.join(''));

describe('linear tag and comment stripping', () => {
  it('replaceTags gives what /<[^>]*>/g gives (property)', () => {
    fc.assert(fc.property(soup, fc.constantFrom('', ' '), (s, by) => {
      expect(replaceTags(s, by)).toBe(s.replace(/<[^>]*>/g, by));
    }), { numRuns: runs(3000) });
  });

  it('replaceComments gives what /<!--[\\s\\S]*?-->/g gives (property)', () => {
    fc.assert(fc.property(soup, fc.constantFrom('', ' '), (s, by) => {
      expect(replaceComments(s, by)).toBe(s.replace(/<!--[\s\S]*?-->/g, by));
    }), { numRuns: runs(3000) });
  });
});

describe('emphasis markers per inline run', () => {
  it('leaves ordinary text alone, escapes the markers of a run past the limit (not escapes already there)', () => {
    const ok = `${'*a* '.repeat(INLINE_MARKER_LIMIT / 2)}`;
    expect(boundInline(ok)).toBe(ok);
    const many = `\\* ${'_a'.repeat(INLINE_MARKER_LIMIT + 1)}`;
    expect(boundInline(many)).toBe(`\\* ${'\\_a'.repeat(INLINE_MARKER_LIMIT + 1)}`);
    const tags = `${'<x '.repeat(INLINE_MARKER_LIMIT + 1)}*b*`;
    expect(boundInline(tags)).toBe(`${'\\<x '.repeat(INLINE_MARKER_LIMIT + 1)}*b*`);
  });

  it('a paragraph past the limit reads as its text, idempotently, and safeNormalize says why', () => {
    const para = `Intro ${'_a_'.repeat(800)} end.`;
    const doc = normalizeText(`# T\n\n${para}\n\nA *kept* emphasis.\n`, 'markdown');
    expect(doc.model!.blocks[1]).toMatchObject({ type: 'paragraph', plain: `Intro ${'_a_'.repeat(800)} end.` });
    expect(doc.markdown).toContain('A *kept* emphasis.');
    expect(normalizeText(doc.markdown, 'markdown').markdown).toBe(doc.markdown);
    const notes: string[] = [];
    takeInlineBounded();
    safeNormalize({ label: 'p.md', text: `# T\n\n${para}\n`, format: 'markdown' }, notes);
    expect(notes).toEqual(['a paragraph, list item or cell has over 1,000 emphasis markers or `<`: they were read as plain text']);
    const none: string[] = [];
    safeNormalize({ label: 'q.md', text: '# T\n\nA *normal* page.\n', format: 'markdown' }, none);
    expect(none).toEqual([]);
  });
});
