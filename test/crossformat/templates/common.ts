// Shared pieces of the page templates: the Template shape, escaping, heading decoration and
// table-of-contents lists. Each template file holds one platform's chrome; nothing here knows
// about a platform.

import type { Heading, PageContent } from '../content.js';

export interface PageContext {
  /** the page's file name without extension on the site (e.g. "data-protection"). */
  slug: string;
  /** fixed date shown as "last updated" (renderings must be byte-stable). */
  updated: string;
}

export interface Template {
  id: string;
  /** what it is modelled on. */
  platform: string;
  /** written after the extractor was tuned, never tuned on (see index.ts). */
  heldOut: boolean;
  render(page: PageContent, ctx: PageContext): string;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rewrite every `<hN id="x">inner</hN>` of the body with a platform's heading markup. */
export function decorateHeadings(html: string, f: (level: number, id: string, inner: string) => string): string {
  return html.replace(/<h([1-6]) id="([^"]*)">([\s\S]*?)<\/h\1>/g, (_m, level: string, id: string, inner: string) => f(Number(level), id, inner));
}

/** A nested <ul> of h2/h3 links, with the platform's class names. */
export function tocList(headings: Heading[], cls: { ul?: string; li?: string; a?: string; sub?: string } = {}): string {
  const attr = (c?: string) => (c ? ` class="${c}"` : '');
  const out: string[] = [`<ul${attr(cls.ul)}>`];
  let open = false;
  for (const h of headings) {
    if (h.level === 3 && open) {
      out.push(`<li${attr(cls.li)}><a${attr(cls.a)} href="#${h.id}">${esc(h.text)}</a></li>`);
      continue;
    }
    if (open) out.push('</ul></li>');
    open = false;
    if (h.level === 3) {
      out.push(`<li${attr(cls.li)}><a${attr(cls.a)} href="#${h.id}">${esc(h.text)}</a></li>`);
      continue;
    }
    out.push(`<li${attr(cls.li)}><a${attr(cls.a)} href="#${h.id}">${esc(h.text)}</a>`);
    const next = headings[headings.indexOf(h) + 1];
    if (next && next.level === 3) {
      out.push(`<ul${attr(cls.sub ?? cls.ul)}>`);
      open = true;
    } else out.push('</li>');
  }
  if (open) out.push('</ul></li>');
  out.push('</ul>');
  return out.join('\n');
}

/** Sidebar entries: the site's neighbouring pages with this page among them, marked current. */
export function sideEntries(page: PageContent, ctx: PageContext, others: string[]): Array<{ title: string; href: string; current: boolean }> {
  const mid = Math.floor(others.length / 2);
  const list = others.map((t) => ({ title: t, href: `./${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.html`, current: false }));
  list.splice(mid, 0, { title: page.title, href: `./${ctx.slug}.html`, current: true });
  return list;
}
