// The HTML document every report is written into, and the escaping all page text goes through.
// Page text is never markup: every string from a page is escaped here, and the
// Content-Security-Policy allows nothing but the report's own inline style and script (by
// hash) and no loads of any kind. Builds strings only; it does not decide what a report shows.

import { createHash } from 'node:crypto';
import { sanitize } from '../../util/sanitize.js';
import { CSS, SCRIPT } from './assets.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Page text as HTML text or a quoted attribute value: control characters made visible, markup characters escaped. */
export function esc(s: string): string {
  return sanitize(s).replace(/[&<>"']/g, (c) => ESC[c]);
}

/** One-line text: newlines and tabs folded to spaces. */
export function escLine(s: string): string {
  return esc(s.replace(/[\r\n\t]+/g, ' '));
}

/** An http(s) URL as an attribute value, or null (javascript:, data:, relative and broken URLs never become links). */
function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? esc(u.href) : null;
  } catch {
    return null;
  }
}

/** A link to somewhere outside the report: opened without a referrer or a handle on this page. */
export function externalLink(text: string, url: string | null | undefined): string {
  const href = safeHref(url);
  return href ? `<a href="${href}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Nothing may load; only this style and this script (by hash) may apply or run. */
export const CSP = [
  "default-src 'none'",
  `style-src ${hash(CSS)}`,
  `script-src ${hash(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A short, stable id fragment for a piece of content: the same content always gets the same anchor. */
export function digest(...parts: (string | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '\u0000').join('\u0001'), 'utf8')
    .digest('hex')
    .slice(0, 8);
}

/** Readable words of `s` for an id ("TLS: 1.2 recommended" -> "tls-1-2-recommended"), at most `n` characters. */
export function slug(s: string, n = 40): string {
  const out = s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.length > n ? out.slice(0, n).replace(/-[^-]*$/, '') || out.slice(0, n) : out;
}

/** Hands out ids: `base`, then `base-2`, `base-3` for content that occurs more than once. */
export class Ids {
  private seen = new Map<string, number>();
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}

export interface DocumentParts {
  /** the document title (plain text; escaped here). */
  title: string;
  /** what the report compares, shown above the title. */
  kind: string;
  /** header content below the h1 (already HTML). */
  header: string;
  /** the controls bar content (already HTML); the script adds its filters there. */
  controls: string;
  /** the main content (already HTML). */
  main: string;
  /** start with formatting-only changes shown. */
  showFormatting?: boolean;
}

/** The view (inline / side by side) and formatting toggles: plain form controls that CSS reads, so they work without the script. */
export function viewControls(formattingCount: number, showFormatting: boolean, sideBySide = true): string {
  const out: string[] = [];
  if (sideBySide) {
    out.push(
      '<fieldset><legend>View</legend>',
      '<label class="toggle"><input type="radio" name="view" id="view-inline" checked> inline</label>',
      '<label class="toggle"><input type="radio" name="view" id="view-sbs"> side by side</label>',
      '</fieldset>',
    );
  }
  if (formattingCount) {
    out.push(`<label class="toggle"><input type="checkbox" id="show-fmt"${showFormatting ? ' checked' : ''}> Show formatting-only changes (${formattingCount})</label>`);
  }
  return out.join('\n');
}

export function htmlDocument(p: DocumentParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="redline">
<title>${escLine(p.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><div class="wrap">
<p class="brand">${esc(p.kind)}</p>
<h1>${escLine(p.title)}</h1>
${p.header}
</div></header>
<nav class="controls" aria-label="Report view"><div class="wrap">${p.controls}</div></nav>
<main class="wrap">
${p.main}
</main>
<footer><div class="wrap">Written by redline from its report data. Page text is shown as text, never as markup. This file loads nothing and works offline; with scripts off, everything but the filters still works.</div></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
