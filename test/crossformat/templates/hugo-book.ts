// Hugo with the Book theme (alex-shpak/hugo-book), modelled on the theme's own layouts:
// layouts/baseof.html (the hidden menu/toc checkboxes, <main class="container flex">, the
// <aside class="book-menu"> left menu, <div class="book-page"> with the mobile
// <header class="book-header hidden"> holding the menu/toc labels, the page title as an <h3> and a
// hidden copy of the table of contents, the <article class="markdown book-article">, the
// <footer class="book-footer"> and the <aside class="book-toc"> right-hand table of contents),
// _partials/docs/menu.html + brand.html + search.html + menu-filetree.html (brand, search input,
// the file-tree <ul> with the current page's link class="active" and a collapsible section),
// _partials/docs/breadcrumbs.html (<nav class="book-breadcrumbs"> with chevron icons),
// _markup/render-heading.html (an empty <a class="anchor" href="#id"> after the heading text),
// _markup/render-blockquote.html (alerts as <blockquote class='book-hint note'>),
// _markup/render-codeblock.html + Hugo's Chroma output (<div class="highlight"><pre class="chroma">
// with one <span class="line"><span class="cl"> per line; clipboard.js copies on click, no button),
// Hugo's .TableOfContents (<nav id="TableOfContents">), _partials/docs/footer.html (last-change
// date link with a calendar icon, "Edit this page"), _partials/docs/prev-next.html (previous/next
// links with backward/forward icons) and _partials/docs/copyright.html. The theme prints no title
// of its own: the page's title is its content's leading `# ` heading, as most Book sites write it.
// No CSS loads, so the "hidden" mobile header shows, as it does in a text-mode browser.
// HELD OUT: written after every round of tuning, never tuned on.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';
import type { Heading } from '../content.js';

/** Hugo's .TableOfContents: nested <ul> under <nav id="TableOfContents">, h2 and h3. */
function hugoToc(headings: Heading[]): string {
  const out: string[] = ['<nav id="TableOfContents">', '  <ul>'];
  let open = false;
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    if (h.level === 2) {
      if (open) out.push('      </ul>', '    </li>');
      open = false;
      if (next && next.level === 3) {
        out.push(`    <li><a href="#${h.id}">${esc(h.text)}</a>`, '      <ul>');
        open = true;
      } else out.push(`    <li><a href="#${h.id}">${esc(h.text)}</a></li>`);
    } else out.push(`        <li><a href="#${h.id}">${esc(h.text)}</a></li>`);
  });
  if (open) out.push('      </ul>', '    </li>');
  out.push('  </ul>', '</nav>');
  return out.join('\n');
}

/** Hugo's Chroma highlighter (noClasses=false, lineNos off): one span pair per line. */
function chroma(html: string): string {
  return html.replace(/<pre><code(?: class="language-([^"]*)")?>([\s\S]*?)<\/code><\/pre>/g, (_m, lang: string | undefined, code: string) => {
    const l = lang ?? 'text';
    const lines = code.replace(/\n$/, '').split('\n');
    const spans = lines.map((line) => `<span class="line"><span class="cl">${line}\n</span></span>`).join('');
    return `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-${l}" data-lang="${l}">${spans}</code></pre></div>`;
  });
}

/** render-blockquote.html: an alert becomes a book-hint blockquote (the label paragraph kept). */
function hints(html: string): string {
  return html.replace(/<div class="(NOTE|TIP|IMPORTANT|CAUTION|WARNING)">([\s\S]*?)<\/div>/g, (_m, kind: string, inner: string) => `<blockquote class='book-hint ${kind.toLowerCase()}'>${inner}</blockquote>`);
}

