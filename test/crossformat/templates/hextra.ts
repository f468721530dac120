// Hugo with the Hextra theme (imfing/hextra, Tailwind v4 "hx:" classes), modelled on the theme's
// own layouts: _default/baseof.html (navbar, main block, footer), docs/single.html (sidebar, the
// right-hand toc, <article> > <main> with the breadcrumb, <div class="content"> holding the
// front-matter title as a bare <h1> and the content, then last-updated and pager; newer Hextra
// puts the <h1> in a flex row with components/page-context-menu.html — "Copy page", a toggle and a
// hidden "Copy as Markdown"/"View as Markdown" menu — enabled here as on Hextra's own docs),
// _partials/navbar.html + navbar-title.html + search.html (logo and site title, menu links,
// "Search..." input with its CTRL K hint, icon link with an sr-only label, hamburger button),
// _partials/sidebar.html (the mobile tree — shown here since no CSS loads — with the current page's
// h2 headings under it as "sidebar-toc" links, the desktop tree, the theme toggle with its
// Light/Dark/System labels and options list), _partials/toc.html ("On this page", h2/h3 links,
// "Edit this page on GitHub →" from i18n/en.yaml, the "Scroll to top" button), _partials/breadcrumb.html (ancestor links
// separated by chevron SVGs, the page title last), _markup/render-heading.html (the id on an
// empty <span> inside the heading, then an empty <a class="subheading-anchor"
// aria-label="Permalink for this section">), _markup/render-codeblock.html +
// components/codeblock.html + components/codeblock-copy-button.html (Chroma output inside
// <div class="hextra-code-block">, a "Copy code" button whose icons are CSS-drawn, no text),
// _markup/render-blockquote-alert.html + components/github-style-alert.html (GitHub alerts as
// <div data-alert class="hextra-alert"> with a <p class="hextra-alert-title"> and the content in
// hextra-alert-content-inner), components/last-updated.html ("Last updated on <time>"),
// components/pager.html (previous/next page titles with chevron SVGs) and _partials/footer.html
// ("Powered by Hextra", copyright). The title is Hugo's .Title: the generator's title here.
// HELD OUT: written after every round of tuning, never tuned on.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';
import type { Heading } from '../content.js';

const chevron = (cls: string) => `<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" aria-hidden="true" class="${cls}"><path stroke-linecap="round" stroke-linejoin="round" d="M9 5l7 7-7 7"/></svg>`;
const icon = (name: string, attrs = 'height="16"') => `<svg ${attrs} xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" aria-hidden="true" data-icon="${name}"><path stroke-linecap="round" stroke-linejoin="round" d="M13 16h-1v-4h-1m1-4h.01M21 12a9 9 0 11-18 0 9 9 0 0118 0z"/></svg>`;

const SIDE_LINK = 'hx:flex hx:items-center hx:justify-between hx:gap-2 hx:cursor-pointer hx:rounded-sm hx:px-2 hx:py-1.5 hx:text-sm hx:transition-colors [-webkit-tap-highlight-color:transparent] [-webkit-touch-callout:none] [word-break:break-word]';
const SIDE_ACTIVE = 'hextra-sidebar-active-item hx:bg-primary-100 hx:font-semibold hx:text-primary-800 hx:contrast-more:border hx:contrast-more:border-primary-500 hx:dark:bg-primary-400/10 hx:dark:text-primary-600 hx:contrast-more:dark:border-primary-500';
const SIDE_IDLE = 'hx:text-gray-500 hx:hover:bg-gray-100 hx:hover:text-gray-900 hx:contrast-more:border hx:contrast-more:border-transparent hx:contrast-more:text-gray-900 hx:contrast-more:hover:border-gray-900 hx:dark:text-neutral-400 hx:dark:hover:bg-primary-100/5 hx:dark:hover:text-gray-50 hx:contrast-more:dark:text-gray-50 hx:contrast-more:dark:hover:border-gray-50';
const SUB_UL = `hx:relative hx:flex hx:flex-col hx:gap-1 hx:before:absolute hx:before:inset-y-1 hx:before:w-px hx:before:bg-gray-200 hx:before:content-[""] hx:ltr:ml-3 hx:ltr:pl-3 hx:ltr:before:left-0 hx:rtl:mr-3 hx:rtl:pr-3 hx:rtl:before:right-0 hx:dark:before:bg-neutral-800`;
const COLLAPSIBLE = `<span class="hextra-sidebar-collapsible-button"><svg fill="none" viewBox="0 0 24 24" stroke="currentColor" class="hx:h-[18px] hx:min-w-[18px] hx:rounded-xs hx:p-0.5 hx:hover:bg-gray-800/5 hx:dark:hover:bg-gray-100/5"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M9 5l7 7-7 7" class="hx:origin-center hx:transition-transform hx:rtl:-rotate-180"></path></svg></span>`;

