// Hugo with the Docsy theme (layouts/docs/baseof.html, partials navbar, sidebar, page-meta-links,
// toc, breadcrumb, _td-content, feedback, footer): the front-matter title as the page's <h1>,
// heading self-links, "View page source / Edit this page / Create child page / Create
// documentation issue / Print entire section", the "Feedback — Was this page helpful?" block
// (an <h2> inside td-content), "Last modified" and the footer.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

export const docsy: Template = {
  id: 'docsy',
  platform: 'Hugo Docsy',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['ACME', 'SelfSigned', 'Vault', 'Venafi', 'External issuers']);
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}">${inner}<a class="td-heading-self-link" href="#${id}" aria-label="Heading self-link"></a></h${l}>`);
    const repo = 'https://github.com/cert-manager/website';
    return `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://cert-manager.io/docs/configuration/${ctx.slug}/">
<title>${esc(page.title)} | cert-manager</title>
<meta property="og:title" content="${esc(page.title)}">
${page.description ? `<meta name="description" content="${esc(page.description)}">\n<meta property="og:description" content="${esc(page.description)}">` : `<meta name="description" content="Cloud native X.509 certificate management for Kubernetes and OpenShift">`}
<link rel="preload" href="/scss/main.min.css" as="style">
<link href="/scss/main.min.css" rel="stylesheet" integrity="">
<script src="/js/jquery-3.6.0.min.js" crossorigin="anonymous"></script>
<style>.feedback--response{display:none}.td-heading-self-link::before{content:'#'}.td-heading-self-link{visibility:hidden}</style>
</head>
<body class="td-page">
<header>
  <nav class="td-navbar navbar-dark js-navbar-scroll" data-bs-theme="dark">
    <div class="container-fluid flex-column flex-md-row">
      <a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg viewBox="0 0 10 10"><path d="M0 0h10v10H0z"></path></svg></span><span class="navbar-brand__name">cert-manager</span></a>
      <div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
        <ul class="navbar-nav">
          <li class="nav-item"><a class="nav-link active" href="/docs/"><span>Documentation</span></a></li>
          <li class="nav-item"><a class="nav-link" href="/docs/contributing/"><span>Contributing</span></a></li>
          <li class="nav-item"><a class="nav-link" href="https://github.com/cert-manager/cert-manager" target="_blank" rel="noopener"><span>GitHub</span></a></li>
          <li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">v1.17</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/v1.16-docs/">v1.16</a></li></ul></div></li>
        </ul>
      </div>
      <div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div>
    </div>
  </nav>
</header>
<div class="container-fluid td-outer">
  <div class="td-main">
    <div class="row flex-xl-nowrap">
      <aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
        <div id="td-sidebar-menu" class="td-sidebar__inner">
          <form class="td-sidebar__search d-flex align-items-center"><div class="td-search td-search--offline"><input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button" data-bs-toggle="collapse" data-bs-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle section navigation"></button></form>
          <nav class="td-sidebar-nav collapse" id="td-section-nav">
            <ul class="td-sidebar-nav__section pe-md-3 ul-0">
              <li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path"><a href="/docs/configuration/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section">Issuer Configuration</a>
                <ul class="ul-1">
${side.map((s) => `                  <li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a href="/docs/configuration/${s.href.slice(2, -5)}/" class="align-left ps-0${s.current ? ' active' : ''} td-sidebar-link td-sidebar-link__page"><span class="${s.current ? 'td-sidebar-nav-active-item' : ''}">${esc(s.title)}</span></a></li>`).join('\n')}
                </ul>
              </li>
            </ul>
          </nav>
        </div>
      </aside>
      <aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none">
        <div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
          <a href="${repo}/blob/master/content/docs/configuration/${ctx.slug}.md" class="td-page-meta--view td-page-meta__view" target="_blank" rel="noopener"><i class="fa-solid fa-file-lines fa-fw"></i> View page source</a>
          <a href="${repo}/edit/master/content/docs/configuration/${ctx.slug}.md" class="td-page-meta--edit td-page-meta__edit" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
          <a href="${repo}/new/master/content/docs/configuration?filename=change-me.md" class="td-page-meta--child td-page-meta__child" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Create child page</a>
          <a href="${repo}/issues/new?title=${encodeURIComponent(page.title)}" class="td-page-meta--issue td-page-meta__issue" target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
          <a id="print" href="/docs/configuration/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a>
        </div>
        <div class="td-toc">
          <nav id="TableOfContents">
${tocList(page.headings)}
          </nav>
        </div>
      </aside>
      <main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">
        <nav aria-label="breadcrumb" class="td-breadcrumbs">
          <ol class="breadcrumb">
            <li class="breadcrumb-item"><a href="/docs/">Documentation</a></li>
            <li class="breadcrumb-item"><a href="/docs/configuration/">Issuer Configuration</a></li>
            <li class="breadcrumb-item active" aria-current="page">${esc(page.title)}</li>
          </ol>
        </nav>
        <div class="td-content">
          <h1>${page.titleHtml}</h1>
          ${page.description ? `<div class="lead">${esc(page.description)}</div>` : ''}
          <header class="article-meta"></header>
${body}
          <div class="d-print-none">
            <h2 class="feedback--title">Feedback</h2>
            <p class="feedback--question">Was this page helpful?</p>
            <button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
            <button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
            <p class="feedback--response feedback--response-yes">Glad to hear it! Please <a href="${repo}/issues/new" target="_blank" rel="noopener">tell us how we can improve</a>.</p>
            <p class="feedback--response feedback--response-no">Sorry to hear that. Please <a href="${repo}/issues/new" target="_blank" rel="noopener">tell us how we can improve</a>.</p>
          </div>
          <br />
          <div class="td-page-meta__lastmod">Last modified ${ctx.updated}: <a data-proofer-ignore href="${repo}/commit/0a1b2c3">docs: update issuer pages (0a1b2c3)</a></div>
        </div>
      </main>
    </div>
  </div>
  <footer class="td-footer row d-print-none">
    <div class="container-fluid">
      <div class="row mx-md-2">
        <div class="td-footer__left col-6 col-sm-4 order-sm-1">
          <ul class="td-footer__links-list">
            <li class="td-footer__links-item" data-bs-toggle="tooltip" title="Slack" aria-label="Slack"><a target="_blank" rel="noopener" href="https://slack.k8s.io" aria-label="Slack"><i class="fab fa-slack"></i></a></li>
          </ul>
        </div>
        <div class="td-footer__right col-6 col-sm-4 order-sm-3">
          <ul class="td-footer__links-list">
            <li class="td-footer__links-item" data-bs-toggle="tooltip" title="GitHub" aria-label="GitHub"><a target="_blank" rel="noopener" href="https://github.com/cert-manager" aria-label="GitHub"><i class="fab fa-github"></i></a></li>
          </ul>
        </div>
        <div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
          <span class="td-footer__copyright">&copy; 2025 <span class="td-footer__authors">The cert-manager Authors</span></span>
          <span class="td-footer__all_rights_reserved">All Rights Reserved</span>
          <span class="ms-2"><a href="https://policies.google.com/privacy" target="_blank" rel="noopener">Privacy Policy</a></span>
        </div>
      </div>
    </div>
  </footer>
</div>
<script src="/js/main.min.js" integrity="" crossorigin="anonymous"></script>
</body>
</html>
`;
  },
};
