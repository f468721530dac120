// Microsoft Learn (learn.microsoft.com, conceptual article): site header, breadcrumbs with the
// page actions (Table of contents, Add, Edit, More actions), the title and its metadata line,
// an in-article "In this article" outline, the "Feedback / Was this page helpful?" block inside
// <main>, "Additional resources" beside it and the locale/theme/legal footer.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';

export const mslearn: Template = {
  id: 'mslearn',
  platform: 'Microsoft Learn',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Install the Azure CLI', 'Get started', 'Sign in interactively', 'Sign in with a managed identity', 'Manage subscriptions', 'Output formats']);
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}">${inner}</h${l}>`);
    const outline = page.headings.filter((h) => h.level === 2);
    return `<!DOCTYPE html>
<html class="hasSidebar hasPageActions hasBreadcrumb conceptual has-default-focus theme-light" lang="en-us" dir="ltr" data-css-variable-support="true" data-authenticated="false" data-target="docs" x-ms-format-detection="none">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${esc(page.title)} | Microsoft Learn</title>
<meta name="ms.service" content="azure-cli" /><meta name="ms.topic" content="how-to" /><meta name="ms.date" content="${ctx.updated}" />
<link rel="canonical" href="https://learn.microsoft.com/en-us/cli/azure/${ctx.slug}" />
<link rel="stylesheet" href="/static/third-party/atlas/site.css" />
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
<style>.visually-hidden-until-focused{position:absolute;left:-10000px}</style>
</head>
<body lang="en-us" dir="ltr">
<div class="header-holder has-default-focus">
  <a href="#main" style="z-index: 1070" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body" data-skip-to-main-link>Skip to main content</a>
  <a href="#side-doc-outline" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body">Skip to Ask Learn chat experience</a>
  <div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
  <div id="ms--site-header" data-test-id="site-header-wrapper" role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization">
    <div id="ms--primary-nav" class="site-header display-none display-flex-tablet" data-bi-name="L1-header">
      <a href="https://www.microsoft.com" class="logo" aria-label="Microsoft"><span class="docon docon-brand-microsoft"></span></a>
      <a href="/en-us/" class="ms-learn-home"><span>Learn</span></a>
      <nav class="primary-nav" aria-label="Learn"><ul>
        <li><a href="/en-us/docs/">Documentation</a></li><li><a href="/en-us/training/">Training</a></li><li><a href="/en-us/credentials/">Credentials</a></li><li><a href="/en-us/answers/">Q&amp;A</a></li><li><a href="/en-us/shows/">Code Samples</a></li>
      </ul></nav>
      <form class="search" role="search"><input type="search" aria-label="Search" placeholder="Search"></form>
      <a class="sign-in" href="#">Sign in</a>
    </div>
    <div id="ms--secondary-nav" class="site-header display-none display-flex-tablet" data-bi-name="L2-header">
      <a class="secondary-nav-title" href="/en-us/cli/azure/">Azure CLI</a>
      <nav aria-label="Azure CLI"><ul><li><a href="/en-us/cli/azure/install-azure-cli">Install</a></li><li><a href="/en-us/cli/azure/reference-index">Reference</a></li><li><a href="/en-us/cli/azure/release-notes-azure-cli">Release notes</a></li></ul></nav>
    </div>
  </div>
</div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body">
  <div class="columns has-large-gaps is-gapless-mobile">
    <div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop">
      <nav id="affixed-left-container" class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary">
        <form class="filter-form"><input type="search" placeholder="Filter by title" aria-label="Filter by title"></form>
        <ul class="tree table-of-contents is-vertically-scrollable">
${side.map((s) => `          <li class="tree-item"><a class="tree-expander${s.current ? ' is-selected' : ''}" href="${s.href}"${s.current ? ' aria-current="page"' : ''}>${esc(s.title)}</a></li>`).join('\n')}
        </ul>
        <a class="download-pdf" href="/pdf?url=https://learn.microsoft.com/en-us/cli/azure/toc.json">Download PDF</a>
      </nav>
    </div>
    <section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop">
      <div class="columns is-gapless-mobile has-large-gaps">
        <div id="main-column" class="column is-full is-8-desktop">
          <main id="main" role="main" class="" data-bi-name="content" lang="en-us" dir="ltr">
            <div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print">
              <div class="display-flex align-items-center">
                <nav id="article-header-breadcrumbs" data-test-id="article-header-breadcrumbs" class="overflow-hidden flex-grow-1" aria-label="Breadcrumb">
                  <ol class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
                    <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/en-us/"><span itemprop="name">Learn</span></a></li>
                    <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/en-us/azure/"><span itemprop="name">Azure</span></a></li>
                    <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/en-us/cli/azure/"><span itemprop="name">Azure CLI</span></a></li>
                  </ol>
                </nav>
                <div id="article-header-page-actions" class="opacity-none margin-left-auto display-flex flex-wrap-no-wrap align-items-stretch">
                  <button class="button button-sm border-none inner-focus" data-bi-name="ask-learn-assistant-entry"><span>Ask Learn</span></button>
                  <button class="button button-sm border-none inner-focus" data-bi-name="contents-expand"><span class="icon"><span class="docon docon-editor-list-bullet"></span></span><span>Table of contents</span></button>
                  <a id="lang-link-tablet" class="button button-primary button-sm" href="#"><span>Read in English</span></a>
                  <button type="button" class="collection button button-sm button-clear" data-list-type="collection"><span class="collection-status">Add</span></button>
                  <button type="button" class="collection button button-sm button-clear" data-list-type="plan"><span class="plan-status">Add to plan</span></button>
                  <a data-contenteditbtn class="button button-clear button-sm inner-focus" href="https://github.com/MicrosoftDocs/azure-docs-cli/blob/main/docs-ref-conceptual/${ctx.slug}.md" data-bi-name="edit"><span class="icon" aria-hidden="true"><span class="docon docon-edit-outline"></span></span><span>Edit</span></a>
                  <details class="popover popover-right" id="article-header-page-actions-overflow"><summary class="justify-content-flex-start button button-clear button-sm button-primary" aria-label="More actions" title="More actions"><span>More actions</span></summary></details>
                </div>
              </div>
            </div>
            <div id="ms--content-header"></div>
            <div class="content">
              <h1 id="${page.titleId ?? ctx.slug}">${page.titleHtml}</h1>
              <div class="display-flex justify-content-space-between align-items-center flex-wrap-wrap page-metadata-container">
                <div class="margin-right-xxs">
                  <ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr">
                    <li class="visibility-hidden-visual-diff">Article</li>
                    <li class="visibility-hidden-visual-diff"><time data-article-date aria-label="Article review date" datetime="${ctx.updated}T00:00:00.000Z">${ctx.updated}</time></li>
                    <li class="contributors-holder display-none-print"><button aria-label="View all contributors" class="contributors-button link-button" data-bi-name="contributors" title="View all contributors">7 contributors</button></li>
                  </ul>
                </div>
                <div id="user-feedback" class="margin-block-xxs display-none-print" data-hide-on-archived>
                  <button id="user-feedback-button" data-test-id="conceptual-feedback-button" class="button button-sm button-clear button-primary" type="button" data-bi-name="user-feedback-button" data-user-feedback-button><span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Feedback</span></button>
                </div>
              </div>
              <nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article">
                <h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2>
                <ol class="margin-block-xs">
${outline.map((h) => `                  <li><a href="#${h.id}">${esc(h.text)}</a></li>`).join('\n')}
                </ol>
              </nav>
${body}
            </div>
            <div id="ms--inline-notifications" class="margin-block-xs" data-bi-name="inline-notification"></div>
            <div class="display-none-print" id="site-user-feedback-footer">
              <div class="padding-block-lg border-top">
                <h2 id="ms--feedback" class="title is-3 margin-block-none">Feedback</h2>
                <div class="display-flex flex-wrap-wrap align-items-center">
                  <p class="font-weight-semibold margin-xxs margin-left-none">Was this page helpful?</p>
                  <div class="buttons">
                    <button class="thumb-rating-button like button button-primary button-sm" data-test-id="footer-rating-yes" type="button" title="This article is helpful" data-bi-name="button-rating-yes" aria-pressed="false"><span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Yes</span></button>
                    <button class="thumb-rating-button dislike button button-primary button-sm" data-test-id="footer-rating-no" type="button" title="This article is not helpful" data-bi-name="button-rating-no" aria-pressed="false"><span class="icon" aria-hidden="true"><span class="docon docon-dislike"></span></span><span>No</span></button>
                  </div>
                </div>
              </div>
            </div>
          </main>
        </div>
        <div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions" role="complementary" aria-label="Additional resources">
          <div class="margin-top-sm-tablet">
            <h2 id="ms--additional-resources-heading" class="title is-6 margin-block-sm">Additional resources</h2>
            <section data-bi-name="recommendations"><h3 class="title is-7 margin-block-xs">Training</h3><p class="font-size-sm">Module</p><p><a href="/en-us/training/modules/intro-azure-cli/">Introduction to the Azure CLI</a></p></section>
            <nav id="side-doc-outline" class="doc-outline" aria-label="In this article"><h3>In this article</h3>
              <ol>${outline.map((h) => `<li><a href="#${h.id}">${esc(h.text)}</a></li>`).join('')}</ol>
            </nav>
          </div>
        </div>
      </div>
    </section>
  </div>
</div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
  <div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop">
    <a data-mscc-ic="false" href="#" data-bi-name="select-locale" class="locale-selector-link flex-shrink-0 button button-sm button-clear external-link-indicator"><span class="icon" aria-hidden="true"><span class="docon docon-world"></span></span><span class="local-selector-link-text">en-us</span></a>
    <div class="ccpa-privacy-link" data-ccpa-privacy-link><a href="https://aka.ms/yourcaliforniaprivacychoices" class="button button-sm button-clear flex-shrink-0 external-link-indicator" data-bi-name="your-privacy-choices">Your Privacy Choices</a></div>
    <div class="flex-shrink-0"><div class="dropdown has-caret-up"><button data-test-id="theme-selector-button" class="dropdown-trigger button button-clear button-sm inner-focus theme-dropdown-trigger" aria-controls="theme-menu" aria-expanded="false" title="Theme" data-bi-name="theme"><span class="icon"><span class="docon docon-sun" aria-hidden="true"></span></span><span>Theme</span></button></div></div>
  </div>
  <ul class="links" data-bi-name="footerlinks">
    <li class="manage-cookies-holder" hidden=""><button type="button" class="button button-clear button-sm">Manage cookies</button></li>
    <li><a class="external-link-indicator" data-mscc-ic="false" href="https://learn.microsoft.com/en-us/previous-versions/" data-bi-name="archivelink">Previous Versions</a></li>
    <li><a class="external-link-indicator" data-mscc-ic="false" href="https://techcommunity.microsoft.com/t5/microsoft-learn-blog/bg-p/MicrosoftLearnBlog" data-bi-name="bloglink">Blog</a></li>
    <li><a class="external-link-indicator" data-mscc-ic="false" href="/en-us/contribute/" data-bi-name="contributorGuide">Contribute</a></li>
    <li><a class="external-link-indicator" data-mscc-ic="false" href="https://go.microsoft.com/fwlink/?LinkId=521839" data-bi-name="privacy">Privacy</a></li>
    <li><a class="external-link-indicator" data-mscc-ic="false" href="/en-us/legal/termsofuse" data-bi-name="termsofuse">Terms of Use</a></li>
    <li><a class="external-link-indicator" data-mscc-ic="false" href="https://www.microsoft.com/legal/intellectualproperty/Trademarks/" data-bi-name="trademarks">Trademarks</a></li>
    <li>&copy; Microsoft 2025</li>
  </ul>
</footer>
</body>
</html>
`;
  },
};
