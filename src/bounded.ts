// The pipeline with bounds: what `diff` (one pair or a batch) runs on pages nobody controls.
// Each bound hands a coarser diff on with its reason in the report's fallbacks, never a crash
// or minutes of work: deep HTML is noted, a page the normalizer fails on is read as text, a page
// too large for section alignment or rewritten from top to bottom gets the coarse block diff.

import type { ChangeReport, RawPage, Severity } from './types.js';
import { UserError, maxSeverity } from './types.js';
import { normalize, type NormalizeResult } from './normalize/index.js';
import type { TextHints } from './normalize/text.js';
import { MAX_DEPTH as HTML_MAX_DEPTH } from './normalize/html.js';
import { INLINE_MARKER_LIMIT, takeInlineBounded, takeMarkdownNotes } from './normalize/markdown.js';
import { compareCanonical, sameCanonical, type CompareOptions } from './pipeline.js';
import { classifyReport } from './classify/index.js';
import { coarseDiff } from './diff/coarse.js';
import { jaccard, shingles } from './util/shingles.js';
import { replaceComments, replaceTags } from './util/text.js';

/** Canonical characters (old + new) above which a page pair gets the coarse block diff. */
export const DEFAULT_MAX_CANONICAL = 4 * 1024 * 1024;

export interface BoundOptions {
  compareOptions?: CompareOptions;
  /** canonical characters (old + new) above which the section pipeline is skipped for a coarse line diff */
  maxCanonical?: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'html', 'head', 'body']);

