// MkDocs with the Material theme (material/templates/base.html and partials header, tabs, nav,
// toc, content, feedback, footer, consent) as shown after its scripts ran: the feedback form and
// the cookie consent are visible, headings carry "¶" permalinks, the edit button sits in the
// article.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"></path></svg>';

export const mkdocsMaterial: Template = {
  id: 'mkdocs-material',
  platform: 'MkDocs Material',
  heldOut: false,
  render(page, ctx) {
    const site = 'Material for MkDocs';
    const side = sideEntries(page, ctx, ['Getting started', 'Creating your site', 'Publishing your site', 'Customization', 'Philosophy', 'License']);
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}">${inner}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h${l}>`);
    return `<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Write your documentation in Markdown and create a professional static site in minutes">
<link rel="canonical" href="https://squidfunk.github.io/mkdocs-material/${ctx.slug}/">
<link rel="prev" href="../getting-started/"><link rel="next" href="../philosophy/">
<link rel="icon" href="../assets/favicon.png">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.4">
<title>${esc(page.title)} - ${site}</title>
<link rel="stylesheet" href="../assets/stylesheets/main.8608ea7d.min.css">
<link rel="stylesheet" href="../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0)</script>
<style>.md-typeset .headerlink{opacity:0}.md-toggle{display:none}</style>
</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
<label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#${page.headings[0]?.id ?? ''}" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Header">
    <a href=".." title="${site}" class="md-header__button md-logo" aria-label="${site}" data-md-component="logo">${ICON}</a>
    <label class="md-header__button md-icon" for="__drawer">${ICON}</label>
    <div class="md-header__title" data-md-component="header-title">
      <div class="md-header__ellipsis">
        <div class="md-header__topic"><span class="md-ellipsis">${site}</span></div>
        <div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${esc(page.title)}</span></div>
      </div>
    </div>
    <form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="(prefers-color-scheme)" type="radio" name="__palette" id="__palette_0"><label class="md-header__button md-icon" title="Switch to light mode" for="__palette_1">${ICON}</label></form>
    <label class="md-header__button md-icon" for="__search">${ICON}</label>
    <div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required></form><div class="md-search__output"><div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Initializing search</div></div></div></div></div>
    <div class="md-header__source"><a href="https://github.com/squidfunk/mkdocs-material" title="Go to repository" class="md-source" data-md-component="source"><div class="md-source__icon md-icon">${ICON}</div><div class="md-source__repository">squidfunk/mkdocs-material</div></a></div>
  </nav>
  <nav class="md-tabs" aria-label="Tabs" data-md-component="tabs">
    <div class="md-grid"><ul class="md-tabs__list">
      <li class="md-tabs__item"><a href=".." class="md-tabs__link">Home</a></li>
      <li class="md-tabs__item md-tabs__item--active"><a href="../getting-started/" class="md-tabs__link">Getting started</a></li>
      <li class="md-tabs__item"><a href="../setup/" class="md-tabs__link">Setup</a></li>
      <li class="md-tabs__item"><a href="../plugins/" class="md-tabs__link">Plugins</a></li>
      <li class="md-tabs__item"><a href="../reference/" class="md-tabs__link">Reference</a></li>
      <li class="md-tabs__item"><a href="../blog/" class="md-tabs__link">Blog</a></li>
    </ul></div>
  </nav>
</header>
<div class="md-container" data-md-component="container">
<main class="md-main" data-md-component="main">
<div class="md-main__inner md-grid">
  <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">
    <div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
      <nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0">
        <label class="md-nav__title" for="__drawer"><a href=".." title="${site}" class="md-nav__button md-logo" aria-label="${site}" data-md-component="logo">${ICON}</a>${site}</label>
        <ul class="md-nav__list" data-md-scrollfix>
${side.map((s) => `          <li class="md-nav__item${s.current ? ' md-nav__item--active' : ''}"><a href="../${s.href.slice(2, -5)}/" class="md-nav__link${s.current ? ' md-nav__link--active' : ''}"><span class="md-ellipsis">${esc(s.title)}</span></a></li>`).join('\n')}
        </ul>
      </nav>
    </div></div>
  </div>
  <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc">
    <div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
      <nav class="md-nav md-nav--secondary" aria-label="Table of contents">
        <label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of contents</label>
${tocList(page.headings, { ul: 'md-nav__list', li: 'md-nav__item', a: 'md-nav__link' })}
      </nav>
    </div></div>
  </div>
  <div class="md-content" data-md-component="content">
    <article class="md-content__inner md-typeset">
      <a href="https://github.com/squidfunk/mkdocs-material/edit/master/docs/${ctx.slug}.md" title="Edit this page" class="md-content__button md-icon">${ICON}</a>
      <a href="https://github.com/squidfunk/mkdocs-material/raw/master/docs/${ctx.slug}.md" title="View source of this page" class="md-content__button md-icon">${ICON}</a>
      <h1 id="${page.titleId ?? ctx.slug}">${page.titleHtml}</h1>
${body}
      <form class="md-feedback" name="feedback">
        <fieldset>
          <legend class="md-feedback__title">Was this page helpful?</legend>
          <div class="md-feedback__inner">
            <div class="md-feedback__list">
              <button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1">${ICON}</button>
              <button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0">${ICON}</button>
            </div>
            <div class="md-feedback__note">
              <div data-md-value="1" hidden>Thanks for your feedback!</div>
              <div data-md-value="0" hidden>Thanks for your feedback! Help us improve this page by using our <a href="https://github.com/squidfunk/mkdocs-material/issues/new/?title=[Feedback]+${encodeURIComponent(page.title)}" target="_blank" rel="noopener">feedback form</a>.</div>
            </div>
          </div>
        </fieldset>
      </form>
      <aside class="md-source-file">
        <span class="md-source-file__fact"><span class="md-icon" title="Last update">${ICON}</span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">${ctx.updated}</span></span>
      </aside>
    </article>
  </div>
  <script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
</div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden>${ICON}Back to top</button>
</main>
<footer class="md-footer">
  <nav class="md-footer__inner md-grid" aria-label="Footer">
    <a href="../getting-started/" class="md-footer__link md-footer__link--prev" aria-label="Previous: Getting started" rel="prev"><div class="md-footer__button md-icon">${ICON}</div><div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Getting started</div></div></a>
    <a href="../philosophy/" class="md-footer__link md-footer__link--next" aria-label="Next: Philosophy" rel="next"><div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Philosophy</div></div><div class="md-footer__button md-icon">${ICON}</div></a>
  </nav>
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright">
        <div class="md-copyright__highlight">Copyright &copy; 2016 - 2025 Martin Donath</div>
        Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a>
      </div>
      <div class="md-social"><a href="https://github.com/squidfunk" target="_blank" rel="noopener" title="github.com" class="md-social__link">${ICON}</a><a href="https://x.com/squidfunk" target="_blank" rel="noopener" title="x.com" class="md-social__link">${ICON}</a></div>
    </div>
  </div>
</footer>
</div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent">
  <div class="md-consent__overlay"></div>
  <aside class="md-consent__inner">
    <form class="md-consent__form md-grid md-typeset" name="consent">
      <h4>Cookie consent</h4>
      <p>We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation and whether users find what they're searching for. With your consent, you're helping us to make our documentation better.</p>
      <input class="md-toggle" type="checkbox" id="__settings">
      <div class="md-consent__settings"><ul class="task-list"><li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="analytics" checked><span class="task-list-indicator"></span>Google Analytics</label></li><li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="github" checked><span class="task-list-indicator"></span>GitHub</label></li></ul></div>
      <div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button><label class="md-button" for="__settings">Manage settings</label></div>
    </form>
  </aside>
</div>
<script id="__config" type="application/json">{"base": "..", "features": ["navigation.tabs", "navigation.footer", "content.action.edit"], "search": "../assets/javascripts/workers/search.f8cc74c7.min.js"}</script>
<script src="../assets/javascripts/bundle.60a45f97.min.js"></script>
</body>
</html>
`;
  },
};
