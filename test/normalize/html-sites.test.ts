// The HTML stage's site knowledge: chrome recognised by its vocabulary (src/normalize/sites/chrome.ts),
// site profiles (src/normalize/sites/profiles.ts), the notes that say what extraction was unsure
// about, and big tables cut out of the source before parsing (src/normalize/html-big-tables.ts).

import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/normalize/html.js';
import { cutBigTablesInSource, tableMarkdown } from '../../src/normalize/html-big-tables.js';
import { normalizeText } from '../../src/normalize/index.js';
import { compare } from '../../src/pipeline.js';
import { safeNormalize } from '../../src/bounded.js';

const md = (html: string, opts?: Parameters<typeof htmlToMarkdown>[1]) => htmlToMarkdown(html, opts).markdown;
const PROSE = 'The service encrypts every object at rest with keys it rotates once a year, and it logs each use of a key.';

describe('chrome vocabulary', () => {
  it('drops copyright and "last updated" lines, page metadata and component-named widgets, keeps the prose', () => {
    const html = `<main><h1>Keys</h1><p>${PROSE}</p>
      <div class="copyright-print">© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</div>
      <div class="lastUpdated_x"><span>Last updated on Mar 14, 2025</span></div>
      <ul class="metadata page-metadata"><li>Article</li><li><time>03/14/2025</time></li><li>7 contributors</li></ul>
      <div data-container="toc"><h2>In this article</h2><a href="#a">A</a> <a href="#b">B</a></div>
      <p>Last updated: when the key was rotated, the old key stays available for decryption.</p></main>`;
    expect(md(html)).toBe(`# Keys\n\n${PROSE}\n\nLast updated: when the key was rotated, the old key stays available for decryption.`);
  });

  it('a "Feedback / Was this page helpful?" block with its heading goes, as do page tools standing alone', () => {
    const html = `<main><h1>Keys</h1><p>${PROSE}</p>
      <div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p>Was this page helpful?</p><p>Glad to hear it!</p></div>
      <div class="page-tools"><a href="/x.pdf">PDF</a> <a href="/rss">RSS</a> <a href="#">Focus mode</a></div></main>`;
    expect(md(html)).toBe(`# Keys\n\n${PROSE}`);
  });

  it('a tool-like link inside a sentence is content ("please open an issue")', () => {
    expect(md(`<main><h1>T</h1><p>If something looks wrong, please <a href="https://example.com/issues">open an issue</a>.</p></main>`)).toBe(
      '# T\n\nIf something looks wrong, please [open an issue](https://example.com/issues).',
    );
  });

  it('short runs before the <h1> inside the content (breadcrumbs, "Read in English") are chrome', () => {
    const html = `<main><div><a href="/">Learn</a> / <a href="/azure">Azure</a></div><a href="#">Read in English</a><h1>Sign in</h1><p>${PROSE}</p></main>`;
    expect(md(html)).toBe(`# Sign in\n\n${PROSE}`);
  });

  it("a callout whose first block is its label takes it as the title (Microsoft Learn's alerts)", () => {
    expect(md(`<main><h1>T</h1><div class="IMPORTANT"><p>Important</p><p>Rotate the secret first.</p></div></main>`)).toBe(
      '# T\n\n**Important** Rotate the secret first.',
    );
  });
});

