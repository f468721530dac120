// Sphinx with the Furo theme (furo/base.html, page.html, partials/_head_css_variables.html): the
// inline SVG symbol sheet, the hidden sidebar/toc checkboxes and overlay labels, the skip link,
// the mobile header, the sidebar drawer (brand, search form, toctree with a "Contents" caption),
// "Back to top", the content icons ("View this page", "Edit this page", theme toggle), the
// <article role="main"> whose <section id> tree holds the h1 and the body with "¶" headerlinks,
// the related-pages Next/Previous footer with the copyright and "Made with Sphinx and
// @pradyunsg's Furo", and the "On this page" toc drawer.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

export const furo: Template = {
  id: 'furo',
  platform: 'Sphinx / Furo',
  heldOut: false,
  render(page, ctx) {
    const project = 'urllib3';
    const side = sideEntries(page, ctx, ['Installing', 'User Guide', 'Advanced Usage', 'Reference', 'Contributing', 'Security']);
    const titleId = page.titleId ?? ctx.slug;
    const decorated = decorateHeadings(
      page.bodyHtml,
      (l, id, inner) => `\u0000${l}:${id}\u0000<h${l}>${inner}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h${l}>`,
    );
    const parts = decorated.split(/\u0000(\d):([^\u0000]*)\u0000/);
    let body = parts[0];
    const open: number[] = [];
    for (let i = 1; i < parts.length; i += 3) {
      const level = Number(parts[i]);
      while (open.length && open[open.length - 1] >= level) {
        body += '</section>\n';
        open.pop();
      }
      body += `<section id="${parts[i + 1]}">\n` + parts[i + 2];
      open.push(level);
    }
    body += '</section>\n'.repeat(open.length);
    const svgIcon = (name: string) => `<svg><use href="#svg-${name}"></use></svg>`;
    return `<!doctype html>
<html class="no-js" lang="en" data-content_root="../">
  <head><meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width,initial-scale=1"/>
    <meta name="color-scheme" content="light dark"><meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
    <!-- Generated with Sphinx 8.1.3 and Furo 2024.08.06 -->
        <title>${esc(page.title)} - ${project} 2.3.0 documentation</title>
      <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=a746c00c" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/furo.css?v=354aac6f" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/furo-extensions.css?v=302659d7" />
    <style>
      body {
        --color-code-background: #f8f8f8;
        --color-code-foreground: black;
      }
    </style>
  </head>
  <body>
    <script>
      document.body.dataset.theme = localStorage.getItem("theme") || "auto";
    </script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;">
  <symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title><svg stroke="currentColor" fill="currentColor" stroke-width="0" viewBox="0 0 1024 1024"><path d="M408 442h480c4.4 0 8-3.6 8-8v-56c0-4.4-3.6-8-8-8H408c-4.4 0-8 3.6-8 8v56c0 4.4 3.6 8 8 8z"></path></svg></symbol>
  <symbol id="svg-menu" viewBox="0 0 24 24"><title>Menu</title><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="feather-menu"><line x1="3" y1="12" x2="21" y2="12"></line></svg></symbol>
  <symbol id="svg-arrow-right" viewBox="0 0 24 24"><title>Expand</title><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="feather-chevron-right"><polyline points="9 18 15 12 9 6"></polyline></svg></symbol>
  <symbol id="svg-sun-with-moon" viewBox="0 0 24 24"><title>Auto light/dark, in light mode</title><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1" class="icon-custom-derived-from-feather-sun-and-tabler-moon"><path style="opacity: 50%" d="M 5.411 14.504 C 5.471 14.504 5.532 14.504 5.591 14.504"/></svg></symbol>
</svg>

<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation">
<input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation">
  <div class="visually-hidden">Hide navigation sidebar</div>
</label>
<label class="overlay toc-overlay" for="__toc">
  <div class="visually-hidden">Hide table of contents sidebar</div>
</label>

<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>

<div class="page">
  <header class="mobile-header">
    <div class="header-left">
      <label class="nav-overlay-icon" for="__navigation">
        <div class="visually-hidden">Toggle site navigation sidebar</div>
        <i class="icon">${svgIcon('menu')}</i>
      </label>
    </div>
    <div class="header-center">
      <a href="../index.html"><div class="brand">${project} 2.3.0 documentation</div></a>
    </div>
    <div class="header-right">
      <div class="theme-toggle-container theme-toggle-header">
        <button class="theme-toggle">
          <div class="visually-hidden">Toggle Light / Dark / Auto color theme</div>
          <svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg>
        </button>
      </div>
      <label class="toc-overlay-icon toc-header-icon" for="__toc">
        <div class="visually-hidden">Toggle table of contents sidebar</div>
        <i class="icon">${svgIcon('toc')}</i>
      </label>
    </div>
  </header>
  <aside class="sidebar-drawer">
    <div class="sidebar-container">
      <div class="sidebar-sticky"><a class="sidebar-brand" href="../index.html">
  <div class="sidebar-logo-container"><img class="sidebar-logo" src="../_static/logo.png" alt="Logo"/></div>
  <span class="sidebar-brand-text">${project} 2.3.0 documentation</span>
</a><form class="sidebar-search-container" method="get" action="../search.html" role="search">
  <input class="sidebar-search" placeholder="Search" name="q" aria-label="Search">
  <input type="hidden" name="check_keywords" value="yes">
  <input type="hidden" name="area" value="default">
</form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
  <p class="caption" role="heading"><span class="caption-text">Contents</span></p>
<ul class="current">
${side.map((s) => `<li class="toctree-l1${s.current ? ' current current-page' : ''}"><a class="${s.current ? 'current ' : ''}reference internal" href="${s.href}">${esc(s.title)}</a></li>`).join('\n')}
</ul>
</div>
</div>

      </div>
    </div>
  </aside>
  <div class="main">
    <div class="content">
      <div class="article-container">
        <a href="#" class="back-to-top muted-link">
          <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12z"></path></svg>
          <span>Back to top</span>
        </a>
        <div class="content-icon-container">
          <div class="view-this-page">
  <a class="muted-link" href="../_sources/reference/${ctx.slug}.rst.txt" title="View this page">
    <svg><use href="#svg-eye"></use></svg>
    <span class="visually-hidden">View this page</span>
  </a>
</div><div class="edit-this-page">
  <a class="muted-link" href="https://github.com/urllib3/urllib3/edit/main/docs/reference/${ctx.slug}.rst" title="Edit this page">
    <svg><use href="#svg-pencil"></use></svg>
    <span class="visually-hidden">Edit this page</span>
  </a>
</div><div class="theme-toggle-container theme-toggle-content">
            <button class="theme-toggle">
              <div class="visually-hidden">Toggle Light / Dark / Auto color theme</div>
              <svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg>
            </button>
          </div>
          <label class="toc-overlay-icon toc-content-icon" for="__toc">
            <div class="visually-hidden">Toggle table of contents sidebar</div>
            <i class="icon">${svgIcon('toc')}</i>
          </label>
        </div>
        <article role="main" id="furo-main-content">
          <section id="${titleId}">
<h1>${page.titleHtml}<a class="headerlink" href="#${titleId}" title="Link to this heading">¶</a></h1>
${body}
</section>

        </article>
      </div>
      <footer>
        <div class="related-pages">
          <a class="next-page" href="advanced-usage.html">
              <div class="page-info">
                <div class="context">
                  <span>Next</span>
                </div>
                <div class="title">Advanced Usage</div>
              </div>
              <svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg>
            </a>
          <a class="prev-page" href="user-guide.html">
              <svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg>
              <div class="page-info">
                <div class="context">
                  <span>Previous</span>
                </div>
                <div class="title">User Guide</div>
              </div>
            </a>
        </div>
        <div class="bottom-of-page">
          <div class="left-details">
            <div class="copyright">
                Copyright &#169; 2008-2025, Andrey Petrov and contributors
            </div>
            Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
            <a href="https://github.com/pradyunsg/furo">Furo</a>
          </div>
          <div class="right-details">
            <div class="icons">
              <a class="muted-link " href="https://github.com/urllib3/urllib3" aria-label="GitHub">
                <svg stroke="currentColor" fill="currentColor" stroke-width="0" viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8 0C3.58 0 0 3.58 0 8z"></path></svg>
              </a>
            </div>
          </div>
        </div>
      </footer>
    </div>
    <aside class="toc-drawer">
      <div class="toc-sticky toc-scroll">
        <div class="toc-title-container">
          <span class="toc-title">
            On this page
          </span>
        </div>
        <div class="toc-tree-container">
          <div class="toc-tree">
            <ul>
<li><a class="reference internal" href="#">${esc(page.title)}</a>${tocList(page.headings)}</li>
</ul>

          </div>
        </div>
      </div>
    </aside>
  </div>
</div><script src="../_static/documentation_options.js?v=5a8a8b6d"></script>
    <script src="../_static/doctools.js?v=9a2dae69"></script>
    <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/scripts/furo.js?v=5fa4622c"></script>
    </body>
</html>
`;
  },
};
