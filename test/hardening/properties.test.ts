// Property tests over generated documentation pages (test/hardening/model.ts) and over garbage:
// what must hold for every input, not only for the examples we thought of.
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { compare, compareCanonical } from '../../src/pipeline.js';
import { normalize, normalizeText } from '../../src/normalize/index.js';
import { decode, detectFormat } from '../../src/read/index.js';
import { renderReport, reportCode } from '../../src/cli/index.js';
import { hasChanges } from '../../src/classify/index.js';
import { renderText } from '../../src/present/text.js';
import { renderMarkdown } from '../../src/present/markdown.js';
import { escapeJsonControls } from '../../src/util/sanitize.js';
import { UserError, type ChangeReport, type Format } from '../../src/types.js';
import { doc, sentence, sentenceText, toHtml, toMarkdown, toText, type Doc, type Sentence } from './model.js';

/** HARDENING_RUNS=10 multiplies every numRuns (a longer bug hunt); seeds print on failure. */
const runs = (n: number) => Math.round(n * Number(process.env.HARDENING_RUNS ?? 1));

const page = (text: string, format: Format, label = format) => ({ label, text, format });
const diff = (a: string, af: Format, b: string, bf: Format): ChangeReport => compare(page(a, af, 'old'), page(b, bf, 'new'));

/** What a reader would call a change: anything but formatting-only differences. */
function contentChanges(r: ChangeReport): string[] {
  return r.sections.flatMap((s) =>
    s.changes.filter((c) => !c.formatting).map((c) => `${s.status} ${s.newHeading ?? s.oldHeading}: ${c.type} ${JSON.stringify(c.old)} -> ${JSON.stringify(c.new)}`),
  );
}

/** The exit code `redline diff` gives for a report (0 no changes, 1 changes), and its JSON. */
function exitOf(r: ChangeReport): { code: number; json: string } {
  return { code: reportCode(r, undefined), json: renderReport(r, { format: 'json' }, false) };
}

const mdOptions = fc.record({ wrap: fc.constantFrom(null, 40, 72), bullet: fc.constantFrom('-' as const, '*' as const, '+' as const) });
const htmlOptions = fc.record({ shell: fc.boolean(), ids: fc.boolean() });