export const hugoBook: Template = {
  id: 'hugo-book',
  platform: 'Hugo / Book theme',
  heldOut: true,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Introduction', 'Getting started', 'Configuration', 'Storage', 'Networking', 'Upgrading']);
    const sideIdx = side.findIndex((s) => s.current);
    const prev = side[sideIdx - 1];
    const next = side[sideIdx + 1];
    const href = (s: { href: string }) => `/docs/guide/${s.href.slice(2, -5)}/`;
    const titleId = page.titleId ?? ctx.slug;
    const heading = (l: number, id: string, inner: string) => `<h${l} id="${id}">${inner}<a class="anchor" href="#${id}"></a></h${l}>`;
    const body = chroma(hints(decorateHeadings(page.bodyHtml, heading)));
    const toc = hugoToc(page.headings);
    const showToc = page.headings.length > 0;
    const menu = side
      .map((s) => `      <li>
    <a href="${href(s)}" class="${s.current ? 'active' : ''}">${esc(s.title)}</a>
      </li>`)
      .join('\n');
    return `<!DOCTYPE html>
<html lang="en-us" dir="ltr" data-theme="light">
<head>
  <meta name="generator" content="Hugo 0.147.0">
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${esc(page.description ?? '')}">
<meta name="theme-color" content="#FFFFFF">
<meta name="color-scheme" content="light dark"><meta property="og:title" content="${esc(page.title)}" />
<meta property="og:type" content="article" />
<title>${esc(page.title)} | Acme Platform Docs</title>
<link rel="icon" href="/favicon.png" >
<link rel="manifest" href="/manifest.json">
<link rel="canonical" href="https://docs.acme.dev/docs/guide/${ctx.slug}/">
<link rel="stylesheet" href="/book.min.6c8b9d2a1fc95075ed7da46ca81060b39add8fff6741ac51259f768929281e2c.css" integrity="sha256-bIudKh/JUHXtfaRsqBBgs5rdj/9nQaxRJZ92iSkoHiw=" crossorigin="anonymous">
  <script defer src="/fuse.min.js"></script>
  <script defer src="/en.search.min.2f6a2e1a0b6e1d0b52a6a1d3c7f6b2b0b8f1b4f2c3a4d5e6f708192a3b4c5d6e.js" integrity="sha256-L2ouGgtuHQtSpqHTx/ayswuPtPLDpNXm9wgZKjtMXW4=" crossorigin="anonymous"></script>
</head>
<body dir="ltr" class="book-kind-page book-type-docs">
  <input type="checkbox" class="hidden toggle" id="menu-control" />
  <input type="checkbox" class="hidden toggle" id="toc-control" />
  <main class="container flex">
    <aside class="book-menu">
  <div class="book-menu-content">
    <nav>
<div class="book-brand">
  <a class="flex align-center" href="/"><img src="/logo.svg" alt="Logo" /><span>Acme Platform Docs</span>
  </a>
</div>
<div class="book-search hidden">
  <input id="book-search-input" type="text"
    placeholder="Search"
    aria-label="Search"
    maxlength="64" />
  <div class="book-search-spinner hidden"></div>
  <ul id="book-search-results"></ul>
</div>
<script>document.querySelector(".book-search").classList.remove("hidden")</script>

  <ul>
        <li>
          <input type="checkbox" id="section-5bb8f2f6cf1d2c9a4e0a6ea3f1a1c2d4" class="toggle" checked />
    <label for="section-5bb8f2f6cf1d2c9a4e0a6ea3f1a1c2d4" class="flex">
      <a href="/docs/guide/" class="">
        User guide</a>
      <svg class="book-icon" aria-hidden="true"><use href="#chevron-right"></use></svg>
    </label>
  <ul>
${menu}
  </ul>
        </li>
        <li>
    <a href="/docs/reference/" class="">
        Reference</a>
        </li>
  </ul>

<ul>
  <li>
    <a href="https://github.com/acme/platform" target="_blank" rel="noopener">
        GitHub
      </a>
  </li>
</ul>
</nav>

<script>(function(){var e=document.querySelector("aside .book-menu-content");addEventListener("beforeunload",function(){localStorage.setItem("menu.scrollTop",e.scrollTop)}),e.scrollTop=localStorage.getItem("menu.scrollTop")})()</script>
  </div>
</aside>

    <div class="book-page">
      <header class="book-header hidden">
<div class="flex align-center justify-between">
  <label for="menu-control">
    <img src="/svg/menu.svg" class="book-icon" alt="Menu" />
  </label>

  <h3>${esc(page.title)}</h3>

  <label for="toc-control">
    ${showToc ? '<img src="/svg/toc.svg" class="book-icon" alt="Table of Contents" />' : ''}
  </label>
</div>

${showToc ? `  <aside class="hidden">
${toc}
  </aside>` : ''}
<nav class="book-breadcrumbs" aria-label="breadcrumbs">
  <ul class="flex flex-wrap"><li class="flex align-center"><a href="/docs/">Docs</a>
    </li><li class="flex align-center"><img src="/svg/chevron-right.svg" class="book-icon" aria-hidden="true"/><a href="/docs/guide/">User guide</a>
    </li><li class="flex align-center"><img src="/svg/chevron-right.svg" class="book-icon" aria-hidden="true"/><a aria-current="page" >${esc(page.title)}</a>
    </li></ul>
</nav>
      </header>

      <article class="markdown book-article"><h1 id="${titleId}">${page.titleHtml}<a class="anchor" href="#${titleId}"></a></h1>
${body}</article>

      <footer class="book-footer">
<div class="flex flex-wrap justify-between">

<div>
  <a class="flex align-center" href="https://github.com/acme/platform/commit/4f1c2a9e7d3b" title='Last modified by Dana Reyes | March 14, 2025' target="_blank" rel="noopener">
    <img src="/svg/calendar.svg" class="book-icon" alt="" />
    <span>March 14, 2025</span>
  </a>
</div>

<div>
  <a class="flex align-center" href="https://github.com/acme/platform/edit/main/content/docs/guide/${ctx.slug}.md" target="_blank" rel="noopener edit">
    <img src="/svg/edit.svg" class="book-icon" alt="" />
    <span>Edit this page</span>
  </a>
</div>

</div>

  <div class="flex flex-wrap justify-between">
${prev ? `      <a href="${href(prev)}" class="flex align-center float-left book-icon">
        <img src="/svg/backward.svg" alt="Previous" title="${esc(prev.title)}" />
        <span>${esc(prev.title)}</span>
      </a>` : ''}
${next ? `      <a href="${href(next)}" class="flex align-center float-right book-icon">
        <span>${esc(next.title)}</span>
        <img src="/svg/forward.svg" alt="Next" title="${esc(next.title)}" />
      </a>` : ''}
  </div>

<script>(function(){function e(e){const t=window.getSelection(),n=document.createRange();n.selectNodeContents(e),t.removeAllRanges(),t.addRange(n)}document.querySelectorAll("pre code").forEach(t=>{t.addEventListener("click",function(){if(window.getSelection().toString())return;e(t.parentElement),navigator.clipboard&&navigator.clipboard.writeText(t.parentElement.textContent)})})})()</script>

  <div class="book-copyright flex justify-center">
    <small>Acme Platform Docs - &copy; 2025 Acme Corp. Content licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</small>
  </div>
      </footer>

      <label for="menu-control" class="hidden book-menu-overlay"></label>
    </div>

${showToc ? `    <aside class="book-toc">
    <div class="book-toc-content">
${toc}
    </div>
  </aside>` : ''}
  </main>
</body>
</html>
`;
  },
};
