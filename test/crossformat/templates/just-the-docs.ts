// Jekyll with the Just the Docs theme (_layouts/default.html, _includes/components/*.html): the
// skip link, the inline SVG symbol sheet, the side bar (site header with the menu button, the
// "Main" nav list, the "This site uses Just the Docs" footer), the main header with the search
// input and the "Auxiliary" nav, the breadcrumb nav, <main> with anchor-heading links before each
// heading's text, and the page footer ("Back to top", copyright, "Page last modified:", "Edit
// this page on GitHub"). HELD OUT: written after every round of tuning, never tuned on.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';

export const justTheDocs: Template = {
  id: 'just-the-docs',
  platform: 'Jekyll / Just the Docs',
  heldOut: true,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Home', 'Installation', 'Configuration', 'Access control', 'Backups', 'Troubleshooting']);
    const anchor = (id: string) => `<a href="#${id}" class="anchor-heading" aria-labelledby="${id}"><svg viewBox="0 0 16 16" aria-hidden="true"><use xlink:href="#svg-link"></use></svg></a>`;
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}">\n  ${anchor(id)} ${inner}\n</h${l}>`);
    const titleId = page.titleId ?? ctx.slug;
    return `<!DOCTYPE html>
<html lang="en-US">
  <head>
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <link rel="stylesheet" href="/assets/css/just-the-docs-default.css">
  <script src="/assets/js/vendor/lunr.min.js"></script>
  <script src="/assets/js/just-the-docs.js"></script>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- Begin Jekyll SEO tag v2.8.0 -->
<title>${esc(page.title)} | Acme Handbook</title>
<meta name="generator" content="Jekyll v4.3.4" />
<meta property="og:title" content="${esc(page.title)}" />
<meta property="og:locale" content="en_US" />
<link rel="canonical" href="https://handbook.acme.org/docs/${ctx.slug}/" />
<meta property="og:site_name" content="Acme Handbook" />
<!-- End Jekyll SEO tag -->
</head>
<body>
  <a class="skip-to-main" href="#main-content">Skip to main content</a>
  <svg xmlns="http://www.w3.org/2000/svg" class="d-none">
  <symbol id="svg-link" viewBox="0 0 24 24">
  <title>Link</title>
  <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-link">
    <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"></path>
  </svg>
</symbol>
  <symbol id="svg-menu" viewBox="0 0 24 24">
  <title>Menu</title>
  <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-menu">
    <line x1="3" y1="12" x2="21" y2="12"></line>
  </svg>
</symbol>
  <symbol id="svg-search" viewBox="0 0 24 24">
  <title>Search</title>
  <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-search">
    <circle cx="11" cy="11" r="8"></circle><line x1="21" y1="21" x2="16.65" y2="16.65"></line>
  </svg>
</symbol>
</svg>

  <div class="side-bar">
  <div class="site-header" role="banner">
    <a href="/" class="site-title lh-tight">
  Acme Handbook
</a>
    <button id="menu-button" class="site-button btn-reset" aria-label="Toggle menu" aria-pressed="false">
      <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><use xlink:href="#svg-menu"></use></svg>
    </button>
  </div>

  <nav aria-label="Main" id="site-nav" class="site-nav">
  <ul class="nav-list">
${side.map((s) => `<li class="nav-list-item${s.current ? ' active' : ''}"><a href="/docs/${s.href.slice(2, -5)}/" class="nav-list-link${s.current ? ' active' : ''}">${esc(s.title)}</a></li>`).join('')}
  </ul>
</nav>

  <footer class="site-footer">
    This site uses <a href="https://github.com/just-the-docs/just-the-docs">Just the Docs</a>, a documentation theme for Jekyll.
  </footer>
</div>

  <div class="main" id="top">
    <div id="main-header" class="main-header">
  <div class="search" role="search">
    <div class="search-input-wrap">
      <input type="text" id="search-input" class="search-input" tabindex="0" placeholder="Search Acme Handbook" aria-label="Search Acme Handbook" autocomplete="off">
      <label for="search-input" class="search-label"><svg viewBox="0 0 24 24" class="search-icon"><use xlink:href="#svg-search"></use></svg></label>
    </div>
    <div id="search-results" class="search-results"></div>
  </div>

  <nav aria-label="Auxiliary" class="aux-nav">
  <ul class="aux-nav-list">
    <li class="aux-nav-list-item">
      <a href="https://github.com/acme/handbook" class="site-button">Handbook on GitHub</a>
    </li>
  </ul>
</nav>
</div>

    <div class="main-content-wrap">
      <nav aria-label="Breadcrumb" class="breadcrumb-nav">
  <ol class="breadcrumb-nav-list">
    <li class="breadcrumb-nav-list-item"><a href="/docs/">Docs</a></li>
    <li class="breadcrumb-nav-list-item"><span>${esc(page.title)}</span></li>
  </ol>
</nav>

      <div id="main-content" class="main-content">
        <main>
          <h1 id="${titleId}">
  ${anchor(titleId)} ${page.titleHtml}
</h1>
${body}
        </main>

          <hr>
<footer>
  <p><a href="#top" id="back-to-top">Back to top</a></p>

  <p class="text-small text-grey-dk-100 mb-0">Copyright &copy; 2019-2025 Acme, Inc. Distributed under a <a href="https://github.com/acme/handbook/tree/main/LICENSE.txt">CC BY 4.0 license.</a></p>

  <div class="d-flex mt-2">
    <p class="text-small text-grey-dk-000 mb-0 mr-2">
      Page last modified: <span class="d-inline-block">Mar 14 2025 at 12:00 AM</span>.
    </p>
    <p class="text-small text-grey-dk-000 mb-0">
      <a href="https://github.com/acme/handbook/tree/main/docs/${ctx.slug}.md" id="edit-this-page">Edit this page on GitHub</a>
    </p>
  </div>
</footer>
      </div>
    </div>
    <div class="search-overlay"></div>
  </div>
</body>
</html>
`;
  },
};
