// The HTML stage of normalize: main-content choice, chrome removal, callouts, tables, heading
// anchors, titles, code blocks, and bounded behaviour on deep or broken markup.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capNesting, cleanDocTitle, htmlToMarkdown } from '../../src/normalize/html.js';
import { normalizeText } from '../../src/normalize/index.js';
import { UserError } from '../../src/types.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const md = (html: string, opts?: Parameters<typeof htmlToMarkdown>[1]) => htmlToMarkdown(html, opts).markdown;
const main = (inner: string) => `<html><body><main>${inner}</main></body></html>`;

describe('htmlToMarkdown: real pages', () => {
  it('devops-guru data-protection (awsdocs 2021 content in an AWS docs page shell) comes out as the page content only', () => {
    const r = htmlToMarkdown(fixture('devops-guru-2021.html'));
    expect(r.matched).toBe(true);
    expect(r.title).toBe('Data protection in Amazon DevOps Guru');
    expect(r.markdown + '\n').toBe(fixture('devops-guru-2021.expected.md'));
    for (const chrome of [
      'cookies', // cookie banner
      'Skip to main content',
      'Sign In to the Console', // <header>
      'Logging DevOps Guru API calls', // left <nav>
      'User Guide', // breadcrumbs
      'PDF',
      'Edit this page',
      'Print',
      'JavaScript is disabled', // hidden
      'Document Conventions',
      'Identity and access management', // prev/next
      'Did this page help you',
      'Thanks for letting us know',
      'Provide feedback',
      'On this page',
      'All rights reserved', // <footer>
      'awsdocs', // scripts and styles
    ]) {
      expect(r.markdown).not.toContain(chrome);
    }
  });

  it('devops-guru data-protection: the HTML page and its awsdocs Markdown source normalize to the same canonical page', () => {
    const fromHtml = normalizeText(fixture('devops-guru-2021.html'), 'html');
    // the site links pages as .html where the Markdown source links .md (the one deliberate difference)
    const seed = fixture('devops-guru-2021.source.md').replace('(vpc-interface-endpoints.md)', '(vpc-interface-endpoints.html)');
    const fromMarkdown = normalizeText(seed, 'markdown');
    expect(fromHtml.markdown).toBe(fromMarkdown.markdown);
    expect(fromHtml.title).toBe(fromMarkdown.title);
    expect(fromHtml.anchors).toEqual(fromMarkdown.anchors);
  });

  it('minimal article (Docusaurus-style page) keeps the article and drops the shell around it', () => {
    const r = htmlToMarkdown(fixture('minimal-article.html'));
    expect(r.title).toBe('Configure retries');
    expect(r.markdown).toBe(
      [
        '# Configure retries <a name="configure-retries"></a>',
        '',
        'The client retries a failed request when the error is *transient*: throttling, timeouts and `5xx` responses.',
        '',
        '**Warning** Retried requests must be idempotent.',
        '',
        '## Options <a name="options"></a>',
        '',
        '| Option | Default | Description |',
        '| --- | --- | --- |',
        '| `maxAttempts` | `3` | Total attempts, including the first. |',
        '| `mode` | `standard` | `standard` \\| `adaptive` |',
        '',
        '## Example <a name="example"></a>',
        '',
        '```js',
        'const client = new Client({ maxAttempts: 5 });',
        'client.send(command);',
        '```',
      ].join('\n'),
    );
  });
});

