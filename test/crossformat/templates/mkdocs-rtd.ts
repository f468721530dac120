// MkDocs with its built-in "readthedocs" theme (mkdocs/mkdocs, mkdocs/themes/readthedocs/, as
// MkDocs 1.5/1.6 renders it), modelled on the theme's own templates: base.html (the
// wy-grid-for-nav layout, <nav class="wy-nav-side stickynav"> with the home link and the search
// box, <div class="wy-menu wy-menu-vertical"> holding the navigation, the mobile
// <nav class="wy-nav-top"> with the site name, <div class="rst-content"> with the breadcrumbs, the
// <div role="main" class="document"> article body and the footer, then the rst-versions flyout
// from versions.html), searchbox.html (the rtd-search-form "Search docs" input), nav.html
// (the section captions, toctree-l1 items, the current page's item with its own h2/h3
// table of contents as toctree-l2/l3 links), breadcrumbs.html (home icon link, the section, the
// current page as breadcrumb-item active, "Edit on GitHub" in wy-breadcrumbs-aside, then <hr/>),
// footer.html (rst-footer-buttons Previous/Next with circle-arrow icons, <hr/>, the copyright
// contentinfo and "Built with MkDocs using a theme provided by Read the Docs") and versions.html
// (GitHub link, « Previous, Next »). Page Markdown as Python-Markdown renders it with the usual
// readthedocs-site extensions: toc with permalink (<a class="headerlink" href="#id"
// title="Permanent link">&para;</a> after the heading text), admonition
// (<div class="admonition note"><p class="admonition-title">Note</p>), fenced code as
// <pre><code class="language-x"> (highlight.js colours it in the browser; the theme has no copy
// button), plain <table> as served (theme_extra.js only adds class "docutils" once jQuery runs). The theme prints no title of its own: the page's title is its
// content's leading `# ` heading. No last-updated line or feedback widget: the theme has none.
// HELD OUT: written after every round of tuning, never tuned on.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';
import type { Heading } from '../content.js';

/** nav.html's current-page entry: the page's own h2/h3 toc as toctree-l2/l3 links. */
function navToc(headings: Heading[]): string {
  if (!headings.length) return '';
  const out: string[] = ['    <ul class="current">'];
  let open = false;
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    if (h.level === 2) {
      if (open) out.push('        </ul>', '    </li>');
      open = false;
      out.push(`    <li class="toctree-l2"><a class="reference internal" href="#${h.id}">${esc(h.text)}</a>`);
      if (next && next.level === 3) {
        out.push('        <ul>');
        open = true;
      } else out.push('    </li>');
    } else out.push(`                <li class="toctree-l3"><a class="reference internal" href="#${h.id}">${esc(h.text)}</a>`, '                </li>');
  });
  if (open) out.push('        </ul>', '    </li>');
  out.push('    </ul>');
  return out.join('\n');
}

/** Python-Markdown's admonition extension (the alert's label paragraph becomes the title). */
function admonitions(html: string): string {
  return html.replace(/<div class="(NOTE|TIP|IMPORTANT|CAUTION|WARNING)">\s*<p>([^<]*)<\/p>([\s\S]*?)<\/div>/g, (_m, kind: string, label: string, inner: string) =>
    `<div class="admonition ${kind.toLowerCase()}">\n<p class="admonition-title">${label}</p>${inner}</div>`,
  );
}

