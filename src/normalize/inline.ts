// Inline Markdown: marked's inline tokens -> canonical inline Markdown (and -> plain text).
// Canonical means: needless escapes resolved, entities decoded, whitespace collapsed (hard
// wraps unwrapped), `*em*` / `**strong**`, links without titles, inline HTML reduced to its text.
// The escaper writes back only the escapes that keep the text from turning into markup,
// so parsing the output again yields the same tokens (normalize is idempotent).

import { replaceTags } from '../util/text.js';
import { decodeHTMLStrict } from 'entities';

// Markdown entity references need their semicolon (CommonMark); the lenient HTML decoder would
// turn `&#0` into U+FFFD.
const decodeHTML = (s: string) => (s.includes('&') ? decodeHTMLStrict(s) : s);
import type { Token, Tokens } from 'marked';
import { maxOf } from '../util/arrays.js';

const ANCHOR_RE = /<a\s+[^>]*?(?:name|id)\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/i;

/** Returns the anchor name of an `<a name=...>` / `<a id=...>` tag, if the html is one. */
export function anchorOf(html: string): string | null {
  const m = ANCHOR_RE.exec(html);
  return m ? m[1] : null;
}

/** Escape literal text so that it stays literal when parsed as Markdown. */
const NEEDS_ESCAPE = /[\\`*[\]~|<&_]/;

export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = s
    .replace(/\\/g, '\\\\')
    .replace(/([`*\[\]~|])/g, '\\$1')
    .replace(/</g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/!(?=\\\[)/g, '!');
  // `_` is emphasis only at word boundaries
  out = out.replace(/_/g, (m, off: number) => {
    const prev = out[off - 1] ?? ' ';
    const next = out[off + 1] ?? ' ';
    return /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next) ? '_' : '\\_';
  });
  return out;
}

/** Escapes for the start of a block: things that would turn a paragraph into a heading, list, quote... */
export function escapeLineStart(s: string): string {
  return s
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^( {4,})/, '');
}

/**
 * A link destination that reads back as the same URL: spaces percent-encoded, backslashes and a
 * leading `<` escaped, and parentheses escaped unless balanced (`[x](\\()` was written `[x](()`,
 * which is no link at all; `encodeURIComponent` leaves parentheses alone).
 */
function destination(href: string): string {
  let out = href.replace(/\\/g, '\\\\').replace(/\s/g, (c) => encodeURIComponent(c));
  if (out.startsWith('<')) out = '\\' + out;
  let depth = 0;
  for (const c of out) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) break;
  }
  return depth === 0 ? out : out.replace(/[()]/g, '\\$&');
}

