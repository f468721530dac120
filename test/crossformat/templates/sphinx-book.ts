// Sphinx with sphinx-book-theme (Jupyter Book / Executable Books) on pydata-sphinx-theme,
// modelled on the themes' own templates: pydata_sphinx_theme/layout.html (the skip link, the
// "Back to top" button, the search <dialog>, <div class="bd-container"> with the primary sidebar,
// <main id="main-content" class="bd-main"> holding bd-content > bd-article-container (article
// header, <article class="bd-article">, prev-next footer) and the secondary sidebar, then
// <footer class="bd-footer-content">), sphinx_book_theme/layout.html (the hidden sidebar
// checkboxes and overlay labels, and the print-only #jb-print-docs-body block repeating the title
// as an <h1> and the "Contents" table of contents before the article), theme.conf (sidebars
// navbar-logo, search-field, sbt-sidebar-nav; toc_title "Contents"; footer items author,
// copyright, last-updated), components/sbt-sidebar-nav.html (<nav class="bd-links"> with the
// toctree, the current page "current active"), components/page-toc.html (the "Contents" title
// and <nav class="page-toc">), pydata components/breadcrumbs.html (home icon, parents, the active
// title truncated to 15 characters), components/prev-next.html ("previous"/"next" subtitles
// over the page titles), sections/footer-content.html ("By ...", "© Copyright ...", "Last updated
// on ..."), and the article-header buttons of components/download.html, fullscreen.html,
// repobuttons.html, toc-button.html. Body markup as Sphinx (myst-parser) writes it: nested
// <section id> with "#" headerlinks, <div class="admonition note"> with a "admonition-title",
// <div class="highlight-LANG notranslate"><div class="highlight"><pre><span></span>, tables in
// <div class="pst-scrollable-table-container"><table class="table">. sphinx-copybutton adds its
// button from JavaScript, which does not run here (scripts are refused).
// HELD OUT: written after every round of tuning, never tuned on.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';
import type { Heading } from '../content.js';

/** pydata's generate_toc_html: h2 entries with their h3 children, Bootstrap nav classes. */
function pageToc(headings: Heading[]): string {
  const out: string[] = ['<ul class="visible nav section-nav flex-column">'];
  let open = false;
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    const a = `<a class="reference internal nav-link" href="#${h.id}">${esc(h.text)}</a>`;
    if (h.level === 2) {
      if (open) out.push('</ul>\n</li>');
      open = false;
      if (next && next.level === 3) {
        out.push(`<li class="toc-h2 nav-item toc-entry">${a}<ul class="nav section-nav flex-column">`);
        open = true;
      } else out.push(`<li class="toc-h2 nav-item toc-entry">${a}</li>`);
    } else out.push(`<li class="toc-h3 nav-item toc-entry">${a}</li>`);
  });
  if (open) out.push('</ul>\n</li>');
  out.push('</ul>');
  return out.join('\n');
}

/** Sphinx's section tree: every heading opens a <section id> closed by the next one of its level or above. */
function sections(html: string): string {
  const decorated = decorateHeadings(html, (l, id, inner) => `\u0000${l}:${id}\u0000<h${l}>${inner}<a class="headerlink" href="#${id}" title="Link to this heading">#</a></h${l}>`);
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
  return body + '</section>\n'.repeat(open.length);
}

function sphinxBlocks(html: string): string {
  return html
    .replace(/<pre><code(?: class="language-([^"]*)")?>([\s\S]*?)<\/code><\/pre>/g, (_m, lang: string | undefined, code: string) =>
      `<div class="highlight-${lang ?? 'default'} notranslate"><div class="highlight"><pre><span></span>${code}</pre></div>\n</div>`)
    .replace(/<div class="(NOTE|TIP|IMPORTANT|CAUTION|WARNING)">\s*<p>([^<]*)<\/p>/g, (_m, kind: string, label: string) =>
      `<div class="admonition ${kind.toLowerCase()}">\n<p class="admonition-title">${label}</p>`)
    .replace(/<table>/g, '<div class="pst-scrollable-table-container"><table class="table">')
    .replace(/<\/table>/g, '</table>\n</div>');
}