describe('htmlToMarkdown: callouts become "**Label** text" paragraphs', () => {
  it.each([
    [
      'AWS awsdocs-note with an h6 title',
      '<div class="awsdocs-note awsdocs-important"><div class="awsdocs-note-title"><awsui-icon name="status-warning"></awsui-icon><h6>Important</h6></div><div class="awsdocs-note-text"><p>CodePipeline only supports symmetric KMS keys. Do not use an asymmetric KMS key.</p></div></div>',
      '**Important** CodePipeline only supports symmetric KMS keys. Do not use an asymmetric KMS key.',
    ],
    [
      'AWS note without a title element: label from the class',
      '<div class="awsdocs-note awsdocs-important"><div class="awsdocs-note-text"><p>Only class.</p></div></div>',
      '**Important** Only class.',
    ],
    [
      'MkDocs admonition with two paragraphs',
      '<div class="admonition note"><p class="admonition-title">Note</p><p>Body one.</p><p>Body two.</p></div>',
      '**Note** Body one.\n\nBody two.',
    ],
    [
      'Docusaurus admonition (lower-case title, icon)',
      '<div class="theme-admonition theme-admonition-tip alert alert--success admonition_xJq3"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg></svg></span>tip</div><div class="admonitionContent_BuS1"><p>Use the <code>--force</code> flag.</p></div></div>',
      '**Tip** Use the `--force` flag.',
    ],
    [
      'GitHub markdown alert',
      '<div class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title"><svg></svg>Warning</p><p>Careful.</p></div>',
      '**Warning** Careful.',
    ],
    [
      'Bootstrap alert with a bold label',
      '<div class="alert alert-warning" role="alert"><strong>Warning!</strong> Better check yourself.</div>',
      '**Warning** Better check yourself.',
    ],
    ['plain "Note:" prefix', '<div class="note">Note: Keys rotate yearly.</div>', '**Note** Keys rotate yearly.'],
    [
      'Starlight aside (aria-hidden title is still the label)',
      '<aside aria-label="Caution" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true">Caution</p><div class="starlight-aside__content"><p>Deletes data.</p></div></aside><p>after</p>',
      '**Caution** Deletes data.\n\nafter',
    ],
    [
      'a list body keeps the label as its own paragraph',
      '<div class="awsdocs-note"><div class="awsdocs-note-title"><h6>Note</h6></div><div class="awsdocs-note-text"><ul><li>a</li><li>b</li></ul></div></div>',
      '**Note**\n\n- a\n- b',
    ],
  ])('%s', (_name, html, expected) => {
    expect(md(main(`<h1>T</h1>${html}`))).toBe(`# T\n\n${expected}`);
  });

  it('does not treat release notes, footnotes or a whole page as a callout', () => {
    expect(md(main('<h1>T</h1><div class="release-notes"><p>Version 2 adds retries.</p></div><div class="footnote"><p>See RFC 9110.</p></div>'))).toBe(
      '# T\n\nVersion 2 adds retries.\n\nSee RFC 9110.',
    );
    expect(md(main('<div class="note"><h1>T</h1><h2>Section</h2><p>Body.</p></div>'))).toBe('# T\n\n## Section\n\nBody.');
  });
});

describe('htmlToMarkdown: tables become GFM tables', () => {
  it('header row, pipes (one escape each, even `||` in code), <br>, paragraphs, lists and code blocks in cells', () => {
    const html = main(
      '<table><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody>' +
        '<tr><td>a|b</td><td><code>x || y</code></td></tr>' +
        '<tr><td>line1<br>line2</td><td><p>p1</p><p>p2</p></td></tr>' +
        '<tr><td><ul><li>one</li><li>two<ol><li>deep</li></ol></li></ul></td><td><pre><code>aws s3 ls\naws s3 cp a b</code></pre></td></tr>' +
        '<tr><td><h3>Head</h3></td><td><blockquote>quoted</blockquote></td></tr>' +
        '</tbody></table>',
    );
    expect(md(html)).toBe(
      [
        '| Name | Value |',
        '| --- | --- |',
        '| a\\|b | `x \\|\\| y` |',
        '| line1<br>line2 | p1<br>p2 |',
        '| one<br>two<br>deep | `aws s3 ls`<br>`aws s3 cp a b` |',
        '| **Head** | quoted |',
      ].join('\n'),
    );
  });

  it('a header-less table gets an empty header row', () => {
    expect(md(main('<table><tr><td>k1</td><td>v1</td></tr><tr><td>k2</td><td></td></tr></table>'))).toBe(
      ['|     |     |', '| --- | --- |', '| k1  | v1  |', '| k2  |     |'].join('\n'),
    );
  });

  it('a first row of row headers (th + td) is not a header row', () => {
    expect(md(main('<table><tr><th>k1</th><td>v1</td></tr></table>'))).toBe(['|     |     |', '| --- | --- |', '| k1  | v1  |'].join('\n'));
  });

  it('colspan pads the row, and a huge colspan is clamped', () => {
    expect(md(main('<table><tr><th>a</th><th>b</th></tr><tr><td colspan="2">both</td></tr></table>'))).toBe(
      ['| a   | b   |', '| --- | --- |', '| both |     |'].join('\n'),
    );
    const out = md(main('<table><tr><th>a</th></tr><tr><td colspan="999999999">wide</td></tr></table>'));
    expect(out.split('\n')[2].split('|').length).toBe(66); // 64 columns
  });

  it('a table given alone (an HTML block inside Markdown) converts too', () => {
    expect(md('<body><table><tr><th>A</th></tr><tr><td>1</td></tr></table></body>')).toBe('| A   |\n| --- |\n| 1   |');
  });
});

