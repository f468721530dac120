// Does an edit keep the meaning? Punctuation, word order, typo fixes, product renames and
// function words are editorial; anything else is a content edit. Rename lists are data.
// This file only judges a pair of sentences that no fact rule has already explained.

import { diffTokens, editDistance, escapeRe, foldText, looseKey, quote, shorten, spanText, squash, tokenize, type Hunk, type Token } from './text.js';

/** Names of one thing over time; any name in a group may replace any other. The first is canonical. */
export const RENAME_GROUPS: string[][] = [
  ['AWS Private Certificate Authority', 'AWS Certificate Manager Private Certificate Authority', 'ACM Private Certificate Authority', 'AWS Private CA', 'ACM Private CA', 'ACM PCA'],
  ['Amazon OpenSearch Service', 'Amazon Elasticsearch Service', 'Amazon ES'],
  ['OpenSearch', 'Elasticsearch'],
  ['AWS IAM Identity Center', 'AWS IAM Identity Center (successor to AWS Single Sign-On)', 'IAM Identity Center (successor to AWS Single Sign-On)', 'AWS Single Sign-On', 'AWS SSO', 'IAM Identity Center', 'Single Sign-On'],
  ['Amazon EventBridge', 'Amazon CloudWatch Events'],
  ['EventBridge', 'CloudWatch Events'],
  ['Amazon Data Firehose', 'Amazon Kinesis Data Firehose', 'Amazon Kinesis Firehose'],
  ['Amazon Managed Service for Apache Flink', 'Amazon Kinesis Data Analytics'],
  // "CMK" became "KMS key" in 2021, often just "key" in context; singular and plural fold together
  ['AWS KMS key', 'AWS KMS keys', 'AWS KMS customer master key', 'AWS KMS customer master keys', 'customer master key (CMK)', 'customer master keys (CMKs)', 'customer master key', 'customer master keys', 'CMK', 'CMKs', 'KMS key', 'KMS keys', 'key', 'keys'],
  ['customer managed key', 'customer managed keys', 'customer managed CMK', 'customer managed CMKs', 'customer managed KMS key', 'customer managed KMS keys', 'customer-managed key', 'customer-managed keys'],
  ['AWS managed key', 'AWS managed keys', 'AWS managed CMK', 'AWS managed CMKs', 'AWS managed KMS key', 'AWS managed KMS keys', 'AWS-managed key', 'AWS-managed keys'],
  ['AWS owned key', 'AWS owned keys', 'AWS owned CMK', 'AWS owned CMKs', 'AWS owned KMS key', 'AWS owned KMS keys', 'AWS-owned key', 'AWS-owned keys'],
  ['key material', 'backing key', 'backing keys'],
  ['s2n-tls', 's2n'],
  ['root key', 'root keys', 'master key', 'master keys'],
  ['quota', 'quotas', 'limit', 'limits'],
  ['operation', 'operations', 'action', 'actions'],
  ['whitespace', 'white space'],
  ['AWS Management Console', 'AWS console', 'console'],
  ['Amazon S3', 'S3'],
  ['Amazon EC2', 'EC2'],
  ['Amazon EBS', 'EBS'],
  ['AWS CloudTrail', 'CloudTrail'],
  ['Amazon CloudWatch', 'CloudWatch'],
  ['AWS CodeCommit', 'CodeCommit'],
  ['AWS CodeBuild', 'CodeBuild'],
  ['AWS CodeDeploy', 'CodeDeploy'],
  ['AWS CodePipeline', 'CodePipeline'],
  ['AWS Lambda', 'Lambda'],
  ['AWS KMS', 'KMS', 'AWS Key Management Service (AWS KMS)', 'AWS Key Management Service'],
  ['AWS Identity and Access Management (IAM)', 'AWS Identity and Access Management', 'Identity and Access Management (IAM)', 'Identity and Access Management', 'AWS IAM', 'IAM'],
  ['AWS Security Token Service (AWS STS)', 'AWS Security Token Service', 'AWS STS', 'STS'],
  ['Europe', 'EU'],
  ['hybrid post-quantum', 'post-quantum hybrid'],
];

/** Words whose addition or removal rarely changes what a sentence commits to. */
export const FUNCTION_WORDS = new Set(
  'a an the that which this these those its it their your our also just currently now then simply actually very really following below above here there please as of to for in on at by with from is are be been being was were will can so such both either each any approximately about roughly around however additionally furthermore moreover therefore thus instead'.split(
    ' ',
  ),
);

