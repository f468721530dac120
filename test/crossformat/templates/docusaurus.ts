// Docusaurus 3 (theme-classic): skip link, navbar, the docs sidebar, breadcrumbs, the mobile
// "On this page" toggle, the article with hash-link headings, "Edit this page" and "Last updated
// on", Previous/Next pagination, the desktop table of contents and the link-column footer.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

export const docusaurus: Template = {
  id: 'docusaurus',
  platform: 'Docusaurus',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Introduction', 'Identities', 'Sessions', 'Multi-factor authentication', 'Account recovery', 'Troubleshooting']);
    const body = decorateHeadings(
      page.bodyHtml,
      (l, id, inner) => `<h${l} class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${inner}<a href="#${id}" class="hash-link" aria-label="Direct link to ${esc(inner.replace(/<[^>]*>/g, ''))}" title="Direct link to ${esc(inner.replace(/<[^>]*>/g, ''))}">\u200b</a></h${l}>`,
    );
    return `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-${ctx.slug}" data-has-hydrated="true" data-theme="light">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">${esc(page.title)} | Ory</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="${esc(page.title)} | Ory">
<link data-rh="true" rel="canonical" href="https://www.ory.sh/docs/concepts/${ctx.slug}">
<link rel="stylesheet" href="/docs/assets/css/styles.6d1b6c4e.css">
<script src="/docs/assets/js/runtime~main.a1b2c3d4.js" defer="defer"></script>
<style>.hash-link{opacity:0}</style>
</head>
<body class="navigation-with-keyboard">
<div id="__docusaurus">
<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top">
  <div class="navbar__inner">
    <div class="theme-layout-navbar-left navbar__items">
      <button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path d="M4 7h22M4 15h22M4 23h22"></path></svg></button>
      <a class="navbar__brand" href="/docs/"><div class="navbar__logo"><img src="/docs/img/logo.svg" alt="Ory" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Ory</b></a>
      <a class="navbar__item navbar__link" href="/docs/getting-started/overview">Get started</a>
      <a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/security-model">Concepts</a>
      <a class="navbar__item navbar__link" href="/docs/reference/api">API reference</a>
    </div>
    <div class="theme-layout-navbar-right navbar__items navbar__items--right">
      <a href="https://github.com/ory" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2z"></path></svg></a>
      <div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div>
    </div>
  </div>
  <div role="presentation" class="navbar-sidebar__backdrop"></div>
</nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0">
<div class="docsWrapper_hBAB">
<button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button>
<div class="docRoot_UBD9">
  <aside class="theme-doc-sidebar-container docSidebarContainer_YfHR">
    <div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
      <nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
        <ul class="theme-doc-sidebar-menu menu__list">
${side.map((s) => `          <li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link${s.current ? ' menu__link--active' : ''}"${s.current ? ' aria-current="page"' : ''} href="/docs/concepts/${s.href.slice(2, -5)}">${esc(s.title)}</a></li>`).join('\n')}
        </ul>
      </nav>
      <button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline collapseSidebarButton_PEFL"><svg width="20" height="20" aria-hidden="true" class="collapseSidebarButtonIcon_kv0_"><g fill="#7a7a7a"><path d="M9.992 10.023c0 .2-.062.399-.172.547l-4.996 7.492"></path></g></svg></button>
    </div></div>
  </aside>
  <main class="docMainContainer_TBSr">
    <div class="container padding-top--md padding-bottom--lg">
      <div class="row">
        <div class="col docItemCol_VOVn">
          <div class="docItemContainer_Djhp">
            <article>
              <nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">
                <ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList">
                  <li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/docs/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li>
                  <li class="breadcrumbs__item"><span class="breadcrumbs__link">Concepts</span><meta itemprop="position" content="1"></li>
                  <li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">${esc(page.title)}</span><meta itemprop="position" content="2"></li>
                </ul>
              </nav>
              <div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
              <div class="theme-doc-markdown markdown">
                <header><h1>${page.titleHtml}</h1></header>
${body}
              </div>
              <footer class="theme-doc-footer docusaurus-mt-lg">
                <div class="row margin-top--sm theme-doc-footer-edit-meta-row">
                  <div class="col"><a href="https://github.com/ory/docs/edit/master/docs/concepts/${ctx.slug}.mdx" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></g></svg>Edit this page</a></div>
                  <div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="${ctx.updated}T00:00:00.000Z" itemprop="dateModified">${ctx.updated}</time></b></span></div>
                </div>
              </footer>
            </article>
            <nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">
              <a class="pagination-nav__link pagination-nav__link--prev" href="/docs/concepts/sessions"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Sessions</div></a>
              <a class="pagination-nav__link pagination-nav__link--next" href="/docs/concepts/account-recovery"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Account recovery</div></a>
            </nav>
          </div>
        </div>
        <div class="col col--3">
          <div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">
${tocList(page.headings, { ul: 'table-of-contents table-of-contents__left-border', a: 'table-of-contents__link toc-highlight', sub: '' })}
          </div>
        </div>
      </div>
    </div>
  </main>
</div>
</div>
</div>
<footer class="theme-layout-footer footer footer--dark">
  <div class="container container-fluid">
    <div class="row footer__links">
      <div class="theme-layout-footer-column col footer__col"><div class="footer__title">Company</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="https://www.ory.sh/about">About</a></li><li class="footer__item"><a class="footer__link-item" href="https://www.ory.sh/jobs">Careers</a></li><li class="footer__item"><a class="footer__link-item" href="https://www.ory.sh/blog">Blog</a></li></ul></div>
      <div class="theme-layout-footer-column col footer__col"><div class="footer__title">Resources</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="https://www.ory.sh/docs">Documentation</a></li><li class="footer__item"><a class="footer__link-item" href="https://status.ory.sh">Status</a></li></ul></div>
      <div class="theme-layout-footer-column col footer__col"><div class="footer__title">Legal</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="https://www.ory.sh/privacy">Privacy policy</a></li><li class="footer__item"><a class="footer__link-item" href="https://www.ory.sh/tos">Terms of service</a></li><li class="footer__item"><a class="footer__link-item" href="#" id="cookie-settings">Cookie settings</a></li></ul></div>
    </div>
    <div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Ory Corp</div></div>
  </div>
</footer>
</div>
<div class="cookieBanner_Xc0T" role="dialog" aria-live="polite" aria-label="cookieconsent"><span id="cookieconsent:desc" class="cc-message">This website uses cookies to ensure you get the best experience on our website.</span><div class="cc-compliance"><a aria-label="learn more about cookies" role="button" class="cc-link" href="https://www.ory.sh/privacy">Learn more</a><a aria-label="allow cookies" role="button" class="cc-btn cc-allow">Allow cookies</a></div></div>
</body>
</html>
`;
  },
};