/** Estimated element nesting depth of an HTML text (linear scan; implicitly closed tags ignored). */
export function htmlDepth(html: string): number {
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const tag = m[2].toLowerCase();
    if (VOID.has(tag) || IMPLIED.has(tag) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Visible text of an HTML page, block elements on their own lines (last-resort conversion). */
function htmlToPlain(html: string): string {
  const blocks = replaceComments(html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' '), ' ').replace(
    /<\/?(p|div|section|article|main|li|ul|ol|h[1-6]|tr|table|pre|blockquote|br|dd|dt|dl)\b[^>]*>/gi,
    '\n\n',
  );
  return replaceTags(blocks, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * normalize() with guards: deeply nested HTML is noted (html.ts flattens it past its depth
 * limit), and a page the normalizer fails on is compared as plain text. `--select` matching
 * nothing is a UserError, as in single-page mode. `hints` go to the text reader (learned chrome).
 */
export function safeNormalize(raw: RawPage, fallbacks: string[], hints?: TextHints): NormalizeResult {
  if (raw.format === 'html') {
    const d = htmlDepth(raw.text);
    if (d > HTML_MAX_DEPTH) fallbacks.push(`HTML nested about ${d} levels deep: elements below level ${HTML_MAX_DEPTH} compared as plain text`);
  }
  let doc: NormalizeResult;
  try {
    takeInlineBounded();
    takeMarkdownNotes();
    doc = normalize(raw, hints);
    if (takeInlineBounded()) fallbacks.push(`a paragraph, list item or cell has over ${INLINE_MARKER_LIMIT.toLocaleString('en')} emphasis markers or \`<\`: they were read as plain text`);
    for (const n of takeMarkdownNotes()) fallbacks.push(`${raw.label}: ${n}`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    fallbacks.push(`${raw.format} conversion failed (${message(e)}); compared as plain text`);
    const text = raw.format === 'html' ? htmlToPlain(raw.text) : raw.text;
    doc = { ...normalize({ label: raw.label, text, format: 'text' }), format: raw.format };
  }
  if (raw.select && !doc.matched) throw new UserError(`${raw.label}: --select "${raw.select}" matched nothing`);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Bounds around compareCanonical

/** Pages whose smaller side has fewer canonical characters are never treated as rewritten. */
const REWRITE_MIN_CHARS = 32 * 1024;
/** Jaccard of word 2-shingles below which a (large) page counts as rewritten from top to bottom. */
export const REWRITE_MAX_SIMILARITY = 0.05;
/** Paragraphs longer than this are split into sentences by punctuation in src/util sentences(). */
const SEGMENTER_LIMIT = 20_000;

function rollUp(r: ChangeReport): ChangeReport {
  const counts: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  let severity: Severity = 'none';
  for (const s of r.sections) {
    s.severity = 'none';
    for (const c of s.changes) {
      counts[c.severity]++;
      s.severity = maxSeverity(s.severity, c.severity);
    }
    severity = maxSeverity(severity, s.severity);
  }
  r.summary = { ...r.summary, severity, counts };
  return r;
}

/**
 * The coarse diff as a finished report: classified when `classify` is set (the default),
 * else every change is 'medium' with a summary that says it was not classified.
 */
export function coarseReport(a: NormalizeResult, b: NormalizeResult, reason: string, opts: BoundOptions & { classify?: boolean; pair?: boolean } = {}): ChangeReport {
  const r = coarseDiff(a, b, reason, { pair: opts.pair });
  if (opts.classify !== false) {
    try {
      const c = classifyReport(r, opts.compareOptions?.config ?? undefined);
      return { ...c, fallbacks: [...new Set([...r.fallbacks, ...c.fallbacks])] };
    } catch (e) {
      r.fallbacks.push(`classification failed (${message(e)})`);
    }
  }
  for (const s of r.sections)
    for (const c of s.changes) {
      if (c.formatting) continue;
      c.severity = 'medium';
      c.summary = 'Changed (coarse diff, not classified)';
    }
  return rollUp(r);
}

/** Similarity of two large pages when they look rewritten from top to bottom, else null. */
function rewriteSimilarity(a: NormalizeResult, b: NormalizeResult): number | null {
  if (Math.min(a.markdown.length, b.markdown.length) < REWRITE_MIN_CHARS) return null;
  const j = jaccard(shingles(a.markdown), shingles(b.markdown));
  return j < REWRITE_MAX_SIMILARITY ? j : null;
}

/** Length of the longest line (a linear scan; a regex like /[^\n]{N}/ is quadratic per line). */
export function longestLine(s: string): number {
  let max = 0;
  let start = 0;
  for (let nl = s.indexOf('\n'); ; nl = s.indexOf('\n', start)) {
    const end = nl < 0 ? s.length : nl;
    if (end - start > max) max = end - start;
    if (nl < 0) return max;
    start = nl + 1;
  }
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/**
 * compareCanonical with bounds, each with its reason in the report's fallbacks:
 * - canonical text over `maxCanonical` (old + new): the coarse block diff;
 * - a large page rewritten from top to bottom: the coarse block diff (pairing unrelated
 *   sentences would only produce noise);
 * - a paragraph over 20,000 characters: noted (its sentences are split by punctuation);
 * - the pipeline throwing: the coarse block diff.
 */
export function safeCompare(a: NormalizeResult, b: NormalizeResult, opts: BoundOptions = {}, notes: string[] = []): ChangeReport {
  const max = opts.maxCanonical ?? DEFAULT_MAX_CANONICAL;
  const size = a.markdown.length + b.markdown.length;
  let report: ChangeReport;
  let coarse = true;
  // the same canonical page at any size: compareCanonical lists its sections unchanged without diffing
  const same = sameCanonical(a, b);
  const rewrite = same || size > max ? null : rewriteSimilarity(a, b);
  if (same) {
    report = compareCanonical(a, b, opts.compareOptions);
    coarse = false;
  } else if (size > max) {
    report = coarseReport(a, b, `page too large for section alignment (${mb(size)} of canonical text, limit ${mb(max)}): compared block by block, without section alignment or move detection`, opts);
  } else if (rewrite !== null) {
    report = coarseReport(a, b, `page rewritten from top to bottom (${(rewrite * 100).toFixed(1)}% of word pairs in common): shown as removed and added block by block, without pairing unrelated sentences`, { ...opts, pair: false });
  } else {
    try {
      report = compareCanonical(a, b, opts.compareOptions);
      coarse = false;
      if (longestLine(a.markdown) > SEGMENTER_LIMIT || longestLine(b.markdown) > SEGMENTER_LIMIT) {
        report.fallbacks = [...report.fallbacks, `a paragraph is over ${SEGMENTER_LIMIT.toLocaleString('en')} characters: its sentences were split at punctuation, not by the sentence segmenter`];
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      report = coarseReport(a, b, `diff pipeline failed (${message(e)}): compared block by block`, opts);
    }
  }
  // what the readers were unsure of: compareCanonical carries it (guided re-reads included); the
  // coarse diffs, which never call it, carry it here
  const sides = report.fallbacks.length && coarse ? [...(a.notes ?? []), ...(b.notes ?? [])] : [];
  report.fallbacks = [...new Set([...notes, ...report.fallbacks, ...sides])];
  return report;
}

// ---------------------------------------------------------------------------------------------
