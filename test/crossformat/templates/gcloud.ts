// Google Cloud documentation (cloud.google.com, the devsite platform) as the browser shows it:
// custom elements (devsite-header, devsite-book-nav, devsite-toc, devsite-thumb-rating,
// devsite-feedback) with their rendered text, the "Stay organized with collections / Save and
// categorize content based on your preferences." line by the title, breadcrumbs, "Send
// feedback", "Was this helpful?", the licence paragraph and "Last updated ... UTC.", the
// cookie notice. Held out at first (written after the extractor was tuned), now tuned on for extraction without profiles.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

export const gcloud: Template = {
  id: 'gcloud',
  platform: 'Google Cloud (devsite)',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['Overview', 'Quickstart', 'Encryption at rest', 'Key rotation', 'Access control with IAM', 'Audit logging', 'Quotas and limits']);
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}" data-text="${esc(inner.replace(/<[^>]*>/g, ''))}" tabindex="-1">${inner}</h${l}>`);
    return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta name="google-signin-client-id" content="157101835696-ooapojlodmuabs2do2vuhhnf90bccmoi.apps.googleusercontent.com">
<meta name="google-signin-scope" content="profile email https://www.googleapis.com/auth/developerprofiles https://www.googleapis.com/auth/developerprofiles.award">
<meta property="og:site_name" content="Google Cloud">
<meta property="og:type" content="website"><meta name="theme-color" content="#1a73e8">
<meta charset="utf-8">
<meta content="IE=Edge" http-equiv="X-UA-Compatible">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="manifest" href="/_pwa/cloud/manifest.json" crossorigin="use-credentials">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v1a2b3c/cloud/css/app.css">
<link rel="shortcut icon" href="https://www.gstatic.com/devrel-devsite/prod/v1a2b3c/cloud/images/favicons/onecloud/favicon.ico">
<title>${esc(page.title)} &nbsp;|&nbsp; Cloud Key Management Service &nbsp;|&nbsp; Google Cloud</title>
<meta property="og:title" content="${esc(page.title)} &nbsp;|&nbsp; Cloud Key Management Service &nbsp;|&nbsp; Google Cloud"><meta property="og:url" content="https://cloud.google.com/kms/docs/${ctx.slug}"><link rel="canonical" href="https://cloud.google.com/kms/docs/${ctx.slug}">
<style>devsite-header,devsite-book-nav,devsite-toc,devsite-content,devsite-content-footer,devsite-footer-linkboxes,devsite-footer-utility,devsite-snackbar,devsite-feedback,devsite-thumb-rating,devsite-notification,devsite-page-rating{display:block}</style>
</head>
<body class="color-scheme--light" template="page" theme="cloud-theme" type="article" layout="docs" display-toc pending>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<section class="devsite-wrapper">
  <devsite-cookie-notification-bar><div class="devsite-snackbar-internal" role="alert"><span class="devsite-snackbar-message">cloud.google.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic. <a class="devsite-snackbar-action" href="https://policies.google.com/technologies/cookies" target="_blank" rel="noopener">Learn more</a>.</span><button type="button" class="devsite-snackbar-action">OK, got it</button></div></devsite-cookie-notification-bar>
  <devsite-header role="banner">
    <div class="devsite-header--inner nocontent">
      <div class="devsite-top-logo-row-wrapper-wrapper">
        <div class="devsite-top-logo-row-wrapper">
          <div class="devsite-top-logo-row">
            <button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button button-flat material-icons gc-analytics-event" aria-label="Open menu">menu</button>
            <div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link gc-analytics-event"><img src="https://www.gstatic.com/devrel-devsite/prod/v1a2b3c/cloud/images/cloud-logo.svg" class="devsite-site-logo" alt="Google Cloud"></a></div>
            <div class="devsite-top-logo-row-middle">
              <div class="devsite-header-upper-tabs">
                <nav class="devsite-doc-set-nav devsite-nav devsite-overflow-tabs-scroll-wrapper"><ul class="devsite-doc-set-nav-tab-list">
                  <li class="devsite-doc-set-nav-tab-container"><a href="/why-google-cloud" class="devsite-doc-set-nav-tab">Overview</a></li>
                  <li class="devsite-doc-set-nav-tab-container"><a href="/solutions" class="devsite-doc-set-nav-tab">Solutions</a></li>
                  <li class="devsite-doc-set-nav-tab-container"><a href="/products" class="devsite-doc-set-nav-tab">Products</a></li>
                  <li class="devsite-doc-set-nav-tab-container"><a href="/pricing" class="devsite-doc-set-nav-tab">Pricing</a></li>
                  <li class="devsite-doc-set-nav-tab-container devsite-active"><a href="/docs" class="devsite-doc-set-nav-tab devsite-active" aria-label="Resources, selected">Resources</a></li>
                </ul></nav>
              </div>
              <devsite-search enable-signin enable-search enable-suggestions role="search"><form class="devsite-search-form" action="https://cloud.google.com/s/results" method="GET"><div class="devsite-search-container"><button type="button" search-open class="devsite-search-button devsite-header-icon-button button-flat material-icons" aria-label="Open search">search</button><div class="devsite-searchbox"><input aria-activedescendant="" aria-autocomplete="list" aria-label="Search" aria-expanded="false" aria-haspopup="listbox" autocomplete="off" class="devsite-search-field devsite-search-query" name="q" placeholder="Search" role="combobox" type="text" value=""></div></div></form></devsite-search>
            </div>
            <devsite-language-selector><ul role="presentation"><li role="presentation"><a role="menuitem" lang="en" >English</a></li><li role="presentation"><a role="menuitem" lang="de" >Deutsch</a></li><li role="presentation"><a role="menuitem" lang="ja" >日本語</a></li></ul></devsite-language-selector>
            <a class="cloud-free-trial-button button button-primary" href="https://console.cloud.google.com/freetrial">Start free</a>
            <devsite-user signed-out><span class="devsite-top-button"><a class="button devsite-top-button">Sign in</a></span></devsite-user>
          </div>
        </div>
      </div>
      <div class="devsite-collapsible-section">
        <div class="devsite-header-background">
          <div class="devsite-product-id-row"><div class="devsite-product-description-row"><ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a href="/kms/docs" class="devsite-breadcrumb-link gc-analytics-event">Cloud Key Management Service</a></li></ul></div></div>
          <div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs"><tab class="devsite-active"><a href="/kms/docs" class="devsite-tabs-content gc-analytics-event" aria-label="Guides, selected">Guides</a></tab><tab><a href="/kms/docs/reference/rest" class="devsite-tabs-content gc-analytics-event">Reference</a></tab><tab><a href="/kms/docs/samples" class="devsite-tabs-content gc-analytics-event">Samples</a></tab><tab><a href="/kms/docs/getting-support" class="devsite-tabs-content gc-analytics-event">Resources</a></tab></nav></devsite-tabs></div>
        </div>
      </div>
    </div>
  </devsite-header>
  <devsite-book-nav scrollbars>
    <div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true">filter_list</span><input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div>
    <nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu">
      <div class="devsite-mobile-header"><button type="button" id="devsite-close-nav" class="devsite-header-icon-button button-flat material-icons" aria-label="Close navigation">close</button></div>
      <ul class="devsite-nav-list devsite-nav-expandable">
        <li class="devsite-nav-item devsite-nav-heading"><div class="devsite-nav-title devsite-nav-title-no-path"><span class="devsite-nav-text" tooltip>Discover</span></div></li>