interface CompiledGroup {
  canonical: string;
  names: string[];
}
const GROUPS: CompiledGroup[] = RENAME_GROUPS.map((g) => ({ canonical: g[0], names: g }));

/** Names indexed by their first token, longest first, so matching is a token scan, not a giant regex. */
const NAMES_BY_FIRST = new Map<string, Array<{ norms: string[]; group: number }>>();
GROUPS.forEach((g, group) => {
  for (const name of g.names) {
    const norms = tokenize(name).map((t) => t.norm);
    const list = NAMES_BY_FIRST.get(norms[0]) ?? [];
    list.push({ norms, group });
    NAMES_BY_FIRST.set(norms[0], list);
  }
});
for (const list of NAMES_BY_FIRST.values()) list.sort((x, y) => y.norms.length - x.norms.length);

/** Replace every known name with a group marker; also report which names were seen. */
export function canonicalNames(text: string): { text: string; seen: Map<number, string[]> } {
  const seen = new Map<number, string[]>();
  const folded = foldText(text);
  const tokens = tokenize(folded);
  let out = '';
  let last = 0;
  for (let i = 0; i < tokens.length; i++) {
    const cands = NAMES_BY_FIRST.get(tokens[i].norm);
    if (!cands) continue;
    const hit = cands.find((c) => c.norms.every((n, k) => tokens[i + k]?.norm === n));
    if (!hit) continue;
    const end = tokens[i + hit.norms.length - 1].end;
    const original = folded.slice(tokens[i].start, end);
    const list = seen.get(hit.group) ?? [];
    list.push(original);
    seen.set(hit.group, list);
    out += folded.slice(last, tokens[i].start) + ` name${hit.group}x `;
    last = end;
    i += hit.norms.length - 1;
  }
  return { text: out + folded.slice(last), seen };
}

export type EditorialKind = 'renamed' | 'typo' | 'reordered' | 'reworded' | 'punctuation' | 'formatting';

export interface Verdict {
  editorial: boolean;
  kind: EditorialKind | null;
  summary: string;
}

const wordsOf = (ts: Token[]) => ts.filter((t) => t.word);

const SPELLED_NUM: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
};
const numeric = (ts: Token[]) => {
  const w = wordsOf(ts);
  if (w.length !== 1) return null;
  const t = w[0].norm.replace(/,/g, '');
  return SPELLED_NUM[t] ?? (/^\d+(?:\.\d+)?$/.test(t) ? String(Number(t)) : null);
};
/** "5" vs "five", "1000" vs "1,000" */
function sameNumber(a: Token[], b: Token[]): boolean {
  const x = numeric(a);
  return x !== null && x === numeric(b);
}

/** An edit hunk that keeps the meaning: punctuation, function words, a typo, a number restyled. */
const URLISH = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/|\.html?$|\.md$/i;
const WHOLE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** A link's text replaced by its address, or the reverse ("DeleteObject" -> "https://docs.aws.amazon.com/..."). */
function isLinkSwap(a: Token[], b: Token[]): boolean {
  const ja = a.map((t) => t.text).join('');
  const jb = b.map((t) => t.text).join('');
  const url = WHOLE_URL.test(jb) ? jb : WHOLE_URL.test(ja) ? ja : null;
  if (!url) return false;
  const other = url === jb ? a : b;
  return wordsOf(other).length <= 6;
}

/** "doesn't" -> "does not", "can't" -> "can not", "we'll" -> "we will": contractions spelled out. */
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan'?t\b|\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/\b(it|that|there|what|here|who)'s\b/g, '$1 is'],
];
const spelledOut = (ts: Token[]) => CONTRACTIONS.reduce((s, [re, by]) => s.replace(re, by), wordsOf(ts).map((t) => t.norm).join(' ')).replace(/\s+/g, ' ');

/** The same words, one side contracted: "does not" / "doesn't". */
export function isContraction(a: Token[], b: Token[]): boolean {
  if (!wordsOf(a).some((t) => t.norm.includes("'") || t.norm === 'cannot') && !wordsOf(b).some((t) => t.norm.includes("'") || t.norm === 'cannot')) return false;
  return spelledOut(a) === spelledOut(b);
}