describe('structure alone: furniture by the title, components named as footers, nocontent marks', () => {
  it("a lead block after the <h1> repeating the meta description goes (a front-matter description), a plain paragraph stays", () => {
    const page = (lead: string) =>
      `<html><head><meta name="description" content="CA Issuers  for demos"></head><body><main><h1>CA</h1>${lead}<p>${PROSE}</p></main></body></html>`;
    expect(md(page('<div class="lead">CA Issuers for demos</div>'))).toBe(`# CA\n\n${PROSE}`);
    expect(md(page('<p>CA Issuers for demos</p>'))).toBe(`# CA\n\nCA Issuers for demos\n\n${PROSE}`);
    expect(md(page('<div class="lead">Other words</div>'))).toBe(`# CA\n\nOther words\n\n${PROSE}`);
  });

  it("an article header keeps its heading and byline, not its badges, breadcrumb or description", () => {
    const html = `<html><head><meta property="og:description" content="Short summary."></head><body><main><article><header>
      <div><a href="/g">Guides</a></div><h1>T</h1><details class="baseline"><summary>Baseline Widely available</summary><p>Well established.</p></details>
      <p class="byline">By A.</p><p class="text-lg">Short summary.</p></header><p>${PROSE}</p></article></main></body></html>`;
    expect(md(html)).toBe(`# T\n\nBy A.\n\n${PROSE}`);
  });

  it('a link beside a heading to the heading itself is its permalink, whatever it reads', () => {
    const html = `<main><h1>T</h1><div class="sl-heading-wrapper"><h2 id="keys">Keys</h2><a class="sl-anchor-link" href="#keys"><span class="sr-only">Section titled “Keys”</span></a></div><p>${PROSE}</p>
      <h2 id="more">More</h2><a href="#keys">See Keys</a></main>`;
    expect(md(html)).toBe(`# T\n\n## Keys <a name="keys"></a>\n\n${PROSE}\n\n## More <a name="more"></a>\n\n[See Keys](#keys)`);
  });

  it("a heading's layout boxes holding only inline content are its text (GitBook), not blocks moved out", () => {
    const html = `<main><h1>T</h1><h2 id="keys"><div class="hash"><a href="#keys" aria-label="Direct link to heading"><svg></svg></a></div><div class="flex-1">Keys</div></h2><p>${PROSE}</p></main>`;
    expect(md(html)).toBe(`# T\n\n## Keys <a name="keys"></a>\n\n${PROSE}`);
    // boxes in boxes (Mintlify's icon box inside the anchor); a real block still moves out
    const nested = `<main><h1>T</h1><h2 id="keys"><div class="absolute"><a href="#keys">\u200b<div class="icon"><svg></svg></div></a></div><span>Keys</span></h2><p>${PROSE}</p></main>`;
    expect(md(nested)).toBe(`# T\n\n## Keys <a name="keys"></a>\n\n${PROSE}`);
    expect(md(`<main><h1>T</h1><h2 id="k">Keys<div><p>${PROSE}</p></div></h2></main>`)).toBe(`# T\n\n## Keys <a name="k"></a>\n\n${PROSE}`);
  });

  it('previous/next links, a relative "Last updated ... ago" and a bare "Was this helpful?" go without class names', () => {
    const html = `<main><h1>T</h1><p>${PROSE}</p><div><a href="/a"><span>Previous</span><span>Permissions</span></a><a href="/b"><span>Next</span><span>Webhooks</span></a></div>
      <div><p>Last updated <time>9 months ago</time></p><div><p>Was this helpful?</p></div></div>
      <div><a href="/c">Nextra setup</a></div></main>`;
    expect(md(html)).toBe(`# T\n\n${PROSE}\n\n[Nextra setup](/c)`);
  });

  it("previous/next links without the words go when trailing and named in the site's navigation", () => {
    const page = (inner: string) =>
      `<body><aside><a href="/c">Configuration</a><a href="/d">Deployment</a></aside><main><h1>T</h1><p>${PROSE}</p>${inner}</main></body>`;
    expect(md(page(`<div><a href="/c" title="Configuration"><svg></svg>Configuration</a><a href="/d">Deployment<svg></svg></a></div>`))).toBe(`# T\n\n${PROSE}`);
    // not named in the navigation, or followed by content: kept
    expect(md(page(`<div><a href="/x">Other page</a></div>`))).toBe(`# T\n\n${PROSE}\n\n[Other page](/x)`);
    expect(md(page(`<div><a href="/c">Configuration</a></div><p>${PROSE}</p>`))).toBe(`# T\n\n${PROSE}\n\n[Configuration](/c)\n\n${PROSE}`);
  });

  it('custom elements and classes named as footers, and class="nocontent", are chrome; a footer-named block of size is not', () => {
    const html = `<main><h1>T</h1><p class="collections-tip nocontent">Stay organized with collections</p><p>${PROSE}</p>
      <devsite-content-footer><p>Except as otherwise noted, the content of this page is licensed under CC BY 4.0.</p></devsite-content-footer>
      <div class="article-footer"><p>Help improve this page.</p></div></main>`;
    expect(md(html)).toBe(`# T\n\n${PROSE}`);
    const big = `<main><h1>T</h1><div class="post-footer"><p>${PROSE.repeat(12)}</p></div><p>${PROSE}</p></main>`;
    expect(md(big)).toContain(PROSE.repeat(2));
  });
});