${side.map((s) => `        <li class="devsite-nav-item"><a href="/kms/docs/${s.href.slice(2, -5)}" class="devsite-nav-title gc-analytics-event${s.current ? ' devsite-nav-active' : ''}"><span class="devsite-nav-text" tooltip>${esc(s.title)}</span></a></li>`).join('\n')}
      </ul>
    </nav>
  </devsite-book-nav>
  <section id="gc-wrapper">
    <main role="main" class="devsite-main-content" has-book-nav has-sidebar>
      <div class="devsite-sidebar">
        <div class="devsite-sidebar-content">
          <devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars>
            <ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span class="devsite-nav-title"><span class="devsite-nav-text">On this page</span></span></li>
${tocList(page.headings, { ul: 'devsite-nav-list', li: 'devsite-nav-item', a: 'devsite-nav-title gc-analytics-event' })}
            </ul>
          </devsite-toc>
        </div>
      </div>
      <devsite-content>
        <article class="devsite-article">
          <div class="devsite-article-meta nocontent" role="navigation">
            <ul class="devsite-breadcrumb-list" aria-label="Breadcrumb">
              <li class="devsite-breadcrumb-item"><a href="/" class="devsite-breadcrumb-link gc-analytics-event">Home</a></li>
              <li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a href="/docs" class="devsite-breadcrumb-link gc-analytics-event">Documentation</a></li>
              <li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a href="/docs/security" class="devsite-breadcrumb-link gc-analytics-event">Security</a></li>
              <li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a href="/kms/docs" class="devsite-breadcrumb-link gc-analytics-event">Cloud Key Management Service</a></li>
              <li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a href="/kms/docs/resources" class="devsite-breadcrumb-link gc-analytics-event">Guides</a></li>
            </ul>
            <devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-header"><div class="devsite-thumb-rating-question" id="devsite-thumb-label-header">Was this helpful?</div><button class="devsite-thumb devsite-thumb-up" aria-label="Helpful" data-title="Helpful"><svg class="devsite-thumb-icon" viewBox="0 0 24 24"><path d="M21 7h-6.31l.95-4.57"></path></svg></button><button class="devsite-thumb devsite-thumb-down" aria-label="Not helpful" data-title="Not helpful"><svg class="devsite-thumb-icon" viewBox="0 0 24 24"><path d="M3 17h6.31l-.95 4.57"></path></svg></button></div></devsite-thumb-rating>
          </div>
          <devsite-feedback position="header" project-name="Cloud Key Management Service" context="" version="t-devsite-webserver-20250310-r00-rc01" data-label="Send Feedback Button" track-type="feedback" track-name="sendFeedbackLink" track-metadata-position="header" class="nocontent"><button><span class="devsite-feedback-button-text">Send feedback</span></button></devsite-feedback>
          <h1 class="devsite-page-title" tabindex="-1">${page.titleHtml}</h1>
          <div class="devsite-page-title-meta"><devsite-view-release-notes></devsite-view-release-notes></div>
          <devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
          <div class="devsite-article-body clearfix">
            <p class="devsite-collections-tip nocontent"><span class="material-icons" aria-hidden="true">bookmark_border</span> Stay organized with collections <span class="devsite-collections-tip-text">Save and categorize content based on your preferences.</span></p>