/** sidebar.html's "sidebar-toc": the current page's h2 headings under its sidebar entry (mobile tree). */
function sidebarToc(headings: Heading[]): string {
  const h2 = headings.filter((h) => h.level === 2);
  if (!h2.length) return '';
  return `
    <ul class='hx:flex hx:flex-col hx:gap-1 hx:relative hx:before:absolute hx:before:inset-y-1 hx:before:w-px hx:before:bg-gray-200 hx:before:content-[""] hx:dark:before:bg-neutral-800 hx:ltr:pl-3 hx:ltr:before:left-0 hx:rtl:pr-3 hx:rtl:before:right-0 hx:ltr:ml-3 hx:rtl:mr-3'>${h2
      .map((h) => `<li>
              <a
                href="#${h.id}"
                class="hx:flex hx:rounded-sm hx:px-2 hx:py-1.5 hx:text-sm hx:transition-colors [word-break:break-word] hx:cursor-pointer [-webkit-tap-highlight-color:transparent] [-webkit-touch-callout:none] hx:contrast-more:border hx:gap-2 hx:before:opacity-25 hx:before:content-['#'] hx:text-gray-500 hx:hover:bg-gray-100 hx:hover:text-gray-900"
              >${esc(h.text)}</a>
            </li>
          `)
      .join('')}</ul>
  `;
}

/** toc.html: "On this page" with h2 (font-medium) and h3 (indented) links. */
function tocLinks(headings: Heading[]): string {
  return headings
    .map((h) => `
      <li class="hx:my-2 hx:scroll-my-6 hx:scroll-py-6">
        <a class="${h.level === 2 ? 'hx:font-medium' : 'hx:ltr:pl-4 hx:rtl:pr-4'} hx:inline-block hx:text-gray-500 hx:hover:text-gray-900 hx:dark:text-gray-400 hx:dark:hover:text-gray-300 hx:contrast-more:text-gray-900 hx:contrast-more:underline hx:contrast-more:dark:text-gray-50 hx:w-full hx:break-words" href="#${h.id}">${esc(h.text)}
        </a>
      </li>`)
    .join('');
}

/** render-codeblock.html: Chroma inside hextra-code-block, with the copy button (icons only). */
function codeBlocks(html: string): string {
  const copy = `<div class="hextra-code-copy-btn-container hx:opacity-0 hx:transition hx:group-hover/code:opacity-100 hx:flex hx:gap-1 hx:absolute hx:m-[11px] hx:right-0 hx:top-0">
  <button
    class="hextra-code-copy-btn hx:group/copybtn hx:cursor-pointer hx:transition-all hx:active:opacity-50 hx:bg-primary-700/5 hx:border hx:border-black/5 hx:text-gray-600 hx:hover:text-gray-900 hx:rounded-md hx:p-1.5"
    title="Copy code"
  >
    <div class="hextra-copy-icon hx:group-[.copied]/copybtn:hidden hx:pointer-events-none hx:h-4 hx:w-4"></div>
<div class="hextra-success-icon hx:hidden hx:group-[.copied]/copybtn:block hx:pointer-events-none hx:h-4 hx:w-4"></div>
  </button>
</div>
`;
  return html.replace(/<pre><code(?: class="language-([^"]*)")?>([\s\S]*?)<\/code><\/pre>/g, (_m, lang: string | undefined, code: string) => {
    const inner = lang
      ? `<div><div class="highlight"><pre tabindex="0" class="chroma"><code class="language-${lang}" data-lang="${lang}">${code
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => `<span class="line"><span class="cl">${line}\n</span></span>`)
          .join('')}</code></pre></div></div>`
      : `<div><pre><code>${code}</code></pre></div>`;
    return `<div class="hextra-code-block hx:relative hx:mt-6 hx:first:mt-0 hx:group/code">${inner}${copy}</div>`;
  });
}