function bracketInLongCode(md: string): boolean {
  if (!md.includes('``')) return false;
  for (const m of md.matchAll(/(`{2,})(?!`)([\s\S]*?[^`])\1(?!`)/g)) if (/[[\]]/.test(m[2])) return true;
  return false;
}

function codespan(text: string): string {
  // Canonical text collapses whitespace, so a span's own padding would not survive it: "  ls  "
  // written as "`  ls  `" reads back as " ls ", which collapses to "` ls `", which reads as "ls".
  // Collapse first, and drop a space on both ends as a parser would.
  text = text.replace(/\s+/g, ' ');
  if (text.length > 2 && text.startsWith(' ') && text.endsWith(' ')) text = text.slice(1, -1);
  const runs = text.match(/`+/g);
  const n = runs ? maxOf(runs.map((r) => r.length)) + 1 : 1;
  const tick = '`'.repeat(n);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim()) ? ' ' : '';
  return tick + pad + text + pad + tick;
}

let unsettled = false;
/** The canonical text of each inline run that raised the flag since the last takeUnsettled; null when one of them cannot be checked on its own (a table cell). */
let runs: string[] | null = [];
/** Runs recorded at most (past it, the whole page is read back as before). */
const MAX_RUNS = 1000;

/**
 * True (and reset) when inline content rendered since the last call took a lossy path (emphasis
 * dropped, code spans merged) whose output may parse into yet another shape; the caller then
 * renders again until the text is a fixed point.
 */
export function takeUnsettled(): boolean {
  const u = unsettled;
  unsettled = false;
  runs = [];
  return u;
}

/**
 * The inline runs (their canonical inline Markdown) that raised the unsettled flag since the
 * last takeUnsettled, or null when some run cannot be checked on its own. Read before takeUnsettled.
 */
export function unsettledRuns(): readonly string[] | null {
  return runs;
}

export interface InlineResult {
  /** where the last code span starts and ends in md: adjacent code spans merge */
  code?: { start: number; end: number; text: string };
  md: string;
  plain: string;
  anchors: string[];
  /** literal text not yet escaped: escaping needs the neighbouring characters */
  lit?: string;
}

function flushLit(res: InlineResult): void {
  if (res.lit) {
    res.md += escapeText(res.lit);
    res.lit = '';
  }
}

function stripTags(html: string): string {
  return decodeHTML(replaceTags(html.replace(/<br\s*\/?>/gi, ' ')));
}

function walk(tokens: Token[] | undefined, res: InlineResult, flushEnd = true): void {
  if (!tokens) return;
  // Literal text is escaped when something else is written after it (flushLit), so that escaping
  // sees its neighbours; a token that writes nothing (a stripped tag, an anchor) must not flush,
  // or "a</b>_a" would escape the `_` here and not once the tag is gone.
  for (const t of tokens) {
    switch (t.type) {
      case 'text': {
        const tt = t as Tokens.Text;
        if (tt.tokens && tt.tokens.length) walk(tt.tokens, res);
        else {
          const txt = decodeHTML(tt.text);
          res.lit = (res.lit ?? '') + txt;
          res.plain += txt;
        }
        break;
      }
      case 'escape': {
        const txt = (t as Tokens.Escape).text;
        res.lit = (res.lit ?? '') + txt;
        res.plain += txt;
        break;
      }
      case 'strong':
      case 'em':
      case 'del': {
        const inner: InlineResult = { md: '', plain: '', anchors: res.anchors };
        walk((t as Tokens.Strong).tokens, inner, false);
        const m = (inner.md + escapeText(inner.lit ?? '')).trim();
        if (m === '') break;
        // Emphasis is formatting; it is kept only in the plain shape that always parses back the
        // same (letters or digits just inside the delimiters, a space or bracket before it).
        // Anything odder keeps its text and drops the emphasis.
        const before = res.lit ? escapeText(res.lit).slice(-1) : res.md.slice(-1);
        if (!/^[\p{L}\p{N}]([\s\S]*[\p{L}\p{N}])?$/u.test(m) || !(before === '' || /[\s(\["'/]/.test(before)) || /[*_~]/.test(m)) {
          // the text joins its neighbours, so escaping sees the same context on every pass; only
          // content with markup characters of its own can read back in yet another shape
          if (/[*_~`[\]\\<]/.test(inner.md)) unsettled = true;
          if (inner.md !== '') {
            flushLit(res);
            res.md += inner.md;
            res.lit = inner.lit ?? '';
          } else res.lit = (res.lit ?? '') + (inner.lit ?? '');
          res.plain += inner.plain;
          break;
        }
        flushLit(inner);
        flushLit(res);
        const d = t.type === 'strong' ? '**' : t.type === 'em' ? '*' : '~~';
        // keep surrounding spaces outside the delimiters so the emphasis stays valid
        const lead = /^\s/.test(inner.md) ? ' ' : '';
        const trail = /\s$/.test(inner.md) ? ' ' : '';
        res.md += `${lead}${d}${m}${d}${trail}`;
        res.plain += inner.plain;
        break;
      }
      case 'codespan': {
        flushLit(res);
        let txt = (t as Tokens.Codespan).text.replace(/\n/g, ' ');
        res.plain += txt;
        if (res.code && res.code.end === res.md.length) {
          // two code spans side by side would read back as one: write them as one
          unsettled = true;
          txt = res.code.text + txt;
          res.md = res.md.slice(0, res.code.start);
        }
        const start = res.md.length;
        res.md += codespan(txt);
        res.code = { start, end: res.md.length, text: txt };
        break;
      }
      case 'br':
        flushLit(res);
        res.md += ' ';
        res.plain += ' ';
        break;
      case 'link': {
        const l = t as Tokens.Link;
        const inner: InlineResult = { md: '', plain: '', anchors: res.anchors };
        walk(l.tokens, inner);
        const text = inner.md.replace(/\s+/g, ' ').trim();
        const href = (l.href || '').trim();
        if (text === '' && href === '') break;
        const plainHref = href.replace(/^mailto:/, '');
        if (inner.plain.trim() === plainHref || inner.plain.trim() === href || (href === `http://${inner.plain.trim()}`)) {
          // bare URL / autolink: its text is its target
          flushLit(res);
          // (an email address stays bare: `<mailto:...>` would read back with "mailto:" in its text)
          res.md += /^https?:/.test(href) && inner.plain.trim() === href ? `<${href}>` : escapeText(inner.plain.trim());
          res.plain += inner.plain.trim();
        } else if (text === '') {
          break;
        } else if (bracketInLongCode(text)) {
          // marked reads link text with code spans of one backtick only: a `[` inside a longer code
          // span would end the link on the next read. The target is formatting: keep the text.
          unsettled = true;
          flushLit(res);
          res.md += text;
          res.plain += inner.plain;
        } else {
          flushLit(res);
          res.md += `[${text}](${destination(href)})`;
          res.plain += inner.plain;
        }
        break;
      }
      case 'image': {
        flushLit(res);
        const im = t as Tokens.Image;
        // marked gives the alt text raw: resolve its backslash escapes before escaping it again
        const alt = decodeHTML((im.text || '').replace(/\\([!-/:-@[-`{-~])/g, '$1')).replace(/\s+/g, ' ').trim();
        res.md += `![${escapeText(alt)}](${destination(im.href || '')})`;
        res.plain += alt;
        break;
      }
      case 'html': {
        const raw = (t as Tokens.HTML).text;
        const a = anchorOf(raw);
        if (a) {
          res.anchors.push(a);
          break;
        }
        if (/^<br\s*\/?>$/i.test(raw.trim())) {
          flushLit(res);
          res.md += ' ';
          res.plain += ' ';
          break;
        }
        const txt = stripTags(raw);
        res.lit = (res.lit ?? '') + txt;
        res.plain += txt;
        break;
      }
      default: {
        const anyT = t as { tokens?: Token[]; text?: string };
        if (anyT.tokens) walk(anyT.tokens, res);
        else if (typeof anyT.text === 'string') {
          flushLit(res);
          res.md += escapeText(anyT.text);
          res.plain += anyT.text;
        }
      }
    }
  }
  if (flushEnd) flushLit(res);
}

// \s covers NBSP, the Unicode spaces and BOM; \u200b is the one it misses
const ODD_SPACE = /[\t\n\r\v\f\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]| {2}/;
const collapse = (s: string) => (ODD_SPACE.test(s) ? s.replace(/[\s\u200b]+/g, ' ') : s).trim();

/**
 * Canonical inline Markdown, plain text and anchors of a run of inline tokens. `alone`: the run
 * is written as it is on a line of its own (a heading or paragraph), so if it takes a lossy path
 * (unsettledRuns) it can be checked by reading it back alone; a table cell cannot.
 */
export function renderInline(tokens: Token[] | undefined, alone = true): InlineResult {
  const res: InlineResult = { md: '', plain: '', anchors: [] };
  const before = unsettled;
  unsettled = false;
  walk(tokens, res);
  const out = { md: escapeLineStart(collapse(res.md)), plain: collapse(res.plain), anchors: res.anchors };
  if (unsettled) {
    if (!alone) runs = null;
    else if (runs && runs.length < MAX_RUNS) runs.push(out.md);
    else runs = null;
  }
  unsettled ||= before;
  return out;
}
