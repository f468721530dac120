// The Markdown reader reuses marked's tokens for chunks and inline runs it has seen (the old and
// new versions of a page share most of their text). Reuse must never change a result: every page
// reads the same with the caches cleared as after any other pages, whatever their order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { clearChunkCache, markdownTitle, splitChunks } from '../../src/normalize/markdown.js';

const runs = (n: number) => Math.round(n * Number(process.env.HARDENING_RUNS ?? 1));

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (f.endsWith('.md')) out.push(p);
  }
  return out;
}

const fresh = (text: string) => {
  clearChunkCache();
  return normalizeText(text, 'markdown');
};
const same = (a: ReturnType<typeof normalizeText>, b: ReturnType<typeof normalizeText>) => {
  expect(b.markdown).toBe(a.markdown);
  expect(b.title).toBe(a.title);
  expect(b.anchors).toEqual(a.anchors);
  expect(JSON.stringify(b.model)).toBe(JSON.stringify(a.model));
};

describe('token reuse in the Markdown reader', () => {
  const files = [...markdownFiles('test/fixtures'), ...markdownFiles('snapshots')];
  const texts = files.map((f) => readFileSync(f, 'utf8'));

  it('reads every fixture page the same fresh and after all the others, in either order', () => {
    expect(files.length).toBeGreaterThan(40);
    const want = texts.map(fresh);
    for (const order of [texts.map((_, i) => i), texts.map((_, i) => texts.length - 1 - i)]) {
      clearChunkCache();
      for (const i of order) same(want[i], normalizeText(texts[i], 'markdown'));
    }
  });

  it('chunks join back into the page, and pages with link definitions or raw HTML blocks are read whole', () => {
    for (const t of texts) {
      const c = splitChunks(t);
      if (c) expect(c.join('')).toBe(t);
    }
    expect(splitChunks('Intro.\n\n[a]: https://example.com\n\nSee [a].\n')).toBeNull();
    expect(splitChunks('Intro.\n\n<pre>\nx\n\ny\n</pre>\n')).toBeNull();
    expect(splitChunks('Intro.\n\n- one\n\n- two\n\n  more\n\nEnd.\n')).toEqual(['Intro.\n\n- one\n\n- two\n\n  more\n\n', 'End.\n']);
    expect(splitChunks('A.\n\n```\ncode\n\nNot a cut\n```\n\nB.\n')).toEqual(['A.\n\n', '```\ncode\n\nNot a cut\n```\n\n', 'B.\n']);
  });

  it('a link inside link text reads the same after the inner link was seen alone (lexer state is part of the key)', () => {
    const inner = 'See [GetFederationToken](https://a.example/x) now.\n';
    const outer = 'See [[GetFederationToken](https://a.example/x) now](https://b.example/y).\n';
    const want = fresh(outer);
    fresh(inner);
    same(want, normalizeText(outer, 'markdown'));
  });

  // pages built from the pieces that change how Markdown lexes: links in links, emphasis,
  // code, escapes, raw HTML, autolinks, lists, quotes, tables, fences, headings
  const piece = fc.constantFrom(
    'word', 'Key', ' ', ' ', '\n', '\n\n', '[', ']', '(', ')', '[a](https://x.example/a)', '](https://y.example/b)', '*', '**', '_', '`', '\\', '\\.',
    '<a name="n"></a>', '<a href="z">', '</a>', '<b>', '<pre>', '</pre>', 'https://www.example.com', 'user@example.com', '- ', '1. ', '> ', '# ', '## ',
    '| a | b |\n| --- | --- |\n| 1 | 2 |', '```\n', '~~', '&amp;', '    ', '[x]', '[ ] ',
  );
  const pageText = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));

  it('property: any page reads the same fresh and after another page that shares pieces of it', () => {
    fc.assert(
      fc.property(pageText, pageText, pageText, (a, shared, b) => {
        const A = `${a}\n\n${shared}\n`;
        const B = `${shared}\n\n${b}\n`;
        const want = fresh(B);
        fresh(A);
        same(want, normalizeText(B, 'markdown'));
      }),
      { numRuns: runs(300) },
    );
  });

  it('markdownTitle, read from the first chunks, is the title a full read gives (or undefined)', () => {
    let told = 0;
    for (const t of texts) {
      const title = markdownTitle(t);
      if (title === undefined) continue;
      told++;
      expect(title).toBe(fresh(t).title);
    }
    expect(told).toBeGreaterThan(texts.length * 0.8);
    const heads = fc.constantFrom('# A title\n\n', 'Setext\n===\n\n', '<h1>HTML title</h1>\n\n', '## Not a title\n\n', '---\ntitle: Front\n---\n', '---\n\n', '', '> # quoted\n\n', '- # in a list\n\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(heads, pageText.map((p) => `${p}\n\n`)), { maxLength: 12 }), (parts) => {
        const page = parts.join('');
        const title = markdownTitle(page);
        if (title !== undefined) expect(title).toBe(fresh(page).title);
      }),
      { numRuns: runs(500) },
    );
  });
});
