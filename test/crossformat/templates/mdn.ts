// MDN Web Docs (developer.mozilla.org, yari): top navigation with search and theme switcher, the
// article toolbar with breadcrumbs, the "Filter sidebar" related-topics sidebar, "In this
// article" outline, sections wrapped in <section aria-labelledby>, linked headings, and the
// "Help improve MDN" block (an <h2> after the content) with "Was this page helpful to you?",
// "This page was last modified on ..." and "View this page on GitHub • Report a problem with
// this content", then the Mozilla footer. Held out at first (written after the extractor was tuned), now tuned on for extraction without profiles.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

export const mdn: Template = {
  id: 'mdn',
  platform: 'MDN Web Docs',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Web security', 'Content Security Policy (CSP)', 'HTTP Strict Transport Security', 'Same-origin policy', 'Subresource Integrity', 'Transport Layer Security']);
    // yari wraps each h2 and what follows in <section aria-labelledby>, and links the heading to itself
    const linked = decorateHeadings(page.bodyHtml, (l, id, inner) => `\u0000${l}:${id}\u0000<h${l} id="${id}"><a href="#${id}">${inner}</a></h${l}>`);
    const parts = linked.split(/\u0000(\d):([^\u0000]*)\u0000/);
    let body = parts[0] ? `<div class="section-content">${parts[0]}</div>\n` : '';
    let open = false;
    for (let i = 1; i < parts.length; i += 3) {
      if (parts[i] === '2') {
        if (open) body += '</section>\n';
        body += `<section aria-labelledby="${parts[i + 1]}">`;
        open = true;
      }
      body += parts[i + 2];
    }
    if (open) body += '</section>\n';
    return `<!doctype html>
<html lang="en-US" data-theme="light dark" style="color-scheme:light dark" data-renderer="Doc">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="icon" href="https://developer.mozilla.org/favicon-48x48.png"/>
<meta name="theme-color" content="#ffffff"/>
<meta property="og:site_name" content="MDN Web Docs"/>
<meta property="og:title" content="${esc(page.title)} - Security | MDN"/>
<link rel="canonical" href="https://developer.mozilla.org/en-US/docs/Web/Security/${ctx.slug}"/>
<title>${esc(page.title)} - Security | MDN</title>
<link rel="stylesheet" href="/static/css/main.5a1b2c3d.css"/>
<script defer src="/static/js/main.9e8f7a6b.js"></script>
</head>
<body>
<script>if(document.body.addEventListener("load",(t=>{t.target.classList.contains("interactive")&&t.target.setAttribute("data-readystate","complete")}),{capture:!0}),window&&document.documentElement){const t={light:"#ffffff",dark:"#1b1b1b"};try{const e=window.localStorage.getItem("theme");e&&(document.documentElement.className=e,document.documentElement.style.backgroundColor=t[e])}catch(e){console.warn("Unable to read theme from localStorage",e)}}</script>
<div id="root">
<ul id="nav-access" class="a11y-nav">
  <li><a id="skip-main" href="#content">Skip to main content</a></li>
  <li><a id="skip-search" href="#search-q">Skip to search</a></li>
</ul>
<div class="page-wrapper category-security document-page">
  <div class="top-banner loading"><section class="place top container"></section></div>
  <div class="sticky-header-container">
    <header class="top-navigation">
      <div class="container">
        <div class="top-navigation-wrap">
          <a href="/en-US/" class="logo" aria-label="MDN homepage"><svg id="mdn-docs-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 694.9 104.4" role="img"><title>MDN Web Docs</title><path d="M40.3 0L11.7 92.1H0L28.5 0h11.8z"></path></svg></a>
          <button title="Open main menu" type="button" class="button action has-icon main-menu-toggle" aria-haspopup="menu" aria-label="Open main menu" aria-expanded="false"><span class="button-wrap"><span class="icon icon-menu"></span><span class="visually-hidden">Open main menu</span></span></button>
        </div>
        <div class="top-navigation-main">
          <nav class="main-nav" aria-label="Main menu">
            <ul class="main-menu nojs">
              <li class="top-level-entry-container active"><button type="button" class="top-level-entry menu-toggle" aria-controls="references-menu" aria-expanded="false">References</button><a href="/en-US/docs/Web" class="top-level-entry">References</a></li>
              <li class="top-level-entry-container"><button type="button" class="top-level-entry menu-toggle" aria-controls="guides-menu" aria-expanded="false">Learn</button><a href="/en-US/docs/Learn_web_development" class="top-level-entry">Learn</a></li>
              <li class="top-level-entry-container"><button type="button" class="top-level-entry menu-toggle" aria-controls="tools-menu" aria-expanded="false">Plus</button><a href="/en-US/plus" class="top-level-entry">Plus</a></li>
              <li class="top-level-entry-container"><a class="top-level-entry menu-link" href="/en-US/blog/">Blog</a></li>
              <li class="top-level-entry-container"><a class="top-level-entry menu-link" href="/en-US/play">Playground</a></li>
            </ul>
          </nav>
          <div class="header-search"><form action="/en-US/search" class="search-form search-widget" id="top-nav-search-form" role="search"><label id="top-nav-search-label" for="top-nav-search-input" class="visually-hidden">Search MDN</label><input aria-activedescendant="" aria-autocomplete="list" aria-controls="top-nav-search-menu" aria-expanded="false" aria-labelledby="top-nav-search-label" autocomplete="off" id="top-nav-search-input" role="combobox" type="search" class="search-input-field" name="q" placeholder="   " required="" value=""/><button type="button" class="button action has-icon clear-search-button"><span class="button-wrap"><span class="icon icon-cancel"></span><span class="visually-hidden">Clear search input</span></span></button><button type="submit" class="button action has-icon search-button"><span class="button-wrap"><span class="icon icon-search"></span><span class="visually-hidden">Search</span></span></button></form></div>
          <div class="theme-switcher-menu"><button type="button" class="button action has-icon theme-switcher-menu small" aria-haspopup="menu"><span class="button-wrap"><span class="icon icon-theme-os-default"></span>Theme</span></button></div>
          <ul class="auth-container"><li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fdocs%2FWeb%2FSecurity%2F${ctx.slug}" class="login-link" rel="nofollow">Log in</a></li><li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fplus" target="_self" rel="nofollow" class="button primary mdn-plus-subscribe-link"><span class="button-wrap">Sign up for free</span></a></li></ul>
        </div>
      </div>
    </header>
    <div class="article-actions-container">
      <div class="container">
        <button type="button" class="button action has-icon sidebar-button" aria-label="Expand sidebar" aria-expanded="false" aria-controls="sidebar-quicklinks"><span class="button-wrap"><span class="icon icon-sidebar"></span></span></button>
        <nav class="breadcrumbs-container" aria-label="Breadcrumb">
          <ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs">
            <li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web" class="breadcrumb" property="item" typeof="WebPage"><span property="name">Web</span></a><meta property="position" content="1"/></li>
            <li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/Security" class="breadcrumb" property="item" typeof="WebPage"><span property="name">Security</span></a><meta property="position" content="2"/></li>
            <li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/Security/${ctx.slug}" class="breadcrumb-current-page" property="item" typeof="WebPage"><span property="name">${esc(page.title)}</span></a><meta property="position" content="3"/></li>
          </ol>
        </nav>
        <div class="article-actions">
          <button type="button" class="button action has-icon article-actions-toggle" aria-label="Article actions"><span class="button-wrap"><span class="icon icon-ellipses"></span><span class="article-actions-dialog-heading">Article Actions</span></span></button>
          <ul class="article-actions-entries"><li class="article-actions-entry"><div class="languages-switcher-menu open-on-focus-within"><button id="languages-switcher-button" type="button" class="button action small has-icon languages-switcher-menu" aria-haspopup="menu"><span class="button-wrap"><span class="icon icon-language"></span>English (US)</span></button></div></li></ul>
        </div>
      </div>
    </div>
  </div>
  <div class="main-wrapper">
    <div class="sidebar-container">
      <aside id="sidebar-quicklinks" class="sidebar" data-macro="SecuritySidebar">
        <button type="button" class="button light has-icon backdrop" aria-label="Collapse sidebar"><span class="button-wrap"><span class="icon icon-cancel"></span></span></button>
        <nav aria-label="Related Topics" class="sidebar-inner">
          <header class="sidebar-actions"><section class="sidebar-filter-container"><div class="sidebar-filter "><label id="sidebar-filter-label" class="sidebar-filter-label" for="sidebar-filter-input"><span class="icon icon-filter"></span><span class="visually-hidden">Filter sidebar</span></label><input id="sidebar-filter-input" autocomplete="off" class="sidebar-filter-input-field false" type="text" placeholder="Filter" value=""/></div></section></header>
          <div class="sidebar-body">
            <ol>
${side.map((s) => `              <li${s.current ? ' class="section"' : ''}><a href="/en-US/docs/Web/Security/${s.href.slice(2, -5)}"${s.current ? ' aria-current="page"' : ''}>${esc(s.title)}</a></li>`).join('\n')}
            </ol>
          </div>
        </nav>
      </aside>
      <div class="toc-container">
        <aside class="toc">
          <nav class="document-toc-container" aria-labelledby="on-this-page">
            <h2 id="on-this-page" class="document-toc-heading">In this article</h2>
${tocList(page.headings.filter((h) => h.level === 2), { ul: 'document-toc-list', li: 'document-toc-item', a: 'document-toc-link' })}
          </nav>
        </aside>
        <div class="side"><section class="place side"></section></div>
      </div>
    </div>
    <main id="content" class="main-content" role="main">
      <article class="main-page-content" lang="en-US">
        <header>
          <h1>${page.titleHtml}</h1>
          <details class="baseline-indicator high"><summary><span class="indicator" role="img" aria-label="Baseline Check"></span><div class="status-title">Baseline<!-- --> <span class="not-bold">Widely available</span></div><div class="browsers"><span class="engine" title="Supported in Chrome and Edge"><span class="browser chrome supported" role="img" aria-label="Chrome check"></span></span></div><span class="icon icon-chevron "></span></summary><div class="extra"><p>This feature is well established and works across many devices and browser versions. It’s been available across browsers since July 2015.</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility" data-glean="baseline_link_learn_more" target="_blank" class="learn-more">Learn more</a></li><li><a href="#browser_compatibility" data-glean="baseline_link_bcd_table">See full compatibility</a></li><li><a href="https://survey.alchemer.com/s3/7634825/MDN-baseline-feedback?page=%2Fen-US%2Fdocs%2FWeb%2FSecurity%2F${ctx.slug}&amp;level=high" data-glean="baseline_link_feedback" class="feedback-link" target="_blank" rel="noreferrer">Report feedback</a></li></ul></div></details>
        </header>
${body}
        <aside class="metadata">
          <div class="metadata-content">
            <p class="last-modified-date">This page was last modified on <time dateTime="${ctx.updated}T00:00:00.000Z">Mar 14, 2025</time> by <a href="/en-US/docs/Web/Security/${ctx.slug}/contributors.txt" rel="nofollow">MDN contributors</a>.</p>
            <p><a href="https://github.com/mdn/content/blob/main/files/en-us/web/security/${ctx.slug}/index.md?plain=1" title="Folder: en-us/web/security/${ctx.slug} (Opens in a new tab)" target="_blank" rel="noopener noreferrer">View this page on GitHub</a> • <a href="https://github.com/mdn/content/issues/new?template=page-report.yml" title="This will take you to GitHub to file a new issue." target="_blank" rel="noopener noreferrer">Report a problem with this content</a></p>
          </div>
        </aside>
      </article>
      <div class="article-footer">
        <aside class="article-footer-inner">
          <div class="svg-container"><svg xmlns="http://www.w3.org/2000/svg" width="162" height="162" viewBox="0 0 162 162" fill="none" role="none"><path d="M0 0"></path></svg></div>
          <h2>Help improve MDN</h2>
          <fieldset class="feedback"><label>Was this page helpful to you?</label><div class="button-container"><button type="button" class="button primary has-icon yes"><span class="button-wrap"><span class="icon icon-thumbs-up"></span>Yes</span></button><button type="button" class="button primary has-icon no"><span class="button-wrap"><span class="icon icon-thumbs-down"></span>No</span></button></div></fieldset>
          <a class="contribute" href="/en-US/docs/MDN/Community/Getting_started" target="_blank" rel="noopener noreferrer">Learn how to contribute</a>
          <p class="last-modified-date">This page was last modified on <time dateTime="${ctx.updated}T00:00:00.000Z">Mar 14, 2025</time> by <a href="/en-US/docs/Web/Security/${ctx.slug}/contributors.txt" rel="nofollow">MDN contributors</a>.</p>
          <div id="on-github" class="on-github"><a href="https://github.com/mdn/content/blob/main/files/en-us/web/security/${ctx.slug}/index.md?plain=1" title="Folder: en-us/web/security/${ctx.slug} (Opens in a new tab)" target="_blank" rel="noopener noreferrer">View this page on GitHub</a> • <a href="https://github.com/mdn/content/issues/new?template=page-report.yml" title="This will take you to GitHub to file a new issue." target="_blank" rel="noopener noreferrer">Report a problem with this content</a></div>
        </aside>
      </div>
    </main>
  </div>
  <footer id="nav-footer" class="page-footer">
    <div class="page-footer-grid">
      <div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo" aria-label="MDN homepage"><svg width="48" height="17" viewBox="0 0 48 17" fill="none"><path d="M0 0"></path></svg></a><p>Your blueprint for a better internet.</p>
        <ul class="social-icons"><li><a href="https://mastodon.social/@mdn" target="_blank" rel="me noopener noreferrer"><span class="icon icon-mastodon"></span><span class="visually-hidden">MDN on Mastodon</span></a></li><li><a href="https://github.com/mdn/" target="_blank" rel="noopener noreferrer"><span class="icon icon-github-mark-small"></span><span class="visually-hidden">MDN on GitHub</span></a></li></ul>
      </div>
      <div class="page-footer-nav-col-1"><h2 class="footer-nav-heading">MDN</h2><ul class="footer-nav-list"><li class="footer-nav-item"><a href="/en-US/about">About</a></li><li class="footer-nav-item"><a href="/en-US/blog/">Blog</a></li><li class="footer-nav-item"><a href="https://www.mozilla.org/en-US/careers/listings/?team=ProdOps" target="_blank" rel="noopener noreferrer">Careers</a></li><li class="footer-nav-item"><a href="/en-US/advertising">Advertise with us</a></li></ul></div>
      <div class="page-footer-nav-col-2"><h2 class="footer-nav-heading">Support</h2><ul class="footer-nav-list"><li class="footer-nav-item"><a class="footer-nav-link" href="https://support.mozilla.org/products/mdn-plus">Product help</a></li><li class="footer-nav-item"><a class="footer-nav-link" href="/en-US/docs/MDN/Community/Issues">Report an issue</a></li></ul></div>
      <div class="page-footer-nav-col-3"><h2 class="footer-nav-heading">Our communities</h2><ul class="footer-nav-list"><li class="footer-nav-item"><a class="footer-nav-link" href="/en-US/community">MDN Community</a></li><li class="footer-nav-item"><a class="footer-nav-link" href="https://discourse.mozilla.org/c/mdn/236" target="_blank" rel="noopener noreferrer">MDN Forum</a></li><li class="footer-nav-item"><a class="footer-nav-link" href="/discord" target="_blank" rel="noopener noreferrer">MDN Chat</a></li></ul></div>
      <div class="page-footer-nav-col-4"><h2 class="footer-nav-heading">Developers</h2><ul class="footer-nav-list"><li class="footer-nav-item"><a class="footer-nav-link" href="/en-US/docs/Web">Web Technologies</a></li><li class="footer-nav-item"><a class="footer-nav-link" href="/en-US/docs/Learn">Learn Web Development</a></li><li class="footer-nav-item"><a class="footer-nav-link" href="/en-US/plus">MDN Plus</a></li><li class="footer-nav-item"><a href="https://hacks.mozilla.org/" target="_blank" rel="noopener noreferrer" class="footer-nav-link">Hacks Blog</a></li></ul></div>
      <div class="page-footer-moz"><a href="https://www.mozilla.org/" class="footer-moz-logo-link" target="_blank" rel="noopener noreferrer"><svg width="112" height="32" fill="none" xmlns="http://www.w3.org/2000/svg"><title id="mozilla-footer-logo-svg">Mozilla logo</title><path d="M0 0"></path></svg></a>
        <ul class="footer-moz-list"><li class="footer-moz-item"><a href="https://www.mozilla.org/privacy/websites/" class="footer-moz-link" target="_blank" rel="noopener noreferrer">Website Privacy Notice</a></li><li class="footer-moz-item"><a href="https://www.mozilla.org/privacy/websites/#cookies" class="footer-moz-link" target="_blank" rel="noopener noreferrer">Cookies</a></li><li class="footer-moz-item"><a href="https://www.mozilla.org/about/legal/terms/mozilla" class="footer-moz-link" target="_blank" rel="noopener noreferrer">Legal</a></li><li class="footer-moz-item"><a href="https://www.mozilla.org/about/governance/policies/participation/" class="footer-moz-link" target="_blank" rel="noopener noreferrer">Community Participation Guidelines</a></li></ul>
      </div>
      <div class="page-footer-legal"><p id="license" class="page-footer-legal-text">Visit <a href="https://www.mozilla.org" target="_blank" rel="noopener noreferrer">Mozilla Corporation’s</a> not-for-profit parent, the <a target="_blank" rel="noopener noreferrer" href="https://foundation.mozilla.org/?utm_source=developer.mozilla.org&amp;utm_campaign=mdn-footer&amp;utm_medium=referral">Mozilla Foundation</a>.<br/>Portions of this content are ©1998–<!-- -->2025<!-- --> by individual mozilla.org contributors. Content available under <a href="/en-US/docs/MDN/Writing_guidelines/Attrib_copyright_license">a Creative Commons license</a>.</p></div>
    </div>
  </footer>
</div>
</div>
<style>.visually-hidden{position:absolute;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden}</style>
</body>
</html>
`;
  },
};