export function editorialHunk(a: Token[], b: Token[]): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (!wa.length && !wb.length) return true;
  if (isTypo(a, b) || sameNumber(a, b) || isContraction(a, b)) return true;
  if ([...wa, ...wb].every((t) => URLISH.test(t.text)) || isLinkSwap(a, b)) return true;
  return [...wa, ...wb].every((t) => FUNCTION_WORDS.has(t.norm));
}

/** What a content edit changed: its substantive hunks, or the new sentence when most of it changed. */
export function contentSummary(oldText: string, newText: string): string {
  const ta = tokenize(oldText);
  const tb = tokenize(newText);
  const hunks = diffTokens(ta, tb);
  const real = hunks.filter((h) => !editorialHunk(ta.slice(h.oldStart, h.oldEnd), tb.slice(h.newStart, h.newEnd)));
  const use = real.length ? real : hunks;
  const changedWords = use.reduce((n, h) => n + wordsOf(tb.slice(h.newStart, h.newEnd)).length + wordsOf(ta.slice(h.oldStart, h.oldEnd)).length, 0);
  const total = wordsOf(ta).length + wordsOf(tb).length;
  if (total && changedWords / total > 0.6) return `Reworded: ${quote(newText, 100)}`;
  const parts = use.slice(0, 2).map((h) => {
    const o = spanText(oldText, ta, h.oldStart, h.oldEnd);
    const n = spanText(newText, tb, h.newStart, h.newEnd);
    if (!o) return `added ${quote(n, 60)}`;
    if (!n) return `removed ${quote(o, 60)}`;
    return `${quote(o, 60)} -> ${quote(n, 60)}`;
  });
  return `Changed: ${parts.join('; ')}${use.length > 2 ? ` (+${use.length - 2} more)` : ''}`;
}

/** Words whose one-letter variants are different words that matter. */
const MEANINGFUL = new Set(['must', 'most', 'may', 'should', 'shall', 'never', 'ever', 'none', 'nine', 'only', 'allow', 'allows', 'deny', 'denies', 'public', 'private', 'input', 'output', 'inbound', 'outbound', 'before', 'after', 'minimum', 'maximum', 'lower', 'upper']);

/** Admonition labels that lose their space in some renderings: "NoteIAM does not..." */
const GLUED_LABEL = /^(?:note|important|tip|warning|caution)(.+)$/i;

function isTypo(a: Token[], b: Token[]): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === 1 && wb.length === 1) {
    const [x, y] = [wa[0].norm, wb[0].norm];
    if (GLUED_LABEL.exec(x)?.[1] === y || GLUED_LABEL.exec(y)?.[1] === x) return true;
    if (!/\d/.test(x + y) && (x === `${y}s` || y === `${x}s`)) return true; // "GETs" / "GET"
  }
  if (squash(wa.map((t) => t.text).join('')) === squash(wb.map((t) => t.text).join(''))) return wa.length + wb.length > 0; // joined / split words
  if (wa.length !== 1 || wb.length !== 1) return false;
  const x = wa[0].norm;
  const y = wb[0].norm;
  if (/\d/.test(x) || /\d/.test(y)) return false;
  if (Math.min(x.length, y.length) < 4) return false;
  if (MEANINGFUL.has(x) || MEANINGFUL.has(y)) return false;
  const d = editDistance(x, y, 2);
  // one slip in a short word, two in a long one ("increase"/"decrease" is not a typo)
  return d <= (Math.min(x.length, y.length) >= 10 ? 2 : 1);
}

function hunkSpans(oldText: string, ta: Token[], newText: string, tb: Token[], h: Hunk, pad: number): [string, string] {
  const os = Math.max(0, h.oldStart - pad);
  const ns = Math.max(0, h.newStart - pad);
  const oe = Math.min(ta.length, h.oldEnd + (h.oldEnd === h.oldStart || h.newEnd === h.newStart ? 1 : 0));
  const ne = Math.min(tb.length, h.newEnd + (h.oldEnd === h.oldStart || h.newEnd === h.newStart ? 1 : 0));
  return [spanText(oldText, ta, os, oe), spanText(newText, tb, ns, ne)];
}

