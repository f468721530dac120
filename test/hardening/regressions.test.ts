// The bugs the hardening work found, each as the smallest input that showed it (in-process, fast).
// The CLI-level versions are in bad-input.test.ts and network.test.ts.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { boundNesting } from '../../src/normalize/markdown.js';
import { decode, decodeWith } from '../../src/read/index.js';
import { escapeJsonControls } from '../../src/util/sanitize.js';
import { compare } from '../../src/pipeline.js';
import { renderChangelogJson } from '../../src/present/changelog.js';
import type { Format } from '../../src/types.js';

const norm = (text: string, f: Format) => normalizeText(text, f).markdown;
const idempotent = (text: string, f: Format) => {
  const once = norm(text, f);
  expect(norm(once, 'markdown')).toBe(once);
  return once;
};

describe('normalize: found by the property tests', () => {
  it('a tab in whole-page text read as code is expanded as in Markdown ("\\u0000\\t[x](y)" kept its tab, which the Markdown pass made four spaces)', () => {
    expect(idempotent('\u0000\t[x](y)', 'text')).toBe('```\n\u0000    [x](y)\n```\n');
    expect(idempotent('Run this:\n\n\tls -l\n\tcd /tmp\n', 'text')).not.toMatch(/\t/);
  });

  it('a code span padded with two spaces is a fixed point ("`  ls  `" gave "` ls `", then "`ls`")', () => {
    expect(idempotent('Run `  ls  ` now', 'markdown')).toBe('Run `ls` now\n');
    expect(idempotent('<code><ol start="-5">!', 'html')).toBe('`!`\n');
    expect(idempotent('Run `` ` `` now', 'markdown')).toBe('Run `` ` `` now\n');
  });

  it('an inline tag that writes nothing does not change how its neighbours are escaped ("a</b>_a")', () => {
    expect(idempotent('a</b>_a', 'markdown')).toBe('a_a\n');
    expect(idempotent('a[](x)_a', 'markdown')).toBe('a_a\n');
    expect(idempotent('a<a name="q"></a>_a', 'markdown')).toBe('a_a\n');
    expect(idempotent('x _a_ y', 'markdown')).toBe('x *a* y\n');
  });

  it('link destinations with an unbalanced parenthesis, a backslash or a leading "<" stay links', () => {
    // found by test/normalize/idempotence's Markdown property (random seeds): `[a](\()` was written
    // `[a](()`, which reads back as text; encodeURIComponent leaves parentheses alone
    expect(idempotent('[a](\\()', 'markdown')).toBe('[a](\\()\n');
    expect(idempotent('[a](\\ )', 'markdown')).toBe('[a](\\\\)\n');
    expect(idempotent('[x](\\<)', 'markdown')).toBe('[x](\\<)\n');
    expect(idempotent('![i](<(>)', 'markdown')).toBe('![i](\\()\n');
    expect(idempotent('[x](https://e.com/a_(b))', 'markdown')).toBe('[x](https://e.com/a_(b))\n');
    // a `[` inside a code span of two backticks ended the link text on the next read
    expect(idempotent('[`,``[ ` ]](x)', 'markdown')).toBe('```,``[ ``` \\]\n');
  });

  it('a table row outside any table (inside <math>/<svg>) no longer crashes turndown\'s gfm plugin', () => {
    // was: TypeError "Invalid value used as weak map key" -> "redline: internal error"
    expect(idempotent('<math class="x"><tr class="x">Data data data.', 'html')).toBe('Data data data.\n');
    expect(idempotent('<math><thead><tr><th>x</th></tr></thead></math>', 'html')).toBe('x\n');
  });
});