describe('site profiles', () => {
  const docsy = `<html><head><title>CA | cert-manager</title></head><body class="td-page"><main>
    <div class="td-content"><h1>CA</h1><div class="lead">cert-manager configuration: CA Issuers</div><p>${PROSE}</p>
    <div class="td-page-meta__lastmod">Last modified March 14, 2025</div></div></main></body></html>`;

  it('a recognised platform: its content element, without its furniture (Docsy: the front-matter lead)', () => {
    const r = htmlToMarkdown(docsy);
    expect(r.profile).toBe('docsy');
    expect(r.markdown).toBe(`# CA\n\n${PROSE}`);
  });

  it('profiles: false is structure alone', () => {
    const r = htmlToMarkdown(docsy, { profiles: false });
    expect(r.profile).toBeNull();
    expect(r.markdown).toBe(`# CA\n\ncert-manager configuration: CA Issuers\n\n${PROSE}`);
  });

  it('REDLINE_NO_PROFILES=1 switches profiles off when the option does not say', () => {
    const saved = process.env.REDLINE_NO_PROFILES;
    process.env.REDLINE_NO_PROFILES = '1';
    try {
      expect(htmlToMarkdown(docsy).profile).toBeNull();
      expect(htmlToMarkdown(docsy, { profiles: true }).profile).toBe('docsy');
    } finally {
      if (saved === undefined) delete process.env.REDLINE_NO_PROFILES;
      else process.env.REDLINE_NO_PROFILES = saved;
    }
  });

  it('a profile whose content element holds too little of the page is not used', () => {
    const r = htmlToMarkdown(`<body class="td-page"><div class="td-content">x</div><article><h1>A</h1><p>${PROSE.repeat(10)}</p></article></body>`);
    expect(r.profile).toBeNull();
    expect(r.markdown.startsWith('# A')).toBe(true);
  });
});

