// Markdown (awsdocs escapes, Hugo front matter, docs-site crawls, our own canonical form)
// -> DocModel, using marked's lexer (about 20 MB/s here; micromark was 30x slower).
// Front matter gives the title and is dropped from the body; `<a name>` anchors become heading anchors.

import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { decodeHTMLStrict as decodeHTML } from 'entities';
import { roughPlain, type DocBlock, type DocItem, type DocModel } from './doc.js';
import { anchorOf, escapeLineStart, escapeText, renderInline } from './inline.js';

export interface FrontMatter {
  title: string | null;
  body: string;
}

/** Split YAML (`---`) or TOML (`+++`) front matter off the top of a Markdown file. */
export function splitFrontMatter(src: string): FrontMatter {
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(src);
  if (!m) return { title: null, body: src };
  let title: string | null = null;
  try {
    if (m[1] === '---') {
      const data = parseYaml(m[2]);
      if (data && typeof data === 'object' && typeof (data as Record<string, unknown>).title === 'string') {
        title = ((data as Record<string, unknown>).title as string).trim() || null;
      }
    } else {
      const t = /^title\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/m.exec(m[2]);
      if (t) title = (t[1] ?? t[2]).replace(/\\"/g, '"').trim() || null;
    }
  } catch {
    // malformed front matter: not front matter after all
    return { title: null, body: src };
  }
  return { title, body: src.slice(m[0].length) };
}

/** Text-level clean-up shared by every format: line endings, odd spaces, invisible characters. */
export function cleanText(s: string, keepTabs = false): string {
  const out = s
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
  return keepTabs ? out : out.replace(/\t/g, '    ');
}

const MAX_DEPTH = 64;

function convert(tokens: Token[], depth: number, pendingAnchor: { a: string | null }): DocBlock[] {
  const out: DocBlock[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'heading': {
        const h = t as Tokens.Heading;
        const r = renderInline(h.tokens);
        out.push({ type: 'heading', level: h.depth, text: r.md, anchor: r.anchors[0] ?? null });
        break;
      }
      case 'paragraph':
      case 'text': {
        const p = t as Tokens.Paragraph;
        const r = renderInline(p.tokens ?? [{ type: 'text', raw: p.text, text: p.text } as Tokens.Text]);
        const last = out[out.length - 1];
        if (r.md === '') {
          // an anchor-only paragraph right after a heading names that heading
          if (r.anchors.length && last && last.type === 'heading' && !last.anchor) last.anchor = r.anchors[0];
          else if (r.anchors.length) pendingAnchor.a = r.anchors[0];
          break;
        }
        if (t.type === 'text' && last && last.type === 'paragraph') {
          last.text = `${last.text} ${r.md}`;
          break;
        }
        out.push({ type: 'paragraph', text: r.md });
        break;
      }
      case 'code': {
        const c = t as Tokens.Code;
        const text = c.text.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '');
        if (text.trim() === '') break;
        out.push({ type: 'code', lang: (c.lang || '').trim().split(/\s+/)[0] ?? '', text });
        break;
      }
      case 'blockquote': {
        const q = t as Tokens.Blockquote;
        if (depth > MAX_DEPTH) {
          out.push({ type: 'paragraph', text: escapeLineStart(escapeText(q.text.replace(/\s+/g, ' ').trim())) });
          break;
        }
        out.push({ type: 'quote', blocks: convert(q.tokens, depth + 1, pendingAnchor) });
        break;
      }
      case 'list': {
        const l = t as Tokens.List;
        const items: DocItem[] = l.items.map((it) => ({
          task: it.task ? !!it.checked : null,
          blocks:
            depth > MAX_DEPTH
              ? [{ type: 'paragraph', text: escapeLineStart(escapeText(it.text.replace(/\s+/g, ' ').trim())) }]
              : convert(it.tokens, depth + 1, pendingAnchor),
        }));
        const start = l.ordered ? Number(l.start === '' ? 1 : l.start) || 1 : 1;
        out.push({ type: 'list', ordered: l.ordered, start, items });
        break;
      }
      case 'table': {
        const tb = t as Tokens.Table;
        const cell = (c: Tokens.TableCell) => renderInline(c.tokens).md.replace(/\|/g, (m, off: number, s: string) => (s[off - 1] === '\\' ? m : '\\|'));
        out.push({ type: 'table', header: tb.header.map(cell), rows: tb.rows.map((r) => r.map(cell)) });
        break;
      }
      case 'html': {
        const h = t as Tokens.HTML;
        const raw = h.text;
        const a = anchorOf(raw);
        const text = decodeHTML(raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' '))
          .replace(/\s+/g, ' ')
          .trim();
        const last = out[out.length - 1];
        if (a && text === '') {
          if (last && last.type === 'heading' && !last.anchor) last.anchor = a;
          else pendingAnchor.a = a;
          break;
        }
        if (text === '') break;
        if (htmlBlockHook && depth < 4 && /<(table|ul|ol|p|div|pre|h[1-6]|dl|blockquote)\b/i.test(raw)) {
          const inner = htmlBlockHook(raw);
          if (inner) {
            out.push(...convert(new Lexer({ gfm: true }).lex(inner), depth + 1, pendingAnchor));
            break;
          }
        }
        out.push({ type: 'paragraph', text: escapeLineStart(escapeText(text)) });
        break;
      }
      default: {
        const anyT = t as { tokens?: Token[]; text?: string };
        if (anyT.tokens) out.push(...convert(anyT.tokens, depth + 1, pendingAnchor));
        else if (anyT.text) out.push({ type: 'paragraph', text: escapeLineStart(escapeText(anyT.text.replace(/\s+/g, ' ').trim())) });
      }
    }
    // an anchor line just before a heading names that heading
    const last = out[out.length - 1];
    if (pendingAnchor.a && last && last.type === 'heading' && t.type === 'heading') {
      if (!last.anchor) last.anchor = pendingAnchor.a;
      pendingAnchor.a = null;
    }
  }
  return out;
}

/** Set by the HTML stage: turns an HTML block embedded in Markdown (a table, say) into Markdown. */
let htmlBlockHook: ((html: string) => string | null) | null = null;
export function setHtmlBlockHook(fn: (html: string) => string | null): void {
  htmlBlockHook = fn;
}

/** Markdown source -> DocModel. */
export function readMarkdown(src: string): DocModel {
  const { title, body } = splitFrontMatter(cleanText(src));
  const tokens = new Lexer({ gfm: true }).lex(body);
  const blocks = convert(tokens, 0, { a: null });
  const hasH1 = blocks.some((b) => b.type === 'heading' && b.level === 1);
  if (title && !hasH1) blocks.unshift({ type: 'heading', level: 1, text: escapeLineStart(escapeText(title)), anchor: null });
  const h1 = blocks.find((b) => b.type === 'heading' && b.level === 1) as { text: string } | undefined;
  return { title: title ?? (h1 ? roughPlain(h1.text) : null), blocks };
}