describe('normalize: hostile nesting', () => {
  it('emphasis wrapped around blocks keeps the blocks, without stray "**" paragraphs', () => {
    expect(idempotent('<main><h1>T</h1><b><p>inner text 1.2</p><p>second</p></b></main>', 'html')).toBe('# T\n\ninner text 1.2\n\nsecond\n');
    const deep = `<main><h1>Deep</h1>${'<div><span><b>'.repeat(4000)}<p>inner text 1.2</main>`;
    expect(idempotent(deep, 'html')).toBe('# Deep\n\ninner text 1.2\n');
    // ordinary emphasis is untouched
    expect(norm('<p>Some <b>bold</b>, <i>it</i> and <s>gone</s>.</p>', 'html')).toBe('Some **bold**, *it* and ~~gone~~.\n');
  });

  // marked recursed once per level: 2,000 levels overflowed the stack ("internal error: Maximum call
  // stack size exceeded"), and a list indented one level per line took minutes (3,000 lines > 60 s).
  it.each([
    ['block quotes', (n: number) => `# D\n\n${'>'.repeat(n)} x\n`],
    ['spaced block quotes', (n: number) => `# D\n\n${'> '.repeat(n)}x\n`],
    ['bullets on one line', (n: number) => `# D\n\n${'- '.repeat(n)}x\n`],
    ['numbered items on one line', (n: number) => `# D\n\n${'1. '.repeat(n)}x\n`],
    ['emphasis', (n: number) => `# D\n\n${'*'.repeat(n)}x${'*'.repeat(n)}\n`],
    ['mixed containers', (n: number) => `# D\n\n${'> - 1. '.repeat(n / 3)}x\n`],
  ])('Markdown %s 10,000 deep: bounded, text kept, idempotent', (_name, make) => {
    const once = idempotent(make(10_000), 'markdown');
    expect(once).toMatch(/x/);
    expect(once.startsWith('# D\n')).toBe(true);
  });

  it('a list indented one more level on every line (3,000 lines) is read in bounded time', () => {
    const md = '# D\n\n' + Array.from({ length: 3000 }, (_, i) => '  '.repeat(i) + '- item ' + i).join('\n') + '\n';
    const once = idempotent(md, 'markdown');
    expect(once).toContain('item 2999');
  });

  it('rendered text with each bullet one level deeper than the last (5,000): no stack overflow, idempotent', () => {
    // was: RangeError "Maximum call stack size exceeded" (internal error)
    const text = 'Guide - Service\n\n' + Array.from({ length: 5000 }, (_, i) => ' '.repeat(i) + '• item ' + i).join('\n') + '\n';
    const once = idempotent(text, 'text');
    expect(once).toContain('item 4999');
    // 32 levels kept, the rest are items of the deepest list
    expect(Math.max(...once.split('\n').map((l) => /^ */.exec(l)![0].length))).toBe(62);
  });

  it('boundNesting leaves ordinary pages and fenced code alone', () => {
    const page = '# T\n\n> quote\n> - item\n>   1. nested\n\n```\n' + ' '.repeat(300) + '- deep code\n' + '> '.repeat(60) + '\n```\n';
    expect(boundNesting(page)).toBe(page);
    expect(boundNesting('- '.repeat(60) + 'x')).toBe('- '.repeat(48) + '\\' + '- '.repeat(12) + 'x');
    expect(boundNesting(' '.repeat(300) + 'x')).toBe(' '.repeat(256) + 'x');
  });
});

describe('read: windows-1252 (Node >= 20.18.3 decodes 0x80-0x9F as C1 controls, nodejs/node#60888)', () => {
  it('decodes latin1 / iso-8859-1 / windows-1252 pages as browsers do', () => {
    const bytes = Buffer.from([0x93, 0x51, 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0x99, 0x20, 0xe9, 0x20, 0x81]);
    for (const label of ['windows-1252', 'ISO-8859-1', 'latin1', 'us-ascii', 'cp1252']) expect(decodeWith(bytes, label)).toBe('“Q” – € ™ é \u0081');
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'), bytes.subarray(0, 12), Buffer.from('</p></body></html>')]);
    expect(decode(page, 'p.html')).toContain('<p>“Q” – € ™ é </p>');
  });
});

describe('report: JSON leaves no terminal controls raw', () => {
  it('escapes DEL, C1 and bidi overrides, and stays the same JSON value', () => {
    const v = { s: 'a\x7fb\x9b31m\u202eevil\u202c\u2066x\u2069 \x1b[0m ok é 東京 🔒' };
    const raw = JSON.stringify(v);
    const safe = escapeJsonControls(raw);
    expect(safe).toBe('{"s":"a\\u007fb\\u009b31m\\u202eevil\\u202c\\u2066x\\u2069 \\u001b[0m ok é 東京 🔒"}');
    expect(JSON.parse(safe)).toEqual(v);
  });

  it('a page of nothing but markup still diffs (no throw)', () => {
    const r = compare({ label: 'a', text: '<<<<>>>>'.repeat(1000), format: 'html' }, { label: 'b', text: '*_`[]'.repeat(2000), format: 'markdown' });
    expect(r.schemaVersion).toBe(1);
  });
});

describe('found here, fixed in classify and changelog by their owners', () => {
  // classify/analysis.ts versionChanges: every added block re-reads every removed block of its
  // section (siblings), so a section of n changed paragraphs costs n^2: 2,000 paragraphs 8.6 s,
  // 4,000 42 s, 20,000 (0.7 MB) over two minutes; diff/ has already fallen back by then.
  it('a section of 4,000 changed paragraphs compares (classify skips cross-block version facts past 10,000 block pairs)', () => {
    const para = (k: number, tag: string) => Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} ${tag} supports TLS 1.${i % 3} and quota ${i * k}.`).join('\n\n');
    const r = compare({ label: 'a', text: `# T\n\n${para(1, 'alpha')}\n`, format: 'markdown' }, { label: 'b', text: `# T\n\n${para(7, 'beta')}\n`, format: 'markdown' });
    expect(r.sections).toHaveLength(1);
    expect(r.sections[0].changes.length).toBeGreaterThan(0);
  });
  // `redline changelog --format json` (present/changelog.ts) writes DEL, C1 controls and bidi
  // overrides raw; escapeJsonControls (util/sanitize.ts) is what diff uses.
  it('changelog JSON escapes DEL, C1 and bidi overrides like the diff JSON', () => {
    const hostile = 'Keys\u007f\u009b31m\u202egnp.exe';
    const text = renderChangelogJson({ schemaVersion: 1, since: null, until: null, now: '2026-01-01T00:00:00Z', pages: [{ id: 'p', title: hostile, url: null }], days: [], groups: [] } as unknown as Parameters<typeof renderChangelogJson>[0]);
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    // escaped, not lost: the parsed JSON holds the exact title
    expect((JSON.parse(text) as { pages: { title: string }[] }).pages[0].title).toBe(hostile);
  });
});
