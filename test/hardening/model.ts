// A small documentation-page model for property tests: a title, an intro, sections with headings,
// paragraphs of words (versions, numbers, punctuation, non-Latin words), bullet and numbered
// lists and tables; rendered as Markdown, as HTML (optionally inside a docs-site shell with
// navigation, sidebar and footer) and as rendered plain text.
import fc from 'fast-check';

/** One inline piece of a sentence. */
export type Word = { t: 'w'; s: string } | { t: 'strong'; s: string } | { t: 'link'; s: string; href: string };
export type Sentence = Word[];
export type Block =
  | { kind: 'p'; sentences: Sentence[] }
  | { kind: 'ul' | 'ol'; items: Sentence[] }
  | { kind: 'table'; header: string[]; rows: string[][] };
export interface Section {
  heading: string;
  blocks: Block[];
}
export interface Doc {
  title: string;
  intro: Block[];
  sections: Section[];
}

const PLAIN = [
  'data', 'encryption', 'keys', 'service', 'request', 'account', 'region', 'bucket', 'policy', 'access',
  'the', 'a', 'to', 'of', 'and', 'for', 'with', 'users', 'must', 'should', 'recommend', 'require', 'use',
  'supports', 'version', 'limit', 'per', 'second', 'minutes', 'default', 'enabled', 'rotation', 'client',
  'café', 'naïve', 'Zürich', '東京', 'données', 'مفتاح', 'R&D',
];
const SPECIAL = ['TLS 1.2', '1.3', 'v2.3.1', '5,000', '10', '99.9%', '$0.023', 'us-east-1', 'kms:Decrypt', 'AES-256', '(optional)', 'e.g.', '🔒', '"quoted"', "it's", '2023-05-01'];
const CAPS = ['Data', 'Encryption', 'Keys', 'Users', 'Requests', 'Accounts', 'Clients', 'Policies', 'Rotation', 'Access', 'Limits', 'Quotas', 'Logging', 'Regions', 'Tokens', 'Backups'];

const plainWord = fc.constantFrom(...PLAIN);
const anyWord = fc.oneof({ weight: 5, arbitrary: plainWord }, { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) });
const word: fc.Arbitrary<Word> = fc.oneof(
  { weight: 12, arbitrary: anyWord.map((s): Word => ({ t: 'w', s })) },
  { weight: 1, arbitrary: plainWord.map((s): Word => ({ t: 'strong', s })) },
  { weight: 1, arbitrary: fc.tuple(plainWord, fc.constantFrom('/docs/a', 'https://example.com/x', '../b.html')).map(([s, href]): Word => ({ t: 'link', s, href })) },
);

export const sentence: fc.Arbitrary<Sentence> = fc
  .tuple(fc.constantFrom(...CAPS), fc.array(word, { minLength: 2, maxLength: 10 }), fc.constantFrom('.', '!', '?', ':'))
  .map(([first, rest, end]) => {
    const out: Sentence = [{ t: 'w', s: first }, ...rest];
    const last = out[out.length - 1];
    // the end mark goes on a plain word (after a link or emphasis it would be a separate token)
    if (last.t === 'w') out[out.length - 1] = { t: 'w', s: last.s + end };
    else out.push({ t: 'w', s: `now${end}` });
    return out;
  });

const cell = fc.oneof(plainWord, fc.constantFrom('10', '5,000', 'TLS 1.2', 'us-east-1', 'yes', 'no'));
export const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences): Block => ({ kind: 'p', sentences })) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items): Block => ({ kind: 'ul', items })) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items): Block => ({ kind: 'ol', items })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2, max: 4 }).chain((cols) =>
      fc
        .tuple(fc.uniqueArray(fc.constantFrom(...CAPS), { minLength: cols, maxLength: cols }), fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }))
        .map(([header, rows]): Block => ({ kind: 'table', header, rows })),
    ),
  },
);

const heading = fc.tuple(fc.constantFrom(...CAPS), plainWord, fc.integer({ min: 1, max: 999 })).map(([a, b, n]) => `${a} ${b} ${n}`);

export const doc: fc.Arbitrary<Doc> = fc.record({
  title: fc.tuple(fc.constantFrom(...CAPS), plainWord).map(([a, b]) => `${a} ${b} guide`),
  intro: fc.array(block, { minLength: 0, maxLength: 2 }),
  sections: fc.uniqueArray(fc.record({ heading, blocks: fc.array(block, { minLength: 1, maxLength: 3 }) }), {
    minLength: 1,
    maxLength: 6,
    selector: (s) => s.heading.toLowerCase(),
  }),
});

// ---- Markdown ----

function mdWord(w: Word): string {
  if (w.t === 'strong') return `**${w.s}**`;
  if (w.t === 'link') return `[${w.s}](${w.href})`;
  return w.s;
}