describe('htmlToMarkdown: site chrome is removed', () => {
  it('nav, header, footer, aside, breadcrumbs, TOC, cookie banner, feedback, skip/edit/print links, hidden elements', () => {
    const html = `<html><head><title>Page - Site</title><style>p{}</style><script>var x = 1;</script></head><body>
      <a href="#main" class="skip-link">Skip to content</a>
      <header><a href="/">Logo</a></header>
      <div role="banner">Banner text</div>
      <nav><a href="/a">Nav link</a></nav>
      <div role="search"><input type="search"><button>Go</button></div>
      <main id="main">
        <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/docs">Docs</a></div>
        <ol aria-label="Breadcrumb"><li><a href="/">Home 2</a></li></ol>
        <h1>Page</h1>
        <div id="toc"><a href="#a">A</a> <a href="#b">B</a></div>
        <p>Real content paragraph that carries the meaning of this page and must survive.</p>
        <div class="on-this-page"><h2>On this page</h2><ul><li><a href="#a">A</a></li><li><a href="#b">B</a></li></ul></div>
        <aside><p>Related posts</p></aside>
        <div class="cookie-banner">We use cookies. <a href="/privacy">Privacy</a></div>
        <div id="gdpr-consent">Consent please</div>
        <div class="page-feedback"><span>Rate us</span></div>
        <div><p>Was this page helpful?</p><a href="#y">Yes</a> <a href="#n">No</a></div>
        <p><a href="https://github.com/x/y/edit/main/page.md">Edit this page</a> <a href="javascript:print()">Print this page</a></p>
        <p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p><p style="color: red; display : none">display none</p>
        <div style="visibility:hidden">invisible</div>
        <noscript>Enable JavaScript</noscript><template><p>template</p></template><svg><text>svg text</text></svg>
        <iframe src="https://ads.example"></iframe><form><label for="q">Query</label><input id="q"><select><option>One</option></select><textarea>typed</textarea></form>
        <p>Closing paragraph.</p>
        <footer>Last updated yesterday</footer>
      </main>
      <footer>Site footer</footer>
      <div role="contentinfo">Contentinfo</div>
    </body></html>`;
    expect(md(html)).toBe(
      '# Page\n\nReal content paragraph that carries the meaning of this page and must survive.\n\nClosing paragraph.',
    );
  });

  it('drops what utility classes hide on screen (a mobile-only header, a print-only copy), not what shows at some width', () => {
    const page = (extra: string) =>
      `<body><div class="book-page">${extra}<article><h1>Keys</h1><p>Keys are rotated every year by the service.</p><p>Rotation is free.</p></article></div></body>`;
    const want = '# Keys\n\nKeys are rotated every year by the service.\n\nRotation is free.';
    expect(md(page('<header class="book-header hidden"><label>Menu</label><h3>Keys</h3></header>'))).toBe(want);
    expect(md(page('<div id="jb-print-docs-body" class="onlyprint"><h1>Keys</h1><div><h2>Contents</h2><ul><li><a href="#r">Rotation</a></li></ul></div></div>'))).toBe(want);
    expect(md(page('<div class="d-none d-print-block"><h1>Keys</h1></div>'))).toBe(want);
    // (hidden on small screens only: shown on a desktop, it stays)
    const inArticle = '<body><article><h1>Keys</h1><p>Keys are rotated every year by the service.</p><p class="hidden md:block">Also shown on desktops.</p><p class="hidden">Never shown.</p></article></body>';
    expect(md(inArticle)).toBe('# Keys\n\nKeys are rotated every year by the service.\n\nAlso shown on desktops.');
  });

  it('never drops the content because of a class like "main-content has-feedback", nor a content section named "cookies"', () => {
    expect(md('<body><nav><a href="/">x</a></nav><div class="main-content has-feedback"><h1>Short</h1><p>Tiny page.</p></div></body>')).toBe(
      '# Short\n\nTiny page.',
    );
    expect(
      md(
        main(
          '<h1>Privacy</h1><div id="cookies"><h2>Cookies</h2><p>We set one cookie named session.</p></div><div class="cookie-banner">We use cookies. <a href="/p">Learn more</a></div><p>More prose about privacy.</p>',
        ),
      ),
    ).toBe('# Privacy\n\n## Cookies\n\nWe set one cookie named session.\n\nMore prose about privacy.');
  });

  it('keeps an article <header> holding the heading, and inactive tab panels (hidden only by UI state)', () => {
    expect(md('<body><article><header><h1>T</h1><p class="byline">By A.</p></header><p>Body.</p><footer>Edit</footer></article></body>')).toBe(
      '# T\n\nBy A.\n\nBody.',
    );
    expect(md(main('<h1>T</h1><div role="tabpanel"><p>Linux</p></div><div role="tabpanel" hidden><p>Windows</p></div>'))).toBe(
      '# T\n\nLinux\n\nWindows',
    );
  });
});

