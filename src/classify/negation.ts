// Polarity of a sentence: "supports" vs "does not support", "enabled" vs "disabled". A flip is
// reported only when the two sentences say the same thing apart from their polarity.

import { diffTokens, similarity, spanText, tokenize, type Token } from './text.js';

/** Words that negate what follows. Contractions are expanded before counting. */
export const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'nothing', 'nobody']);

/** [positive, negative] word pairs; the negative one counts as one negation. */
export const ANTONYMS: Array<[string, string]> = [
  ['enabled', 'disabled'],
  ['enable', 'disable'],
  ['enables', 'disables'],
  ['encrypted', 'unencrypted'],
  ['allow', 'deny'],
  ['allows', 'denies'],
  ['allowed', 'denied'],
  ['supported', 'unsupported'],
  ['available', 'unavailable'],
  ['automatic', 'manual'],
  ['automatically', 'manually'],
  ['permitted', 'prohibited'],
  ['compliant', 'noncompliant'],
  ['included', 'excluded'],
  ['visible', 'invisible'],
  ['accessible', 'inaccessible'],
  ['reversible', 'irreversible'],
];

const NEGATIVE_OF = new Map<string, string>(ANTONYMS.map(([p, n]) => [n, p]));
const AUXILIARY = new Set(['do', 'does', 'did', 'longer']);

function expand(text: string): string {
  return text
    .replace(/\bcan['’]t\b/gi, 'can not')
    .replace(/\bcannot\b/gi, 'can not')
    .replace(/\bwon['’]t\b/gi, 'will not')
    .replace(/\bshan['’]t\b/gi, 'shall not')
    .replace(/n['’]t\b/gi, ' not');
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export interface Polarity {
  negations: number;
  /** words with negators and auxiliaries removed and antonyms folded to the positive */
  content: string[];
}

/** "no" negates only when a word follows it ("no longer", "no charge"); a bare "No" is an answer. */
function isNegator(tokens: Token[], i: number): boolean {
  const w = tokens[i].norm;
  if (!NEGATORS.has(w)) return false;
  if (w === 'no') return i + 1 < tokens.length && tokens[i + 1].word;
  // "None" is usually a value shown somewhere ("the column displays None"); "none of" negates
  if (w === 'none') return i + 1 < tokens.length && tokens[i + 1].norm === 'of';
  return true;
}

function polarityOfTokens(tokens: Token[], from = 0, to = tokens.length): Polarity {
  let negations = 0;
  const content: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const w = t.norm;
    if (isNegator(tokens, i)) {
      negations++;
      continue;
    }
    if (AUXILIARY.has(w) || (w === 'no' && !isNegator(tokens, i))) continue;
    const pos = NEGATIVE_OF.get(w);
    if (pos) {
      negations++;
      content.push(stem(pos));
      continue;
    }
    content.push(stem(w));
  }
  return { negations, content };
}

export function polarityOf(text: string): Polarity {
  return polarityOfTokens(tokenize(expand(text)));
}

export interface Flip {
  /** 'negated': the new text denies what the old affirmed; 'affirmed': the reverse */
  direction: 'negated' | 'affirmed';
  oldSnippet: string;
  newSnippet: string;
}

/**
 * A polarity flip between two versions of one sentence, or null. The flip must sit in one edit:
 * the words that changed are the same apart from negators ("supports" / "does not support",
 * "enabled" / "disabled"), and the sentences are alike overall.
 */
const QUICK_NEG_RE = new RegExp(
  `\\b(?:${[...NEGATORS, ...ANTONYMS.map(([, n]) => n), 'cannot'].join('|')})\\b|n['’]t\\b`,
  'gi',
);
const quickCount = (s: string) => (s.match(QUICK_NEG_RE) ?? []).length;

export function detectFlip(oldText: string, newText: string, minSimilarity = 0.6): Flip | null {
  // cheap gate: no negative word on either side, nothing to flip
  if (quickCount(oldText) === 0 && quickCount(newText) === 0) return null;
  const a = expand(oldText);
  const b = expand(newText);
  const ta = tokenize(a);
  const tb = tokenize(b);
  const pa = polarityOfTokens(ta);
  const pb = polarityOfTokens(tb);
  // each edit is judged on its own: "is not currently integrated ... does not support" -> "is integrated ... supports"
  if (similarity(pa.content, pb.content) < minSimilarity) return null;
  for (const h of diffTokens(ta, tb)) {
    const ho = polarityOfTokens(ta, h.oldStart, h.oldEnd);
    const hn = polarityOfTokens(tb, h.newStart, h.newEnd);
    if (ho.negations % 2 === hn.negations % 2) continue;
    if (ho.content.join(' ') !== hn.content.join(' ')) continue;
    const pad = 2;
    const os = Math.max(0, h.oldStart - pad);
    const ns = Math.max(0, h.newStart - pad);
    const oe = Math.min(ta.length, h.oldEnd + pad);
    const ne = Math.min(tb.length, h.newEnd + pad);
    return {
      direction: hn.negations % 2 === 1 ? 'negated' : 'affirmed',
      oldSnippet: spanText(a, ta, os, oe),
      newSnippet: spanText(b, tb, ns, ne),
    };
  }
  return null;
}