export const sphinxBook: Template = {
  id: 'sphinx-book',
  platform: 'Sphinx / sphinx-book-theme (Jupyter Book)',
  heldOut: true,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Overview', 'Installation', 'Data loading', 'Model training', 'Deployment', 'FAQ']);
    const i = side.findIndex((s) => s.current);
    const prev = side[i - 1];
    const next = side[i + 1];
    const titleId = page.titleId ?? ctx.slug;
    const title = `<h1>${page.titleHtml}<a class="headerlink" href="#${titleId}" title="Link to this heading">#</a></h1>`;
    const body = `<section class="tex2jax_ignore mathjax_ignore" id="${titleId}">\n${title}\n${sphinxBlocks(sections(page.bodyHtml))}</section>\n`;
    const toc = page.headings.length ? pageToc(page.headings) : '';
    const truncated = page.title.length > 15 ? page.title.slice(0, 15).replace(/\s+\S*$/, '') + '...' : page.title;
    return `<!DOCTYPE html>


<html lang="en" data-content_root="../" >

  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />

    <title>${esc(page.title)} &#8212; Acme ML Handbook</title>



  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
    document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
  </script>
  <!--
    this give us a css class that will be invisible only if js is disabled
  -->
  <noscript>
    <style>
      .pst-js-only { display: none !important; }

    </style>
  </noscript>

  <!-- Loaded before other Sphinx assets -->
  <link href="../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
<link href="../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />

    <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=03e43079" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/sphinx-book-theme.css?v=eba8b062" />
    <link rel="stylesheet" type="text/css" href="../_static/copybutton.css?v=76b2166b" />

  <!-- So that users can add custom icons -->
  <script src="../_static/scripts/fontawesome.js?digest=8878045cc6db502f8baf"></script>
  <!-- Pre-loaded scripts that we'll load fully later -->
  <link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf" />
<link rel="preload" as="script" href="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf" />

    <script src="../_static/documentation_options.js?v=9eb32ce0"></script>
    <script src="../_static/doctools.js?v=9a2dae69"></script>
    <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/clipboard.min.js?v=a7894cd8"></script>
    <script src="../_static/copybutton.js?v=f281be69"></script>
    <script src="../_static/scripts/sphinx-book-theme.js?v=887ef09a"></script>
    <script>DOCUMENTATION_OPTIONS.pagename = 'guide/${ctx.slug}';</script>
    <link rel="index" title="Index" href="../genindex.html" />
    <link rel="search" title="Search" href="../search.html" />
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <meta name="docsearch:language" content="en"/>
  <meta name="docsearch:version" content="" />
    <meta name="docbuild:last-update" content="Mar 14, 2025"/>
  </head>


  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">



  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>

  <div id="pst-scroll-pixel-helper"></div>

  <button type="button" class="btn rounded-pill" id="pst-back-to-top">
    <i class="fa-solid fa-arrow-up"></i>Back to top</button>


  <dialog id="pst-search-dialog">

<form class="bd-search d-flex align-items-center"
      action="../search.html"
      method="get">
  <i class="fa-solid fa-magnifying-glass"></i>
  <input type="search"
         class="form-control"
         name="q"
         placeholder="Search this book..."
         aria-label="Search this book..."
         autocomplete="off"
         autocorrect="off"
         autocapitalize="off"
         spellcheck="false"/>
  <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form>
  </dialog>

  <div class="pst-async-banner-revealer d-none">
  <aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside>
</div>


    <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
    </header>


  <div class="bd-container">
    <div class="bd-container__inner bd-page-width">

      <dialog id="pst-primary-sidebar-modal"></dialog>
      <div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">



  <div class="sidebar-header-items sidebar-primary__section">
  </div>

    <div class="sidebar-primary-items__start sidebar-primary__section">
        <div class="sidebar-primary-item">

  <a class="navbar-brand logo" href="../intro.html">

    <img src="../_static/logo.png" class="logo__image only-light" alt="Acme ML Handbook - Home"/>
    <img src="../_static/logo.png" class="logo__image only-dark pst-js-only" alt="Acme ML Handbook - Home"/>

  </a></div>
        <div class="sidebar-primary-item">

 <button class="btn search-button-field search-button__button pst-js-only" title="Search" aria-label="Search" data-bs-placement="bottom" data-bs-toggle="tooltip">
 <i class="fa-solid fa-magnifying-glass"></i>
 <span class="search-button__default-text">Search</span>
 <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span>
 </button></div>
        <div class="sidebar-primary-item"><nav class="bd-links bd-docs-nav" aria-label="Main">
    <div class="bd-toc-item navbar-nav active">

        <ul class="nav bd-sidenav bd-sidenav__home-link">
            <li class="toctree-l1">
                <a class="reference internal" href="../intro.html">
                    Welcome
                </a>
            </li>
        </ul>
        <p aria-level="2" class="caption" role="heading"><span class="caption-text">User guide</span></p>
<ul class="current nav bd-sidenav">
${side.map((s) => `<li class="toctree-l1${s.current ? ' current active' : ''}"><a class="${s.current ? 'current ' : ''}reference internal" href="${s.current ? '#' : `../guide/${s.href.slice(2)}`}">${esc(s.title)}</a></li>`).join('\n')}
</ul>
<p aria-level="2" class="caption" role="heading"><span class="caption-text">Reference</span></p>
<ul class="nav bd-sidenav">
<li class="toctree-l1"><a class="reference internal" href="../reference/api.html">API reference</a></li>
<li class="toctree-l1"><a class="reference internal" href="../reference/changelog.html">Changelog</a></li>
</ul>

    </div>
</nav></div>
    </div>


  <div class="sidebar-primary-items__end sidebar-primary__section">
  </div>

  <div id="rtd-footer-container"></div>


      </div>

      <main id="main-content" class="bd-main" role="main">



<div class="sbt-scroll-pixel-helper"></div>

          <div class="bd-content">
            <div class="bd-article-container">

              <div class="bd-header-article d-print-none">
<div class="header-article-items header-article__inner">

    <div class="header-article-items__start">

        <div class="header-article-item"><button class="sidebar-toggle primary-toggle btn btn-sm" title="Toggle primary sidebar" data-bs-placement="bottom" data-bs-toggle="tooltip">
  <span class="fa-solid fa-bars"></span>
</button></div>

        <div class="header-article-item">

<nav aria-label="Breadcrumb" class="d-print-none">
  <ul class="bd-breadcrumbs">

    <li class="breadcrumb-item breadcrumb-home">
      <a href="../intro.html" class="nav-link" aria-label="Home">
        <i class="fa-solid fa-home"></i>
      </a>
    </li>
    <li class="breadcrumb-item"><a href="index.html" class="nav-link">User guide</a></li>

    <li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">${esc(truncated)}</span></li>
  </ul>
</nav>
</div>

    </div>


    <div class="header-article-items__end">

        <div class="header-article-item">

<div class="article-header-buttons">


<a href="https://github.com/acme/ml-handbook" target="_blank"
   class="btn btn-sm btn-source-repository-button"
   title="Source repository"
   data-bs-placement="bottom" data-bs-toggle="tooltip"
>


<span class="btn__icon-container">
  <i class="fab fa-github"></i>
  </span>

</a>



<a href="https://github.com/acme/ml-handbook/edit/main/book/guide/${ctx.slug}.md" target="_blank"
   class="btn btn-sm btn-edit-button"
   title="Suggest edit"
   data-bs-placement="bottom" data-bs-toggle="tooltip"
>


<span class="btn__icon-container">
  <i class="fas fa-pencil-alt"></i>
  </span>

</a>



<div class="dropdown dropdown-download-buttons">
  <button class="btn dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false" aria-label="Download this page">
    <i class="fas fa-download"></i>
  </button>
  <ul class="dropdown-menu">



<li><a href="../_sources/guide/${ctx.slug}.md" target="_blank"
   class="btn btn-sm btn-download-source-button dropdown-item"
   title="Download source file"
   data-bs-placement="left" data-bs-toggle="tooltip"
>


<span class="btn__icon-container">
  <i class="fas fa-file"></i>
  </span>
<span class="btn__text-container">.md</span>
</a>
</li>




<li>
<button onclick="window.print()"
  class="btn btn-sm btn-download-pdf-button dropdown-item"
  title="Print to PDF"
  data-bs-placement="left" data-bs-toggle="tooltip"
>


<span class="btn__icon-container">
  <i class="fas fa-file-pdf"></i>
  </span>
<span class="btn__text-container">.pdf</span>
</button>
</li>

  </ul>
</div>




<button onclick="toggleFullScreen()"
  class="btn btn-sm btn-fullscreen-button"
  title="Fullscreen mode"
  data-bs-placement="bottom" data-bs-toggle="tooltip"
>


<span class="btn__icon-container">
  <i class="fas fa-expand"></i>
  </span>

</button>



<button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode" data-bs-title="Color mode"  data-bs-placement="bottom" data-bs-toggle="tooltip">
  <i class="theme-switch fa-solid fa-sun                fa-lg" data-mode="light" title="Light"></i>
  <i class="theme-switch fa-solid fa-moon               fa-lg" data-mode="dark"  title="Dark"></i>
  <i class="theme-switch fa-solid fa-circle-half-stroke fa-lg" data-mode="auto"  title="System Settings"></i>
</button>


<button class="btn btn-sm pst-navbar-icon search-button search-button__button pst-js-only" title="Search" aria-label="Search" data-bs-placement="bottom" data-bs-toggle="tooltip">
    <i class="fa-solid fa-magnifying-glass fa-lg"></i>
</button>
<button class="sidebar-toggle secondary-toggle btn btn-sm" title="Toggle secondary sidebar" data-bs-placement="bottom" data-bs-toggle="tooltip">
    <span class="fa-solid fa-list"></span>
</button>
</div></div>

    </div>

</div>
</div>



<div id="jb-print-docs-body" class="onlyprint">
    <h1>${esc(page.title)}</h1>
    <!-- Table of contents -->
    <div id="print-main-content">
        <div id="jb-print-toc">
${toc ? `            <div>
                <h2> Contents </h2>
            </div>
            <nav aria-label="Page">
${toc}
            </nav>` : ''}
        </div>
    </div>
</div>



              <div id="searchbox"></div>
                <article class="bd-article">

${body}

                </article>





                <footer class="prev-next-footer d-print-none">

<div class="prev-next-area">
${prev ? `    <a class="left-prev"
       href="${prev.href}"
       title="previous page">
      <i class="fa-solid fa-angle-left"></i>
      <div class="prev-next-info">
        <p class="prev-next-subtitle">previous</p>
        <p class="prev-next-title">${esc(prev.title)}</p>
      </div>
    </a>` : ''}
${next ? `    <a class="right-next"
       href="${next.href}"
       title="next page">
      <div class="prev-next-info">
        <p class="prev-next-subtitle">next</p>
        <p class="prev-next-title">${esc(next.title)}</p>
      </div>
      <i class="fa-solid fa-angle-right"></i>
    </a>` : ''}
</div>
                </footer>

            </div>



${toc ? `                <dialog id="pst-secondary-sidebar-modal"></dialog>
                <div id="pst-secondary-sidebar" class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">


  <div class="sidebar-secondary-item">
  <div class="page-toc tocsection onthispage">
    <i class="fa-solid fa-list"></i> Contents
  </div>
  <nav class="bd-toc-nav page-toc">
${toc}
  </nav></div>

</div></div>` : ''}


          </div>
          <footer class="bd-footer-content">

<div class="bd-footer-content__inner container">

  <div class="footer-item">

<p class="component-author">
By The Acme ML Team
</p>

  </div>

  <div class="footer-item">


  <p class="copyright">

      &copy; Copyright 2025.
      <br/>

  </p>

  </div>

  <div class="footer-item">

  <p class="last-updated">
  Last updated on Mar 14, 2025.
  <br/>
</p>
  </div>

</div>
          </footer>


      </main>
    </div>
  </div>

  <!-- Scripts loaded after <body> so the DOM is not blocked -->
  <script defer src="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
<script defer src="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>

  <footer class="bd-footer">
  </footer>
  </body>
</html>
`;
  },
};