// Raw control characters a terminal acts on: C0 except tab/newline, DEL, C1, bidi overrides/isolates.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('generated pages', () => {
  it('identical inputs give no changes and exit 0 (Markdown, HTML, text)', async () => {
    await fc.assert(
      fc.asyncProperty(doc, mdOptions, htmlOptions, async (d, mo, ho) => {
        for (const [text, f] of [
          [toMarkdown(d, mo), 'markdown'],
          [toHtml(d, ho), 'html'],
          [toText(d), 'text'],
        ] as const) {
          const r = diff(text, f, text, f);
          expect(contentChanges(r), f).toEqual([]);
          expect(r.sections.every((s) => s.status === 'unchanged'), f).toBe(true);
          expect(hasChanges(r)).toBe(false);
          expect((await exitOf(r)).code).toBe(0);
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it('normalize is idempotent on HTML and on rendered text (Markdown: test/normalize/idempotence)', () => {
    fc.assert(
      fc.property(doc, htmlOptions, (d, ho) => {
        for (const [text, f] of [
          [toHtml(d, ho), 'html'],
          [toText(d), 'text'],
        ] as const) {
          const once = normalizeText(text, f).markdown;
          expect(normalizeText(once, 'markdown').markdown, f).toBe(once);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('the same content as Markdown and as HTML (ours, bare or in a docs-site shell, and marked.parse) gives no changes', async () => {
    await fc.assert(
      fc.asyncProperty(doc, mdOptions, htmlOptions, async (d, mo, ho) => {
        const md = toMarkdown(d, mo);
        const html = toHtml(d, ho);
        const canonical = normalizeText(md, 'markdown').markdown;
        expect(normalizeText(html, 'html').markdown).toBe(canonical);
        expect(normalizeText(marked.parse(md, { async: false, gfm: true }), 'html').markdown, 'marked.parse').toBe(canonical);
        const r = diff(md, 'markdown', html, 'html');
        expect(contentChanges(r)).toEqual([]);
        expect((await exitOf(r)).code).toBe(0);
      }),
      { numRuns: runs(60) },
    );
  });

  it('reordering sections gives only moves', () => {
    const reordered = doc
      .filter((d) => d.sections.length >= 2)
      .chain((d) => fc.shuffledSubarray(d.sections, { minLength: d.sections.length, maxLength: d.sections.length }).map((s): [Doc, Doc] => [d, { ...d, sections: s }]));
    fc.assert(
      fc.property(reordered, fc.constantFrom<Format>('markdown', 'html'), ([a, b], f) => {
        const render = f === 'markdown' ? (x: Doc) => toMarkdown(x) : (x: Doc) => toHtml(x, { shell: true });
        const r = diff(render(a), f, render(b), f);
        for (const s of r.sections) {
          expect(['unchanged', 'moved'], `${s.status} ${s.newHeading}`).toContain(s.status);
          for (const c of s.changes) expect(c.type === 'moved' || c.formatting, JSON.stringify(c)).toBe(true);
        }
        const order = (d: Doc) => d.sections.map((s) => s.heading).join('|');
        if (order(a) !== order(b)) expect(r.summary.moved).toBeGreaterThan(0);
        else expect(r.summary.moved).toBe(0);
        expect(r.summary).toMatchObject({ added: 0, removed: 0, modified: 0, renamed: 0 });
      }),
      { numRuns: runs(60) },
    );
  });

  it("applying a change's word ops rebuilds the new sentence ('=' '+') and the old one ('=' '-')", () => {
    // one sentence edited per section: words replaced, inserted or deleted
    const edit = (s: Sentence) =>
      fc
        .array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), sentence), { minLength: 1, maxLength: 3 })
        .map((ops) => {
          const out = [...s];
          for (const [at, op, src] of ops) {
            const i = 1 + (at % Math.max(1, out.length - 1));
            if (op === 'replace' && i < out.length - 1) out[i] = src[1];
            else if (op === 'insert') out.splice(i, 0, src[1]);
            else if (op === 'delete' && out.length > 3 && i < out.length - 1) out.splice(i, 1);
          }
          return out;
        });
    const pair = doc.chain((d) =>
      fc
        .tuple(...d.sections.map(() => fc.tuple(sentence, sentence).chain(([s, next]) => edit(s).map((e): [Sentence, Sentence, Sentence] => [s, e, next]))))
        .map((edits) => {
          const side = (k: 0 | 1): Doc => ({
            ...d,
            sections: d.sections.map((s, i) => ({ heading: s.heading, blocks: [{ kind: 'p', sentences: [edits[i][2]] }, { kind: 'p', sentences: [edits[i][k], edits[i][2]] }, ...s.blocks] })),
          });
          return [side(0), side(1)] as const;
        }),
    );
    fc.assert(
      fc.property(pair, fc.constantFrom<Format>('markdown', 'html'), ([a, b], f) => {
        const render = f === 'markdown' ? (x: Doc) => toMarkdown(x) : (x: Doc) => toHtml(x);
        const r = diff(render(a), f, render(b), f);
        let seen = 0;
        for (const s of r.sections) {
          for (const c of s.changes) {
            if (!c.words) continue;
            seen++;
            const rebuilt = (keep: string) => c.words!.filter(([op]) => op === '=' || op === keep).map(([, t]) => t).join('');
            expect(rebuilt('+'), JSON.stringify(c)).toBe(c.new);
            expect(rebuilt('-'), JSON.stringify(c)).toBe(c.old);
          }
        }
        // an edit of words (not only of emoji or punctuation, which compare as formatting) shows up
        const words = (d: Doc, i: number) => sentenceText((d.sections[i].blocks[1] as { sentences: Sentence[] }).sentences[0]).replace(/[^\p{L}\p{N}]+/gu, ' ').toLowerCase();
        if (a.sections.some((_s, i) => words(a, i) !== words(b, i))) expect(seen).toBeGreaterThan(0);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('nothing throws, nothing raw reaches a terminal', () => {
  /** Every presenter over a report: no raw control characters anywhere but \n (and \t in text). */
  function presentersAreClean(r: ChangeReport): void {
    const text = renderText(r, { color: false });
    const md = renderMarkdown(r);
    const json = escapeJsonControls(JSON.stringify(r, null, 2));
    for (const [name, out] of [
      ['text', text],
      ['markdown', md],
      ['json', json],
    ]) {
      const bad = RAW_CONTROL.exec(out);
      expect(bad, `${name}: raw U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')}`).toBeNull();
    }
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(r)));
  }

  const controls = fc.constantFrom('\x1b[31m', '\x1b]52;c;ZXZpbA==\x07', '\x07', '\x9b31m', '\x85', '\u202e', '\u2066', '\x7f', '\x00', '\r', '\t', '\u200b', '\ufeff');
  const hostileText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 }), controls, fc.constantFrom('\n', '\n\n', '# ', '## ', '- ', '> ', '| a | b |\n| - | - |\n', '```\n', '<div>', '</p>', '**', '_', '[x](y)')), { maxLength: 40 }).map((a) => a.join(''));

  it('arbitrary unicode strings with control characters: every format normalizes, diffs and renders cleanly', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.constantFrom<Format>('markdown', 'html', 'text'), (a, b, f) => {
        const r = diff(a, f, b, f);
        presentersAreClean(r);
        // and normalize is a fixed point on whatever it made of it
        const once = normalizeText(b, f).markdown;
        expect(normalizeText(once, 'markdown').markdown).toBe(once);
      }),
      { numRuns: runs(150) },
    );
  });

  it('random bytes: decode either gives text or refuses with a UserError; the text goes through the pipeline', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let text: string;
        try {
          text = decode(Buffer.from(bytes), 'random.bin');
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          expect((e as Error).message).toMatch(/^random\.bin: (binary input|input is not valid|unsupported character encoding)/);
          return;
        }
        const f = detectFormat(text, 'random.bin');
        const r = compareCanonical(normalize(page(text, f)), normalize(page('', f)));
        presentersAreClean(r);
      }),
      { numRuns: runs(300) },
    );
  });

  it('random HTML tag soup (unclosed, misnested, deep) normalizes, stays idempotent and diffs', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'b', 'i', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'pre', 'code', 'blockquote', 'main', 'nav', 'footer', 'script', 'style', 'br', 'img', 'dl', 'dt', 'dd', 'del', 'sup', 'form', 'select', 'option', 'template', 'svg', 'math', 'iframe', 'noscript', 'textarea', 'title');
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      tag.map((t) => `<${t} class="x" id="y">`),
      fc.constantFrom('<a href="javascript:alert(1)">', '<!-- c -->', '<!DOCTYPE html>', '&amp;', '&lt;', '&#0;', '&#x1b;', '&bogus;', '<![CDATA[x]]>', '<?php ?>', '<td colspan="99999">', '<ol start="-5">', '<li value="1e9">'),
      fc.string({ unit: 'grapheme', maxLength: 15 }),
      sentence.map(sentenceText),
    );
    const soup = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(soup, soup, (a, b) => {
        const once = normalizeText(a, 'html').markdown;
        expect(normalizeText(once, 'markdown').markdown).toBe(once);
        presentersAreClean(diff(a, 'html', b, 'html'));
      }),
      { numRuns: runs(200) },
    );
  });
});
