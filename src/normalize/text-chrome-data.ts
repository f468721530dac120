// Site chrome of the big documentation platforms as it reads in a text rendering, kept as data:
// whole lines that are page tools, feedback widgets, cookie notices and footers. These are only
// the widgets whose lines read as sentences or look like content; short link-like lines around
// the content are found by their shape (text-chrome.ts) and need no entry here. Matching is
// case-insensitive on a line folded to plain ASCII quotes and single spaces.

export interface ChromePack {
  /** the platform (reports and tests name it) */
  site: string;
  /** widget sentences no page has as content: chrome wherever they stand */
  anywhere: RegExp[];
  /** short labels and links: chrome only above the page title or below the last content */
  edges: RegExp[];
}

export const CHROME_PACKS: ChromePack[] = [
  {
    site: 'any',
    anywhere: [
      /^(select your cookie preferences|we use cookies.*|this (web)?site uses cookies.*)$/,
      // a cookie banner naming its site ("example.com uses cookies from ... to deliver ...")
      /^[a-z0-9-]+(\.[a-z0-9-]+)+ uses cookies\b.{0,300}$/,
      /^we use (essential|necessary|performance|functional|strictly necessary|optional) cookies.*$/,
      /^(was|is) this (page|article|content|information|document|section) (helpful|useful)( to you)?\?$/,
      /^(did you find what you needed|did this page help you|did you find this (page )?helpful)\?$/,
    ],
    edges: [
      /^skip to (the )?(main )?content$/,
      /^skip to (main )?navigation$/,
      /^(edit|improve|view|suggest an edit to) this page( on github)?$/,
      /^(edit|view) (on|in) (github|gitlab|bitbucket)$/,
      // a date standing alone (page metadata), with a contributor count
      /^((last )?(updated|published|modified)[: ]+)?(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})( ?[•·|-]? ?\d+ contributors?)?$/,
      /^\d+ contributors?$/,
      /^(view|show) (page )?source$/,
      /^back to top$/,
      /^(table of )?contents$/,
      /^on this page$/,
      /^in this (article|page|section)$/,
      /^(was|is) this (page|article|content|information|document|section) (helpful|useful)( to you)?\??$/,
      /^(did you find what you needed|did this page help you|did you find this (page )?helpful)\??( - (yes|no))?$/,
      /^(yes|no|thanks for your feedback!?|thank you for your feedback!?)$/,
      /^(send|give|provide|submit) (us )?(product |page |documentation )?feedback$/,
      /^feedback$/,
      /^print( this page)?$/,
      /^share( (this page|via))?$/,
      /^copy( (link|to clipboard|code))?$/,
      /^copied!?$/,
      /^(previous|next|prev)( page)?( [«»‹›←→].*| .{1,80})?$/,
      /^[«‹←] ?(previous|prev)?.{0,80}$/,
      /^.{1,80} ?[»›→]$/,
      /^last (updated|modified|reviewed)( on| at|:)? .{4,80}$/,
      /^(this page was )?last (updated|modified) on .{4,80}$/,
      /^(copyright )?(©|\(c\)|copyright) ?.{0,160}$/,
      /^.{0,80} all rights reserved\.?$/,
      /^(privacy|privacy policy|terms|terms of (use|service)|site terms|cookie (preferences|settings|policy)|trademarks|legal|accessibility|sitemap|contact us)( ?\| ?(privacy|privacy policy|terms|terms of (use|service)|site terms|cookie (preferences|settings|policy)|trademarks|legal|accessibility|sitemap|contact us))*$/,
      /^(accept|decline|reject|customize|accept all|reject all|allow all|manage cookies|cookie settings|save preferences)( ?(accept|decline|reject|customize|all|cookies))*$/,
      /^cookie preferences$/,
      /^(if you agree,|approved third parties|to (continue|learn more).*cookies).*$/,
      /^(search|search docs|search documentation|search the docs|type to search|filter by title|ctrl ?\+ ?k|⌘ ?k)$/,
      /^(toggle|open|close) (navigation|menu|sidebar|table of contents|search)$/,
      /^(menu|navigation|main navigation|breadcrumbs?)$/,
      /^(sign in|sign up|log in|create (an|a free) account|get started for free|start free)$/,
      /^(rate this page|report (a|an) (problem|issue)( with this (page|content))?)$/,
      // page tools many generators share (Mintlify, Starlight, Nextra, VitePress, GitBook...)
      /^(copy page|copy (page )?as markdown|(open|view) (page )?(in|as) (markdown|chatgpt|claude|perplexity))$/,
      /^((suggest|propose) (changes|edits?)( to this page)?|raise (an )?issue|report (an )?issue|edit (this )?page)( ?((suggest|propose) (changes|edits?)|raise (an )?issue|report (an )?issue))*$/,
      /^(select theme|toggle (theme|dark mode)|switch (theme|to (light|dark) (mode|theme))|light|dark|system|auto|light mode|dark mode)$/,
      /^(back|return|scroll) to top$/,
      /^(built|made|powered|generated) (with|using|by) [\w .-]{1,60}$/,
      /^this (page|site|documentation) (was|is) (built|made|generated|powered) (with|using|by) .{1,120}$/,
      /^(the source code for this .{1,60} is |this .{1,40} is |released |content |documentation )?(licensed|released|available) under .{1,120}$/,
      /^.{0,40}(mit|apache|mpl|bsd|gpl|cc by)[\w. -]{0,20} ©? ?\d{4}.{0,80}$/,
    ],
  },
  {
    site: 'AWS documentation',
    anywhere: [
      /^did this page help you\? - (yes|no)$/,
      /^thanks for letting us know we're doing a good job!?$/,
      /^if you've got a moment, please tell us (what we did right so we can do more of it|how we can make the documentation better)\.?$/,
      /^thanks for letting us know this page needs work\. we're sorry we let you down\.?$/,
      /^javascript is disabled or is unavailable in your browser.*$/,
      /^(to use the .{1,80} documentation, javascript must be enabled.*|please refer to your browser's help pages for instructions\.?)$/,
    ],
    edges: [
      /^(pdf|rss|focus mode|pdf rss|pdf rss focus mode|kindle)( (pdf|rss|focus mode|kindle))*$/,
      /^document conventions$/,
      /^(aws documentation|documentation)( ?[›>»/|] ?.{1,80})+( pdf rss focus mode)?$/,
      /^(contact us|english|create an aws account|sign in to the console|aws (home|documentation))( ?(contact us|english|create an aws account|sign in to the console))*$/,
      /^skip to main content ?documentation.*$/,
      /^.{0,80}amazon web services, inc\. or its affiliates.{0,80}$/,
    ],
  },
  {
    site: 'Microsoft Learn',
    anywhere: [
      /^this browser is no longer supported\.?$/,
      /^upgrade to microsoft edge to take advantage of the latest features, security updates, and technical support\.?$/,
    ],
    edges: [
      /^(download microsoft edge|more info about internet explorer and microsoft edge)$/,
      /^download pdf$/,
      // the article toolbar's buttons on one line (w3m lays inline buttons side by side)
      /^(ask learn|table of contents|read in english|add|add to plan|add to collections|save|edit|more actions|exit focus mode|focus mode|share|print)( (ask learn|table of contents|read in english|add|add to plan|add to collections|save|edit|more actions|exit focus mode|focus mode|share|print))+$/,
      /^(read in english|save|add to collections|add to plan|edit|exit focus mode|focus mode|ask learn|table of contents)$/,
      /^(article|reference|tutorial|quickstart|concept|how-to guide|overview) ?•? ?\d{2}\/\d{2}\/\d{4}( ?•? ?\d+ contributors?)?$/,
      /^(article|reference|tutorial|quickstart|concept|how-to guide)$/,
      /^\d{2}\/\d{2}\/\d{4}$/,
      /^\d+ contributors?$/,
      /^show \d+ more$/,
      /^(share via|facebook|x\.com|twitter|linkedin|email)$/,
      /^(provide product feedback|additional resources|your privacy choices|previous versions|blog|contribute|theme|light|dark|high contrast|english \(united states\))$/,
      /^(© microsoft \d{4}|microsoft \d{4})$/,
    ],
  },
  {
    site: 'Google Cloud',
    anywhere: [
      /^(stay organized with collections|save and categorize content based on your preferences\.?)$/,
      /^stay organized with collections save and categorize content based on your preferences\.?$/,
      /^except as otherwise noted, the content of this page is licensed under the creative commons attribution 4\.0 license.*$/,
      /^(java is a registered trademark of oracle and\/or its affiliates\.?|for details, see the google developers site policies\.?)$/,
    ],
    edges: [
      /^send feedback$/,
      /^last updated \d{4}-\d{2}-\d{2} utc\.?$/,
      /^(was this helpful\?|need to tell us more\?|\[\[\["easy to understand".*)$/,
    ],
  },
  {
    site: 'GitHub Docs',
    anywhere: [
      /^help us make these docs great!?$/,
      /^all github docs are open source\. see something that's wrong or unclear\? submit a pull request\.?$/,
    ],
    edges: [
      /^(help and support|privacy policy)$/,
      /^(make a contribution|learn how to contribute|still need help\?|ask the github community|contact support)$/,
      /^tool navigation ?.{0,80}$/,
      /^(version|article version): .{1,60}$/,
      /^©? ?\d{4} github, inc\.?$/,
      /^(terms|privacy|status|pricing|expert services|blog)$/,
    ],
  },
  {
    site: 'MDN',
    anywhere: [
      /^this page was last modified on .{4,60} by mdn contributors\.?$/,
      /^visit mozilla corporation's not-for-profit parent, the mozilla foundation\.?.*$/,
      /^portions of this content are ©?\d{4}.*mozilla\.org contributors\.?.*$/,
    ],
    edges: [
      /^(help improve mdn|learn how to contribute\.?|view this page on github|report a problem with this content)( ?•.*)?$/,
      /^your blueprint for a better internet\.?$/,
      // the Baseline badge under the title, with its browser-support line (w3m shows that too)
      /^(learn more|see full compatibility|report feedback)$/,
      /^baseline( \d{4})? (widely available|newly available|limited availability)( \*)?$/,
      /^(this feature is well established and works across many devices and browser versions|this feature is not baseline because it does not work in some of the most widely-used browsers)\..{0,200}$/,
      /^content available under a creative commons license\.?$/,
    ],
  },
  {
    site: 'Sphinx / Read the Docs',
    anywhere: [/^built with sphinx using a theme provided by read the docs\.?$/],
    edges: [
      /^(read the docs|v: [\w.-]+|versions|downloads|on read the docs|project home|builds|free document hosting provided by read the docs\.?)$/,
      /^(next|previous) ?(topic|chapter)?$/,
      /^(docs|home) ».*$/,
      /^created using sphinx [\d.]+\.?$/,
      /^© copyright .{1,120}$/,
      /^(quick search|this page|show source|navigation|index|modules)$/,
    ],
  },
  {
    site: 'Docusaurus',
    anywhere: [],
    edges: [
      /^(edit this page|last updated on .{4,60}|last updated by .{1,60})$/,
      /^(previous|next)\n?.{0,80}$/,
      /^(« ?.{1,80}|.{1,80} ?»)$/,
      /^copyright © \d{4}.{0,120}built with docusaurus\.?$/,
    ],
  },
  {
    site: 'MkDocs Material',
    anywhere: [/^thanks for your feedback! help us improve this page by using our feedback form\.?$/],
    edges: [
      /^made with material for mkdocs( insiders)?$/,
      /^(thanks for your feedback!?|this page could be improved\.?)$/,
      /^back to top$/,
    ],
  },
  {
    site: 'Hugo Docsy',
    anywhere: [/^(glad to hear it! please tell us how we can improve\.?|sorry to hear that\. please tell us how we can improve\.?)$/],
    edges: [
      /^((create child page|create documentation issue|create project issue|print entire section|view page source|edit this page) ?)+$/,
      /^last modified .{4,80}$/,
      /^© \d{4} .{1,100}(\| ?documentation distributed under cc by 4\.0)?$/,
    ],
  },
];

/** Longest line that may be chrome (cookie notices are the longest). */
const MAX_CHROME = 400;

/** An icon font's ligature name in front of a widget's label (innerText of `<span class="material-icons">bookmark_border</span>`). */
const ICON_LIGATURE = /^\s*[a-z]+(_[a-z]+)+ (?=\S)/;

/** A line as the packs match it: lower case, ASCII quotes, single spaces, trimmed. */
export function chromeKey(line: string): string {
  return line
    .replace(ICON_LIGATURE, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Lines that only stand where a page's content has ended (feedback questions, conventions links,
 * copyright and legal lines, "built with" credits): the footer starts at the first of them.
 */
export const END_ANCHORS: RegExp[] = [
  /^(references|visible links|hidden links:?)$/,
  /^(was|is) this (page|article|content|information|document|section) (helpful|useful)( to you)?\??( - (yes|no))?$/,
  /^(did you find what you needed|did this page help you|did you find this (page )?helpful)\??( - (yes|no))?$/,
  /^document conventions$/,
  /^(additional resources|help improve mdn|help us make these docs great!?|rate this page)$/,
  // (after the site's name: "Acme Platform Docs - © 2025 Acme Corp.")
  /^(.{1,60} [-–—|·] )?(©|\(c\)|copyright)( ?(©|\(c\)|copyright))* ?\d{4}.*$/,
  /^.{0,80} all rights reserved\.?$/,
  /^(privacy|terms|site terms)( ?\| ?(privacy|terms of use|site terms|cookie preferences|trademarks|legal)){1,}.*$/,
  /^(built with sphinx|made with material for mkdocs|built with docusaurus|powered by hugo).*$/,
  /^(built|made|powered) (with|by) [\w .-]{1,40}$/,
  /^this page was last modified on .{4,60} by mdn contributors\.?$/,
  /^except as otherwise noted, the content of this page is licensed under.*$/,
];

const ANYWHERE = CHROME_PACKS.flatMap((p) => p.anywhere);
const EDGES = [...ANYWHERE, ...CHROME_PACKS.flatMap((p) => p.edges)];

/** A widget sentence of some platform: chrome wherever it stands. */
export function isWidgetLine(line: string): boolean {
  if (line.length > MAX_CHROME) return false;
  const k = chromeKey(line);
  return ANYWHERE.some((re) => re.test(k));
}

/** A chrome line of some platform when it stands above the title or below the content. */
export function isEdgeChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME) return false;
  const k = chromeKey(line);
  return EDGES.some((re) => re.test(k));
}

/** A line that only stands after a page's content (END_ANCHORS). */
export function isEndAnchor(line: string): boolean {
  if (line.length > MAX_CHROME) return false;
  const k = chromeKey(line);
  return END_ANCHORS.some((re) => re.test(k));
}
