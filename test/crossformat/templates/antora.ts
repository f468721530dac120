// Antora with its default UI (antora-ui-default: header-content.hbs, nav.hbs, toolbar.hbs,
// article.hbs, pagination.hbs, footer-content.hbs), the body as Asciidoctor writes it
// (div.sect1 > h2 with an empty a.anchor + div.sectionbody, div.paragraph > p, div.ulist,
// div.listingblock > div.content > pre): the Bulma navbar, the component nav (menu panel and the
// explore panel with component versions), the toolbar with breadcrumbs, page versions and "Edit
// this Page", the "Contents" toc aside, the article with prev/next pagination and the UI footer.
// HELD OUT: written before the structure-first extraction was tuned on Nextra, never tuned on.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';

export const antora: Template = {
  id: 'antora',
  platform: 'Antora (default UI)',
  heldOut: true,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Introduction', 'Install', 'Security Overview', 'Authentication', 'Authorization', 'Auditing']);
    // Asciidoctor: sections wrap their heading and body; paragraphs, lists and listings sit in blocks
    let html = page.bodyHtml
      .replace(/<p>([\s\S]*?)<\/p>/g, '<div class="paragraph">\n<p>$1</p>\n</div>')
      .replace(/<pre>([\s\S]*?)<\/pre>/g, '<div class="listingblock">\n<div class="content">\n<pre class="highlightjs highlight">$1</pre>\n</div>\n</div>');
    html = decorateHeadings(html, (l, id, inner) => `\u0000${l}:${id}\u0000<h${l} id="${id}"><a class="anchor" href="#${id}"></a>${inner}</h${l}>`);
    const parts = html.split(/\u0000(\d):([^\u0000]*)\u0000/);
    let body = parts[0].trim() ? `<div id="preamble">\n<div class="sectionbody">\n${parts[0]}</div>\n</div>\n` : '';
    const open: number[] = [];
    for (let i = 1; i < parts.length; i += 3) {
      const level = Number(parts[i]);
      while (open.length && open[open.length - 1] >= level) {
        body += open.pop() === 2 ? '</div>\n</div>\n' : '</div>\n';
      }
      body += level === 2 ? `<div class="sect1">\n${parts[i + 2].replace(/(<\/h2>)/, '$1\n<div class="sectionbody">')}` : `<div class="sect${level - 1}">\n${parts[i + 2]}`;
      open.push(level);
    }
    while (open.length) body += open.pop() === 2 ? '</div>\n</div>\n' : '</div>\n';
    return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>${esc(page.title)} :: Acme Server Docs</title>
    <link rel="canonical" href="https://docs.acme.org/server/current/security/${ctx.slug}.html">
    <meta name="generator" content="Antora 3.1.9">
    <link rel="stylesheet" href="../../_/css/site.css">
    <script>var uiRootPath = '../../_'</script>
  </head>
  <body class="article">
<header class="header">
  <nav class="navbar">
    <div class="navbar-brand">
      <a class="navbar-item" href="https://docs.acme.org">Acme Server Docs</a>
      <button class="navbar-burger" data-target="topbar-nav">
        <span></span>
        <span></span>
        <span></span>
      </button>
    </div>
    <div id="topbar-nav" class="navbar-menu">
      <div class="navbar-end">
        <a class="navbar-item" href="#">Home</a>
        <div class="navbar-item has-dropdown is-hoverable">
          <a class="navbar-link" href="#">Products</a>
          <div class="navbar-dropdown">
            <a class="navbar-item" href="#">Server</a>
            <a class="navbar-item" href="#">Mobile</a>
            <a class="navbar-item" href="#">Operator</a>
          </div>
        </div>
        <div class="navbar-item has-dropdown is-hoverable">
          <a class="navbar-link" href="#">Services</a>
          <div class="navbar-dropdown">
            <a class="navbar-item" href="#">Support</a>
            <a class="navbar-item" href="#">Training</a>
          </div>
        </div>
        <div class="navbar-item">
          <span class="control">
            <a class="button is-primary" href="#">Download</a>
          </span>
        </div>
      </div>
    </div>
  </nav>
</header>
<div class="body">
<div class="nav-container" data-component="server" data-version="7.6">
  <aside class="nav">
    <div class="panels">
<div class="nav-panel-menu is-active" data-panel="menu">
  <nav class="nav-menu">
    <button class="nav-menu-toggle" aria-label="Toggle expand/collapse all" style="display: none"></button>
    <h3 class="title"><a href="../index.html">Server</a></h3>
<ul class="nav-list">
  <li class="nav-item is-active" data-depth="0">
<ul class="nav-list">
${side.map((s) => `  <li class="nav-item${s.current ? ' is-current-page is-active' : ''}" data-depth="1">
    <a class="nav-link" href="${s.href}"${s.current ? ' aria-current="page"' : ''}>${esc(s.title)}</a>
  </li>`).join('\n')}
</ul>
  </li>
</ul>
  </nav>
</div>
<div class="nav-panel-explore" data-panel="explore">
  <div class="context">
    <span class="title">Server</span>
    <span class="version">7.6</span>
  </div>
  <ul class="components">
    <li class="component is-current">
      <a class="title" href="../index.html">Server</a>
      <ul class="versions">
        <li class="version is-current is-latest">
          <a href="../index.html">7.6</a>
        </li>
        <li class="version">
          <a href="../../7.2/index.html">7.2</a>
        </li>
      </ul>
    </li>
    <li class="component">
      <a class="title" href="../../../mobile/current/index.html">Mobile</a>
      <ul class="versions">
        <li class="version is-latest">
          <a href="../../../mobile/current/index.html">3.2</a>
        </li>
      </ul>
    </li>
  </ul>
</div>
    </div>
  </aside>
</div>
<main class="article">
<div class="toolbar" role="navigation">
<button class="nav-toggle"></button>
  <a href="../index.html" class="home-link"></a>
<nav class="breadcrumbs" aria-label="breadcrumbs">
  <ul>
    <li><a href="../index.html">Server</a></li>
    <li><a href="index.html">Security</a></li>
    <li><a href="${ctx.slug}.html">${esc(page.title)}</a></li>
  </ul>
</nav>
<div class="page-versions">
  <button class="version-menu-toggle" title="Show other versions of page">7.6</button>
  <div class="version-menu">
    <a class="version is-current" href="${ctx.slug}.html">7.6</a>
    <a class="version" href="../../7.2/security/${ctx.slug}.html">7.2</a>
  </div>
</div>
  <div class="edit-this-page"><a href="https://github.com/acme/docs-server/edit/release/7.6/modules/security/pages/${ctx.slug}.adoc">Edit this Page</a></div>
  </div>
  <div class="content">
<aside class="toc sidebar" data-title="Contents" data-levels="2">
  <div class="toc-menu"></div>
</aside>
<article class="doc">
<h1 class="page">${page.titleHtml}</h1>
${body}
<nav class="pagination">
  <span class="prev"><a href="authentication.html">Authentication</a></span>
  <span class="next"><a href="auditing.html">Auditing</a></span>
</nav>
</article>
  </div>
</main>
</div>
<footer class="footer">
  <p>This page was built using the Antora default UI.</p>
  <p>The source code for this UI is licensed under the terms of the MPL-2.0 license.</p>
</footer>
<script id="site-script" src="../../_/js/site.js" data-ui-root-path="../../_"></script>
<script async src="../../_/js/vendor/highlight.js"></script>
  </body>
</html>
`;
  },
};
