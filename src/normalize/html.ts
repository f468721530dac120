// HTML -> Markdown: the HTML half of normalize. It picks the page's main content, drops site
// chrome (navigation, banners, breadcrumbs, tables of contents, cookie and feedback widgets,
// hidden elements), rewrites callouts, heading anchors, code blocks and table cells into the
// forms the Markdown stage reads, and converts with turndown + @joplin/turndown-plugin-gfm.
// It does not canonicalize the Markdown (escapes, wrapping, list markers): markdown.ts does.
// Pathological input stays bounded: nesting deeper than MAX_DEPTH is flattened to text before
// anything recursive (parse5's scope checks, cheerio's serializer, turndown) sees it.

import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type TurndownService from 'turndown';

// cheerio (with undici), turndown and the GFM plugin are loaded on first use: Markdown and text
// pages never pay for them, and `redline diff` on two Markdown files starts twice as fast.
const require = createRequire(import.meta.url);
let cheerioMod: typeof import('cheerio') | null = null;
const cheerio = { load: (html: string) => (cheerioMod ??= require('cheerio') as typeof import('cheerio')).load(html) };
const loadTurndown = () => require('turndown') as typeof TurndownService;
const loadGfm = () => require('@joplin/turndown-plugin-gfm') as typeof import('@joplin/turndown-plugin-gfm');
import { UserError } from '../types.js';
import {
  AWS_CHROME, CHROME_ROLES, COMPONENT_ATTRS, COPYRIGHT_TEXT, EDIT_TEXT, FEEDBACK_TEXT, PAGE_TOOL_TEXT, PAGER_LINK_TEXT, SKIP_TEXT, TOC_LABEL,
  UPDATED_TEXT, keywordOf, tokenize, type Keyword, type Token,
} from './sites/chrome.js';
import { SITE_PROFILES, type SiteProfile } from './sites/profiles.js';
import { pushAll } from '../util/arrays.js';
import {
  BIG_TABLE_CELLS, BIG_TABLE_KEY, bigTableKey, bigTableNote, cutBigTablesInSource, tableMarkdown, tableTextSize, type TableCells,
} from './html-big-tables.js';

export interface HtmlToMarkdownOptions {
  /** CSS selector of the content to keep; when it matches nothing the result has matched:false. */
  select?: string;
  /** CSS selectors of elements to drop inside the content. */
  remove?: string[];
  /** recognise documentation platforms by their site profiles (default true; false: structure only). */
  profiles?: boolean;
}

export interface HtmlToMarkdownResult {
  markdown: string;
  title: string | null;
  /** false only when `select` was given and matched nothing. */
  matched: boolean;
  /** the site profile that chose the content, if any. */
  profile: string | null;
  /** what extraction was unsure about and what it chose (no main landmark, two candidate titles). */
  notes: string[];
  /**
   * Tables over BIG_TABLE_CELLS cells, by the placeholder paragraph that stands for each in
   * `skeleton` (the Markdown without them): the normalizer puts them into the model as they are
   * instead of lexing megabytes of table rows. `markdown` always holds them written out.
   */
  tables?: Record<string, TableCells>;
  skeleton?: string;
}

export type { TableCells } from './html-big-tables.js';

/** Element nesting kept as structure; anything deeper becomes plain text. */
export const MAX_DEPTH = 400;
/** Lists and quotes nested deeper than this are flattened (each level indents every line below it). */
const MAX_INDENT_NESTING = 32;
/** colspan values above this are clamped (the GFM plugin loops once per spanned column). */
const MAX_COLSPAN = 64;

/**
 * Whether site profiles may choose the content: the option, else REDLINE_NO_PROFILES=1 in the
 * environment switches them off (read here only), to measure extraction by structure alone.
 */
function profilesOn(opts: HtmlToMarkdownOptions): boolean {
  if (opts.profiles !== undefined) return opts.profiles;
  return process.env.REDLINE_NO_PROFILES !== '1';
}

export function htmlToMarkdown(html: string, opts: HtmlToMarkdownOptions = {}): HtmlToMarkdownResult {
  const source = cutBigTablesInSource(String(html ?? ''));
  const $ = cheerio.load(capNesting(source.html, MAX_DEPTH));
  flattenDeep($);
  const titleEl = firstOf($, 'title');
  const rawTitle = titleEl ? collapse(textOf(titleEl)) : '';
  const docTitle = cleanDocTitle(rawTitle);
  const description = metaDescription($);
  dropJunk($);
  const big = source.tables;
  cutBigTables($, big);

  const body = firstOf($, 'body');
  if (!body) return { markdown: '', title: docTitle, matched: !opts.select, profile: null, notes: [] };
  const raw = rawStats(body);
  const bodyText = raw.get(body)?.text ?? 0;
  const notes: string[] = [];

  let roots: Element[];
  let profile: SiteProfile | null = null;
  if (opts.select && opts.select.trim()) {
    const matches = query($, opts.select);
    roots = matches.some((el) => el === body || el.name === 'html')
      ? [body]
      : topLevel(matches.filter((el) => isInside(el, body)));
    if (roots.length === 0) return { markdown: '', title: docTitle, matched: false, profile: null, notes };
  } else {
    const chosen = profilesOn(opts) ? profileContent($, body, raw, bodyText) : null;
    if (chosen) {
      profile = chosen.profile;
      roots = [chosen.root];
    } else {
      const main = chooseMain($, body, raw, bodyText);
      roots = [main.root];
      if (main.note) notes.push(main.note);
    }
  }
  const removeSelectors = (opts.remove ?? []).filter((sel) => sel.trim());
  for (const sel of removeSelectors) query($, sel); // report a bad selector even when nothing matches
  if (profile) pushAll(removeSelectors, profile.chrome);

  // Size guards inside the content compare against the content itself, so a wrapper that holds
  // most of it is never mistaken for a widget.
  const scopeText = roots.reduce((n, r) => n + (raw.get(r)?.text ?? 0), 0);
  const wrappers = roots.map((r) => wrapRoot($, r));
  const protectedRoots = new Set<Element>(roots);
  for (const w of wrappers) {
    cleanTextNodes(w);
    if (removeSelectors.length) $(w).find(removeSelectors.join(', ')).remove();
    removeChrome($, w, raw, scopeText, protectedRoots);
    dropBeforeTitle($, w, scopeText);
    dropTitleFurniture($, w, description);
    dropTocHeadings($, w);
    dropTrailingPager($, body, w);
    rewriteCallouts($, w);
    rewriteHeadings($, w);
  }
  const h1s = wrappers.flatMap((w) => byTag(w, H1_TAG).map((h) => collapse(textOf(h))).filter(Boolean));
  const h1Title = h1s[0] ?? null;
  pushAll(notes, titleNotes(h1s, rawTitle, docTitle));
  const td = service();
  for (const w of wrappers) {
    prepareTables($, w);
    prepareCode($, w);
  }

  const parts: string[] = [];
  for (const w of wrappers) {
    const md = convert(td, $(w).html() ?? '', () => textOf(w));
    if (md) parts.push(md);
  }
  let skeleton = parts.join('\n\n');
  const title = h1Title ?? docTitle;
  if (!h1Title && title) skeleton = `# ${td.escape(title)}` + (skeleton ? `\n\n${skeleton}` : '');
  const result: HtmlToMarkdownResult = { markdown: skeleton, title, matched: true, profile: profile?.id ?? null, notes };
  const kept = [...big].filter(([key]) => skeleton.includes(key));
  if (kept.length) {
    result.markdown = skeleton.replace(BIG_TABLE_KEY, (key) => (big.has(key) ? tableMarkdown(big.get(key)!) : key));
    result.skeleton = skeleton;
    result.tables = Object.fromEntries(kept);
    for (const [, t] of kept) notes.push(bigTableNote(t));
  }
  return result;
}

/**
 * The one title model on the HTML side: the first <h1> of the content is the title; without
 * one, the <title> less its " - Site" suffix. Said in a note when that was a choice: no <h1>, two
 * different <h1>s, or an <h1> the <title> does not start with.
 */
function titleNotes(h1s: string[], rawTitle: string, docTitle: string | null): string[] {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const notes: string[] = [];
  const distinct = [...new Set(h1s)];
  if (!distinct.length) {
    if (docTitle) notes.push(`no <h1>: the title "${docTitle}" comes from <title>`);
    return notes;
  }
  if (distinct.length > 1) notes.push(`${distinct.length} different <h1> headings: the first, "${distinct[0]}", is the title`);
  if (rawTitle && !fold(rawTitle).startsWith(fold(distinct[0]))) {
    notes.push(`two candidate titles: <h1> "${distinct[0]}" and <title> "${rawTitle}": the <h1> is the title`);
  }
  return notes;
}