describe('notes: what extraction was unsure about reaches the report', () => {
  it('no main landmark: the element taken and its share of the text', () => {
    const r = htmlToMarkdown(`<body><div id="side"><a href="/a">A</a><a href="/b">B</a></div><div class="body-text"><h1>T</h1><p>${PROSE}</p><p>${PROSE}</p></div></body>`);
    expect(r.notes).toEqual([expect.stringMatching(/^no <main>, <article> or role=main holds the content: took <div\.body-text> \(\d+% of the page's text\) by its paragraphs$/)]);
  });

  it('two candidate titles, two different <h1>s, no <h1>', () => {
    expect(htmlToMarkdown(`<title>Sign in with a service principal | Microsoft Learn</title><main><h1>Sign into Azure with a service principal</h1><p>x</p></main>`).notes).toEqual([
      'two candidate titles: <h1> "Sign into Azure with a service principal" and <title> "Sign in with a service principal | Microsoft Learn": the <h1> is the title',
    ]);
    expect(htmlToMarkdown(`<title>A - Site</title><main><h1>A</h1><p>x</p><h1>B</h1><p>y</p></main>`).notes).toEqual(['2 different <h1> headings: the first, "A", is the title']);
    expect(htmlToMarkdown(`<title>A - Site</title><main><h1>A</h1><p>x</p></main>`).notes).toEqual([]);
    expect(htmlToMarkdown(`<title>A - Site</title><main><p>x</p></main>`).notes).toEqual(['no <h1>: the title "A" comes from <title>']);
  });

  it('notes are in the report fallbacks, named by the page (compare, and the page safeNormalize returns)', () => {
    const page = `<title>A - Site</title><main><p>${PROSE}</p></main>`;
    const r = compare({ label: 'old.html', text: page, format: 'html' }, { label: 'new.html', text: page, format: 'html' });
    expect(r.fallbacks).toEqual(['old.html: no <h1>: the title "A" comes from <title>', 'new.html: no <h1>: the title "A" comes from <title>']);
    // safeNormalize keeps them on the page; the compare stage (or a coarse diff) puts them in the report
    const d = safeNormalize({ label: 'p.html', text: page, format: 'html' }, []);
    expect(d.notes).toEqual(['p.html: no <h1>: the title "A" comes from <title>']);
  });
});

describe('big tables skip the DOM path', () => {
  const table = (rows: number, cols: number, cell: (r: number, c: number) => string) =>
    `<table><thead><tr>${Array.from({ length: cols }, (_, c) => `<th>H${c}</th>`).join('')}</tr></thead><tbody>${Array.from(
      { length: rows },
      (_, r) => `<tr>${Array.from({ length: cols }, (_, c) => `<td>${cell(r, c)}</td>`).join('')}</tr>`,
    ).join('')}</tbody></table>`;

  it('a table over 10,000 cells is cut from the source with its cells as text (entities decoded, tags dropped)', () => {
    const big = table(101, 100, (r, c) => (r === 3 && c === 4 ? '<a href="/x">a&amp;b</a> <code>|pipe|</code>' : `r${r}c${c}`));
    const cut = cutBigTablesInSource(`<main><h1>T</h1>${big}<p>after</p></main>`);
    expect(cut.html).toBe('<main><h1>T</h1><p>RLBIGTABLE0X</p><p>after</p></main>');
    const t = cut.tables.get('RLBIGTABLE0X')!;
    expect(t.header[99]).toBe('H99');
    expect(t.rows).toHaveLength(101);
    expect(t.rows[3][4]).toBe('a&b |pipe|');
    expect(tableMarkdown(t).split('\n')[5]).toContain('| a&b \\|pipe\\| |');
  });

  it('small tables, tables in scripts and comments, and tables nested in tables are left to the DOM path', () => {
    const small = table(10, 10, (r, c) => `${r}${c}`);
    expect(cutBigTablesInSource(`<main>${small}</main>`).tables.size).toBe(0);
    const big = table(101, 100, (r, c) => `${r}.${c}`);
    const hidden = `<script>var t = '${big}';</script><!-- ${big} -->`;
    expect(cutBigTablesInSource(hidden).tables.size).toBe(0);
    const nested = `<table><tr><td>${big}</td></tr></table>`;
    expect(cutBigTablesInSource(nested).tables.size).toBe(0);
    // the DOM path cuts the nested one
    const r = htmlToMarkdown(`<main><h1>T</h1>${nested}</main>`);
    expect(r.tables && Object.keys(r.tables)).toEqual(['RLBIGTABLE0X']);
  });

  it('gives the canonical page the same table as its Markdown source, and says what it dropped', () => {
    const cell = (r: number, c: number) => `r${r} c${c}`;
    const html = `<html><body><main><h1>Quotas</h1>${table(101, 100, cell)}</main></body></html>`;
    const head = `| ${Array.from({ length: 100 }, (_, c) => `H${c}`).join(' | ')} |`;
    const rows = Array.from({ length: 101 }, (_, r) => `| ${Array.from({ length: 100 }, (_, c) => cell(r, c)).join(' | ')} |`);
    const source = `# Quotas\n\n${head}\n|${' --- |'.repeat(100)}\n${rows.join('\n')}\n`;
    const fromHtml = normalizeText(html, 'html');
    expect(fromHtml.markdown).toBe(normalizeText(source, 'markdown').markdown);
    expect(fromHtml.notes).toEqual(['-: a table of 102 rows and 10,200 cells was read as plain text cells (links, code and emphasis in tables over 10,000 cells are not kept)']);
  });
});
