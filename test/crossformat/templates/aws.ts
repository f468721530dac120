// AWS documentation (docs.aws.amazon.com, the 2024 awsui layout) as the browser shows it after
// its scripts ran: cookie banner, header, guide sidebar, breadcrumbs, the title with the page
// tools "PDF RSS Focus mode", the thumbs feedback, "Document Conventions" and prev/next links.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries, tocList } from './common.js';

export const aws: Template = {
  id: 'aws',
  platform: 'AWS documentation',
  heldOut: false,
  render(page, ctx) {
    const guide = 'Example Service';
    const side = sideEntries(page, ctx, ['What is Example Service?', 'Getting started', 'Security', 'Identity and access management', 'Logging and monitoring', 'Quotas', 'Document history']);
    const body = decorateHeadings(page.bodyHtml, (l, id, inner) => `<h${l} id="${id}">${inner}</h${l}>`);
    return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${esc(page.title)} - ${guide}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="assets_root" content="/assets">
<meta name="target_state" content="${ctx.slug}">
<meta name="default_state" content="${ctx.slug}">
<link rel="icon" type="image/ico" href="/assets/images/favicon.ico">
<link rel="canonical" href="https://docs.aws.amazon.com/example/latest/userguide/${ctx.slug}.html">
<meta name="product" content="${guide}"><meta name="guide" content="User Guide">
<meta name="guide-locale" content="en_us"><meta name="tocs" content="toc-contents.json">
<link rel="stylesheet" type="text/css" href="/assets/r/vendor4.css?version=2021.12.02">
<link rel="stylesheet" type="text/css" href="/assets/r/awsdocs-doc-page.2.0.0.css">
<script defer src="/assets/r/awsdocs-doc-page.2.0.0.js"></script>
<script type="text/javascript">window.awsdocs = { guideTitle: "${guide} User Guide", page: "${ctx.slug}" };</script>
<style>
  #quick-feedback-yes, #quick-feedback-no { display: none; }
  .awsdocs-page-utilities-inline { display: flex; gap: 12px; }
</style>
</head>
<body class="awsdocs awsui">
<div id="awsccc-cb-c" class="awsccc-cs-container" role="region" aria-label="Cookie banner" data-id="awsccc-cb">
  <div class="awsccc-cs-container-inner">
    <div class="awsccc-cs-text-container">
      <h2 class="awsccc-cs-title" id="awsccc-cb-title">Select your cookie preferences</h2>
      <p>We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies to collect anonymous statistics, so we can understand how customers use our site and make improvements. Essential cookies cannot be deactivated, but you can choose “Customize” or “Decline” to decline performance cookies.</p>
      <p>If you agree, AWS and approved third parties will also use cookies to provide useful site features, remember your preferences, and display relevant content, including relevant advertising. To accept or decline all non-essential cookies, choose “Accept” or “Decline.” To make more detailed choices, choose “Customize.”</p>
    </div>
    <div class="awsccc-cs-action-container">
      <button type="button" data-id="awsccc-cb-btn-accept" class="awsccc-u-btn awsccc-u-btn-primary"><span>Accept</span></button>
      <button type="button" data-id="awsccc-cb-btn-decline" class="awsccc-u-btn awsccc-u-btn-secondary"><span>Decline</span></button>
      <button type="button" data-id="awsccc-cb-btn-customize" class="awsccc-u-btn awsccc-u-btn-secondary"><span>Customize</span></button>
    </div>
  </div>
</div>
<div id="awsdocs-header" class="awsdocs-header-container">
  <header class="awsdocs-header" role="banner">
    <a class="awsdocs-skip-link" href="#main-content">Skip to main content</a>
    <a href="https://aws.amazon.com" class="awsdocs-logo"><img src="/assets/r/images/aws_logo_dark.png" alt="Amazon Web Services"></a>
    <span class="awsdocs-header-title"><a href="/">Documentation</a></span>
    <div class="awsdocs-search" role="search"><label for="awsdocs-search-input">Search in this guide</label><input id="awsdocs-search-input" type="search" placeholder="Search in this guide"></div>
    <ul class="awsdocs-header-links">
      <li><a href="https://aws.amazon.com/contact-us/">Contact us</a></li>
      <li><a href="https://aws.amazon.com/feedback/">Feedback</a></li>
      <li><a href="https://console.aws.amazon.com/console/home">Create an AWS Account</a></li>
      <li><span class="awsdocs-lang">English</span></li>
    </ul>
  </header>
</div>
<div id="main">
  <div id="left-column" class="awsdocs-left-column">
    <nav id="awsdocs-toc" class="awsdocs-toc" aria-label="${guide} User Guide">
      <div class="awsdocs-guide-title"><a href="./welcome.html">${guide}</a></div>
      <div class="awsdocs-guide-subtitle">User Guide</div>
      <ul>
${side.map((s) => `        <li${s.current ? ' class="awsdocs-nav-active"' : ''}><a href="${s.href}"${s.current ? ' aria-current="page"' : ''}>${esc(s.title)}</a></li>`).join('\n')}
      </ul>
    </nav>
  </div>
  <div id="main-content" class="awsui-util-container" role="main">
    <div id="main-col-body">
      <div id="breadcrumbs" class="awsui-breadcrumb-group" aria-label="Breadcrumbs">
        <ol class="awsui-breadcrumb-group-list">
          <li><a href="/index.html">Documentation</a></li>
          <li><a href="/example/index.html">${guide}</a></li>
          <li><a href="./welcome.html">User Guide</a></li>
          <li><a href="./security.html">Security</a></li>
        </ol>
      </div>
      <h1 class="topictitle" id="${page.titleId ?? ctx.slug}">${page.titleHtml}</h1>
      <div class="awsdocs-page-header-container">
        <div class="awsdocs-page-utilities-inline awsdocs-page-utilities">
          <a class="awsdocs-pdf-link" href="/pdfs/example/latest/userguide/example-ug.pdf#${ctx.slug}" target="_blank"><span class="awsui-icon"></span><span>PDF</span></a>
          <a class="awsdocs-rss-link" href="./example-ug-doc-history.rss" target="_blank"><span class="awsui-icon"></span><span>RSS</span></a>
          <a class="awsdocs-focus-mode" href="#" role="button"><span>Focus mode</span></a>
        </div>
        <div id="awsdocs-filter-selector" class="awsdocs-filter-selector"></div>
      </div>
${body}
      <div class="awsdocs-copyright copyright-print">© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</div>
      <div class="awsdocs-thumb-feedback">
        <div class="awsdocs-thumb-feedback-title">Did this page help you?</div>
        <a href="#" class="awsdocs-thumb-yes" role="button">Yes</a>
        <a href="#" class="awsdocs-thumb-no" role="button">No</a>
        <a href="https://docs.aws.amazon.com/forms/aws-doc-feedback?feedback_destination_id=0000&amp;topic_url=${ctx.slug}" target="_blank">Provide feedback</a>
      </div>
    </div>
    <noscript><div><div><div id="js_error_message"><p><img src="https://d1ge0kk1l5kms0.cloudfront.net/images/G/01/webservices/console/warning.png" alt="Warning"> <strong>Javascript is disabled or is unavailable in your browser.</strong></p><p>To use the Amazon Web Services Documentation, Javascript must be enabled. Please refer to your browser's Help pages for instructions.</p></div></div></div></noscript>
    <div id="main-col-footer" class="awsui-util-font-size-0">
      <div id="doc-conventions"><a target="_top" href="/general/latest/gr/docconventions.html">Document Conventions</a></div>
      <div class="prev-next">
        <div id="previous" class="prev-link" accesskey="p"><a href="./security.html">Security</a></div>
        <div id="next" class="next-link" accesskey="n"><a href="./security-iam.html">Identity and access management</a></div>
      </div>
    </div>
    <div id="quick-feedback-yes">
      <div class="title">Did this page help you? - Yes</div>
      <div class="content"><p>Thanks for letting us know we're doing a good job!</p><p>If you've got a moment, please tell us what we did right so we can do more of it.</p></div>
    </div>
    <div id="quick-feedback-no">
      <div class="title">Did this page help you? - No</div>
      <div class="content"><p>Thanks for letting us know this page needs work. We're sorry we let you down.</p><p>If you've got a moment, please tell us how we can make the documentation better.</p></div>
    </div>
  </div>
  <div id="right-column" class="awsdocs-right-column">
    <div class="awsdocs-on-this-page" role="navigation" aria-label="On this page">
      <h2 class="awsdocs-on-this-page-title">On this page</h2>
${tocList(page.headings)}
    </div>
    <div class="awsdocs-recommended-tasks"><h2>Recommended tasks</h2><ul><li><a href="./getting-started.html">Getting started</a></li></ul></div>
  </div>
</div>
<footer id="awsdocs-footer" class="awsdocs-footer">
  <div class="awsdocs-footer-links">
    <a href="https://aws.amazon.com/privacy">Privacy</a> | <a href="https://aws.amazon.com/terms">Site terms</a> | <a href="#" data-id="awsccc-cb-btn-customize">Cookie preferences</a>
  </div>
  <div class="awsdocs-footer-copyright">© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</div>
</footer>
</body></html>
`;
  },
};