// ---------------------------------------------------------------------------------------------
// Bounding the input

const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);
/** Tags a parser closes implicitly (or merges): they never pile up into deep nesting. */
const IMPLIED_END_TAGS = new Set([
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rb', 'rt', 'rtc', 'rp',
  'colgroup', 'caption', 'html', 'head', 'body',
]);
const RAW_TEXT_TAGS = new Set([
  'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext',
]);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);
const rawTextEnd = new Map<string, RegExp>();

/**
 * A linear pre-scan of the markup that estimates element nesting the way a parser would and
 * removes the tags (never the text) of elements opened deeper than `max`. parse5's scope checks
 * are linear in the depth of the open-element stack, so 10,000 nested <div>s take ~1 s and
 * 20,000 take ~3 s; capped, parsing stays linear.
 */
export function capNesting(html: string, max: number): string {
  const n = html.length;
  const stack: string[] = [];
  let foreign = 0; // open <svg>/<math> elements: there `/>` really closes
  const dropped: string[] = []; // names of open tags removed and not yet closed
  const cuts: Array<[number, number, string]> = [];
  let i = html.indexOf('<');
  while (i !== -1 && i < n) {
    const c = html.charCodeAt(i + 1);
    let end: number;
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        end = e === -1 ? n : e + 3;
      } else {
        const e = html.indexOf('>', i + 2);
        end = e === -1 ? n : e + 1;
      }
      i = html.indexOf('<', end);
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      if (closing) {
        const e = html.indexOf('>', nameStart);
        i = e === -1 ? -1 : html.indexOf('<', e + 1);
      } else {
        i = html.indexOf('<', i + 1);
      }
      continue;
    }
    let j = nameStart;
    while (j < n && !isTagNameEnd(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    end = tagEnd(html, j);
    if (closing) {
      if (!VOID_TAGS.has(name) && !IMPLIED_END_TAGS.has(name)) {
        const d = lastIndexWithin(dropped, name, 256);
        if (d >= 0) {
          // closes a removed element (and any removed ones left open inside it)
          dropped.length = d;
          cuts.push([i, end, INLINE_TAGS.has(name) ? '' : ' ']);
        } else {
          const k = lastIndexWithin(stack, name, 256);
          if (k >= 0) {
            dropped.length = 0;
            while (stack.length > k) {
              const t = stack.pop();
              if (t === 'svg' || t === 'math') foreign--;
            }
          }
        }
      }
      i = html.indexOf('<', end);
      continue;
    }
    const selfClosing = html.charCodeAt(end - 2) === 47 && end - 2 >= j;
    if (RAW_TEXT_TAGS.has(name) && foreign === 0) {
      if (name === 'plaintext') break;
      let re = rawTextEnd.get(name);
      if (!re) rawTextEnd.set(name, (re = new RegExp(`</${name}(?=[\\s/>])`, 'ig')));
      re.lastIndex = end;
      const m = re.exec(html);
      i = m ? m.index : -1;
      continue;
    }
    const counted = !VOID_TAGS.has(name) && !IMPLIED_END_TAGS.has(name) && !(selfClosing && foreign > 0);
    if (counted) {
      if (stack.length >= max) {
        dropped.push(name);
        cuts.push([i, end, INLINE_TAGS.has(name) ? '' : ' ']);
      } else {
        stack.push(name);
        if (name === 'svg' || name === 'math') foreign++;
      }
    }
    i = html.indexOf('<', end);
  }
  if (cuts.length === 0) return html;
  const out: string[] = [];
  let pos = 0;
  for (const [s, e, rep] of cuts) {
    out.push(html.slice(pos, s), rep);
    pos = e;
  }
  out.push(html.slice(pos));
  return out.join('');
}

function lastIndexWithin(list: string[], name: string, window: number): number {
  const lo = Math.max(0, list.length - window);
  for (let k = list.length - 1; k >= lo; k--) if (list[k] === name) return k;
  return -1;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isTagNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;
}
/** Index just past the `>` that ends a tag whose attributes start at `j` (quotes respected). */
function tagEnd(s: string, j: number): number {
  const n = s.length;
  let afterEq = false;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 62 /* > */) return j + 1;
    if (afterEq && (c === 34 || c === 39)) {
      const q = s.indexOf(s[j], j + 1);
      if (q === -1) return n;
      j = q + 1;
      afterEq = false;
      continue;
    }
    if (c === 61 /* = */) afterEq = true;
    else if (!(c === 32 || c === 9 || c === 10 || c === 12 || c === 13)) afterEq = false;
    j++;
  }
  return n;
}

const INDENTING_TAGS = new Set(['ul', 'ol', 'blockquote']);

/**
 * Second line of defence after capNesting (the parser can still nest deeper than the estimate,
 * e.g. through misnested formatting tags): elements at MAX_DEPTH keep only their text, and
 * lists/quotes nested more than MAX_INDENT_NESTING deep become a paragraph of text.
 */
function flattenDeep($: CheerioAPI): void {
  const stack: Array<[Element, number, number]> = [];
  for (const c of childElements($.root().get(0)!)) stack.push([c, 1, 0]);
  while (stack.length) {
    const [el, depth, indent] = stack.pop()!;
    const k = indent + (INDENTING_TAGS.has(el.name) ? 1 : 0);
    if (k > MAX_INDENT_NESTING) {
      const text = collapse(textOf(el));
      $(el).text(text);
      el.name = 'p';
      el.attribs = {};
      continue;
    }
    const kids = childElements(el);
    if (depth >= MAX_DEPTH && kids.length) {
      $(el).text(collapse(textOf(el)));
      continue;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], depth + 1, k]);
  }
}

// ---------------------------------------------------------------------------------------------
// DOM helpers (all iterative: nothing here recurses over the tree)

function isElement(n: AnyNode | null | undefined): n is Element {
  return !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
}
function childElements(n: AnyNode): Element[] {
  const kids = (n as { children?: AnyNode[] }).children;
  return kids ? kids.filter(isElement) : [];
}
function textOf(node: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push((n as { data: string }).data);
    else if (isElement(n) && n.name === 'br') out.push('\n');
    else {
      const kids = (n as { children?: AnyNode[] }).children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out.join('');
}
/** `&nbsp;` and other fixed spaces become plain spaces; zero-width characters go (as cleanText does for Markdown). */
function cleanTextNodes(root: AnyNode): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = n as { data: string };
      if (/[\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff]/.test(t.data)) {
        t.data = t.data.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
      }
      continue;
    }
    const kids = (n as { children?: AnyNode[] }).children;
    if (kids) for (const k of kids) stack.push(k);
  }
}
/** The first `max` or so characters of an element's text (leading whitespace skipped). */
function textPrefix(node: AnyNode, max: number): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length && out.length < max) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const d = (n as { data: string }).data;
      if (out || /\S/.test(d)) out += d;
    } else {
      const kids = (n as { children?: AnyNode[] }).children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}
