// VitePress 1.x default theme (as on vitepress.dev, vite.dev, vuejs.org): the skip link, the
// VPNav bar (title, DocSearch button, menu links, appearance switch, social links), the local
// nav with "Menu" and "Return to top", the VPSidebar whose group names are <h2 class="text"> and
// items <p class="text">, the doc aside "On this page" outline (a role=heading div), the .vp-doc
// body with `header-anchor` permalinks holding a zero-width space, the VPDocFooter ("Edit this
// page on GitHub", "Last updated:", the Previous/Next pager) and the VPFooter licence line.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';

const V = 'data-v-a9a9e638';

export const vitepress: Template = {
  id: 'vitepress',
  platform: 'VitePress',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['What is Vite?', 'Getting Started', 'Features', 'Using Plugins', 'Dependency Pre-Bundling', 'Static Asset Handling']);
    const plain = (s: string) => s.replace(/<[^>]*>/g, '');
    const anchor = (id: string, inner: string) => ` <a class="header-anchor" href="#${id}" aria-label="Permalink to &quot;${esc(plain(inner))}&quot;">\u200b</a>`;
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}" tabindex="-1">${inner}${anchor(id, inner)}</h${l}>`);
    const titleId = page.titleId ?? ctx.slug;
    const outline = page.headings
      .filter((h) => h.level === 2)
      .map((h) => `<li ${V}><a class="outline-link" href="#${h.id}" title="${esc(h.text)}" ${V}>${esc(h.text)}</a><!----></li>`)
      .join('');
    return `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>${esc(page.title)} | Vite</title>
    <meta name="description" content="Next Generation Frontend Tooling">
    <meta name="generator" content="VitePress v1.6.3">
    <link rel="preload stylesheet" href="/assets/style.CkJkzpEy.css" as="style">
    <script type="module" src="/assets/app.D2aXb7dh.js"></script>
    <link rel="icon" type="image/svg+xml" href="/logo.svg">
    <meta property="og:title" content="${esc(page.title)} | Vite">
    <script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();</script>
  </head>
  <body>
    <div id="app"><div class="Layout" ${V}><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0b0ada53></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0b0ada53>Skip to content</a><!--]--><!---->
<header class="VPNav" data-v-b2d05ba3><div class="VPNavBar has-sidebar top" data-v-b2d05ba3><div class="wrapper"><div class="container"><div class="title"><div class="VPNavBarTitle has-sidebar"><a class="title" href="/"><!--[--><!--]--><!--[--><img class="VPImage logo" src="/logo.svg" alt><!--]--><span>Vite</span><!--[--><!--]--></a></div></div><div class="content"><div class="content-body"><!--[--><!--]--><div class="VPNavBarSearch search"><div id="docsearch"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div><nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu"><span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span><!--[--><!--[--><a class="VPLink link VPNavBarMenuLink active" href="/guide/"><!--[--><span>Guide</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/config/"><!--[--><span>Config</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/plugins/"><!--[--><span>Plugins</span><!--]--></a><!--]--><!--]--></nav><div class="VPFlyout VPNavBarTranslations translations"><button type="button" class="button" aria-haspopup="true" aria-expanded="false" aria-label="Change language"><span class="text"><span class="vpi-languages option-icon"></span><!----><span class="vpi-chevron-down text-icon"></span></span></button><div class="menu"><div class="VPMenu"><!----><!--[--><!--[--><div class="items"><p class="title">English</p><!--[--><div class="VPMenuLink"><a class="VPLink link" href="https://cn.vite.dev/"><!--[--><span>简体中文</span><!--]--></a></div><!--]--></div><!--]--><!--]--></div></div></div><div class="VPNavBarAppearance appearance"><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme" aria-checked="false"><span class="check"><span class="icon"><!--[--><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span><!--]--></span></span></button></div><div class="VPSocialLinks VPNavBarSocialLinks social-links"><!--[--><a class="VPSocialLink no-icon" href="https://github.com/vitejs/vite" aria-label="github" target="_blank" rel="noopener"><span class="vpi-social-github"></span></a><!--]--></div><!----></div></div></div></div><div class="divider"><div class="divider-line"></div></div></div><!----></header>
<div class="VPLocalNav has-sidebar empty" data-v-a9a9e638><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav"><span class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;"><button>Return to top</button><!----></div></div></div>
<aside class="VPSidebar" ${V}><div class="curtain"></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1"><span class="visually-hidden" id="sidebar-aria-label">Sidebar Navigation</span><!--[--><!--]--><!--[--><div class="no-transition group"><section class="VPSidebarItem level-0 collapsible has-active"><div class="item" role="button" tabindex="0"><div class="indicator"></div><h2 class="text">Introduction</h2><div class="caret" role="button" aria-label="toggle section" tabindex="0"><span class="vpi-chevron-right caret-icon"></span></div></div><div class="items"><!--[-->
${side.map((s) => `<div class="VPSidebarItem level-1 is-link${s.current ? ' is-active has-active' : ''}"><div class="item"><div class="indicator"></div><a class="VPLink link link" href="/guide/${s.href.slice(2, -5)}"><!--[--><p class="text">${esc(s.title)}</p><!--]--></a><!----></div><!----></div>`).join('')}
<!--]--></div></section></div><div class="no-transition group"><section class="VPSidebarItem level-0 collapsible"><div class="item" role="button" tabindex="0"><div class="indicator"></div><h2 class="text">APIs</h2><div class="caret" role="button" aria-label="toggle section" tabindex="0"><span class="vpi-chevron-right caret-icon"></span></div></div><div class="items"><!--[--><div class="VPSidebarItem level-1 is-link"><div class="item"><div class="indicator"></div><a class="VPLink link link" href="/guide/api-plugin"><!--[--><p class="text">Plugin API</p><!--]--></a><!----></div><!----></div><div class="VPSidebarItem level-1 is-link"><div class="item"><div class="indicator"></div><a class="VPLink link link" href="/guide/api-javascript"><!--[--><p class="text">JavaScript API</p><!--]--></a><!----></div><!----></div><!--]--></div></section></div><!--]--><!--[--><!--]--></nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-91765379><div class="VPDoc has-sidebar has-aside" data-v-91765379 data-v-83890dd9><!--[--><!--]--><div class="container" data-v-83890dd9><div class="aside" data-v-83890dd9><div class="aside-curtain" data-v-83890dd9></div><div class="aside-container" data-v-83890dd9><div class="aside-content" data-v-83890dd9><div class="VPDocAside" data-v-83890dd9 data-v-6d7b3c46><!--[--><!--]--><!--[--><!--]--><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline" data-v-6d7b3c46 data-v-b38bf2ff><div class="content" data-v-b38bf2ff><div class="outline-marker" data-v-b38bf2ff></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-b38bf2ff>On this page</div><ul class="VPDocOutlineItem root" data-v-b38bf2ff ${V}><!--[-->${outline}<!--]--></ul></div></nav><!--[--><!--]--><div class="spacer" data-v-6d7b3c46></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div><div class="content" data-v-83890dd9><div class="content-container" data-v-83890dd9><!--[--><!--]--><main class="main" data-v-83890dd9><div style="position:relative;" class="vp-doc _guide_${ctx.slug.replace(/-/g, '_')}" data-v-83890dd9><div><h1 id="${titleId}" tabindex="-1">${page.titleHtml}${anchor(titleId, page.titleHtml)}</h1>
${body}
</div></div></main><footer class="VPDocFooter" data-v-83890dd9 data-v-4f9813fa><!--[--><!--]--><div class="edit-info" data-v-4f9813fa><div class="edit-link" data-v-4f9813fa><a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="https://github.com/vitejs/vite/edit/main/docs/guide/${ctx.slug}.md" target="_blank" rel="noreferrer" data-v-4f9813fa><!--[--><span class="vpi-square-pen edit-link-icon" data-v-4f9813fa></span> Suggest changes to this page<!--]--></a></div><div class="last-updated" data-v-4f9813fa><p class="VPLastUpdated" data-v-4f9813fa>Last updated: <time datetime="${ctx.updated}T09:12:44.000Z">3/14/25, 9:12 AM</time></p></div></div><nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-4f9813fa><span class="visually-hidden" id="doc-footer-aria-label" data-v-4f9813fa>Pager</span><div class="pager" data-v-4f9813fa><a class="VPLink link pager-link prev" href="/guide/features" data-v-4f9813fa><!--[--><span class="desc" data-v-4f9813fa>Previous page</span><span class="title" data-v-4f9813fa>Features</span><!--]--></a></div><div class="pager" data-v-4f9813fa><a class="VPLink link pager-link next" href="/guide/using-plugins" data-v-4f9813fa><!--[--><span class="desc" data-v-4f9813fa>Next page</span><span class="title" data-v-4f9813fa>Using Plugins</span><!--]--></a></div></nav></footer><!--[--><!--]--></div></div></div><!--[--><!--]--></div></div>
<footer class="VPFooter has-sidebar" data-v-e315a0ad data-v-c970a860><div class="container" data-v-c970a860><p class="message" data-v-c970a860>Released under the MIT License. (8a4f4a3a)</p><p class="copyright" data-v-c970a860>Copyright © 2019-present VoidZero Inc. &amp; Vite Contributors</p></div></footer><!--[--><!--]--></div></div>
    <script>window.__VP_HASH_MAP__=JSON.parse("{}");window.__VP_SITE_DATA__=JSON.parse("{}");</script>
  </body>
</html>
`;
  },
};