export const mkdocsRtd: Template = {
  id: 'mkdocs-rtd',
  platform: 'MkDocs / built-in readthedocs theme',
  heldOut: true,
  render(page, ctx) {
    const site = 'Acme Platform';
    const side = sideEntries(page, ctx, ['Installation', 'Quickstart', 'Configuration', 'Storage', 'Networking', 'Upgrading']);
    const idx = side.findIndex((s) => s.current);
    const prev = side[idx - 1];
    const next = side[idx + 1];
    const url = (s: { href: string }) => `../${s.href.slice(2, -5)}/`;
    const titleId = page.titleId ?? ctx.slug;
    const heading = (l: number, id: string, inner: string) => `<h${l} id="${id}">${inner}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h${l}>`;
    const body = admonitions(decorateHeadings(page.bodyHtml, heading));
    const nav = side
      .map((s) =>
        s.current
          ? `                  <li class="toctree-l1 current"><a class="reference internal current" href="#">${esc(s.title)}</a>
${navToc(page.headings)}
                  </li>`
          : `                  <li class="toctree-l1"><a class="reference internal" href="${url(s)}">${esc(s.title)}</a>
                  </li>`,
      )
      .join('\n');
    return `<!DOCTYPE html>
<html class="writer-html5" lang="en" >
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
      <link rel="canonical" href="https://docs.acme.dev/user-guide/${ctx.slug}/" />
      <link rel="shortcut icon" href="../../img/favicon.ico" />
    <title>${esc(page.title)} - ${site}</title>
    <link rel="stylesheet" href="../../css/theme.css" />
    <link rel="stylesheet" href="../../css/theme_extra.css" />
        <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.8.0/styles/github.min.css" />
    
      <script>
        // Current page data
        var mkdocs_page_name = "${esc(page.title)}";
        var mkdocs_page_input_path = "user-guide/${ctx.slug}.md";
        var mkdocs_page_url = "/user-guide/${ctx.slug}/";
      </script>
    
    <!--[if lt IE 9]>
      <script src="../../js/html5shiv.min.js"></script>
    <![endif]-->
      <script src="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.8.0/highlight.min.js"></script>
      <script>hljs.highlightAll();</script> 
</head>

<body class="wy-body-for-nav" role="document">

  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side stickynav">
    <div class="wy-side-scroll">
      <div class="wy-side-nav-search">
          <a href="../.." class="icon icon-home"> ${site}
        </a><div role="search">
  <form id ="rtd-search-form" class="wy-form" action="../../search.html" method="get">
      <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" title="Type search term here" />
  </form>
</div>
      </div>

      <div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <ul>
                <li class="toctree-l1"><a class="reference internal" href="../..">Home</a>
                </li>
              </ul>
              <p class="caption"><span class="caption-text">User guide</span></p>
              <ul class="current">
${nav}
              </ul>
              <p class="caption"><span class="caption-text">Reference</span></p>
              <ul>
                  <li class="toctree-l1"><a class="reference internal" href="../../reference/cli/">Command line</a>
                  </li>
                  <li class="toctree-l1"><a class="reference internal" href="../../reference/api/">API</a>
                  </li>
              </ul>
      </div>
    </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap">
      <nav class="wy-nav-top" role="navigation" aria-label="Mobile navigation menu">
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="../..">${site}</a>
        
      </nav>
      <div class="wy-nav-content">
        <div class="rst-content"><div role="navigation" aria-label="breadcrumbs navigation">
  <ul class="wy-breadcrumbs">
    <li><a href="../.." class="icon icon-home" aria-label="Docs"></a></li>
          <li class="breadcrumb-item">User guide</li>
      <li class="breadcrumb-item active">${esc(page.title)}</li>
    <li class="wy-breadcrumbs-aside">
          <a href="https://github.com/acme/platform/edit/main/docs/user-guide/${ctx.slug}.md" class="icon icon-github"> Edit on GitHub</a>
    </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
            <div class="section" itemprop="articleBody">
              
                <h1 id="${titleId}">${page.titleHtml}<a class="headerlink" href="#${titleId}" title="Permanent link">&para;</a></h1>
${body}
              
            </div>
          </div><footer>
    <div class="rst-footer-buttons" role="navigation" aria-label="Footer Navigation">
${prev ? `        <a href="${url(prev)}" class="btn btn-neutral float-left" title="${esc(prev.title)}"><span class="icon icon-circle-arrow-left"></span> Previous</a>` : ''}
${next ? `        <a href="${url(next)}" class="btn btn-neutral float-right" title="${esc(next.title)}">Next <span class="icon icon-circle-arrow-right"></span></a>` : ''}
    </div>

  <hr/>

  <div role="contentinfo">
    <!-- Copyright etc -->
      <p>Copyright &copy; 2025 Acme Corp.</p>
  </div>

  Built with <a href="https://www.mkdocs.org/">MkDocs</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the Docs</a>.
</footer>
          
        </div>
      </div>

    </section>

  </div>

  <div class="rst-versions" role="note" aria-label="Versions">
  <span class="rst-current-version" data-toggle="rst-current-version">
    
        <span>
          <a href="https://github.com/acme/platform" class="fa fa-github" style="color: #fcfcfc"> GitHub</a>
        </span>
    
${prev ? `      <span><a href="${url(prev)}" style="color: #fcfcfc">&laquo; Previous</a></span>` : ''}
${next ? `      <span><a href="${url(next)}" style="color: #fcfcfc">Next &raquo;</a></span>` : ''}
  </span>
</div>
    <script src="../../js/jquery-3.6.0.min.js"></script>
    <script>var base_url = "../..";</script>
    <script src="../../js/theme_extra.js"></script>
    <script src="../../js/theme.js"></script>
      <script src="../../search/main.js"></script>
    <script>
        jQuery(function () {
            SphinxRtdTheme.Navigation.enable(true);
        });
    </script>

</body>
</html>
`;
  },
};
