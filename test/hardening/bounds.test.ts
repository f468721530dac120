// Issue 17 bounds (docs/hardening.md, "Bounds"): the same page on both sides is read once and
// not diffed, at any size; hostile nesting is held to a work budget before marked reads it.
// Nothing here times anything: each test checks the shape of what the bound produces.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without types
import { markdownPage } from '../../bench/worst-cases.js';
import { cli } from '../helpers/cli.js';
import type { ChangeReport, RawPage } from '../../src/types.js';
import { compare, compareCanonical, sameSource } from '../../src/pipeline.js';
import { normalize } from '../../src/normalize/index.js';
import { guideTextSides } from '../../src/normalize/text-guided.js';
import { buildSections, sectionsOfModel } from '../../src/sections/index.js';
import { alignSections } from '../../src/align/index.js';
import { buildReport } from '../../src/report/build.js';
import { CLASSIFY_MAX_CHARS, classifyChange, classifyReport } from '../../src/classify/index.js';
import { boundNesting, boundParagraphs, PARAGRAPH_KEEP_CHARS, PARAGRAPH_MAX_CHARS } from '../../src/normalize/markdown.js';
import { DEFAULT_MAX_CANONICAL, safeNormalize } from '../../src/bounded.js';

const dir = mkdtempSync(join(tmpdir(), 'redline-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The report of the full pipeline (alignment, block diffs, rules), without the same-page shortcut. */
function fullPipeline(oldPage: RawPage, newPage: RawPage): ChangeReport {
  const { a, b } = guideTextSides(normalize(oldPage), normalize(newPage));
  const tree = (d: typeof a) => (d.model ? sectionsOfModel(d.model, d.anchors) : buildSections(d.markdown, d.anchors));
  const r = buildReport({ label: a.label, format: a.format, title: a.title }, { label: b.label, format: b.format, title: b.title }, alignSections(tree(a), tree(b), []));
  r.fallbacks = [...r.fallbacks, ...(a.notes ?? []), ...(b.notes ?? [])];
  return classifyReport(r);
}

describe('the same page on both sides: read once, every section unchanged', () => {
  const fixtures = [
    ['test/fixtures/corpus/iam-quotas/live-02.md', 'markdown'],
    ['test/fixtures/corpus/kms-rotate-keys/35-2022-10-03-77d2d8c.md', 'markdown'],
    ['test/fixtures/html/devops-guru-2021.html', 'html'],
    ['test/fixtures/html/minimal-article.html', 'html'],
  ] as const;

  it.each(fixtures)('%s: the same report as the full pipeline (sections, notes named by each side)', (file, format) => {
    const text = readFileSync(file, 'utf8');
    const a: RawPage = { label: 'old', text, format };
    const b: RawPage = { label: 'new', text, format };
    expect(sameSource(a, b)).toBe(true);
    const r = compare(a, b);
    expect(r).toEqual(fullPipeline(a, b));
    expect(r.sections.length).toBeGreaterThan(1);
    expect(r.sections.every((s) => s.status === 'unchanged' && s.changes.length === 0)).toBe(true);
  });

  it('the same canonical page read from different bytes takes the same path (the store compares canonical pages)', () => {
    const text = readFileSync(fixtures[0][0], 'utf8');
    const a = normalize({ label: 'old', text, format: 'markdown' });
    const b = normalize({ label: 'new', text: `${text}\n\n\n`, format: 'markdown' });
    expect(compareCanonical(a, b)).toEqual(fullPipeline({ label: 'old', text, format: 'markdown' }, { label: 'new', text: `${text}\n\n\n`, format: 'markdown' }));
  });

  it('different --select or format is not the same source', () => {
    const p: RawPage = { label: 'a', text: '<h1>T</h1>', format: 'html' };
    expect(sameSource(p, { ...p, select: 'main' })).toBe(false);
    expect(sameSource(p, { ...p, format: 'text' })).toBe(false);
    expect(sameSource(p, { ...p, remove: ['nav'] })).toBe(false);
  });

  it(`a 7 MB page against itself (past the ${DEFAULT_MAX_CANONICAL / 1048576} MB coarse-diff limit): exit 0, every section listed unchanged, no fallback`, () => {
    const page = markdownPage(7 * 1024 * 1024, 71) as string;
    const file = join(dir, 'p7.md');
    writeFileSync(file, page);
    const r = cli(['diff', file, file, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ChangeReport;
    // before: the coarse block diff ("page too large for section alignment"), no section list
    expect(report.fallbacks).toEqual([]);
    expect(report.summary.severity).toBe('none');
    expect(report.sections.length).toBe(page.split('\n').filter((l) => /^#{1,6} /.test(l)).length);
    expect(report.sections.every((s) => s.status === 'unchanged')).toBe(true);
  });
});

describe('nesting work budget (3,000 lines each one block quote deeper read in 770 MB before)', () => {
  const markers = (line: string) => /^(?:\s*>)*/.exec(line)![0].replace(/\s/g, '').length;
  const quotes = (n: number) => Array.from({ length: n }, (_, k) => `${'>'.repeat(k + 1)} quoted line ${k + 1}`).join('\n');

  it('a small page keeps 48 container markers on a line', () => {
    expect(boundNesting(`${'> '.repeat(60)}x`)).toBe(`${'> '.repeat(48)}\\${'> '.repeat(12)}x`);
    const q = quotes(100);
    expect(Math.max(...boundNesting(q).split('\n').map(markers))).toBe(48);
  });

  it('3,000 lines: the marker cap drops so that markers x length stays within 8 times the page', () => {
    const q = quotes(3000);
    const lines = boundNesting(q).split('\n');
    const cap = Math.max(...lines.map(markers));
    expect(cap).toBeLessThan(48);
    expect(cap).toBeGreaterThanOrEqual(8);
    // (measured without the escaping backslash, as the budget is taken before it is added)
    const work = lines.reduce((sum, l) => sum + markers(l) * (l.replace('\\', '').length + 1), 0);
    expect(work).toBeLessThanOrEqual(Math.max(8 * q.length, 8 * 1024 * 1024));
    // every line kept, the text after the escaped marker kept
    expect(lines).toHaveLength(3000);
    expect(lines[2999].endsWith('quoted line 3000')).toBe(true);
  });

  it('fenced code is never touched', () => {
    const q = '```\n' + quotes(3000) + '\n```\n';
    expect(boundNesting(q)).toBe(q);
  });
});

describe('a change with megabytes of text is not read by the rules', () => {
  const big = (word: string) => `We require TLS 1.2 for ${word}. `.repeat(Math.ceil(CLASSIFY_MAX_CHARS / 30) + 1);
  const ctx = (notes: string[]) => ({ heading: 'Security', path: null, sectionStatus: 'modified' as const, notes });

  it(`over ${CLASSIFY_MAX_CHARS / 1048576} MB on one side: medium, not classified, noted`, () => {
    const notes: string[] = [];
    const text = big('clients');
    expect(text.length).toBeGreaterThan(CLASSIFY_MAX_CHARS);
    const out = classifyChange({ type: 'changed', old: text, new: `${text}x`, category: 'content', severity: 'low', summary: '' }, ctx(notes));
    expect(out).toMatchObject({ severity: 'medium', summary: 'Changed (over 2 MB of text: not classified)', rules: [] });
    expect(notes).toEqual(['a change over 2 MB of text was not classified (shown as medium)']);
  });

  it('a change just under the limit is classified by the rules', () => {
    const notes: string[] = [];
    const out = classifyChange({ type: 'changed', old: 'We require TLS 1.2 for clients.', new: 'We require TLS 1.3 for clients.', category: 'content', severity: 'low', summary: '' }, ctx(notes));
    expect(out.rules?.length).toBeGreaterThan(0);
    expect(notes).toEqual([]);
  });
});

describe('a paragraph of megabytes is cut before marked (its regexes overflowed at about 8.5 MB)', () => {
  const line = (k: number) => `${'> '.repeat(8)}line ${k} says TLS 1.${k % 4} ${'word '.repeat(60)}`;
  const page = `# Long\n\n${Array.from({ length: 16000 }, (_, k) => line(k)).join('\n')}\n\nAfter.\n`;
  it('marked is given at most PARAGRAPH_KEEP_CHARS of the run; the rest are plain lines', () => {
    const parts = boundParagraphs(page)!;
    expect(parts).not.toBeNull();
    expect(page.length).toBeGreaterThan(PARAGRAPH_MAX_CHARS);
    const md = parts.filter((p): p is { markdown: string } => 'markdown' in p);
    expect(md.reduce((m, p) => Math.max(m, p.markdown.length), 0)).toBeLessThanOrEqual(PARAGRAPH_KEEP_CHARS + 100);
    expect(parts.map((p) => ('markdown' in p ? p.markdown : p.plain.join('\n'))).join('')).toBe(page);
    expect(boundParagraphs('# Short\n\nA paragraph.\n')).toBeNull();
  });
  it('says so in the report fallbacks', () => {
    const fallbacks: string[] = [];
    safeNormalize({ label: 'old', text: page, format: 'markdown' }, fallbacks);
    expect(fallbacks.some((f) => /over 4 MB without a blank line/.test(f))).toBe(true);
  });
});