/** Elements under `root` in document order (root excluded). */
function descendants(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: Element[] = childElements(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}
/** Elements under `root` with one of `names`, in document order (a walk: cheerio's selector engine was most of the time on large pages). */
function byTag(root: AnyNode, names: Set<string>): Element[] {
  const out: Element[] = [];
  const stack: Element[] = childElements(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (names.has(el.name)) out.push(el);
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}
const H1_TAG = new Set(['h1']);
const CELL_TAGS = new Set(['td', 'th']);
const TABLE_TAG = new Set(['table']);
const PRE_TAG = new Set(['pre']);

/** Walk elements under `root` in document order; `visit` returning false skips the subtree. */
function walk(root: AnyNode, visit: (el: Element) => boolean): void {
  const stack: Element[] = childElements(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (!visit(el)) continue;
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}
function isInside(el: AnyNode, ancestor: AnyNode): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
function topLevel(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}
function collapse(s: string): string {
  return s.replace(/[\s\u200b]+/g, ' ').trim();
}
function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160 || c === 0x200b)) n++;
  }
  return n;
}
function query($: CheerioAPI, sel: string): Element[] {
  try {
    return $(sel).toArray().filter(isElement);
  } catch (e) {
    throw new UserError(`invalid CSS selector "${sel}": ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Junk and chrome

const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'dialog',
  'link', 'meta', 'base', 'button', 'input', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output',
  'progress', 'meter',
]);

/** Never content anywhere: scripts, media players, form controls (a task-list checkbox excepted). */
function isJunk(el: Element): boolean {
  if (el.name === 'label') return el.attribs.for !== undefined;
  if (!JUNK_TAGS.has(el.name)) return false;
  return !(el.name === 'input' && (el.attribs.type ?? '').toLowerCase() === 'checkbox' && nearListItem(el));
}

function dropJunk($: CheerioAPI): void {
  const junk: Element[] = [];
  walk($.root().get(0)!, (el) => {
    if (!isJunk(el)) return true;
    junk.push(el);
    return false;
  });
  $(junk).remove();
}
function nearListItem(el: Element): boolean {
  let p = el.parent;
  for (let i = 0; i < 2 && isElement(p); i++, p = p.parent) if (p.name === 'li') return true;
  return false;
}

interface Stat {
  /** non-space characters of text inside. */
  text: number;
  /** of which inside links. */
  link: number;
  /** number of links. */
  links: number;
  /** number of h1-h6 inside (not counting the element itself). */
  heads: number;
}

function rawStats(root: Element): Map<Element, Stat> {
  const order = [root, ...descendants(root)];
  const stats = new Map<Element, Stat>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const s: Stat = { text: 0, link: 0, links: 0, heads: 0 };
    for (const c of el.children) {
      if (c.type === 'text') s.text += nonSpaceLength((c as { data: string }).data);
      else if (isElement(c)) {
        const cs = stats.get(c)!;
        s.text += cs.text;
        s.link += cs.link;
        s.links += cs.links;
        s.heads += cs.heads + (HEADING_TAGS.has(c.name) ? 1 : 0);
      }
    }
    s.text += placeholderText.get(el) ?? 0;
    if (el.name === 'a' && el.attribs.href !== undefined) {
      s.link = s.text;
      s.links += 1;
    }
    stats.set(el, s);
  }
  return stats;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Tags a class/id keyword never removes: content structure, not widgets. */
const CONTENT_TAGS = new Set([
  'main', 'article', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'tr',
  'table', 'pre', 'code', 'blockquote', 'figure', 'body', 'html',
]);
/** Tags the "Was this page helpful?" text rule never removes. */
const FEEDBACK_TEXT_EXEMPT = new Set(['main', 'article', 'body', 'html', 'li', 'td', 'th', 'tr', 'table', 'pre', 'code']);
/** Tags a fixed-text rule (copyright, "Last updated") never removes. */
const LINE_TEXT_EXEMPT = new Set(['main', 'article', 'section', 'body', 'html', 'li', 'td', 'th', 'tr', 'table', 'pre', 'code', 'blockquote']);

function classTokens(el: Element): Token[] {
  return (el.attribs.class ?? '').split(/\s+/).filter(Boolean).map(tokenize);
}
/** Names an element carries: class tokens, then component attributes (data-container="toc"), then its id. */
function nameTokens(el: Element): Array<[Token, boolean]> {
  const out: Array<[Token, boolean]> = classTokens(el).map((t) => [t, false]);
  // a custom element's tag names its component as a class would (<devsite-content-footer>)
  if (el.name.includes('-')) out.push([tokenize(el.name), false]);
  for (const attr of COMPONENT_ATTRS) {
    const v = el.attribs[attr];
    if (v) out.push([tokenize(v), false]);
  }
  if (el.attribs.id) out.push([tokenize(el.attribs.id), true]);
  return out;
}

/** Classes that show an element in print only. */
const PRINT_ONLY = /^(onlyprint|only-print|printonly|print-only|visible-print|visible-print-block|show-for-print)$/i;
/** Utility classes that hide an element on screen (Tailwind's `hidden`, Bootstrap's `d-none`, a theme's own `hidden`). */
const HIDE_CLASS = /^(hidden|d-none|is-hidden|visually-hidden-focusable)$/i;
/** A responsive display class that shows it again at some width (`md:block`, `d-lg-flex`): not hidden. */
const SHOW_AT_WIDTH = /^(?:[a-z0-9]+:(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|inline-flex|grid|table))$/i;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if ((a['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  const style = a.style;
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)) return true;
  // hidden by a utility class (a mobile-only header repeating the title, a print-only copy of the title and contents)
  const classes = (a.class ?? '').split(/\s+/).filter(Boolean);
  if (classes.some((c) => PRINT_ONLY.test(c))) return true;
  if (classes.some((c) => HIDE_CLASS.test(c)) && !classes.some((c) => SHOW_AT_WIDTH.test(c))) return true;
  return false;
}
/** Inactive tab panels are hidden only by UI state: which tab is active differs between renderings. */
function isTabPanel(el: Element): boolean {
  if ((el.attribs.role ?? '').toLowerCase() === 'tabpanel') return true;
  return classTokens(el).some((t) => /^(tabpanel|tabpane|tabspanel)$/.test(t.joined) || t.segs.includes('tabpanel'));
}

/**
 * Why an element is site chrome, or null when it is not. `inContent` is true for elements
 * inside the chosen main content, where a <header> holding a heading is kept (article headers).
 * Keyword matches (class/id) are guarded by size: a widget is small or mostly links, so a
 * wrapper like <div class="main-content has-feedback"> holding the page is never dropped.
 */
function chromeReason(el: Element, st: Stat | undefined, scopeText: number, inContent: boolean): string | null {
  const name = el.name;
  const a = el.attribs;
  const text = st?.text ?? 0;
  const linkDensity = st && st.text > 0 ? st.link / st.text : 0;
  if (isJunk(el)) return 'junk';
  const small = text <= scopeText * 0.5;
  if (isHidden(el) && !isTabPanel(el) && small) return 'hidden';
  const role = (a.role ?? '').trim().toLowerCase();
  if (CHROME_ROLES.has(role) && (small || LANDMARK_ROLES.has(role))) return `role=${role}`;
  if (name === 'nav') return 'nav';
  if (name === 'footer') return 'footer';
  if (name === 'header' && !(inContent && (st?.heads ?? 0) > 0)) return 'header';
  if (name === 'aside' && !(inContent && isCallout(el))) return 'aside';

  const aria = (a['aria-label'] ?? '').toLowerCase();
  if (aria.includes('breadcrumb') && (linkDensity >= 0.3 || text < 300) && small) return 'breadcrumb';
  if (/table of contents|on this page|in this page|in this article/.test(aria) && (linkDensity >= 0.5 || text < 100) && small) return 'toc';
  const names = nameTokens(el);
  if (names.some(([t]) => AWS_CHROME.has(t.raw)) && text < 1500 && small) return 'aws page furniture';
  if (small && classTokens(el).some((t) => NOT_CONTENT_CLASSES.has(t.raw))) return 'marked not content';
  const firstChild = childElements(el)[0];
  const sectionLike = !!firstChild && HEADING_TAGS.has(firstChild.name);
  for (const [tok, isId] of names) {
    const kw = keywordOf(tok);
    if (!kw) continue;
    // <div id="cookies"><h2>Cookies</h2>...: a content section named after its heading.
    if (isId && sectionLike && kw !== 'breadcrumb' && kw !== 'toc') continue;
    if (keywordApplies(kw, name, text, linkDensity, st?.links ?? 0, small)) return kw;
  }
  if (text > 0 && text < 600) {
    const prefix = collapse(textPrefix(el, 64));
    if (!FEEDBACK_TEXT_EXEMPT.has(name) && small && FEEDBACK_TEXT.test(prefix)) return 'feedback text';
    if (!LINE_TEXT_EXEMPT.has(name) && text < 300 && (COPYRIGHT_TEXT.test(prefix) || UPDATED_TEXT.test(prefix))) {
      const whole = collapse(textOf(el));
      if (COPYRIGHT_TEXT.test(whole)) return 'copyright line';
      if (UPDATED_TEXT.test(whole)) return '"last updated" line';
    }
    if (!CONTENT_TAGS.has(name) && name !== 'a' && text < 300 && linkDensity >= 0.8 && isPager(el)) return 'previous/next links';
    if ((name === 'a' || name === 'button' || name === 'summary') && text < 80) {
      const t = collapse(textOf(el));
      if (SKIP_TEXT.test(t) && (a.href ?? '').startsWith('#')) return 'skip link';
      if (isToolText(t) && standsAlone(el)) return 'page tool link';
    }
  }
  return null;
}

/** Class names by which a site marks an element as not part of its content, for search engines (Google's "nocontent"). */
const NOT_CONTENT_CLASSES = new Set(['nocontent', 'robots-nocontent', 'noindex']);

/** A block of links to the previous and next pages, each link's text led by the word (no class names needed). */
function isPager(el: Element): boolean {
  const links = descendants(el).filter((d) => d.name === 'a' && d.attribs.href !== undefined);
  return links.length > 0 && links.length <= 2 && links.every((a) => PAGER_LINK_TEXT.test(textOf(a)));
}

/** Landmark roles removed whatever their size (the others name widgets, and are size-guarded). */
const LANDMARK_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);

/** Size guards of the class/id keywords: a widget is small, or mostly links. */
function keywordApplies(kw: Keyword, name: string, text: number, linkDensity: number, links: number, small: boolean): boolean {
  if (!small) return false;
  switch (kw) {
    case 'breadcrumb':
      return linkDensity >= 0.3 || text < 300;
    case 'toc':
      return ((linkDensity >= 0.5 && links >= 2) || text < 100) && !HEADING_TAGS.has(name);
    case 'cookie':
      return !CONTENT_TAGS.has(name) && text < 1500;
    case 'feedback':
      return !CONTENT_TAGS.has(name) && text < 800;
    case 'skip':
      return text < 200 && !HEADING_TAGS.has(name);
    case 'pagination':
      return !CONTENT_TAGS.has(name) && (text < 500 || linkDensity >= 0.5);
    case 'meta':
      return !CONTENT_TAGS.has(name) && text < 400;
    case 'footer':
      return !CONTENT_TAGS.has(name) && text < 1000;
  }
}

const BLOCK_PARENTS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'figcaption', 'caption']);

/** A tool link or button by its text ("Edit this page", "PDF"). */
const isToolText = (t: string) => EDIT_TEXT.test(t) || PAGE_TOOL_TEXT.test(t);

/**
 * A link that stands in a block of tool links only ("Edit this page | Print this page"): a tool,
 * not a link inside a sentence ("please open an issue").
 */
function standsAlone(el: Element): boolean {
  for (let p = el.parent; isElement(p); p = p.parent) {
    if (!(BLOCK_PARENTS.has(p.name) || HEADING_TAGS.has(p.name))) {
      if (INLINE_TAGS.has(p.name)) continue;
      return true;
    }
    let rest = collapse(textOf(p));
    for (const a of descendants(p)) {
      if (a.name !== 'a' && a.name !== 'button') continue;
      const t = collapse(textOf(a));
      if (isToolText(t)) rest = rest.replace(t, '');
    }
    return /^[\s|·•/–—-]*$/.test(rest);
  }
  return true;
}

/** Text before the page's <h1> inside the content above which it is not dropped as chrome. */
const LEAD_CHROME_MAX = 400;
const LEAD_CHROME_SHARE = 0.1;

/**
 * What stands before the page's <h1> inside the content (breadcrumbs, page actions, "Read in
 * English", version banners) is chrome when it is short and holds no heading or paragraph of
 * prose: documentation pages open with their title.
 */
function dropBeforeTitle($: CheerioAPI, wrapper: Element, scopeText: number): void {
  const h1 = byTag(wrapper, H1_TAG)[0];
  if (!isElement(h1)) return;
  const doomed: AnyNode[] = [];
  let text = 0;
  for (let cur: AnyNode = h1; cur !== wrapper && cur.parent; cur = cur.parent) {
    for (let p = cur.prev; p; p = p.prev) {
      if (isElement(p) && (HEADING_TAGS.has(p.name) || byTag(p, HEADING_TAGS).length)) return;
      const t = nonSpaceLength(textOf(p));
      if (isElement(p) && p.name === 'p' && t > 200) return;
      text += t;
      doomed.push(p);
    }
  }
  if (text > Math.max(LEAD_CHROME_MAX, scopeText * LEAD_CHROME_SHARE)) return;
  $(doomed).remove();
}

/** The page's description from <meta name="description"> or og:description, collapsed. */
function metaDescription($: CheerioAPI): string | null {
  for (const el of containers($)) {
    if (el.name !== 'meta') continue;
    const key = (el.attribs.name ?? el.attribs.property ?? '').toLowerCase();
    if (key !== 'description' && key !== 'og:description') continue;
    const v = collapse(el.attribs.content ?? '');
    if (v) return v;
  }
  return null;
}

/** Text of a title header's furniture (breadcrumb, badges, description) above which it is kept. */
const TITLE_FURNITURE_MAX = 600;

/**
 * What stands with the page's <h1> is the page's furniture, not its body: inside a <header>
 * that holds the <h1> (an article header), the parts without a heading or a paragraph of prose
 * (breadcrumb line, status badges, reading time) and a paragraph repeating the description; and the block right after the <h1> that
 * repeats the page's meta description (a front-matter description shown as a lead, which
 * Markdown sources keep out of the body), unless it is a plain paragraph of the body.
 */
function dropTitleFurniture($: CheerioAPI, wrapper: Element, description: string | null): void {
  const h1 = byTag(wrapper, H1_TAG)[0];
  if (!isElement(h1)) return;
  let header: Element | null = null;
  for (let p = h1.parent; isElement(p) && p !== wrapper; p = p.parent) if (p.name === 'header') header = p;
  const doomed: Element[] = [];
  if (header) {
    let text = 0;
    const keep = (el: Element) => el === h1 || isInside(h1, el) || HEADING_TAGS.has(el.name) || byTag(el, HEADING_TAGS).length > 0;
    const visit = (el: Element) => {
      for (const c of childElements(el)) {
        if (c === h1) continue;
        if (keep(c)) {
          if (isInside(h1, c)) visit(c);
          continue;
        }
        // a line of prose (a byline) stays, unless it repeats the description
        if (c.name === 'p' && collapse(textOf(c)) !== description) continue;
        text += nonSpaceLength(textOf(c));
        doomed.push(c);
      }
    };
    visit(header);
    if (text > TITLE_FURNITURE_MAX) doomed.length = 0;
  }
  if (description) {
    const after = header ?? h1;
    let next: AnyNode | null = after.next;
    while (next && !isElement(next) && !collapse(textOf(next))) next = next.next;
    if (isElement(next) && !HEADING_TAGS.has(next.name) && !(next.name === 'p' && !next.attribs.class) && collapse(textOf(next)) === description) {
      doomed.push(next);
    }
  }
  $(doomed).remove();
}

/** Elements holding a pager's links (not content blocks), and the content a pager never precedes. */
const PAGER_HOLDERS = new Set(['div', 'nav', 'span']);
const TRAILING_CONTENT = new Set(['p', 'pre', 'table', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PAGER_MAX_TEXT = 300;

/**
 * Previous/next links without the words (Nextra, Mintlify: the two neighbours' titles with
 * arrows): at the end of the content, after its last paragraph, heading, list, table or code, a
 * box holding one or two links and nothing else, each link reading as a link of the site's
 * navigation outside the content (the sidebar lists the neighbours).
 */
function dropTrailingPager($: CheerioAPI, body: Element, wrapper: Element): void {
  const navTexts = new Set<string>();
  walk(body, (el) => {
    if (el === wrapper) return false;
    if (el.name === 'a' && el.attribs.href !== undefined) {
      const t = collapse(textOf(el));
      if (t) navTexts.add(t);
    }
    return true;
  });
  if (!navTexts.size) return;
  const all = descendants(wrapper);
  const doomed: Element[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (TRAILING_CONTENT.has(el.name)) break;
    if (!PAGER_HOLDERS.has(el.name) || doomed.some((d) => isInside(d, el))) continue;
    const text = nonSpaceLength(textOf(el));
    if (!text || text > PAGER_MAX_TEXT) continue;
    const links = descendants(el).filter((d) => d.name === 'a' && d.attribs.href !== undefined);
    if (links.length < 1 || links.length > 2) continue;
    if (links.some((a) => a.attribs.href.trim().startsWith('#') || !navTexts.has(collapse(textOf(a))))) continue;
    const linked = links.reduce((n, a) => n + nonSpaceLength(textOf(a)), 0);
    if (linked >= 0.9 * text) doomed.push(el);
  }
  $(doomed.filter((d) => !doomed.some((o) => o !== d && isInside(d, o)))).remove();
}

/** An "On this page" / "In this article" heading left with nothing but in-page links under it. */
function dropTocHeadings($: CheerioAPI, wrapper: Element): void {
  for (const h of byTag(wrapper, HEADING_TAGS)) {
    if (!TOC_LABEL.test(collapse(textOf(h)))) continue;
    const rest: AnyNode[] = [];
    let onlyLinks = true;
    for (let n = h.next; n && !(isElement(n) && HEADING_TAGS.has(n.name)); n = n.next) {
      rest.push(n);
      const t = collapse(textOf(n));
      if (!t) continue;
      const links = isElement(n) ? $(n).find('a[href^="#"]').toArray() : [];
      const linked = links.reduce((k, a) => k + collapse(textOf(a)).length, 0);
      if (linked < t.replace(/\s/g, '').length * 0.8) onlyLinks = false;
    }
    if (onlyLinks) $([h, ...rest]).remove();
  }
}

function insideChrome(el: Element, chrome: Set<Element>, stop: Element): boolean {
  for (let p: AnyNode | null = el; p && p !== stop; p = p.parent) if (chrome.has(p as Element)) return true;
  return false;
}

function removeChrome(
  $: CheerioAPI,
  wrapper: Element,
  raw: Map<Element, Stat>,
  scopeText: number,
  protectedRoots: Set<Element>,
): void {
  const doomed: Element[] = [];
  walk(wrapper, (el) => {
    if (protectedRoots.has(el)) return true;
    if (chromeReason(el, raw.get(el) ?? rawStats(el).get(el), scopeText, true)) {
      doomed.push(el);
      return false;
    }
    return true;
  });
  $(doomed).remove();
}

// ---------------------------------------------------------------------------------------------
// Choosing the main content

const MAIN_CANDIDATES = ['main', '[role=main]', 'article', '#main-content', '#main-col-body', '.main-content', '#content', '.content'];
/** A candidate is "substantial" with this share of the page's content text (or MIN_ABSOLUTE chars). */
const SUBSTANTIAL_SHARE = 0.3;
const SUBSTANTIAL_ABSOLUTE = 2000;
const PROSE_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote']);

interface Chosen {
  root: Element;
  /** set when the choice was a guess (no landmark held the content). */
  note: string | null;
}

function chooseMain($: CheerioAPI, body: Element, raw: Map<Element, Stat>, bodyText: number): Chosen {
  const all = descendants(body);
  const chrome = new Set<Element>();
  for (const el of all) if (chromeReason(el, raw.get(el), bodyText, false)) chrome.add(el);

  // Content text (chrome excluded) per element, and the prose carried by direct <p>/<li>/<h*> children.
  const text = new Map<Element, number>();
  const link = new Map<Element, number>();
  const prose = new Map<Element, number>();
  const order = [body, ...all];
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    if (chrome.has(el)) {
      text.set(el, 0);
      link.set(el, 0);
      prose.set(el, 0);
      continue;
    }
    let t = 0;
    let l = 0;
    let p = 0;
    for (const c of el.children) {
      if (c.type === 'text') t += nonSpaceLength((c as { data: string }).data);
      else if (isElement(c)) {
        t += text.get(c) ?? 0;
        l += link.get(c) ?? 0;
        if (PROSE_TAGS.has(c.name)) p += (text.get(c) ?? 0) - (link.get(c) ?? 0);
      }
    }
    t += placeholderText.get(el) ?? 0;
    if (el.name === 'a' && el.attribs.href !== undefined) l = t;
    text.set(el, t);
    link.set(el, l);
    prose.set(el, p);
  }
  const total = text.get(body) ?? 0;

  // one pass for all candidates, then tried in the candidates' order
  const found = $(containers($)).filter(MAIN_CANDIDATES.join(', ')).toArray();
  for (const sel of MAIN_CANDIDATES) {
    for (const el of found.filter((e) => $(e).is(sel))) {
      if (!isElement(el) || !isInside(el, body) || insideChrome(el, chrome, body)) continue;
      const t = text.get(el) ?? 0;
      if (t > 0 && (t >= SUBSTANTIAL_SHARE * total || t >= SUBSTANTIAL_ABSOLUTE)) return { root: el, note: null };
    }
  }

  // Heuristic: the element whose own prose children carry the most text, widened to its parent
  // while the parent adds more prose than link text (sibling sections, the h1 above them) and
  // not when it adds a link-heavy sidebar.
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of order) {
    const s = prose.get(el) ?? 0;
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return { root: body, note: total > 0 ? 'no <main>, <article> or role=main and no paragraphs: the whole <body> was read' : null };
  let cur = best;
  while (cur !== body && isElement(cur.parent)) {
    const parent = cur.parent;
    const addedProse = (text.get(parent)! - link.get(parent)!) - (text.get(cur)! - link.get(cur)!);
    const addedLinks = link.get(parent)! - link.get(cur)!;
    if (addedProse > 0 && addedProse >= addedLinks) cur = parent;
    else break;
  }
  const share = total > 0 ? Math.round((100 * (text.get(cur) ?? 0)) / total) : 0;
  return { root: cur, note: `no <main>, <article> or role=main holds the content: took <${describe(cur)}> (${share}% of the page's text) by its paragraphs` };
}

/** `div#id.class1.class2`, for notes. */
function describe(el: Element): string {
  const id = el.attribs.id ? `#${el.attribs.id}` : '';
  const cls = (el.attribs.class ?? '').split(/\s+/).filter(Boolean).slice(0, 3).map((c) => `.${c}`).join('');
  return `${el.name}${id}${cls}`.slice(0, 80);
}

const DETECT_ALL = SITE_PROFILES.flatMap((p) => p.detect).join(', ');

/** Elements that hold no page structure of their own: landmarks and platform marks are never inside them. */
const LEAF_BLOCKS = new Set(['p', 'table', 'pre', 'ul', 'ol', 'dl', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'span', 'svg', 'math']);

/** The first container element named `name` (`<title>`, `<body>`) without a selector pass over the page. */
function firstOf($: CheerioAPI, name: string): Element | null {
  return containers($).find((el) => el.name === name) ?? null;
}

/** The page's container elements (head included), not descending into paragraphs, tables, lists or code. */
function containers($: CheerioAPI): Element[] {
  const out: Element[] = [];
  const stack: Element[] = childElements($.root().get(0)!).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    if (LEAF_BLOCKS.has(el.name)) continue;
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Share of the page's text (or absolute size) a profile's content element must hold to be used. */
const PROFILE_MIN_SHARE = 0.15;
const PROFILE_MIN_ABSOLUTE = 500;

/** The content element of the first site profile that recognises the page, when it holds the page's text. */
function profileContent($: CheerioAPI, body: Element, raw: Map<Element, Stat>, bodyText: number): { profile: SiteProfile; root: Element } | null {
  // every profile's marks in one filter over the page's containers (a query per selector was 30
  // passes over every element, seconds on a page holding a large table)
  const marks = $(containers($)).filter(DETECT_ALL).toArray();
  if (!marks.length) return null;
  for (const profile of SITE_PROFILES) {
    const detect = profile.detect.join(', ');
    if (!marks.some((el) => $(el).is(detect))) continue;
    for (const sel of profile.content) {
      for (const el of $(sel).toArray()) {
        if (!isElement(el) || !isInside(el, body)) continue;
        const t = raw.get(el)?.text ?? 0;
        if (t >= PROFILE_MIN_SHARE * bodyText || t >= PROFILE_MIN_ABSOLUTE) return { profile, root: el };
      }
    }
  }
  return null;
}

/** Wrap a chosen root in a private <div> so rewrites can replace the root itself. */
function wrapRoot($: CheerioAPI, root: Element): Element {
  const wrapper = $('<div data-rl-root=""></div>');
  if (root.name === 'body') {
    wrapper.append($(root).contents());
    $(root).append(wrapper);
  } else {
    $(root).before(wrapper);
    wrapper.append(root);
  }
  return wrapper.get(0) as Element;
}

// ---------------------------------------------------------------------------------------------
// Callouts: <div class="awsdocs-note awsdocs-important"><div class="awsdocs-note-title"><h6>Important</h6>
// </div><div class="awsdocs-note-text"><p>Text</p></div></div>  ->  <p><strong>Important</strong> Text</p>

const CALLOUT_CONTAINER_TAGS = new Set(['div', 'aside', 'section', 'blockquote']);
const CALLOUT_KINDS = ['important', 'warning', 'caution', 'danger', 'attention', 'tip', 'hint', 'note'];
const CALLOUT_MARKERS = new Set([...CALLOUT_KINDS, 'admonition', 'callout', 'alert', 'notice', 'notecard']);
const CALLOUT_PART_SEGS = new Set(['title', 'heading', 'header', 'label', 'text', 'body', 'content', 'icon', 'list', 'link', 'footer']);
const TITLE_SEGS = new Set(['title', 'heading', 'header', 'label']);
const LABEL_WORDS =
  /^(note|notes|important|tip|tips|warning|caution|attention|danger|hint|info|information|remember|example|see also)$/i;
const LEADING_LABEL = /^\s*(note|notes|important|tip|tips|warning|caution|attention|danger|hint|remember)\s*:\s*/i;

function isCallout(el: Element): boolean {
  if (!CALLOUT_CONTAINER_TAGS.has(el.name)) return false;
  if ((el.attribs.role ?? '').toLowerCase() === 'note') return true;
  if (el.name === 'aside' && LABEL_WORDS.test((el.attribs['aria-label'] ?? '').trim())) return true;
  return classTokens(el).some((t) => t.segs.some((s) => CALLOUT_MARKERS.has(s)) && !t.segs.some((s) => CALLOUT_PART_SEGS.has(s)));
}

function calloutKind(el: Element): string {
  const segs = new Set(classTokens(el).flatMap((t) => t.segs));
  for (const k of CALLOUT_KINDS) if (segs.has(k)) return k[0].toUpperCase() + k.slice(1);
  if (segs.has('success')) return 'Tip';
  return 'Note';
}

function rewriteCallouts($: CheerioAPI, wrapper: Element): void {
  const found: Element[] = [];
  walk(wrapper, (el) => {
    if (isCallout(el) && $(el).find('h1, h2, h3, h4, h5').length === 0 && nonSpaceLength(textOf(el)) < 3000) {
      found.push(el);
      return false;
    }
    return true;
  });
  for (const el of found) rewriteCallout($, el);
}

/** "NOTE:", "tip", "Warning!" -> "Note", "Tip", "Warning"; a custom title stays as written. */
function cleanLabel(s: string): string {
  const t = collapse(s).replace(/\s*[:!.]$/, '');
  return LABEL_WORDS.test(t) ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t;
}

/** The element holding the callout's title: a *-title/-heading/-label part, a leading heading or bold label. */
function findCalloutTitle(el: Element): Element | null {
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (!/\S/.test((n as { data: string }).data)) continue;
      // first visible text: a title when it sits in a <strong>/<b>, or is the whole of a block
      // (Microsoft Learn's <div class="NOTE"><p>Note</p><p>text</p></div>), that reads like a label
      for (let p = n.parent; p && p !== el; p = p.parent) {
        if (!isElement(p) || !LABEL_WORDS.test(cleanLabel(textOf(p)))) continue;
        if (p.name === 'strong' || p.name === 'b' || p.name === 'p' || p.name === 'div') return p;
      }
      return null;
    }
    if (!isElement(n)) continue;
    const titleLike = classTokens(n).some((t) => t.segs.some((s) => TITLE_SEGS.has(s))) || HEADING_TAGS.has(n.name);
    if (titleLike && collapse(textOf(n)).length <= 80) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return null;
}

const WRAPPER_TAGS = new Set(['div', 'section', 'span']);

function meaningful(nodes: AnyNode[]): AnyNode[] {
  return nodes.filter((n) => isElement(n) || (n.type === 'text' && /\S/.test((n as { data: string }).data)));
}

function rewriteCallout($: CheerioAPI, el: Element): void {
  let label: string | null = null;
  const titleEl = findCalloutTitle(el);
  if (titleEl) {
    label = cleanLabel(textOf(titleEl)) || null;
    $(titleEl).remove();
  }
  let nodes = meaningful(el.children);
  while (nodes.length === 1 && isElement(nodes[0]) && WRAPPER_TAGS.has(nodes[0].name)) nodes = meaningful(nodes[0].children);
  // a layout table of an icon cell and a content cell (Asciidoctor's admonitionblock): the content
  const cell = nodes.length === 1 && isElement(nodes[0]) && nodes[0].name === 'table' ? $(nodes[0]).find('> tbody > tr > td.content, > tr > td.content').get(0) : undefined;
  if (cell) nodes = meaningful(cell.children);
  // drop empty leftovers (icon holders) at the front
  while (nodes.length && isElement(nodes[0]) && !/\S/.test(textOf(nodes[0])) && $(nodes[0]).find('img').length === 0 && nodes[0].name !== 'img') {
    nodes = nodes.slice(1);
  }
  if (!label) {
    // "Note: text" as plain leading text
    const firstText = firstTextNode(nodes);
    if (firstText) {
      const m = LEADING_LABEL.exec(firstText.data);
      if (m) {
        label = cleanLabel(m[1]);
        firstText.data = firstText.data.slice(m[0].length);
      }
    }
  }
  if (!label) label = calloutKind(el);
  if (!nodes.length || !/\S/.test(nodes.map((n) => textOf(n)).join(''))) {
    if (!nodes.some((n) => isElement(n) && (n.name === 'img' || $(n).find('img').length > 0))) {
      $(el).remove();
      return;
    }
  }
  let first: AnyNode[] = [];
  let rest: AnyNode[] = nodes;
  if (nodes.length && isElement(nodes[0]) && nodes[0].name === 'p') {
    first = [...nodes[0].children];
    rest = nodes.slice(1);
  } else {
    let k = 0;
    while (k < nodes.length && (nodes[k].type === 'text' || (isElement(nodes[k]) && INLINE_TAGS.has((nodes[k] as Element).name)))) k++;
    first = nodes.slice(0, k);
    rest = nodes.slice(k);
  }
  const p = $('<p></p>');
  p.append($('<strong></strong>').text(label));
  if (first.length) {
    p.append(' ');
    p.append(first);
  }
  const out = $('<div></div>');
  out.append(p);
  if (rest.length) out.append(rest);
  $(el).replaceWith(out);
}

function firstTextNode(nodes: AnyNode[]): { data: string } | null {
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (/\S/.test((n as { data: string }).data)) return n as unknown as { data: string };
      continue;
    }
    if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Headings: permalink icons out, anchors (own id, <a name> inside or just before, section id) kept
// as data-rl-anchor for the heading rule.

const DECORATION = /^[\s\u200b¶§#🔗⚓️\-–—:|]*$/u;

/** Blocks a parser may leave inside an unclosed heading (`<h1>Title<p>text...`). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'table', 'ul', 'ol', 'dl', 'pre', 'blockquote', 'section', 'article', 'figure', 'hr', 'form', 'fieldset',
  'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'aside', 'nav', 'header', 'footer', 'address',
]);

function rewriteHeadings($: CheerioAPI, wrapper: Element): void {
  // A Markdown heading holds one line of inline text: blocks inside a heading move out after it.
  const headings = byTag(wrapper, HEADING_TAGS);
  for (const h of [...headings].reverse()) {
    if (!isElement(h)) continue;
    // Layout boxes holding only inline content and other boxes (GitBook's <div class="hash"> and
    // <div> of the heading's text, Mintlify's icon box) are the heading's own text: unwrapped,
    // not moved out (the descendants, unwrapped in turn, hold no block either).
    for (const c of childElements(h)) {
      if ((c.name === 'div' || c.name === 'span') && !descendants(c).some((d) => BLOCK_TAGS.has(d.name) && d.name !== 'div')) {
        $(c).before(' ').after(' ');
        $(c).replaceWith($(c).contents());
      }
    }
    const k = h.children.findIndex((c) => isElement(c) && BLOCK_TAGS.has(c.name));
    if (k >= 0) $(h).after(h.children.slice(k));
  }
  for (const h of headings) {
    let anchor: string | null = null;
    // 1. an <a name|id> inside the heading (unwrapped: its text, if any, stays)
    for (const a of $(h).find('a').toArray()) {
      if (!isElement(a) || a.attribs.href !== undefined) continue;
      const name = (a.attribs.name ?? a.attribs.id ?? '').trim();
      if (name && !anchor) anchor = name;
      $(a).replaceWith($(a).contents());
    }
    // 2. an empty <a name|id> just before it
    if (!anchor) {
      let prev = h.prev;
      while (prev && (prev.type === 'comment' || (prev.type === 'text' && !/\S/.test((prev as { data: string }).data)))) prev = prev.prev;
      if (isElement(prev) && prev.name === 'a' && prev.attribs.href === undefined && !/\S/.test(textOf(prev))) {
        const name = (prev.attribs.name ?? prev.attribs.id ?? '').trim();
        if (name) {
          anchor = name;
          $(prev).remove();
        }
      }
    }
    // 3. its own id; 4. the id of the <section> it opens
    if (!anchor && h.attribs.id?.trim()) anchor = h.attribs.id.trim();
    if (!anchor) {
      const parent = h.parent;
      if (
        isElement(parent) &&
        parent.attribs.id?.trim() &&
        childElements(parent)[0] === h &&
        (parent.name === 'section' || classTokens(parent).some((t) => t.segs.includes('section')))
      ) {
        anchor = parent.attribs.id.trim();
      }
    }
    // Permalink icons go; a link from the heading to itself is unwrapped. Either one names the
    // anchor when nothing else did.
    for (const a of $(h).find('a[href]').toArray()) {
      if (!isElement(a)) continue;
      const href = a.attribs.href.trim();
      const cls = (a.attribs.class ?? '').toLowerCase();
      const fragment = href.startsWith('#') ? safeDecode(href.slice(1)) : null;
      const decoration = DECORATION.test(textOf(a)) && $(a).find('img').length === 0;
      if (decoration && (fragment !== null || /anchor|headerlink|permalink|hash-link/.test(cls))) {
        if (!anchor && fragment) anchor = fragment;
        $(a).remove();
      } else if (
        fragment &&
        (fragment === anchor || fragment === h.attribs.id || (!anchor && collapse(textOf(a)) === collapse(textOf(h))))
      ) {
        if (!anchor) anchor = fragment;
        $(a).replaceWith($(a).contents());
      }
    }
    // A link beside the heading to the heading itself is its permalink, whatever it reads
    // (Starlight's "Section titled ..." anchor after the <h2> in a heading wrapper).
    for (const side of [nextElementSkippingBlank(h), prevElementSkippingBlank(h)]) {
      if (!side || side.name !== 'a' || side.attribs.href === undefined) continue;
      const href = side.attribs.href.trim();
      const fragment = href.startsWith('#') ? safeDecode(href.slice(1)) : null;
      if (fragment && (fragment === anchor || fragment === h.attribs.id)) $(side).remove();
    }
    if (anchor) $(h).attr('data-rl-anchor', anchor);
  }
}

function isBlank(n: AnyNode): boolean {
  return n.type === 'comment' || (n.type === 'text' && !/\S/.test((n as { data: string }).data));
}
function nextElementSkippingBlank(n: AnyNode): Element | null {
  let p = n.next;
  while (p && isBlank(p)) p = p.next;
  return isElement(p) ? p : null;
}
function prevElementSkippingBlank(n: AnyNode): Element | null {
  let p = n.prev;
  while (p && isBlank(p)) p = p.prev;
  return isElement(p) ? p : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables: GFM cells hold inline content only, and the plugin keeps a table as raw HTML when a
// cell holds a list, heading, rule or quote. Rewrite those to inline forms first.

function prepareTables($: CheerioAPI, wrapper: Element): void {
  for (const cell of byTag(wrapper, CELL_TAGS)) {
    if (!isElement(cell)) continue;
    const span = cell.attribs.colspan;
    if (span !== undefined) {
      const n = Number.parseInt(span, 10);
      if (!Number.isFinite(n) || n <= 1) delete cell.attribs.colspan;
      else cell.attribs.colspan = String(Math.min(n, MAX_COLSPAN));
    }
    // most cells hold text and inline markup only: nothing to rewrite (five selector queries per
    // cell took 14 s of a 1,000 x 300 table)
    if (!hasBlockInside(cell)) continue;
    const $cell = $(cell);
    for (const pre of $cell.find('pre').toArray()) {
      const lines = textOf(pre).split('\n').filter((l) => l.trim() !== '');
      const repl = $('<span></span>');
      lines.forEach((line, i) => {
        if (i > 0) repl.append('<br>');
        repl.append($('<code></code>').text(line.trim()));
      });
      $(pre).replaceWith(repl.contents());
    }
    // innermost lists first: each becomes its items separated by <br>
    const lists = $cell.find('ul, ol').toArray().reverse();
    for (const list of lists) {
      if (!isElement(list)) continue;
      const items = childElements(list).filter((c) => c.name === 'li');
      const repl = $('<span></span>');
      if (/\S/.test(textBefore(list))) repl.append('<br>');
      items.forEach((li, i) => {
        if (i > 0) repl.append('<br>');
        repl.append($(li).contents());
      });
      $(list).replaceWith(repl.contents());
    }
    for (const h of $cell.find('h1, h2, h3, h4, h5, h6').toArray()) {
      const strong = $('<strong></strong>');
      strong.append($(h).contents());
      $(h).replaceWith(strong);
    }
    $cell.find('hr').remove();
    for (const q of $cell.find('blockquote').toArray().reverse()) $(q).replaceWith($(q).contents());
  }
}

/** Text weight of each big-table placeholder, so content choice still sees the table's text. */
const placeholderText = new WeakMap<Element, number>();

/**
 * Big tables the source scan could not cut (nested in another table, say) are cut from the DOM;
 * the placeholders of both get their table's text weight.
 */
function cutBigTables($: CheerioAPI, tables: Map<string, TableCells>): void {
  const root = $.root().get(0)!;
  if (tables.size) {
    for (const el of containers($)) {
      const t = el.name === 'p' ? tables.get(collapse(textOf(el))) : undefined;
      if (t) placeholderText.set(el, tableTextSize(t));
    }
  }
  for (const el of byTag(root, TABLE_TAG)) {
    if (!isInside(el, root)) continue; // inside a big table cut before it
    const rows = rowsOf(el);
    let cells = 0;
    for (const r of rows) cells += r.length;
    if (cells <= BIG_TABLE_CELLS) continue;
    const text = rows.map((r) => r.map((c) => collapse(textOf(c))));
    const headed = rows.length > 0 && rows[0].length > 0 && rows[0].every((c) => c.name === 'th');
    const key = bigTableKey(tables.size);
    const t = { header: headed ? text[0] : [], rows: headed ? text.slice(1) : text };
    tables.set(key, t);
    const p = $('<p></p>').text(key);
    $(el).replaceWith(p);
    placeholderText.set(p.get(0) as Element, tableTextSize(t));
  }
}

/** The cells of a table's own rows (nested tables' rows excluded), in order. */
function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const stack: Element[] = childElements(table).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (el.name === 'tr') rows.push(childElements(el).filter((c) => c.name === 'td' || c.name === 'th'));
    else if (el.name === 'thead' || el.name === 'tbody' || el.name === 'tfoot') for (const c of childElements(el).reverse()) stack.push(c);
  }
  return rows;
}

const CELL_BLOCK_TAGS = new Set(['pre', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote']);

/** Whether a cell holds an element prepareTables rewrites. */
function hasBlockInside(cell: Element): boolean {
  const stack: Element[] = childElements(cell);
  while (stack.length) {
    const el = stack.pop()!;
    if (CELL_BLOCK_TAGS.has(el.name)) return true;
    for (const c of childElements(el)) stack.push(c);
  }
  return false;
}

/** Text of the siblings before `el` (inside its parent). */
function textBefore(el: Element): string {
  const out: string[] = [];
  for (let p = el.prev; p; p = p.prev) out.push(textOf(p));
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Code blocks: one <pre> holding plain text, language in data-rl-lang for the pre rule.

const KNOWN_LANGS = new Set([
  'bash', 'c', 'cpp', 'csharp', 'cs', 'css', 'diff', 'dockerfile', 'go', 'graphql', 'groovy', 'html', 'ini', 'java',
  'javascript', 'js', 'json', 'jsx', 'kotlin', 'less', 'lua', 'makefile', 'markdown', 'perl', 'php', 'powershell',
  'properties', 'python', 'py', 'r', 'ruby', 'rust', 'scala', 'scss', 'shell', 'sh', 'sql', 'swift', 'toml', 'ts',
  'tsx', 'typescript', 'xml', 'yaml', 'yml', 'zsh', 'console', 'text', 'plaintext', 'hcl', 'terraform', 'vb',
]);

function languageOf(pre: Element): string {
  const holders: Element[] = [pre];
  const code = childElements(pre).find((c) => c.name === 'code');
  if (code) holders.push(code);
  if (isElement(pre.parent)) holders.push(pre.parent);
  for (const el of holders) {
    const data = el.attribs['data-lang'] ?? el.attribs['data-language'];
    if (data && /^[\w+#.-]+$/.test(data.trim())) return data.trim().toLowerCase();
    const cls = el.attribs.class ?? '';
    const m =
      /(?:^|\s)(?:language|lang)-([\w+#.-]+)/i.exec(cls) ??
      /(?:^|\s)highlight-(?:text|source)-([a-z0-9]+)/i.exec(cls) ??
      /brush:\s*([\w+#-]+)/i.exec(cls);
    if (m) return m[1].toLowerCase();
  }
  for (const el of [code, pre]) {
    if (!el) continue;
    for (const c of (el.attribs.class ?? '').split(/\s+/)) if (KNOWN_LANGS.has(c.toLowerCase())) return c.toLowerCase();
  }
  return '';
}

function prepareCode($: CheerioAPI, wrapper: Element): void {
  for (const pre of topLevel(byTag(wrapper, PRE_TAG))) {
    const lang = languageOf(pre);
    $(pre).find('.linenos, .lineno, .line-numbers-rows, .gutter').remove();
    const text = textOf(pre);
    $(pre).text(text);
    pre.attribs = lang ? { 'data-rl-lang': lang } : {};
  }
}

// ---------------------------------------------------------------------------------------------
// turndown

let turndownService: TurndownService | null = null;

function service(): TurndownService {
  if (turndownService) return turndownService;
  const Turndown = loadTurndown();
  const { tables, strikethrough, taskListItems } = loadGfm();
  const td = new Turndown({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
  });
  td.use([tables, strikethrough, taskListItems]);
  // turndown leaves `<` and `&` alone: text "&lt;bucket-name&gt;" must not read back as an HTML tag.
  const baseEscape = td.escape.bind(td);
  td.escape = (text: string) =>
    baseEscape(text)
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // Rules added later take precedence (turndown unshifts them), so these override the defaults.
  // The plugin's row rule polls the live `table.rows` list for every column of the header row
  // (column alignment votes): cubic in the table size, minutes for a 100 x 300 table. Alignment
  // is not kept in canonical Markdown, so the separator is always `---`, and the column count
  // is taken once per table.
  td.addRule('rlTableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const tr = node as unknown as HTMLElement;
      const table = closestTable(tr);
      if (tableSkipped(table)) return content;
      let border = '';
      if (isHeadingRow(tr)) {
        const n = tableColumns(table!);
        for (let i = 0; i < n; i++) border += (i === 0 ? '| ' : ' ') + '---' + ' |';
      }
      return '\n' + content + (border ? '\n' + border : '');
    },
  });
  // The plugin's table rule, minus its per-column alignment vote (same cubic cost as above; the
  // cells were already rewritten to inline content, so the keep-as-HTML branch never applies).
  td.addRule('rlTable', {
    filter: 'table',
    replacement: (content, node) => {
      const table = node as unknown as HTMLElement;
      if (tableSkipped(table)) return content;
      content = content.replace(/\n+/g, '\n');
      const lines = content.trim().split('\n');
      const hasDivider = lines.length >= 2 && /\| :?---/.test(lines[1]);
      const n = tableColumns(table);
      const header = n && !hasDivider ? '|' + '     |'.repeat(n) + '\n|' + ' --- |'.repeat(n) : '';
      const caption = (table as HTMLTableElement).caption?.textContent ?? '';
      return `\n\n${caption ? `${caption}\n\n` : ''}${`${header}${content}`.trimStart()}\n\n`;
    },
  });
  td.addRule('rlTableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => tableCell(content, node as unknown as HTMLElement),
  });
  td.addRule('rlHeading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const el = node as unknown as HTMLElement;
      const text = content.replace(/\s+/g, ' ').trim();
      if (!text) return '\n\n';
      const anchor = el.getAttribute('data-rl-anchor');
      const level = Number(el.nodeName.charAt(1));
      return `\n\n${'#'.repeat(level)} ${text}${anchor ? ` <a name="${escapeAttr(anchor)}"></a>` : ''}\n\n`;
    },
  });
  td.addRule('rlListItem', {
    filter: 'li',
    replacement: (content, node, options) => {
      const el = node as unknown as HTMLElement;
      let prefix = `${options.bulletListMarker ?? '-'} `;
      const parent = el.parentNode as HTMLElement | null;
      if (parent && parent.nodeName === 'OL') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '', 10);
        const index = Array.prototype.indexOf.call(parent.children, el);
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const isParagraph = /\n$/.test(content);
      let body = content.replace(/^\n+/, '').replace(/\n+$/, '') + (isParagraph ? '\n' : '');
      body = body.replace(/^\[([ x])\]\s+/, '[$1] '); // task-list checkbox + the label's own space
      body = body.replace(/\n(?=[^\n])/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (el.nextSibling ? '\n' : '');
    },
  });
  td.addRule('rlPre', {
    filter: 'pre',
    replacement: (_content, node) => {
      const el = node as unknown as HTMLElement;
      const lang = el.getAttribute('data-rl-lang') ?? '';
      const code = (el.textContent ?? '').replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
      if (!code) return '\n\n';
      let longest = 0;
      for (const m of code.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
      const fence = '`'.repeat(Math.max(3, longest + 1));
      return `\n\n${fence}${lang}\n${code}\n${fence}\n\n`;
    },
  });
  // A row outside any table (the parser keeps `<tr>` inside `<math>`/`<svg>` foreign content) made
  // the gfm plugin throw ("Invalid value used as weak map key"): its text is a paragraph.
  td.addRule('rlStrayRow', {
    filter: (node) => ['TR', 'THEAD', 'TBODY', 'TFOOT'].includes(node.nodeName.toUpperCase()) && !closestTable(node as unknown as HTMLElement),
    replacement: (content) => `\n\n${content}\n\n`,
  });
  // Emphasis wrapped around whole blocks (`<b><p>..</p><p>..</p></b>`, misnested tags) would put
  // its delimiters on lines of their own, read back as literal `**` paragraphs: keep the blocks,
  // drop the emphasis.
  for (const [name, tags, d] of [
    ['rlStrong', ['STRONG', 'B'], '**'],
    ['rlEm', ['EM', 'I'], '*'],
    ['rlDel', ['DEL', 'S', 'STRIKE'], '~~'],
  ] as const) {
    td.addRule(name, {
      filter: (node) => (tags as readonly string[]).includes(node.nodeName.toUpperCase()),
      replacement: (content) => (!content.trim() ? '' : /\n\s*\n/.test(content) ? content : d + content + d),
    });
  }
  td.addRule('rlLink', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      const el = node as unknown as HTMLElement;
      const href = (el.getAttribute('href') ?? '').trim();
      if (!/\S/.test(content)) return '';
      if (!href || /^javascript:/i.test(href)) return content;
      const dest = href.replace(/([<>()])/g, '\\$1');
      const title = (el.getAttribute('title') ?? '').replace(/\n+\s*/g, ' ').trim();
      return `[${content}](${/\s/.test(dest) ? `<${dest}>` : dest}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    },
  });
  turndownService = td;
  return td;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function closestTable(node: HTMLElement): HTMLElement | null {
  for (let p = node.parentNode as HTMLElement | null; p; p = p.parentNode as HTMLElement | null) if (p.nodeName === 'TABLE') return p;
  return null;
}

/** Same skip rule as the plugin: such tables are rendered cell by cell as paragraphs. */
function tableSkipped(table: HTMLElement | null): boolean {
  const t = table as HTMLTableElement | null;
  if (!t) return true;
  // asked once per cell: remember the answer per table (scanning the table for every cell was
  // quadratic: a 100 x 30 table took 6 s)
  const known = skippedTables.get(t);
  if (known !== undefined) return known;
  let skip: boolean;
  if (!t.rows) skip = true;
  else if (t.rows.length === 1 && t.rows[0].childNodes.length <= 1) skip = true;
  else skip = t.getElementsByTagName('table').length > 0;
  skippedTables.set(t, skip);
  return skip;
}
const skippedTables = new WeakMap<HTMLElement, boolean>();

/** The plugin's header-row test: in a THEAD, or the first row of the table (or first TBODY) with only TH cells. */
function isHeadingRow(tr: HTMLElement): boolean {
  const parent = tr.parentNode as HTMLElement | null;
  if (!parent) return false;
  if (parent.nodeName === 'THEAD') return true;
  if (parent.firstChild !== tr) return false;
  const prev = parent.previousSibling as HTMLElement | null;
  const firstBody = parent.nodeName === 'TBODY' && (!prev || (prev.nodeName === 'THEAD' && /^\s*$/.test(prev.textContent ?? '')));
  if (parent.nodeName !== 'TABLE' && !firstBody) return false;
  return Array.prototype.every.call(tr.childNodes, (n: Node) => n.nodeName === 'TH');
}

/** Widest row, counted once per table (the live `rows` list is rebuilt on every access). */
function tableColumns(t: HTMLElement): number {
  const known = tableWidths.get(t);
  if (known !== undefined) return known;
  const rows = Array.from((t as HTMLTableElement).rows ?? []);
  const n = rows.reduce((m, r) => Math.max(m, r.childNodes.length), 0);
  tableWidths.set(t, n);
  return n;
}
const tableWidths = new WeakMap<HTMLElement, number>();

/** The plugin's cell, but every `|` escaped (it folds `||` into one) and breaks as a bare `<br>`. */
function tableCell(content: string, node: HTMLElement): string {
  if (tableSkipped(closestTable(node))) return content;
  const index = node.parentNode ? Array.prototype.indexOf.call(node.parentNode.childNodes, node) : 0;
  let s = content
    .trim()
    .replace(/[ \t]*(?:\r?\n)+[ \t]*/g, '<br>')
    .replace(/\|/g, '\\|');
  while (s.length < 3) s += ' ';
  const span = Math.min(Number.parseInt(node.getAttribute('colspan') ?? '1', 10) || 1, MAX_COLSPAN);
  for (let i = 1; i < span; i++) s += ' |    ';
  return (index === 0 ? '| ' : ' ') + s + ' |';
}

function convert(td: TurndownService, html: string, plain: () => string): string {
  if (!html.trim()) return '';
  try {
    return td.turndown(html);
  } catch (e) {
    // Should not happen once nesting is bounded; never lose the page over it.
    if (e instanceof RangeError) return td.escape(collapse(plain()));
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Title

/** `<title>` text without a trailing " - Site name" / " | Site" part. */
export function cleanDocTitle(raw: string): string | null {
  const t = collapse(raw);
  if (!t) return null;
  const m = /^(.*\S)\s+[-|–—·]\s+[^-|–—·]+$/.exec(t);
  return m ? m[1] : t;
}
