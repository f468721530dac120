// Sphinx with the Read the Docs theme (sphinx_rtd_theme layout.html, breadcrumbs.html,
// footer.html): the wy-nav-side sidebar with search and the toctree, breadcrumbs with "Edit on
// GitHub", headings with "¶" permalinks, prev/next buttons, the copyright footer and the
// Read the Docs flyout.

import type { Template } from './common.js';
import { decorateHeadings, esc, sideEntries } from './common.js';

export const sphinxRtd: Template = {
  id: 'sphinx-rtd',
  platform: 'Sphinx / Read the Docs',
  heldOut: false,
  render(page, ctx) {
    const project = 'Example Project';
    const side = sideEntries(page, ctx, ['Installation', 'Quickstart', 'Configuration', 'Security', 'API reference', 'Changelog']);
    // Sphinx wraps every heading and what follows it in a <section id>; the heading carries a ¶ link
    const decorated = decorateHeadings(
      page.bodyHtml,
      (l, id, inner) => `\u0000${l}:${id}\u0000<h${l}>${inner}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h${l}>`,
    );
    const parts = decorated.split(/\u0000(\d):([^\u0000]*)\u0000/);
    let body = parts[0];
    const open: number[] = [];
    for (let i = 1; i < parts.length; i += 3) {
      const level = Number(parts[i]);
      while (open.length && open[open.length - 1] >= level) {
        body += '</section>\n';
        open.pop();
      }
      body += `<section id="${parts[i + 1]}">\n` + parts[i + 2];
      open.push(level);
    }
    body += '</section>\n'.repeat(open.length);
    return `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>${esc(page.title)} &mdash; ${project} 2.4.1 documentation</title>
  <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" />
  <link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7" />
  <script src="../_static/jquery.js?v=5d32c60e"></script>
  <script src="../_static/documentation_options.js?v=2f4b1e1a"></script>
  <script src="../_static/js/theme.js"></script>
  <link rel="index" title="Index" href="../genindex.html" />
  <link rel="search" title="Search" href="../search.html" />
  <link rel="next" title="API reference" href="api.html" />
  <link rel="prev" title="Configuration" href="configuration.html" />
  <style>.headerlink{visibility:hidden}</style>
</head>
<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search">
          <a href="../index.html" class="icon icon-home">${project}</a>
          <div class="version">2.4.1</div>
          <div role="search">
            <form id="rtd-search-form" class="wy-form" action="../search.html" method="get">
              <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
              <input type="hidden" name="check_keywords" value="yes" /><input type="hidden" name="area" value="default" />
            </form>
          </div>
        </div>
        <div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
          <p class="caption" role="heading"><span class="caption-text">Contents</span></p>
          <ul class="current">
${side.map((s) => `            <li class="toctree-l1${s.current ? ' current' : ''}"><a class="reference internal${s.current ? ' current' : ''}" href="${s.href}">${esc(s.title)}</a></li>`).join('\n')}
          </ul>
        </div>
      </div>
    </nav>
    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap">
      <nav class="wy-nav-top" aria-label="Mobile navigation menu">
        <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
        <a href="../index.html">${project}</a>
      </nav>
      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
            <ul class="wy-breadcrumbs">
              <li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
              <li class="breadcrumb-item"><a href="index.html">User guide</a></li>
              <li class="breadcrumb-item active">${esc(page.title)}</li>
              <li class="wy-breadcrumbs-aside">
                <a href="https://github.com/example/project/blob/main/docs/guide/${ctx.slug}.rst" class="fa fa-github"> Edit on GitHub</a>
              </li>
            </ul>
            <hr/>
          </div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
            <div itemprop="articleBody">
<section id="${page.titleId ?? ctx.slug}">
<h1>${page.titleHtml}<a class="headerlink" href="#${page.titleId ?? ctx.slug}" title="Link to this heading">¶</a></h1>
${body}
</section>
            </div>
          </div>
          <footer>
            <div class="rst-footer-buttons" role="navigation" aria-label="Footer">
              <a href="configuration.html" class="btn btn-neutral float-left" title="Configuration" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
              <a href="api.html" class="btn btn-neutral float-right" title="API reference" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>
            </div>
            <hr/>
            <div role="contentinfo">
              <p>&#169; Copyright 2025, The Example Project developers.
              <span class="lastupdated">Last updated on ${ctx.updated}.</span></p>
            </div>
            Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
            <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
            provided by <a href="https://readthedocs.org">Read the Docs</a>.
          </footer>
        </div>
      </div>
    </section>
  </div>
  <div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">
    <span class="rst-current-version" data-toggle="rst-current-version">
      <span class="fa fa-book"> Read the Docs</span>
      v: stable
      <span class="fa fa-caret-down"></span>
    </span>
    <div class="rst-other-versions">
      <dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd></dl>
      <dl><dt>Downloads</dt><dd><a href="//readthedocs.org/projects/example/downloads/pdf/stable/">PDF</a></dd><dd><a href="//readthedocs.org/projects/example/downloads/htmlzip/stable/">HTML</a></dd></dl>
      <dl><dt>On Read the Docs</dt><dd><a href="//readthedocs.org/projects/example/?fromdocs=example">Project Home</a></dd><dd><a href="//readthedocs.org/builds/example/?fromdocs=example">Builds</a></dd></dl>
    </div>
  </div>
  <script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script>
</body>
</html>
`;
  },
};
