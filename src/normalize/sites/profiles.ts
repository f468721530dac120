// Site profiles, as data: for the documentation platforms people track, how to recognise a page
// of the platform, which element holds its content (title included) and which elements inside
// that content are the platform's furniture. html.ts uses a profile only when it recognises the
// page and its content element holds a substantial share of the text; otherwise structure alone
// decides. A profile never adds content, it only narrows and cleans.

export interface SiteProfile {
  id: string;
  platform: string;
  /** CSS selectors, any of which marks a page of the platform. */
  detect: string[];
  /** candidates for the element holding the page content and its title, best first. */
  content: string[];
  /** elements inside the content that are platform furniture, never page content. */
  chrome: string[];
}

export const SITE_PROFILES: SiteProfile[] = [
  {
    id: 'aws',
    platform: 'AWS documentation',
    detect: ['meta[name="guide"][content]', '#main-col-body', 'link[rel="canonical"][href*="docs.aws.amazon.com"]'],
    content: ['#main-col-body'],
    chrome: [
      '#breadcrumbs', '.awsdocs-page-header-container', 'awsdocs-page-header', 'awsdocs-filter-selector', '.awsdocs-copyright',
      'awsdocs-copyright', '.awsdocs-thumb-feedback', 'awsdocs-thumb-feedback', '#js_error_message', '#main-col-footer',
      '#quick-feedback-yes', '#quick-feedback-no', 'awsdocs-language-banner',
    ],
  },
  {
    id: 'mslearn',
    platform: 'Microsoft Learn',
    detect: ['meta[name="ms.service"]', 'meta[name="ms.topic"]', '#ms--site-header'],
    content: ['main#main', 'main'],
    chrome: [
      '#article-header', '#article-header-page-actions', '.page-metadata-container', '#center-doc-outline', '#ms--inline-notifications',
      '#site-user-feedback-footer', '#user-feedback', '#ms--content-header', '.contributors-holder',
    ],
  },
  {
    id: 'github-docs',
    platform: 'GitHub Docs',
    detect: ['[data-container="article"]', '#article-contents[data-container]', 'meta[name="generator"][content^="GitHub Docs"]'],
    content: ['main#main-content', 'main'],
    chrome: ['[data-container="toc"]', '[data-container="breadcrumbs"]', '[data-testid="breadcrumbs-in-article"]', '.heading-link-symbol', '[aria-label="Tool navigation"]'],
  },
  {
    id: 'mdn',
    platform: 'MDN Web Docs',
    detect: ['article.main-page-content', 'meta[property="og:site_name"][content="MDN Web Docs"]'],
    content: ['article.main-page-content', 'main#content'],
    chrome: ['.baseline-indicator', 'aside.metadata', '.article-footer', '.article-actions-container', '.document-toc-container', '.breadcrumbs-container', '.last-modified-date'],
  },
  {
    id: 'sphinx',
    platform: 'Sphinx / Read the Docs',
    detect: ['meta[name="generator"][content^="Docutils"]', 'div.wy-nav-content', 'div.sphinxsidebar', 'div[itemprop="articleBody"]'],
    content: ['div[itemprop="articleBody"]', 'div[role="main"]', 'div.body'],
    chrome: ['a.headerlink', '.rst-footer-buttons', '.wy-breadcrumbs', '.rst-breadcrumbs-buttons'],
  },
  {
    id: 'docusaurus',
    platform: 'Docusaurus',
    detect: ['meta[name="generator"][content^="Docusaurus"]', '#__docusaurus', '.theme-doc-markdown'],
    content: ['.theme-doc-markdown', 'article'],
    chrome: ['a.hash-link', '.theme-doc-footer', '.theme-doc-toc-mobile', '.theme-doc-breadcrumbs', '.pagination-nav', '.theme-doc-version-badge', '.theme-doc-version-banner'],
  },
  {
    id: 'mkdocs-material',
    platform: 'MkDocs Material',
    detect: ['meta[name="generator"][content*="mkdocs-material"]', '.md-content__inner'],
    content: ['article.md-content__inner', '.md-content'],
    chrome: ['.md-content__button', '.md-feedback', '.md-source-file', 'a.headerlink', '.md-tags', '.md-source-date'],
  },
  {
    id: 'docsy',
    platform: 'Hugo Docsy',
    detect: ['.td-content', 'body.td-page', '.td-main'],
    content: ['.td-content', 'main'],
    // the lead paragraph is the front-matter description, which Markdown sources keep out of the body
    chrome: ['.td-content > .lead', '.article-meta', '.td-page-meta__lastmod', '.td-page-meta', 'a.td-heading-self-link', '.feedback--title', '.feedback--question', '.feedback--answer', '.feedback--response', '.td-breadcrumbs'],
  },
  {
    id: 'devsite',
    platform: 'Google Cloud / Google Developers (devsite)',
    detect: ['devsite-content', 'article.devsite-article', 'meta[name="generator"][content^="devsite"]'],
    content: ['article.devsite-article', 'devsite-content', '.devsite-article-body'],
    chrome: [
      '.devsite-article-meta', 'devsite-feedback', 'devsite-thumb-rating', 'devsite-toc', 'devsite-actions', '.devsite-floating-action-buttons',
      '.devsite-breadcrumb-list', '.nocontent', 'devsite-bookmark', '.devsite-page-title-meta',
    ],
  },
];
