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

export function polarityOf(text: string): Polarity {
  let negations = 0;
  const content: string[] = [];
  for (const t of tokenize(expand(text))) {
    if (!t.word) continue;
    const w = t.norm;
    if (NEGATORS.has(w)) {
      negations++;
      continue;
    }
    if (AUXILIARY.has(w)) continue;
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

export interface Flip {
  /** 'negated': the new text denies what the old affirmed; 'affirmed': the reverse */
  direction: 'negated' | 'affirmed';
  oldSnippet: string;
  newSnippet: string;
}

const NEGATIVE_WORD = (t: Token) => NEGATORS.has(t.norm) || NEGATIVE_OF.has(t.norm) || /n['’]t$/.test(t.norm) || t.norm === 'cannot';

/** The smallest span around the polarity words that differ, with a little context. */
function snippets(a: string, b: string): [string, string] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const hunks = diffTokens(ta, tb);
  const h =
    hunks.find((x) => ta.slice(x.oldStart, x.oldEnd).some(NEGATIVE_WORD) || tb.slice(x.newStart, x.newEnd).some(NEGATIVE_WORD)) ??
    hunks.find((x) => ta.slice(x.oldStart, x.oldEnd).some((t) => ANTONYMS.some(([p]) => p === t.norm)) || tb.slice(x.newStart, x.newEnd).some((t) => ANTONYMS.some(([p]) => p === t.norm))) ??
    hunks[0];
  if (!h) return [a, b];
  const pad = 2;
  const os = Math.max(0, h.oldStart - pad);
  const ns = Math.max(0, h.newStart - pad);
  const oe = Math.min(ta.length, h.oldEnd + pad);
  const ne = Math.min(tb.length, h.newEnd + pad);
  return [spanText(a, ta, os, oe), spanText(b, tb, ns, ne)];
}

/** A polarity flip between two versions of one sentence, or null. */
export function detectFlip(oldText: string, newText: string, minSimilarity = 0.7): Flip | null {
  const a = polarityOf(oldText);
  const b = polarityOf(newText);
  if (a.negations % 2 === b.negations % 2) return null;
  if (similarity(a.content, b.content) < minSimilarity) return null;
  const [oldSnippet, newSnippet] = snippets(oldText, newText);
  return { direction: b.negations % 2 === 1 ? 'negated' : 'affirmed', oldSnippet, newSnippet };
}