describe('htmlToMarkdown: choosing the main content', () => {
  it('prefers main, [role=main], article, #main-content ... in that order', () => {
    const long = 'Words that make this block substantial. '.repeat(5);
    expect(md(`<body><div class="content"><p>content class</p></div><article><p>${long}</p></article></body>`)).toBe(long.trim());
    expect(md(`<body><div role="main"><p>${long}</p></div><div id="content"><p>other</p></div></body>`)).toBe(long.trim());
  });

  it('skips a candidate without substantial text', () => {
    const long = 'Words that make this block substantial. '.repeat(20);
    expect(md(`<body><main><p>Hero</p></main><div id="content"><p>${long}</p></div></body>`)).toBe(long.trim());
  });

  it('without any candidate, finds the element carrying the prose and widens it past sibling sections, not into the sidebar', () => {
    const html = `<html><head><title>Guide | Site</title></head><body>
      <div class="top"><a href="/a">Home</a> <a href="/b">Products</a> <a href="/c">Pricing</a></div>
      <div class="wrap">
        <div class="side"><ul><li><a href="/1">Intro page</a></li><li><a href="/2">Setup page</a></li><li><a href="/3">Usage page</a></li><li><a href="/4">Reference page</a></li></ul></div>
        <div class="page"><h2>Install</h2><p>Run the installer and follow the prompts on the screen.</p>
          <div class="s"><h2>Configure</h2><p>Edit the configuration file to set your region and credentials.</p><ul><li>Region must be set.</li></ul></div></div>
      </div>
      <div class="bottom">© 2024 Example Corp</div></body></html>`;
    const r = htmlToMarkdown(html);
    expect(r.title).toBe('Guide');
    expect(r.markdown).toBe(
      '# Guide\n\n## Install\n\nRun the installer and follow the prompts on the screen.\n\n## Configure\n\nEdit the configuration file to set your region and credentials.\n\n- Region must be set.',
    );
  });

  it('keeps every part of a fragment (an HTML block from a Markdown page)', () => {
    expect(md('<body><p>intro</p><ul><li>item one is long enough</li><li>item two is also long</li></ul></body>')).toBe(
      'intro\n\n- item one is long enough\n- item two is also long',
    );
  });
});