/** "old" -> "new" phrases for a hunk list, punctuation-only hunks skipped when others exist. */
export function describeHunks(oldText: string, newText: string, max = 2, width = 60): string {
  const ta = tokenize(oldText);
  const tb = tokenize(newText);
  const hunks = diffTokens(ta, tb);
  const wordy = hunks.filter((h) => ta.slice(h.oldStart, h.oldEnd).some((t) => t.word) || tb.slice(h.newStart, h.newEnd).some((t) => t.word));
  const use = (wordy.length ? wordy : hunks).slice(0, max);
  const parts = use.map((h) => {
    const o = spanText(oldText, ta, h.oldStart, h.oldEnd);
    const n = spanText(newText, tb, h.newStart, h.newEnd);
    if (!o) return `added ${quote(n, width)}`;
    if (!n) return `removed ${quote(o, width)}`;
    return `${quote(o, width)} -> ${quote(n, width)}`;
  });
  const more = (wordy.length ? wordy : hunks).length - use.length;
  return parts.join('; ') + (more > 0 ? ` (+${more} more)` : '');
}

/**
 * Judge a pair of sentences. `editorial: false` means a content edit; the summary then
 * describes what changed.
 */
export function judgeEdit(oldText: string, newText: string, maskedOld?: string, maskedNew?: string): Verdict {
  const v = judgeCore(oldText, newText);
  if (v.editorial || maskedOld === undefined || maskedNew === undefined || (maskedOld === oldText && maskedNew === newText)) return v;
  const m = judgeCore(maskedOld, maskedNew);
  if (m.editorial) return { editorial: true, kind: 'reworded', summary: `Reworded: ${describeHunks(oldText, newText)}` };
  return v;
}

