// Small text tools the classify rules share: sentences, word tokens with offsets, a bounded
// token diff, similarity and quoting. Deliberately no knowledge of what any word means.

import { pieces, PIECE_MAX } from '../util/text.js';

export interface Token {
  /** the token as written */
  text: string;
  /** comparison form: lower case, curly quotes folded */
  norm: string;
  start: number;
  end: number;
  /** true for words and numbers, false for punctuation */
  word: boolean;
}

export interface Sentence {
  text: string;
  /** index among the sentences of its side */
  index: number;
  /** a piece of a sentence over PIECE_MAX characters (see sentencesOf) */
  piece?: boolean;
  tokens: Token[];
}

/** A run of differing tokens: [oldStart, oldEnd) replaced by [newStart, newEnd). */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}_]+(?:['’.\-/][\p{L}\p{N}_]+)*|[^\s\p{L}\p{N}_]/gu;

const NON_ASCII = /[^\x00-\x7f]/;

export function foldText(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(/[‘’‛′`]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐‑‒–—―]/g, '-').replace(/\u00a0/g, ' ');
}

/** The same tokens for plain ASCII text, without Unicode property classes (several times faster). */
const ASCII_TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:['.\-/]\w+)*|[^\s\w]/g;
const ASCII_WORD = /[A-Za-z0-9]/;
const UNICODE_WORD = /[\p{L}\p{N}]/u;

const tokenCache = new Map<string, Token[]>();
const TOKEN_CACHE_MAX = 4000;

/** Word, number and punctuation tokens with offsets. Results are shared: do not mutate them. */
export function tokenize(text: string): Token[] {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const ascii = !NON_ASCII.test(text);
  const re = ascii ? ASCII_TOKEN_RE : TOKEN_RE;
  const wordRe = ascii ? ASCII_WORD : UNICODE_WORD;
  const out: Token[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0];
    out.push({
      text: t,
      norm: (ascii ? t : foldText(t)).toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      word: wordRe.test(t),
    });
  }
  if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|approx|Inc|Ltd|Corp|No|Nos|Fig|Figs|Dr|Mr|Ms|St|cf|al)|\b[A-Z])\.$/;

/** Split plain text into sentences. Newlines always split; `. ` splits unless after an abbreviation. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    const re = /[.!?]["')\]]*\s+(?=["'(\[]?[\p{Lu}\p{N}])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      const cut = m.index + m[0].trimEnd().length;
      const head = line.slice(start, cut);
      // only the end of the sentence can be an abbreviation: test a bounded tail, not the whole head
      if (ABBREVIATIONS.test(head.slice(-16).replace(/["')\]]+$/, ''))) continue;
      const s = head.trim();
      if (s) out.push(s);
      start = m.index + m[0].length;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/**
 * Sentences of a text, each at most PIECE_MAX characters: a longer one (an unpunctuated
 * paragraph, a table row of prose) is cut into content-defined pieces, marked `piece`, so every
 * rule that reads a sentence works on bounded input.
 */
export function sentencesOf(text: string | null): Sentence[] {
  if (!text) return [];
  const out: Sentence[] = [];
  for (const t of splitSentences(text)) {
    if (t.length <= PIECE_MAX) out.push(lazySentence(t, out.length));
    else for (const p of pieces(t)) out.push(lazySentence(p, out.length, true));
  }
  return out;
}

/** One text as one sentence (a table cell, a value), not split. */
export function sentenceOf(text: string, index = 0): Sentence {
  return lazySentence(text, index);
}

/** Tokens are computed on first use: most sentences of a big added section are never diffed. */
function lazySentence(text: string, index: number, piece = false): Sentence {
  let tokens: Token[] | null = null;
  return {
    text,
    index,
    ...(piece ? { piece } : {}),
    get tokens() {
      return (tokens ??= tokenize(text));
    },
  };
}

/** Words only, lower case: the unit of similarity. */
export function wordNorms(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.word) out.push(t.norm);
  return out;
}

/** Dice coefficient over word multisets (0..1): the one the diff uses. */
export { dice as similarity } from '../util/text.js';

const MAX_DP_CELLS = 60_000;

/** Token diff (LCS on `norm`), bounded: beyond MAX_DP_CELLS the middle becomes one hunk. */
export function diffTokens(a: Token[], b: Token[], key: (t: Token) => string = (t) => t.norm): Hunk[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && key(a[pre]) === key(b[pre])) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && key(a[a.length - 1 - suf]) === key(b[b.length - 1 - suf])) suf++;
  const aEnd = a.length - suf;
  const bEnd = b.length - suf;
  const n = aEnd - pre;
  const m = bEnd - pre;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || n * m > MAX_DP_CELLS) return [{ oldStart: pre, oldEnd: aEnd, newStart: pre, newEnd: bEnd }];
  const ak = new Array<string>(n);
  const bk = new Array<string>(m);
  for (let i = 0; i < n; i++) ak[i] = key(a[pre + i]);
  for (let j = 0; j < m; j++) bk[j] = key(b[pre + j]);
  // lcs[i][j] = LCS length of ak[i..] and bk[j..]
  const w = m + 1;
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = ak[i] === bk[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  const close = () => {
    if (open) hunks.push(open);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && ak[i] === bk[j]) {
      close();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
      open ??= { oldStart: pre + i, oldEnd: pre + i, newStart: pre + j, newEnd: pre + j };
      j++;
      open.newEnd = pre + j;
    } else {
      open ??= { oldStart: pre + i, oldEnd: pre + i, newStart: pre + j, newEnd: pre + j };
      i++;
      open.oldEnd = pre + i;
    }
  }
  close();
  return hunks;
}

/** Original text covered by tokens [from, to). */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** Shorten to about `max` characters on a word boundary, with an ellipsis. */
export function shorten(s: string, max = 100): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:]+$/, '') + '…';
}

export function quote(s: string, max = 100): string {
  return `"${shorten(s, max)}"`;
}

/** Plain Levenshtein distance, bounded by `limit` (returns limit+1 when exceeded). */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Lower case, letters and digits only: equal squashes = differ only in spacing, punctuation, case. */
export function squash(s: string): string {
  return foldText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower case with whitespace collapsed and quotes/dashes folded. */
export function looseKey(s: string): string {
  return foldText(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Regex-escape a literal. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compile a keyword list into one regex. A keyword ending in `*` matches as a prefix;
 * otherwise it matches the whole word with an optional plural `s`/`es`.
 */
export function keywordRegex(keywords: readonly string[], flags = 'gi'): RegExp {
  // ASCII word edges on purpose: keywords are English and a non-Unicode regex scans much faster
  const parts = [...keywords]
    .sort((a, b) => b.length - a.length)
    .map((k) => {
      const prefix = k.endsWith('*');
      const body = escapeRe(prefix ? k.slice(0, -1) : k).replace(/\\-|\s+/g, '[\\s\\-]+');
      return prefix ? `${body}[\\w\\-]*` : `${body}(?:s|es)?`;
    });
  return new RegExp(`(?<![\\w])(?:${parts.join('|')})(?![\\w])`, flags.replace('u', ''));
}

/** Table cells when the text looks like a table row (`a | b | c` or tab separated). */
export function tableCells(text: string): string[] | null {
  const sep = text.includes('|') ? /\s*\|\s*/ : text.includes('\t') ? /\s*\t\s*/ : null;
  if (!sep) return null;
  const cells = text.split(sep).map((c) => c.trim()).filter((c) => c.length > 0);
  return cells.length >= 2 ? cells : null;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Text with web addresses blanked out (an "https" in a link is not a statement about HTTPS). */
export function stripUrls(text: string): string {
  return text.includes('://') || text.includes('www.') ? text.replace(URL_RE, ' ') : text;
}