describe('htmlToMarkdown: select and remove options', () => {
  const page = `<html><head><title>X - Y</title></head><body><main><p>outside</p>
    <div class="x"><h1>In x</h1><p>keep</p><p class="drop">drop me</p><div class="ad">ad</div></div>
    <div class="x"><p>second match</p></div></main></body></html>`;

  it('select keeps only the matches (all of them, in order); remove drops elements inside', () => {
    expect(htmlToMarkdown(page, { select: '.x', remove: ['.drop', '.ad'] })).toEqual({
      markdown: '# In x\n\nkeep\n\nsecond match',
      title: 'In x',
      matched: true,
      profile: null,
      notes: ['two candidate titles: <h1> "In x" and <title> "X - Y": the <h1> is the title'],
    });
  });

  it('select may pick what would otherwise be chrome', () => {
    expect(md('<body><nav><a href="/a">A</a></nav><main><p>m</p></main></body>', { select: 'nav' })).toBe('[A](/a)');
  });

  it('select matching nothing: matched false, empty markdown, title from <title>', () => {
    expect(htmlToMarkdown(page, { select: '.nothing' })).toEqual({ markdown: '', title: 'X', matched: false, profile: null, notes: [] });
  });

  it('remove without select applies to the chosen main content', () => {
    expect(md(main('<h1>T</h1><p>a</p><p class="drop">b</p>'), { remove: ['.drop'] })).toBe('# T\n\na');
  });

  it('an invalid selector is a UserError', () => {
    expect(() => htmlToMarkdown(page, { select: ':::' })).toThrow(UserError);
    expect(() => htmlToMarkdown(page, { remove: ['[unclosed'] })).toThrow(/invalid CSS selector "\[unclosed"/);
  });
});

describe('htmlToMarkdown: heading anchors', () => {
  it('own id, <a name> inside or just before, section id, permalink icons removed, self links unwrapped', () => {
    const html = main(
      '<h1>Title<a class="headerlink" href="#title">¶</a></h1>' +
        '<a name="pre"></a>\n<h2>Preceded</h2>' +
        '<section id="sec"><h2>In section <a class="hash-link" href="#sec" aria-label="Direct link">\u200b</a></h2></section>' +
        '<h3><a href="#self">Self link</a></h3>' +
        '<h3 id="own">Own <a href="#other">other</a></h3>' +
        '<h4><a name="inner"></a>Inner</h4>' +
        '<h4 id="both"><a id="explicit"></a>Explicit wins</h4>' +
        '<h5>No anchor</h5>' +
        '<h2 id="q&quot;x">Quote</h2>',
    );
    expect(md(html)).toBe(
      [
        '# Title <a name="title"></a>',
        '## Preceded <a name="pre"></a>',
        '## In section <a name="sec"></a>',
        '### Self link <a name="self"></a>',
        '### Own [other](#other) <a name="own"></a>',
        '#### Inner <a name="inner"></a>',
        '#### Explicit wins <a name="explicit"></a>',
        '##### No anchor',
        '## Quote <a name="q&quot;x"></a>',
      ].join('\n\n'),
    );
  });

  it('the id of the content container is not taken for its first heading', () => {
    expect(md('<body><div id="main-col-body"><h1>T</h1><p>x</p></div></body>')).toBe('# T\n\nx');
  });
});