function judgeCore(oldText: string, newText: string): Verdict {
  if (looseKey(oldText) === looseKey(newText)) return { editorial: true, kind: 'formatting', summary: 'Formatting only' };
  if (squash(oldText) === squash(newText)) {
    const [o, n] = punctuationSnippet(oldText, newText);
    return { editorial: true, kind: 'punctuation', summary: `Punctuation: ${quote(o, 60)} -> ${quote(n, 60)}` };
  }
  const ca = canonicalNames(oldText);
  const cb = canonicalNames(newText);
  const renames: string[] = [];
  for (const [g, names] of ca.seen) {
    const other = cb.seen.get(g);
    if (!other) continue;
    const o = names.find((n) => !other.some((x) => looseKey(x) === looseKey(n)));
    const n = other.find((x) => !names.some((y) => looseKey(y) === looseKey(x)));
    if (o && n) renames.push(`${quote(o, 50)} -> ${quote(n, 50)}`);
  }
  const ta = tokenize(ca.text);
  const tb = tokenize(cb.text);
  const hunks = diffTokens(ta, tb);
  if (!hunks.length || squash(ca.text) === squash(cb.text)) {
    if (renames.length) return { editorial: true, kind: 'renamed', summary: `Renamed: ${renames.slice(0, 2).join('; ')}` };
    const [o, n] = punctuationSnippet(oldText, newText);
    return { editorial: true, kind: 'punctuation', summary: `Punctuation: ${quote(o, 60)} -> ${quote(n, 60)}` };
  }
  // word order only
  const bag = (ts: Token[]) => wordsOf(ts).map((t) => t.norm).sort().join(' ');
  if (bag(ta) === bag(tb)) {
    return { editorial: true, kind: 'reordered', summary: `Reordered: ${quote(newText, 80)}` };
  }
  let typo: string | null = null;
  let restyled: string | null = null;
  let functionOnly: string | null = null;
  for (const h of hunks) {
    const a = ta.slice(h.oldStart, h.oldEnd);
    const b = tb.slice(h.newStart, h.newEnd);
    const wa = wordsOf(a);
    const wb = wordsOf(b);
    if (!wa.length && !wb.length) continue; // punctuation
    if (sameNumber(a, b)) {
      restyled ??= `${quote(spanText(ca.text, ta, h.oldStart, h.oldEnd), 40)} -> ${quote(spanText(cb.text, tb, h.newStart, h.newEnd), 40)}`;
      continue;
    }
    if ([...wa, ...wb].every((t) => URLISH.test(t.text)) || isLinkSwap(a, b)) {
      restyled ??= 'link address';
      continue;
    }
    if (isTypo(a, b)) {
      typo ??= `${quote(spanText(ca.text, ta, h.oldStart, h.oldEnd), 40)} -> ${quote(spanText(cb.text, tb, h.newStart, h.newEnd), 40)}`;
      continue;
    }
    if ([...wa, ...wb].every((t) => FUNCTION_WORDS.has(t.norm)) || isContraction(a, b)) {
      const [o, n] = hunkSpans(ca.text, ta, cb.text, tb, h, 1);
      functionOnly ??= `${quote(o, 50)} -> ${quote(n, 50)}`;
      continue;
    }
    return { editorial: false, kind: null, summary: contentSummary(oldText, newText) };
  }
  const clean = (s: string) => s.replace(/(\s*)name(\d+)x(\s*)/g, (_m, a, g, b) => `${a ? ' ' : ''}${GROUPS[Number(g)].canonical}${b ? ' ' : ''}`).replace(/" /g, '"').replace(/ "/g, '"').replace(/"->"/g, '" -> "');
  if (renames.length) return { editorial: true, kind: 'renamed', summary: `Renamed: ${renames.slice(0, 2).join('; ')}` };
  if (typo) return { editorial: true, kind: 'typo', summary: `Typo fixed: ${clean(typo)}` };
  if (functionOnly) return { editorial: true, kind: 'reworded', summary: `Reworded: ${clean(functionOnly)}` };
  if (restyled === 'link address') return { editorial: true, kind: 'reworded', summary: 'Link address changed' };
  if (restyled) return { editorial: true, kind: 'reworded', summary: `Number restyled: ${clean(restyled)}` };
  const [o, n] = punctuationSnippet(oldText, newText);
  return { editorial: true, kind: 'punctuation', summary: `Punctuation: ${quote(o, 60)} -> ${quote(n, 60)}` };
}

/** Around the first difference, with two words of context before and one after. */
function punctuationSnippet(oldText: string, newText: string): [string, string] {
  const ta = tokenize(oldText);
  const tb = tokenize(newText);
  const hunks = diffTokens(ta, tb, (t) => t.text);
  const h = hunks[0];
  if (!h) return [shorten(oldText, 60), shorten(newText, 60)];
  const os = Math.max(0, h.oldStart - 2);
  const ns = Math.max(0, h.newStart - 2);
  const oe = Math.min(ta.length, h.oldEnd + 1);
  const ne = Math.min(tb.length, h.newEnd + 1);
  return [spanText(oldText, ta, os, oe), spanText(newText, tb, ns, ne)];
}

const LINK_TARGET_RE = /\]\(\s*<?([^)\s>]*)/g;
const stripMarkup = (s: string) =>
  s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`]+/g, '');

/** Name what a formatting-only change touched: links, emphasis, escapes, case, whitespace. */
export function describeFormatting(oldText: string, newText: string): string {
  const kinds: string[] = [];
  const lo = [...oldText.matchAll(LINK_TARGET_RE)].map((m) => m[1]);
  const ln = [...newText.matchAll(LINK_TARGET_RE)].map((m) => m[1]);
  if (lo.length > ln.length) kinds.push(ln.length ? 'some links removed' : 'links removed');
  else if (ln.length > lo.length) kinds.push(lo.length ? 'some links added' : 'links added');
  else if (lo.join(' ') !== ln.join(' ')) kinds.push('link targets changed');
  const marks = (x: string) => (x.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').match(/\*\*|__|`|\*|<[a-z][^>]*>/gi) ?? []).length;
  if (marks(oldText) !== marks(newText)) kinds.push('emphasis or code markup');
  if ((oldText.match(/\\/g) ?? []).length !== (newText.match(/\\/g) ?? []).length) kinds.push('escapes');
  const po = stripMarkup(oldText);
  const pn = stripMarkup(newText);
  if (po !== pn) {
    if (po.toLowerCase() === pn.toLowerCase()) kinds.push('capitalization');
    else if (po.replace(/\s+/g, '') === pn.replace(/\s+/g, '')) kinds.push('whitespace');
    else if (looseKey(po) === looseKey(pn)) kinds.push(po.replace(/\s+/g, ' ').toLowerCase() === pn.replace(/\s+/g, ' ').toLowerCase() ? 'capitalization' : 'quotes or dashes');
  }
  return `Formatting: ${kinds.length ? kinds.join(', ') : 'markup only'}`;
}
