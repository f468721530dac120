// The vocabulary of documentation-site chrome, as data: the words widgets are named by (class,
// id and component attributes) and the fixed texts they show ("Was this page helpful?", "Edit
// this page", "© 2025 ...", "Last updated on ..."). html.ts decides with it, guarded by size and
// link density; nothing here looks at a page.

/** Attributes whose values name a component the way class names do (GitHub Docs, MkDocs Material, Microsoft Learn). */
export const COMPONENT_ATTRS = ['data-container', 'data-component', 'data-md-component', 'data-testid', 'data-test-id', 'data-bi-name'];

/** ARIA roles of landmarks and widgets that are never page content. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'tablist', 'toolbar', 'menubar', 'dialog', 'alertdialog']);

export type Keyword = 'breadcrumb' | 'toc' | 'cookie' | 'feedback' | 'skip' | 'pagination' | 'meta' | 'footer';

export interface Token {
  segs: string[];
  joined: string;
  raw: string;
}

export function tokenize(value: string): Token {
  const segs = value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return { segs, joined: segs.join(''), raw: value.toLowerCase() };
}

const SKIP_PARTS = new Set(['link', 'links', 'to', 'content', 'nav', 'navigation', 'main']);
const META_OWNERS = new Set(['page', 'article', 'doc', 'docs', 'post', 'topic']);
const META_WORDS = new Set(['metadata', 'lastmod', 'lastupdated', 'contributors', 'readingtime']);

/** Which kind of widget a class, id or component name says an element is. */
export const KEYWORD_RULES: Array<[Keyword, (t: Token) => boolean]> = [
  ['breadcrumb', (t) => t.joined.includes('breadcrumb')],
  ['toc', (t) => t.segs.includes('toc') || /tableofcontents|onthispage|inthispage|inthisarticle|minitoc/.test(t.joined)],
  ['cookie', (t) => t.raw.startsWith('awsccc') || t.segs.some((s) => s.startsWith('cookie') || s.startsWith('consent') || s === 'gdpr')],
  ['feedback', (t) => t.segs.some((s) => s.startsWith('feedback') || s === 'rating' || s === 'ratings' || s === 'helpful' || s === 'thumbs' || s === 'survey')],
  ['skip', (t) => (t.segs.includes('skip') && t.segs.some((s) => SKIP_PARTS.has(s))) || /^skip(link|nav|to)/.test(t.joined)],
  ['pagination', (t) => t.segs.includes('pagination') || t.segs.includes('pager') || t.joined.includes('prevnext')],
  [
    'meta',
    (t) =>
      t.segs.some((s) => META_WORDS.has(s)) ||
      /lastupdated|lastmodified|readingtime/.test(t.joined) ||
      (t.segs.includes('meta') && t.segs.some((s) => META_OWNERS.has(s))),
  ],
  // "article-footer", "VPDocFooter", <devsite-content-footer>: a footer named as such, not a <footer>
  ['footer', (t) => t.segs.length > 0 && /^footers?$/.test(t.segs[t.segs.length - 1])],
];

export function keywordOf(t: Token): Keyword | null {
  for (const [kind, test] of KEYWORD_RULES) if (test(t)) return kind;
  return null;
}

/** AWS documentation page furniture, by id or class. */
export const AWS_CHROME = new Set([
  'main-col-footer', 'doc-conventions', 'js_error_message', 'awsdocs-page-utilities', 'awsdocs-page-header-container',
  'awsdocs-filter-selector',
]);

/** A feedback widget's question, optionally after its "Feedback" label. */
export const FEEDBACK_TEXT =
  /^(feedback\s*)?(was this ((page|article|topic|document|documentation|content|information|section) )?(helpful|useful)|did this (page|article|topic) help( you)?|did you find what you needed|is this page helpful|how (helpful|useful) (was|is) this|rate this (page|article|topic)|help us improve)/i;
/** A page tool link or button ("Edit this page", "View page source", "Print"). */
export const EDIT_TEXT =
  /^(edit|print|improve|suggest (an )?edits?|view (page )?source|report an? (issue|problem)|open an issue|create (a )?(documentation|doc) issue|create child page|print entire section)( (this|the) (page|doc|document|topic|article|section))?( on github)?$/i;
export const SKIP_TEXT = /^skip (to|over|navigation|nav|main)\b/i;
/** A copyright line: "© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved." */
export const COPYRIGHT_TEXT = /^(©|\(c\)|copyright\b)[^\n]{0,240}$/i;
/** A "last updated" line and its variants: a label, then a date within a few words. */
export const UPDATED_TEXT =
  /^(last (updated|modified|reviewed|edited)|updated|modified)( on| at|:)?\s+(\S+\s+){0,3}?(\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|(\d+|an?) (second|minute|hour|day|week|month|year)s? ago|yesterday|today)\b[^\n]{0,80}$/i;
/** A previous/next page link's text: the word first, then the page title ("PreviousPermissions", "Next page ›"). */
export const PAGER_LINK_TEXT = /^[\s«‹←<]*(Previous|Prev|Next|PREVIOUS|PREV|NEXT)(?![a-z])/;
/** Headings of in-page tables of contents. */
export const TOC_LABEL = /^(on this page|in this article|in this page|in this section|contents|table of contents|topics)$/i;
/** Page tool labels that may stand alone as text ("PDF", "RSS", "Focus mode"). */
export const PAGE_TOOL_TEXT = /^(pdf|rss|focus mode|print|share|copy link|document conventions)$/i;