describe('htmlToMarkdown: title', () => {
  it('is the <h1> of the main content when there is one', () => {
    expect(htmlToMarkdown('<title>Other - Site</title><main><h1>Real  <em>title</em></h1><p>x</p></main>').title).toBe('Real title');
  });

  it('else <title> without its site suffix, prepended as "# Title"', () => {
    expect(htmlToMarkdown('<title>Getting started - Amazon S3</title><main><h2>Step 1</h2><p>Create a bucket.</p></main>')).toEqual({
      markdown: '# Getting started\n\n## Step 1\n\nCreate a bucket.',
      title: 'Getting started',
      matched: true,
      profile: null,
      notes: ['no <h1>: the title "Getting started" comes from <title>'],
    });
  });

  it('else null, and nothing is prepended', () => {
    expect(htmlToMarkdown('<main><p>x</p></main>')).toEqual({ markdown: 'x', title: null, matched: true, profile: null, notes: [] });
  });

  it.each([
    ['Data protection in Amazon DevOps Guru - Amazon DevOps Guru', 'Data protection in Amazon DevOps Guru'],
    ['Configure retries | Example SDK', 'Configure retries'],
    ['Step 1 - Create - Amazon S3', 'Step 1 - Create'],
    ['Tutorial: Create a bucket', 'Tutorial: Create a bucket'],
    ['  Only\n a title ', 'Only a title'],
    ['', null],
  ])('cleanDocTitle(%j) = %j', (raw, expected) => {
    expect(cleanDocTitle(raw)).toBe(expected);
  });
});

describe('htmlToMarkdown: code, lists and inline markup', () => {
  it('fenced code with the language from language-x, lang-x, a highlight wrapper or an awsdocs class; fences outgrow backticks', () => {
    const html = main(
      '<pre class="lang-yaml">a: 1\n</pre>' +
        '<pre><code class="language-ts">const s = `${x}`;\n// ```\n</code></pre>' +
        '<pre class="programlisting"><div class="code-btn-container"><div class="btn-copy-code" title="Copy"></div></div><code class="json ">{ "a": 1 }</code></pre>' +
        '<pre class="programlisting"><code class="nohighlight">plain text</code></pre>' +
        '<div class="highlight-source-python"><pre>print(1)</pre></div>' +
        '<pre><code><span class="k">if</span> x:<br>    y()</code></pre>',
    );
    expect(md(html)).toBe(
      [
        '```yaml\na: 1\n```',
        '````ts\nconst s = `${x}`;\n// ```\n````',
        '```json\n{ "a": 1 }\n```',
        '```\nplain text\n```',
        '```python\nprint(1)\n```',
        '```\nif x:\n    y()\n```',
      ].join('\n\n'),
    );
  });

  it('lists use "- " and "N. ", nested lists indent under their item, task lists keep their boxes', () => {
    const html = main(
      '<ul><li>first</li><li>second<ul><li>nested</li></ul></li></ul>' +
        '<ol start="3"><li>three</li><li>four</li></ol>' +
        '<ul><li><input type="checkbox" checked disabled> done</li><li><input type="checkbox"> todo</li></ul>',
    );
    expect(md(html)).toBe('- first\n- second\n  - nested\n\n3. three\n4. four\n\n- [x] done\n- [ ] todo');
  });

  it('emphasis, strikethrough, rules, quotes, images; empty links dropped, javascript: links unwrapped', () => {
    expect(
      md(
        main(
          '<p>a <del>b</del> <s>c</s> <em>d</em> <i>d2</i> <strong>e</strong> <b>e2</b></p><hr><blockquote><p>q</p></blockquote><p><img src="x.png" alt="An image"></p><p><a href="https://y"></a><a href="javascript:void(0)">js</a></p>',
        ),
      ),
    ).toBe('a ~~b~~ ~~c~~ *d* *d2* **e** **e2**\n\n---\n\n> q\n\n![An image](x.png)\n\njs');
  });
});