${body}
          </div>
          <devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-footer"><div class="devsite-thumb-rating-question" id="devsite-thumb-label-footer">Was this helpful?</div><button class="devsite-thumb devsite-thumb-up" aria-label="Helpful" data-title="Helpful"></button><button class="devsite-thumb devsite-thumb-down" aria-label="Not helpful" data-title="Not helpful"></button></div></devsite-thumb-rating>
          <devsite-feedback position="footer" project-name="Cloud Key Management Service" class="nocontent"><button><span class="devsite-feedback-button-text">Send feedback</span></button></devsite-feedback>
          <div class="devsite-floating-action-buttons"></div>
        </article>
        <devsite-content-footer class="nocontent">
          <p>Except as otherwise noted, the content of this page is licensed under the <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 License</a>, and code samples are licensed under the <a href="https://www.apache.org/licenses/LICENSE-2.0">Apache 2.0 License</a>. For details, see the <a href="https://developers.google.com/site-policies">Google Developers Site Policies</a>. Java is a registered trademark of Oracle and/or its affiliates.</p>
          <p>Last updated ${ctx.updated} UTC.</p>
        </devsite-content-footer>
      </devsite-content>
    </main>
    <devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent">
      <nav class="devsite-footer-linkboxes-list" aria-label="Footer links">
        <div class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">Why Google</h3><ul class="devsite-footer-linkbox-list"><li class="devsite-footer-linkbox-item"><a href="/why-google-cloud/">Choosing Google Cloud</a></li><li class="devsite-footer-linkbox-item"><a href="/trust-center/">Trust and security</a></li></ul></div>
        <div class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">Products and pricing</h3><ul class="devsite-footer-linkbox-list"><li class="devsite-footer-linkbox-item"><a href="/pricing/">Google Cloud pricing</a></li><li class="devsite-footer-linkbox-item"><a href="https://workspace.google.com/pricing.html">Google Workspace pricing</a></li></ul></div>
        <div class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">Support</h3><ul class="devsite-footer-linkbox-list"><li class="devsite-footer-linkbox-item"><a href="https://www.googlecloudcommunity.com/">Google Cloud Community</a></li><li class="devsite-footer-linkbox-item"><a href="/support-hub/">Support</a></li></ul></div>
      </nav>
    </devsite-footer-linkboxes>
    <devsite-footer-utility class="devsite-footer-utility nocontent">
      <div class="devsite-footer-utility-links"><ul class="devsite-footer-utility-list"><li class="devsite-footer-utility-item"><a class="devsite-footer-utility-link gc-analytics-event" href="https://about.google/">About Google</a></li><li class="devsite-footer-utility-item"><a class="devsite-footer-utility-link gc-analytics-event" href="https://policies.google.com/privacy">Privacy</a></li><li class="devsite-footer-utility-item"><a class="devsite-footer-utility-link gc-analytics-event" href="https://www.google.com/intl/en/policies/terms/regional.html">Site terms</a></li><li class="devsite-footer-utility-item"><a class="devsite-footer-utility-link gc-analytics-event" href="https://cloud.google.com/product-terms">Google Cloud terms</a></li><li class="devsite-footer-utility-item glue-cookie-notification-bar-control"><a class="devsite-footer-utility-link gc-analytics-event" href="#">Manage cookies</a></li></ul></div>
    </devsite-footer-utility>
  </section>
</section>
<devsite-sitemask></devsite-sitemask>
<devsite-snackbar></devsite-snackbar>
<devsite-tooltip></devsite-tooltip>
<devsite-heading-link></devsite-heading-link>
<devsite-analytics><script type="application/json" analytics>[]</script></devsite-analytics>
<script src="https://www.gstatic.com/devrel-devsite/prod/v1a2b3c/cloud/js/devsite_app_module.js"></script>
</body>
</html>
`;
  },
};
