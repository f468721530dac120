// GitHub Docs (docs.github.com, Next.js + Primer): header with version picker and search,
// product sidebar, breadcrumbs, the intro, the "In this article" outline as an <h2> inside
// <main>, linked headings, and the "Help and support" survey and legal footer.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';

export const github: Template = {
  id: 'github',
  platform: 'GitHub Docs',
  heldOut: false,
  render(page, ctx) {
    const side = sideEntries(page, ctx, ['About authentication', 'Keeping your account secure', 'Creating a strong password', 'Managing deploy keys', 'Troubleshooting SSH']);
    const body = decorateHeadings(
      page.bodyHtml,
      (l, id, inner) => `<h${l} id="${id}" tabindex="-1"><a class="heading-link" href="#${id}">${inner}<span class="heading-link-symbol" aria-hidden="true"></span></a></h${l}>`,
    );
    return `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width"/>
<title>${esc(page.title)} - GitHub Docs</title>
<link rel="icon" type="image/png" href="https://github.githubassets.com/favicons/favicon.png"/>
<meta name="keywords" content="Authentication"/>
<link rel="stylesheet" href="/_next/static/css/7e4bc2a5b1c2c1e1.css"/>
<script defer src="/_next/static/chunks/main-app.js"></script>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}.heading-link-symbol{display:none}</style>
</head>
<body>
<div id="__next">
<a href="#main-content" class="Skiplink_container__k3Tcf">Skip to main content</a>
<div data-container="header" class="border-bottom d-unset color-border-muted no-print z-3 color-bg-default Header_header__frpqb">
  <header class="color-bg-default p-2 position-sticky top-0 z-2 border-bottom" role="banner" aria-label="Main">
    <div class="d-flex flex-justify-between p-2 flex-items-center flex-wrap" data-testid="desktop-header">
      <div class="Header_logoWithClosedSearch__zhF6Q d-flex">
        <a rel="" class="d-flex flex-items-center color-fg-default no-underline mr-3" href="/en"><svg aria-hidden="true" focusable="false" class="octicon octicon-mark-github" viewBox="0 0 24 24" width="32" height="32"><path d="M12 1C5.9 1 1 5.9 1 12"></path></svg><span class="h4 text-semibold ml-2 mr-3">GitHub Docs</span></a>
        <div class="hide-sm border-left pl-3"><button type="button" aria-haspopup="true" class="Button__StyledButton"><span>Version: Free, Pro, &amp; Team</span></button></div>
      </div>
      <div class="d-flex flex-items-center"><button data-testid="search" class="search-button" aria-label="Open search overlay"><span>Search or ask Copilot</span></button>
        <button aria-label="Select language: current language is English" class="Button__StyledButton"><span>English</span></button></div>
    </div>
  </header>
</div>
<div class="d-lg-flex">
  <div data-container="nav" class="position-sticky d-none border-right d-xxl-block SidebarNav_sidebar__ENNxB">
    <nav aria-labelledby="allproducts-menu">
      <div class="d-none px-4 pb-3 border-bottom d-xxl-block"><a href="/en" class="f6 pl-2 pr-5 ml-n1 pb-1 Link--primary color-fg-default">Home</a>
        <div class="mt-3" id="allproducts-menu"><a data-testid="sidebar-product-xl" href="/en/authentication" class="d-block pl-1 mb-2 h3 color-fg-default no-underline">Authentication</a></div></div>
      <div class="border-right d-none d-xxl-block bg-primary overflow-y-auto flex-shrink-0" role="navigation" aria-label="Product sidebar">
        <ul data-testid="sidebar" class="ActionList">
${side.map((s) => `          <li class="ActionList-item${s.current ? ' ActionList-item--navActive' : ''}"><a class="ActionList-content" href="/en/authentication/${s.href.slice(2, -5)}"${s.current ? ' aria-current="page"' : ''}><span class="ActionList-item-label">${esc(s.title)}</span></a></li>`).join('\n')}
        </ul>
      </div>
    </nav>
  </div>
  <div class="flex-column flex-1 min-width-0">
    <main id="main-content" class="Main_main__cnkJl">
      <div class="container-xl px-3 px-md-6 my-4">
        <div class="d-none d-xl-block my-3 mr-auto width-full">
          <nav data-testid="breadcrumbs-in-article" class="f5 breadcrumbs Breadcrumbs_breadcrumbs__xAC4i" aria-label="Breadcrumb" data-container="breadcrumbs">
            <ul>
              <li class="d-inline-block"><a class="Link--primary mr-2 color-fg-muted" href="/en/authentication">Authentication</a><span class="color-fg-muted pr-2">/</span></li>
              <li class="d-inline-block"><a class="Link--primary mr-2 color-fg-muted" href="/en/authentication/keeping-your-account-and-data-secure">Account security</a><span class="color-fg-muted pr-2">/</span></li>
              <li class="d-inline-block"><a class="Link--primary mr-2 color-fg-muted" href="/en/authentication/keeping-your-account-and-data-secure/${ctx.slug}">${esc(page.title)}</a></li>
            </ul>
          </nav>
        </div>
        <div class="DefaultLayout_contentContainer__O6Ocg">
          <div data-container="title"><h1 id="title-h1" class="border-bottom-0">${page.titleHtml}</h1></div>
          <div class="ToolPicker_toolpicker__w1XNA" role="tablist" aria-label="Tool navigation"><span>Tool navigation</span><a role="tab" class="tabnav-tab" href="#" aria-selected="true">Web browser</a><a role="tab" class="tabnav-tab" href="#">GitHub CLI</a></div>
          <div data-container="toc" class="ArticleGridLayout_sidebar__3w7gR">
            <h2 id="in-this-article" class="mb-1 h5">In this article</h2>
            <nav data-testid="minitoc" class="my-2" aria-labelledby="in-this-article">
              <ul class="ActionList">${page.headings.filter((h) => h.level === 2).map((h) => `<li class="ActionList-item"><a class="ActionList-content" href="#${h.id}">${esc(h.text)}</a></li>`).join('')}</ul>
            </nav>
          </div>
          <div data-container="article" id="article-contents">
            <div class="MarkdownContent_markdownBody__v5MYy markdown-body">
${body}
            </div>
          </div>
        </div>
      </div>
    </main>
    <footer data-container="footer">
      <section class="container-xl mt-lg-8 mt-6 px-3 px-md-6 no-print mx-auto"><h2 class="f3">Help and support</h2>
        <div class="container-xl mx-auto py-6 py-lg-6 clearfix border-top border-color-secondary">
          <div class="float-left pr-4 mb-6 mb-xl-0 col-12 col-lg-6 col-xl-3">
            <form class="f5" data-testid="survey-form" aria-live="polite">
              <h3 id="survey-title" class="f4 mb-3">Did you find what you needed?</h3>
              <div class="mb-2" role="radiogroup" aria-labelledby="survey-title">
                <input class="Survey_visuallyHidden__Xh_nl" id="survey-yes" type="radio" name="survey-vote" aria-label="Yes" value="Y"/><label class="btn mr-1" for="survey-yes"><svg aria-hidden="true" class="octicon octicon-thumbsup" viewBox="0 0 16 16" width="16" height="16"><path d="M8 0"></path></svg> Yes</label>
                <input class="Survey_visuallyHidden__Xh_nl" id="survey-no" type="radio" name="survey-vote" aria-label="No" value="N"/><label class="btn" for="survey-no"><svg aria-hidden="true" class="octicon octicon-thumbsdown" viewBox="0 0 16 16" width="16" height="16"><path d="M8 0"></path></svg> No</label>
              </div>
              <a rel="" class="f6 text-underline" target="_blank" href="/en/site-policy/privacy-policies/github-privacy-statement">Privacy policy</a>
            </form>
          </div>
          <div class="float-left pr-4 mb-6 mb-xl-0 col-12 col-lg-6 col-xl-4 offset-xl-1">
            <div class="f5 contribution"><h3 class="f4 mb-3">Help us make these docs great!</h3>
              <p class="max-w-xs color-fg-muted mb-3">All GitHub docs are open source. See something that&#x27;s wrong or unclear? Submit a pull request.</p>
              <a class="btn" href="https://github.com/github/docs/blob/main/content/authentication/${ctx.slug}.md"><svg aria-hidden="true" class="octicon octicon-git-pull-request" viewBox="0 0 16 16" width="16" height="16"><path d="M1.5 3.25"></path></svg> Make a contribution</a>
              <p class="color-fg-muted f6 mt-2"><a class="text-underline" href="/contributing" target="_blank" rel="noopener">Learn how to contribute</a></p>
            </div>
          </div>
          <div class="float-left pr-4 mb-6 mb-xl-0 col-12 col-lg-6 col-xl-3 offset-xl-1">
            <div><h3 class="mb-3 f4">Still need help?</h3>
              <div class="mb-2"><a id="ask-community" href="https://github.com/orgs/community/discussions" class="text-underline">Ask the GitHub community</a></div>
              <div><a id="support" href="https://support.github.com" class="text-underline">Contact support</a></div>
            </div>
          </div>
        </div>
      </section>
      <section class="container-xl px-3 mt-6 pb-8 px-md-6 color-fg-muted"><h2 class="f4 mb-2 col-12">Legal</h2>
        <ul class="d-flex flex-wrap list-style-none">
          <li class="mr-3">© <!-- -->2025<!-- --> GitHub, Inc.</li>
          <li class="mr-3"><a class="text-underline" href="/en/site-policy/github-terms/github-terms-of-service">Terms</a></li>
          <li class="mr-3"><a class="text-underline" href="/en/site-policy/privacy-policies/github-privacy-statement">Privacy</a></li>
          <li class="mr-3"><a class="text-underline" href="https://www.githubstatus.com/">Status</a></li>
          <li class="mr-3"><a class="text-underline" href="https://github.com/pricing">Pricing</a></li>
          <li class="mr-3"><a class="text-underline" href="https://services.github.com">Expert services</a></li>
          <li class="mr-3"><a class="text-underline" href="https://github.blog">Blog</a></li>
        </ul>
      </section>
    </footer>
  </div>
</div>
</div>
</body>
</html>
`;
  },
};