describe('htmlToMarkdown: broken and pathological input', () => {
  it('unclosed tags: parsed the way a browser would, blocks moved out of an unclosed heading', () => {
    const r = htmlToMarkdown('<html><body><main><h1>Broken<p>one<p>two <b>bold <i>both</b> italic</i><div>three<table><tr><td>a<td>b<tr><td>c</main>');
    expect(r.title).toBe('Broken');
    expect(r.markdown).toBe(
      ['# Broken', 'one', 'two **bold *both*** *italic*', 'three', '|     |     |\n| --- | --- |\n| a   | b   |\n| c   |'].join('\n\n'),
    );
  });

  it.each([
    ['', ''],
    ['plain text, no tags', 'plain text, no tags'],
    ['<p>unterminated <a href="x', 'unterminated'],
    ['<div class="a><p>quote never closes', ''],
    ['<!-- comment only', ''],
    ['</p></div></span>', ''],
    ['<ul><li>one<li>two</ul>', '- one\n- two'],
    ['<p>a &amp; b &lt;c&gt; &nbsp;&copy; &amp;amp; 1 < 2', 'a & b \\<c> © \\&amp; 1 < 2'],
  ])('does not throw on %j', (html, expected) => {
    expect(md(html)).toBe(expected);
  });

  const N = 10_000;
  it.each([
    ['nested <div>', '<main>' + '<div>x'.repeat(N) + 'END' + '</div>'.repeat(N) + '</main>'],
    ['unclosed <div>', '<main><p>start</p>' + '<div>'.repeat(N) + 'END'],
    ['nested <span>', '<main><p>' + '<span>'.repeat(N) + 'END' + '</span>'.repeat(N) + '</p></main>'],
    ['unclosed <b>', '<p>' + '<b>'.repeat(N) + 'END'],
    ['nested lists', '<main>' + '<ul><li>x'.repeat(N) + 'END' + '</li></ul>'.repeat(N) + '</main>'],
    ['nested blockquotes', '<main>' + '<blockquote>'.repeat(N) + 'END' + '</blockquote>'.repeat(N) + '</main>'],
    ['self-closing <div/> (opens in HTML)', '<main>' + '<div/>'.repeat(N) + 'END</main>'],
    ['nested tables', '<main>' + '<table><tr><td>'.repeat(N / 5) + 'END' + '</td></tr></table>'.repeat(N / 5) + '</main>'],
    ['100,000 nested <div>', '<main>' + '<div>'.repeat(10 * N) + 'END' + '</div>'.repeat(10 * N) + '</main>'],
  ])('%s, 10,000+ levels deep: bounded time, no stack overflow, text kept', (_name, html) => {
    const r = htmlToMarkdown(html);
    expect(r.markdown).toContain('END');
    expect(r.markdown.length).toBeLessThan(200_000);
  });

  it('deep parts are flattened to their text: structure above the cut is kept', () => {
    const r = htmlToMarkdown('<main><h1>Deep</h1><p>before</p>' + '<div>'.repeat(N) + 'a <b>b</b> c' + '</div>'.repeat(N) + '<p>after</p></main>');
    expect(r.title).toBe('Deep');
    expect(r.markdown).toBe('# Deep\n\nbefore\n\na b c\n\nafter');
  });
});

describe('capNesting', () => {
  it('returns ordinary markup untouched (the same string)', () => {
    const html = fixture('devops-guru-2021.html');
    expect(capNesting(html, 400)).toBe(html);
  });

  it('removes tags, never text, of elements opened deeper than the cap; raw text and comments are skipped', () => {
    expect(capNesting('<div><div><div><b>x</b></div></div></div>', 2)).toBe('<div><div> x </div></div>');
    expect(capNesting('<div><script>"<div><div><div>"</script><!-- <div><div> --><p>t</p></div>', 1)).toBe(
      '<div><script>"<div><div><div>"</script><!-- <div><div> --><p>t</p></div>',
    );
    expect(capNesting('<div><svg><path/><path/></svg></div>', 2)).toBe('<div><svg><path/><path/></svg></div>');
    // a close tag of a kept element also closes the removed ones left open inside it
    expect(capNesting('<div><span><i><i>x</span><p>y</p></div>', 2)).toBe('<div><span>x</span><p>y</p></div>');
  });
});