/** github-style-alert.html: the alert's label paragraph becomes the alert title. */
function alerts(html: string): string {
  const icons: Record<string, string> = { note: 'information-circle', tip: 'light-bulb', important: 'information-circle', warning: 'exclamation', caution: 'exclamation-circle' };
  return html.replace(/<div class="(NOTE|TIP|IMPORTANT|CAUTION|WARNING)">\s*<p>([^<]*)<\/p>([\s\S]*?)<\/div>/g, (_m, kind: string, label: string, inner: string) => {
    const k = kind.toLowerCase();
    return `<div data-alert="${k}" class="hextra-alert"><p class="hextra-alert-title">${icon(icons[k], 'height="16px" class="hextra-alert-icon"')}<span class="hextra-alert-title-text">${label}</span>
  </p>

  <div
    class="hextra-alert-content"
  >
    <div class="hextra-alert-content-inner">${inner}</div>
  </div>
</div>`;
  });
}

export const hextra: Template = {
  id: 'hextra',
  platform: 'Hugo / Hextra theme',
  heldOut: true,
  render(page, ctx) {
    const site = 'Acme Platform';
    const side = sideEntries(page, ctx, ['Introduction', 'Getting started', 'Configuration', 'Storage', 'Networking', 'Upgrading']);
    const idx = side.findIndex((s) => s.current);
    const prev = side[idx - 1];
    const next = side[idx + 1];
    const href = (s: { href: string }) => `/docs/guide/${s.href.slice(2, -5)}/`;
    const heading = (l: number, id: string, inner: string) =>
      l === 1
        ? `<h1>${inner}</h1>`
        : `<h${l}>${inner}<span class="hx:absolute hx:-mt-20" id="${id}"></span>
    <a href="#${id}" class="subheading-anchor" aria-label="Permalink for this section"></a></h${l}>`;
    const body = codeBlocks(alerts(decorateHeadings(page.bodyHtml, heading)));
    const tree = (mobile: boolean) => side
      .map((s) => `
            <li class="hx:flex hx:flex-col ${s.current ? 'open' : ''}"><a
    class="${SIDE_LINK}
      ${s.current ? SIDE_ACTIVE : SIDE_IDLE}"
    href="${href(s)}"
    
  >${esc(s.title)}
  </a>${mobile && s.current ? sidebarToc(page.headings) : ''}
            </li>`)
      .join('');
    const sidebarMain = (mobile: boolean) => `<li class="open"><a
    class="${SIDE_LINK}
      ${SIDE_IDLE}"
    href="/docs/guide/"
    
  >User guide${COLLAPSIBLE}
    
  </a><div class="hx:ltr:pr-0 hx:overflow-hidden">
        <ul class='${SUB_UL}'>${tree(mobile)}</ul>
      </div></li>
          <li class=""><a
    class="${SIDE_LINK}
      ${SIDE_IDLE}"
    href="/docs/reference/"
    
  >Reference${COLLAPSIBLE}
    
  </a></li>`;
    const search = `<div class="hextra-search-wrapper hx:relative hx:md:w-64">
  <div class="hx:relative hx:flex hx:items-center hx:text-gray-900 hx:contrast-more:text-gray-800 hx:dark:text-gray-300 hx:contrast-more:dark:text-gray-300">
    <input
      placeholder="Search..."
      class="hextra-search-input hx:focus:hextra-focus hx:block hx:w-full hx:appearance-none hx:rounded-lg hx:px-3 hx:py-2 hx:transition-colors hx:text-base hx:leading-tight hx:md:text-sm"
      type="search"
      value=""
      spellcheck="false"
    />
    <kbd
      class="hx:absolute hx:my-1.5 hx:select-none hx:ltr:right-1.5 hx:rtl:left-1.5 hx:h-5 hx:rounded-sm hx:bg-white hx:px-1.5 hx:font-mono hx:text-[10px] hx:font-medium hx:text-gray-500 hx:border hx:border-gray-200 hx:items-center hx:gap-1 hx:transition-opacity hx:pointer-events-none hx:hidden hx:sm:flex"
    >
      CTRL K
    </kbd>
  </div>

  <div>
    <ul
      class="hextra-search-results hextra-scrollbar hx:hidden hx:border hx:border-gray-200 hx:bg-white hx:text-gray-100 hx:absolute hx:top-full hx:z-20 hx:mt-2 hx:overflow-auto hx:overscroll-contain hx:rounded-xl hx:py-2.5 hx:shadow-xl"
      style="transition: max-height 0.2s ease 0s;"
    ></ul>
  </div>
</div>`;
    const option = (item: string, label: string) => `
    <li class="hx:flex hx:flex-col">
      <p
        data-item="${item}"
        class="hx:text-gray-800 hx:dark:text-gray-100 hx:hover:bg-primary-50 hx:hover:text-primary-600 hx:relative hx:cursor-pointer hx:whitespace-nowrap hx:py-1.5 hx:transition-colors hx:ltr:pl-3 hx:ltr:pr-9 hx:rtl:pr-3 hx:rtl:pl-9"
      >
        ${label}
         <span class="hx:absolute hx:inset-y-0 hx:flex hx:items-center hx:ltr:right-3 hx:rtl:left-3">${icon('check', 'height="1em" width="1em"')}</span>
      </p>
    </li>`;
    const themeToggle = `<div class="hx:flex hx:justify-items-start hx:group" data-theme="light">
  <button
    title="Change theme"
    data-state="closed"
    data-location="bottom"
    class="hextra-theme-toggle hx:cursor-pointer hx:rounded-md hx:text-left hx:font-medium hx:h-7 hx:px-2 hx:text-xs hx:grow"
    type="button"
    aria-label="Change theme"
  >
    <div class="hx:flex hx:items-center hx:gap-2 hx:capitalize">${icon('sun', 'height="12" class="hx:group-data-[theme=dark]:hidden hx:group-data-[theme=system]:hidden"')}<span class="hx:group-data-[theme=dark]:hidden hx:group-data-[theme=system]:hidden">Light</span>${icon('moon', 'height="12" class="hx:group-data-[theme=light]:hidden hx:group-data-[theme=system]:hidden"')}<span class="hx:group-data-[theme=light]:hidden hx:group-data-[theme=system]:hidden">Dark</span>${icon('contrast', 'height="12" class="hx:group-data-[theme=dark]:hidden hx:group-data-[theme=light]:hidden"')}<span class="hx:group-data-[theme=dark]:hidden hx:group-data-[theme=light]:hidden">System</span></div>
  </button>
  <ul
    class="hextra-theme-toggle-options hx:hidden hx:z-20 hx:max-h-64 hx:overflow-auto hx:rounded-md hx:ring-1 hx:ring-black/5 hx:bg-white hx:py-1 hx:text-sm hx:shadow-lg"
    style="position: fixed; inset: auto auto 0px 0px; margin: 0px; min-width: 100px;"
    data-theme="light"
  >${option('light', 'Light')}${option('dark', 'Dark')}${option('system', 'System')}
  </ul>
</div>`;
    // components/page-context-menu.html (site.Params.page.contextMenu.enable: true)
    const menuItem = (action: string, iconName: string, label: string) => `
        <li role="none">
          <button
            data-action="${action}"${action === 'view' ? `
            data-url="https://docs.acme.dev/docs/guide/${ctx.slug}/index.md"` : ''}
            role="menuitem"
            class="hx:flex hx:w-full hx:cursor-pointer hx:select-none hx:items-center hx:gap-2 hx:whitespace-nowrap hx:rounded-sm hx:px-2 hx:py-1.5 hx:text-sm hx:text-gray-700"
          >
            <div class="hx:size-4 hx:shrink-0 hx:text-gray-500 hx:dark:text-gray-400">${icon(iconName, 'height="16" width="16"')}</div>
            ${label}
          </button>
        </li>`;
    const contextMenu = `<div class="hextra-page-context-menu hx:relative hx:inline-flex hx:shrink-0">
      <div class="hx:inline-flex hx:rounded-lg hx:border hx:border-gray-200 hx:transition-colors hx:hover:border-gray-300">
        <button
          class="hextra-page-context-menu-copy hx:group/copybtn hx:inline-flex hx:cursor-pointer hx:items-center hx:gap-1.5 hx:bg-transparent hx:px-2.5 hx:py-1 hx:text-sm hx:font-medium hx:text-gray-700"
          data-url="https://docs.acme.dev/docs/guide/${ctx.slug}/index.md"
          title="Copy as Markdown"
          aria-label="Copy as Markdown"
        >
          <div class="hextra-copy-icon hx:group-[.copied]/copybtn:hidden hx:pointer-events-none hx:size-4">${icon('copy', 'height="16" width="16"')}</div>
          <div class="hextra-success-icon hx:hidden hx:group-[.copied]/copybtn:block hx:pointer-events-none hx:size-4">${icon('check', 'height="16" width="16"')}</div>
          <span>Copy page</span>
        </button>
        <button
          class="hextra-page-context-menu-toggle hx:inline-flex hx:cursor-pointer hx:items-center hx:justify-center hx:bg-transparent hx:px-1.5 hx:py-1 hx:text-gray-500"
          data-state="closed"
          aria-label="Toggle page context menu"
          aria-expanded="false"
          aria-haspopup="menu"
        >
          <div class="hx:size-4 hx:transition-transform hx:duration-200" data-chevron>${icon('chevron-down', 'height="16" width="16"')}</div>
        </button>
      </div>
      <ul class="hextra-page-context-menu-dropdown not-prose hx:hidden hx:absolute hx:top-full hx:left-0 hx:sm:left-auto hx:sm:right-0 hx:mt-1 hx:z-20 hx:max-h-64 hx:overflow-auto hx:rounded-lg hx:border hx:border-gray-200 hx:bg-white hx:p-1 hx:text-sm hx:shadow-lg" role="menu">${menuItem('copy', 'copy', 'Copy as Markdown')}${menuItem('view', 'markdown', 'View as Markdown')}
      </ul>
    </div>`;
    const pagerLink = 'hx:flex hx:max-w-[50%] hx:items-center hx:gap-1 hx:py-4 hx:text-base hx:font-medium hx:text-gray-600 hx:transition-colors [word-break:break-word] hx:hover:text-primary-600 hx:dark:text-gray-300 hx:md:text-lg';
    return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head>
  <meta name="generator" content="Hugo 0.147.9">
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <link rel="icon shortcut" href="/favicon.ico" sizes="32x32" />
  <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  <title>${esc(page.title)} – ${site}</title>
  <meta name="description" content="${esc(page.description ?? '')}" />
  <link rel="canonical" href="https://docs.acme.dev/docs/guide/${ctx.slug}/" itemprop="url" />
  <meta property="og:title" content="${esc(page.title)}" />
  <meta property="og:type" content="article" />
  <meta property="article:modified_time" content="${ctx.updated}T00:00:00+00:00" />
  <link href="/css/compiled/main.min.css" rel="stylesheet" />
  <script>const defaultTheme = 'system';const setDarkTheme = () => {document.documentElement.classList.add("dark");document.documentElement.style.colorScheme = "dark";};const setLightTheme = () => {document.documentElement.classList.remove("dark");document.documentElement.style.colorScheme = "light";};if ("color-theme" in localStorage) {localStorage.getItem("color-theme") === "dark" ? setDarkTheme() : setLightTheme();} else {defaultTheme === "dark" ? setDarkTheme() : setLightTheme();}</script>
</head>
<body dir="ltr">
    <div class="hextra-nav-container hx:sticky hx:top-0 hx:z-20 hx:w-full hx:bg-transparent hx:print:hidden">
  <div
    class="hextra-nav-container-blur hx:pointer-events-none hx:absolute hx:z-[-1] hx:h-full hx:w-full hx:bg-white hx:dark:bg-dark"
  ></div>

  <nav class="hextra-max-navbar-width hx:mx-auto hx:flex hx:items-center hx:justify-end hx:gap-2 hx:h-16 hx:px-6">
    <a class="hx:flex hx:items-center hx:hover:opacity-75 hx:ltr:mr-auto hx:rtl:ml-auto" href="/">
    <img class="hx:mr-2 hx:block hx:dark:hidden" src="/images/logo.svg" alt="Logo" height="20" width="20" />
    <img class="hx:mr-2 hx:hidden hx:dark:block" src="/images/logo-dark.svg" alt="Dark Logo" height="20" width="20" />
    <span class="hx:mr-2 hx:font-extrabold hx:inline hx:select-none" title="${site}">${site}</span>
</a><a
              title="Documentation"
              href="/docs/"
              class="hx:text-sm hx:contrast-more:text-gray-700 hx:contrast-more:dark:text-gray-100 hx:relative hx:-ml-2 hx:hidden hx:whitespace-nowrap hx:p-2 hx:md:inline-block hx:font-medium"
            >
              <span class="hx:text-center">Documentation</span>
            </a><a
              title="Blog"
              href="/blog/"
              class="hx:text-sm hx:contrast-more:text-gray-700 hx:contrast-more:dark:text-gray-100 hx:relative hx:-ml-2 hx:hidden hx:whitespace-nowrap hx:p-2 hx:md:inline-block hx:text-gray-600 hx:hover:text-gray-800"
            >
              <span class="hx:text-center">Blog</span>
            </a>${search}
          <a class="hx:p-2 hx:text-current" target="_blank" rel="noreferrer" href="https://github.com/acme/platform" title="GitHub">${icon('github', 'height="24"')}<span class="hx:sr-only">GitHub</span>
          </a>

    <button type="button" aria-label="Menu" class="hextra-hamburger-menu hx:cursor-pointer hx:-mr-2 hx:rounded-sm hx:p-2 hx:active:bg-gray-400/20 hx:md:hidden">${icon('hamburger-menu', 'height="24"')}</button>
  </nav>
</div>
<div class='hx:mx-auto hx:flex hextra-max-page-width'>
    <div class="hextra-sidebar-container-mobile-overlay"></div>

<aside class="hextra-sidebar-container hx:flex hx:flex-col hx:print:hidden hx:md:top-16 hx:md:shrink-0 hx:md:w-64 hx:md:self-start hx:max-md:[transform:translate3d(0,-100%,0)] hx:md:sticky">
  <!-- Search bar on small screen -->
  <div class="hx:px-4 hx:pt-4 hx:md:hidden">
    ${search}
  </div>
  <div class="hextra-scrollbar hx:overflow-y-auto hx:overflow-x-hidden hx:p-4 hx:grow hx:md:h-[calc(100vh-var(--navbar-height)-var(--menu-height))]">
    <ul class="hx:flex hx:flex-col hx:gap-1 hx:md:hidden">
      <!-- Nav -->
      ${sidebarMain(true)}
      <li><a
    class="${SIDE_LINK}
      ${SIDE_IDLE}"
    href="/blog/"
    
  >Blog
  </a></li>
    </ul>

    <!-- Sidebar on large screen -->
      <ul class="hx:flex hx:flex-col hx:gap-1 hx:max-md:hidden">
        ${sidebarMain(false)}
      </ul>
    </div>
  <div class=" hx:sticky hx:bottom-0 hx:bg-white hx:dark:bg-dark hx:mx-4 hx:py-4 hx:shadow-[0_-12px_16px_#fff] hx:flex hx:items-center hx:gap-2 hx:border-gray-200 hx:dark:border-neutral-800 hx:border-t" data-toggle-animation="show"><div class="hx:flex hx:grow hx:flex-col">${themeToggle}</div></div>
</aside>

<nav class="hextra-toc hx:order-last hx:hidden hx:w-64 hx:shrink-0 hx:xl:block hx:print:hidden hx:px-4" aria-label="table of contents">
    <div class="hextra-scrollbar hx:sticky hx:top-16 hx:overflow-y-auto hx:pr-4 hx:pt-6 hx:text-sm [hyphens:auto] hx:max-h-[calc(100vh-var(--navbar-height)-env(safe-area-inset-bottom))] hx:ltr:-mr-4 hx:rtl:-ml-4">${page.headings.length ? `<p class="hx:mb-4 hx:font-semibold hx:tracking-tight">On this page</p><ul>${tocLinks(page.headings)}</ul>` : ''}
      <div class="${page.headings.length ? 'hx:mt-8 hx:border-t hx:bg-white hx:pt-8 hx:shadow-[0_-12px_16px_white] hx:dark:bg-dark hx:dark:shadow-[0_-12px_16px_#111]' : ''} hx:sticky hx:bottom-0 hx:flex hx:flex-col hx:items-start hx:gap-2 hx:pb-8 hx:border-gray-200 hx:dark:border-neutral-800">
          <a class="hx:text-xs hx:font-medium hx:text-gray-500 hx:hover:text-gray-900 hx:dark:text-gray-400 hx:dark:hover:text-gray-100" href="https://github.com/acme/platform/edit/main/docs/content/docs/guide/${ctx.slug}.md" target="_blank" rel="noreferrer">Edit this page on GitHub →</a>
        <button aria-hidden="true" id="backToTop" onClick="scrollUp();" class="hx:cursor-pointer hx:transition-all hx:duration-75 hx:opacity-0 hx:text-xs hx:font-medium hx:text-gray-500 hx:hover:text-gray-900">
          <span>Scroll to top</span>
          <svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" class="hx:inline hx:ltr:ml-1 hx:rtl:mr-1 hx:h-3.5 hx:w-3.5 hx:rounded-full hx:border hx:border-gray-500">
            <path stroke-linecap="round" stroke-linejoin="round" d="M4.5 15.75l7.5-7.5 7.5 7.5" />
          </svg>
        </button>
      </div>
    </div>
</nav>

    <article class="hx:w-full hx:break-words hx:flex hx:min-h-[calc(100vh-var(--navbar-height))] hx:min-w-0 hx:justify-center hx:pb-8 hx:pr-[calc(env(safe-area-inset-right)-1.5rem)]">
      <main class="hx:w-full hx:min-w-0 hx:max-w-6xl hx:px-6 hx:pt-4 hx:md:px-12">
        <div class="hx:mt-1.5 hx:flex hx:items-center hx:gap-1 hx:overflow-hidden hx:text-sm hx:text-gray-500 hx:dark:text-gray-400 hx:contrast-more:text-current">
          <div class="hx:whitespace-nowrap hx:transition-colors hx:min-w-[24px] hx:overflow-hidden hx:text-ellipsis hx:hover:text-gray-900 hx:dark:hover:text-gray-100">
            <a href="/docs/" class="hx:inline-block hx:rounded-sm hx:hextra-focus-visible-inset">Documentation</a>
          </div>${chevron('hx:w-3.5 hx:shrink-0 hx:rtl:-rotate-180')}
          <div class="hx:whitespace-nowrap hx:transition-colors hx:min-w-[24px] hx:overflow-hidden hx:text-ellipsis hx:hover:text-gray-900 hx:dark:hover:text-gray-100">
            <a href="/docs/guide/" class="hx:inline-block hx:rounded-sm hx:hextra-focus-visible-inset">User guide</a>
          </div>${chevron('hx:w-3.5 hx:shrink-0 hx:rtl:-rotate-180')}
        <div class="hx:whitespace-nowrap hx:transition-colors hx:font-medium hx:text-gray-700 hx:contrast-more:font-bold hx:contrast-more:text-current hx:dark:text-gray-100 hx:contrast-more:dark:text-current">${esc(page.title)}</div>
  </div>
        <div class="hx:flex hx:flex-col hx:sm:flex-row hx:items-start hx:sm:items-center hx:sm:justify-between hx:gap-4 hx:mt-2">
          <h1 class="hx:mb-0 hx:text-4xl hx:font-bold hx:tracking-tight">${page.titleHtml}</h1>${contextMenu}
        </div>
        <div class="content">
          ${body}
        </div>
    <div class="hx:mt-12 hx:mb-8 hx:block hx:text-xs hx:text-gray-500 hx:ltr:text-right hx:rtl:text-left hx:dark:text-gray-400">
      Last updated on <time datetime="${ctx.updated}T00:00:00.000Z">March 14, 2025</time></div><div class="hx:mb-8 hx:flex hx:items-center hx:border-t hx:pt-8 hx:border-gray-200 hx:dark:border-neutral-800 hx:contrast-more:border-neutral-400 hx:dark:contrast-more:border-neutral-400 hx:print:hidden">${prev ? `<a
        href="${href(prev)}"
        title="${esc(prev.title)}"
        class="${pagerLink} hx:ltr:pr-4 hx:rtl:pl-4"
      >${chevron('hx:inline hx:h-5 hx:shrink-0 hx:ltr:rotate-180')}${esc(prev.title)}</a>` : ''}${next ? `<a
        href="${href(next)}"
        title="${esc(next.title)}"
        class="${pagerLink} hx:ltr:ml-auto hx:ltr:pl-4 hx:ltr:text-right hx:rtl:mr-auto hx:rtl:pr-4 hx:rtl:text-left"
      >${esc(next.title)}${chevron('hx:inline hx:h-5 hx:shrink-0 hx:rtl:-rotate-180')}</a>` : ''}</div>
      </main>
    </article>
  </div>
<footer class="hextra-footer hx:bg-gray-100 hx:pb-[env(safe-area-inset-bottom)] hx:dark:bg-neutral-900 hx:print:bg-transparent"><div class="hextra-custom-footer hextra-max-footer-width hx:pl-[max(env(safe-area-inset-left),1.5rem)] hx:pr-[max(env(safe-area-inset-right),1.5rem)] hx:text-gray-600 hx:dark:text-gray-400"></div><div
      class="hextra-max-footer-width hx:mx-auto hx:flex hx:justify-center hx:py-12 hx:pl-[max(env(safe-area-inset-left),1.5rem)] hx:pr-[max(env(safe-area-inset-right),1.5rem)] hx:text-gray-600 hx:dark:text-gray-400 hx:md:justify-start"
    >
      <div class="hx:flex hx:w-full hx:flex-col hx:items-center hx:sm:items-start"><div class="hx:font-semibold"><a class="hx:flex hx:text-sm hx:items-center hx:gap-1 hx:text-current" target="_blank" rel="noopener noreferrer" title="Hextra GitHub Homepage" href="https://github.com/imfing/hextra">
    <span>Powered by Hextra${icon('hextra', 'height="1em" class="hx:inline-block hx:ltr:ml-1 hx:rtl:mr-1 hx:align-[-2.5px]"')}</span>
  </a></div><div class="hx:mt-6 hx:text-xs">© 2025 Acme Corp.</div></div>
    </div></footer>

  <script defer src="/js/main.min.js"></script>
  <script defer src="/lib/flexsearch/flexsearch.bundle.min.js"></script>
  <script defer src="/en.search.min.js"></script>
</body>
</html>
`;
  },
};
