// Inline Markdown: marked's inline tokens -> canonical inline Markdown (and -> plain text).
// Canonical means: needless escapes resolved, entities decoded, whitespace collapsed (hard
// wraps unwrapped), `*em*` / `**strong**`, links without titles, inline HTML reduced to its text.
// The escaper writes back only the escapes that keep the text from turning into markup,
// so parsing the output again yields the same tokens (normalize is idempotent).

import { decodeHTML } from 'entities';
import type { Token, Tokens } from 'marked';

const ANCHOR_RE = /<a\s+[^>]*?(?:name|id)\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/i;

/** Returns the anchor name of an `<a name=...>` / `<a id=...>` tag, if the html is one. */
export function anchorOf(html: string): string | null {
  const m = ANCHOR_RE.exec(html);
  return m ? m[1] : null;
}

/** Escape literal text so that it stays literal when parsed as Markdown. */
export function escapeText(s: string): string {
  let out = s
    .replace(/\\/g, '\\\\')
    .replace(/([`*\[\]~|])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
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

function codespan(text: string): string {
  const runs = text.match(/`+/g);
  const n = runs ? Math.max(...runs.map((r) => r.length)) + 1 : 1;
  const tick = '`'.repeat(n);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim()) ? ' ' : '';
  return tick + pad + text + pad + tick;
}

export interface InlineResult {
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
  return decodeHTML(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''));
}

function walk(tokens: Token[] | undefined, res: InlineResult): void {
  if (!tokens) return;
  for (const t of tokens) {
    if (t.type !== 'text' && t.type !== 'escape') flushLit(res);
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
        walk((t as Tokens.Strong).tokens, inner);
        const m = inner.md.trim();
        if (m === '') break;
        const d = t.type === 'strong' ? '**' : t.type === 'em' ? '*' : '~~';
        // keep surrounding spaces outside the delimiters so the emphasis stays valid
        const lead = /^\s/.test(inner.md) ? ' ' : '';
        const trail = /\s$/.test(inner.md) ? ' ' : '';
        res.md += `${lead}${d}${m}${d}${trail}`;
        res.plain += inner.plain;
        break;
      }
      case 'codespan': {
        const txt = (t as Tokens.Codespan).text.replace(/\n/g, ' ');
        res.md += codespan(txt);
        res.plain += txt;
        break;
      }
      case 'br':
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
          res.md += /^(https?:|mailto:)/.test(href) ? `<${href}>` : escapeText(inner.plain.trim());
          res.plain += inner.plain.trim();
        } else if (text === '') {
          break;
        } else {
          res.md += `[${text}](${href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
          res.plain += inner.plain;
        }
        break;
      }
      case 'image': {
        const im = t as Tokens.Image;
        const alt = decodeHTML(im.text || '').replace(/\s+/g, ' ').trim();
        res.md += `![${escapeText(alt)}](${(im.href || '').replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
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
          res.md += ' ';
          res.plain += ' ';
          break;
        }
        const txt = stripTags(raw);
        res.md += escapeText(txt);
        res.plain += txt;
        break;
      }
      default: {
        const anyT = t as { tokens?: Token[]; text?: string };
        if (anyT.tokens) walk(anyT.tokens, res);
        else if (typeof anyT.text === 'string') {
          res.md += escapeText(anyT.text);
          res.plain += anyT.text;
        }
      }
    }
  }
  flushLit(res);
}

const collapse = (s: string) => s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();

/** Canonical inline Markdown, plain text and anchors of a run of inline tokens. */
export function renderInline(tokens: Token[] | undefined): InlineResult {
  const res: InlineResult = { md: '', plain: '', anchors: [] };
  walk(tokens, res);
  return { md: escapeLineStart(collapse(res.md)), plain: collapse(res.plain), anchors: res.anchors };
}