export const sentenceText = (s: Sentence): string => s.map((w) => w.s).join(' ');

function wrap(text: string, width: number | null): string {
  if (!width) return text;
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  out.push(line);
  return out.join('\n');
}

export interface MdOptions {
  /** hard-wrap paragraphs at this width (the normalizer unwraps them) */
  wrap?: number | null;
  /** bullet marker */
  bullet?: '-' | '*' | '+';
}

function mdBlock(b: Block, o: MdOptions): string {
  const md = (s: Sentence) => s.map(mdWord).join(' ');
  switch (b.kind) {
    case 'p':
      return wrap(b.sentences.map(md).join(' '), o.wrap ?? null);
    case 'ul':
      return b.items.map((it) => `${o.bullet ?? '-'} ${md(it)}`).join('\n');
    case 'ol':
      return b.items.map((it, i) => `${i + 1}. ${md(it)}`).join('\n');
    case 'table':
      return [`| ${b.header.join(' | ')} |`, `|${' --- |'.repeat(b.header.length)}`, ...b.rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }
}

export function toMarkdown(d: Doc, o: MdOptions = {}): string {
  const parts = [`# ${d.title}`, ...d.intro.map((b) => mdBlock(b, o))];
  for (const s of d.sections) parts.push(`## ${s.heading}`, ...s.blocks.map((b) => mdBlock(b, o)));
  return parts.join('\n\n') + '\n';
}

// ---- HTML ----

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlWord(w: Word): string {
  if (w.t === 'strong') return `<strong>${esc(w.s)}</strong>`;
  if (w.t === 'link') return `<a href="${w.href}">${esc(w.s)}</a>`;
  return esc(w.s);
}

function htmlBlock(b: Block): string {
  const h = (s: Sentence) => s.map(htmlWord).join(' ');
  switch (b.kind) {
    case 'p':
      return `<p>${b.sentences.map(h).join(' ')}</p>`;
    case 'ul':
    case 'ol':
      return `<${b.kind}>\n${b.items.map((it) => `  <li>${h(it)}</li>`).join('\n')}\n</${b.kind}>`;
    case 'table':
      return `<table>\n<thead><tr>${b.header.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
        .join('\n')}\n</tbody>\n</table>`;
  }
}

export interface HtmlOptions {
  /** wrap the content in a docs-site page: header, nav, sidebar, breadcrumbs, footer */
  shell?: boolean;
  /** ids on the section headings */
  ids?: boolean;
}

export function toHtml(d: Doc, o: HtmlOptions = {}): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const body = [
    `<h1>${esc(d.title)}</h1>`,
    ...d.intro.map(htmlBlock),
    ...d.sections.flatMap((s) => [`<h2${o.ids ? ` id="${slug(s.heading)}"` : ''}>${esc(s.heading)}</h2>`, ...s.blocks.map(htmlBlock)]),
  ].join('\n');
  if (!o.shell) return `<!DOCTYPE html>\n<html><head><title>${esc(d.title)}</title></head><body>\n${body}\n</body></html>\n`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(d.title)} - Example Docs</title>
<script>window.dataLayer = [];</script><style>body { margin: 0 }</style></head>
<body>
<header class="site-header"><a href="/">Example Docs</a><nav><a href="/products">Products</a> <a href="/pricing">Pricing</a> <a href="/signin">Sign in</a></nav></header>
<div class="layout">
<aside class="sidebar"><nav aria-label="Table of contents"><ul><li><a href="/docs/intro">Introduction</a></li><li><a href="/docs/setup">Setting up</a></li><li><a href="/docs/security">Security</a></li></ul></nav></aside>
<main id="main-content">
<nav class="breadcrumbs"><a href="/docs">Docs</a> › <a href="/docs/security">Security</a></nav>
${body}
<div class="feedback">Was this page helpful? <button>Yes</button> <button>No</button></div>
</main>
</div>
<footer class="site-footer"><p>© 2024 Example Corp. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
`;
}

// ---- rendered plain text (what a browser's "save as text" gives) ----

export function toText(d: Doc): string {
  const t = (s: Sentence) => sentenceText(s);
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'p':
        return b.sentences.map(t).join(' ');
      case 'ul':
        return b.items.map((it) => `• ${t(it)}`).join('\n');
      case 'ol':
        return b.items.map((it, i) => `${i + 1}. ${t(it)}`).join('\n');
      case 'table':
        return [b.header.join('\t'), ...b.rows.map((r) => r.join('\t'))].join('\n');
    }
  };
  const parts = [`${d.title} - Example Docs`, ...d.intro.map(block)];
  for (const s of d.sections) parts.push(s.heading, ...s.blocks.map(block));
  return parts.join('\n\n') + '\n';
}
