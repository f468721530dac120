// A corpus Markdown page rendered the way its own generator publishes it, before any site
// chrome: front matter split off, the title chosen by the generator's rule, the body rendered
// with marked, heading ids as the generators give them, and the few generator extensions the
// selected pages use (DocFX `> [!NOTE]` alerts, pymdownx `:icon:` shortcodes). Templates then
// wrap this content in a platform's chrome. It does not try to be a full generator.

import { Marked, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';

export type Generator = 'awsdocs' | 'aws-live' | 'docfx' | 'mkdocs' | 'docusaurus' | 'hugo';

export interface Heading {
  level: number;
  id: string;
  /** heading text without markup (for tables of contents). */
  text: string;
}

export interface PageContent {
  /** page title as plain text (what `<title>` and breadcrumbs show). */
  title: string;
  /** the title's inline HTML (what the page's `<h1>` holds). */
  titleHtml: string;
  /** id the generator gives the title heading, if any. */
  titleId: string | null;
  /** the page body as HTML, without the title heading. */
  bodyHtml: string;
  /** h2/h3 headings of the body, for "On this page" tables of contents. */
  headings: Heading[];
  /** front-matter description, when the page has one. */
  description: string | null;
}

const FRONT_MATTER = /^(?:---\r?\n([\s\S]*?)\r?\n---|\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/;

function frontMatter(src: string): { data: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(src);
  if (!m) return { data: {}, body: src };
  let data: Record<string, unknown> = {};
  if (m[1] !== undefined) {
    const parsed = parseYaml(m[1]) as unknown;
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } else {
    for (const line of m[2].split('\n')) {
      const kv = /^(\w+)\s*=\s*"(.*)"\s*$/.exec(line);
      if (kv) data[kv[1]] = kv[2];
    }
  }
  return { data, body: src.slice(m[0].length) };
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

/** DocFX alerts: a quote whose first line is `[!NOTE]` becomes Learn's `<div class="NOTE">` box. */
function docfxAlerts(body: string): string {
  return body.replace(/^> *\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\] *\n((?:>.*(?:\n|$))*)/gm, (_m, kind: string, rest: string) => {
    const inner = rest.replace(/^> ?/gm, '');
    const label = kind[0] + kind.slice(1).toLowerCase();
    return `<div class="${kind}">\n<p>${label}</p>\n\n${inner}\n</div>\n`;
  });
}

/** pymdownx.emoji with Material's icon sets: `:fontawesome-brands-chrome:` renders as an inline SVG. */
function pymdownxIcons(html: string): string {
  return html.replace(/:((?:material|fontawesome|octicons|simple)-[a-z0-9-]+):/g, (_m, name: string) =>
    `<span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" data-icon="${name}"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z"></path></svg></span>`,
  );
}

/**
 * MkDocs Material's docs hook (overrides/hooks/shortcodes.py, _badge_for_version): a
 * `<!-- md:version X -->` marker renders as a badge, a tag icon linking to the conventions page
 * and the version linking to the changelog.
 */
function materialVersionBadges(body: string): string {
  return body.replace(/<!-- *md:version +([^\s>]+) *-->/g, (_m, v: string) =>
    `<span class="mdx-badge"><span class="mdx-badge__icon"><a href="../conventions/#version" title="Minimum version"><span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" data-icon="material-tag-outline"><path d="M21.41 11.58l-9-9"></path></svg></span></a></span><span class="mdx-badge__text"><a href="../changelog/#${v}">${v}</a></span></span>`,
  );
}

/** The page as its generator renders it (no chrome). */
export function renderContent(src: string, generator: Generator): PageContent {
  const { data, body: rawBody } = frontMatter(src.replace(/\r\n/g, '\n'));
  const fmTitle = typeof data.title === 'string' ? data.title.trim() : null;
  const description = typeof data.description === 'string' ? data.description : null;
  let body = rawBody;
  if (generator === 'docfx') body = docfxAlerts(body);
  if (generator === 'mkdocs') body = materialVersionBadges(body);

  const headings: Heading[] = [];
  const used = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        let inner = this.parser.parseInline(token.tokens);
        // awsdocs sources carry the anchor as `<a name="x"></a>`; the site renders it as the heading id
        let id: string | null = null;
        inner = inner.replace(/<a name="([^"]+)"><\/a>/g, (_m, name: string) => {
          id ??= name;
          return '';
        });
        id = uniqueId(id ?? slugify(inner));
        if (token.depth === 2 || token.depth === 3) headings.push({ level: token.depth, id, text: stripTags(inner) });
        return `<h${token.depth} id="${id}">${inner.trim()}</h${token.depth}>\n`;
      },
    },
  });
  let html = marked.parse(body, { async: false }) as string;
  // JSX in Markdown (MDX, Next.js): React writes `className` as the class attribute
  html = html.replace(/(<[a-z][\w-]*\s[^>]*?)\bclassName=/g, '$1class=');
  if (generator === 'mkdocs') html = pymdownxIcons(html);

  // The title: Hugo/Docsy always shows the front-matter title as the page's <h1> above the
  // content; DocFX, MkDocs and Docusaurus use the content's leading `# ` heading when there is
  // one and the front-matter title otherwise; awsdocs pages always start with their `# `.
  const lead = /^\s*<h1 id="([^"]*)">([\s\S]*?)<\/h1>\n?/.exec(html);
  let titleHtml: string;
  let titleId: string | null = null;
  if (generator !== 'hugo' && lead) {
    titleId = lead[1];
    titleHtml = lead[2];
    html = html.slice(lead[0].length);
    const h = headings.findIndex((x) => x.id === titleId);
    if (h >= 0) headings.splice(h, 1);
  } else if (fmTitle) {
    titleHtml = fmTitle.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  } else if (lead) {
    titleId = lead[1];
    titleHtml = lead[2];
    html = html.slice(lead[0].length);
  } else {
    throw new Error('page without a title');
  }
  return { title: stripTags(titleHtml), titleHtml, titleId, bodyHtml: html, headings, description };
}
