// Renames are a page decision (and a batch one): the same substitution ("CMK" -> "KMS key") is
// rated the same everywhere. A substitution counts as a rename when a change somewhere was
// judged a rename with it, or when it is made in RENAME_MIN_COUNT changes or more; then every
// change whose only substantive edits are such renames is rated a rename (low). Only content
// edits that no fact rule explained are re-rated: obligations, numbers, versions stay as they are.
// The roll-up of the re-rated reports is index.ts's (harmonizeRenames).

import type { Change, ChangeReport } from '../types.js';
import { canonicalNames, editorialHunk, FUNCTION_WORDS } from './editorial.js';
import { diffTokens, quote, spanText, tokenize } from './text.js';

/** A substitution made this many times on a page (or a batch) is a terminology change. */
export const RENAME_MIN_COUNT = 3;
/** Texts longer than this are not split into substitutions (the token diff is bounded anyway). */
const MAX_TEXT = 2000;

/** Rules a re-rating may replace: content edits and the editorial fallback, nothing a fact rule said. */
const REPLACEABLE = /^(?:content\.changed|editorial\.\w+|topic\.[\w-]+)$/;

interface Substitution {
  key: string;
  shown: string;
  /** both sides are names of one thing in RENAME_GROUPS ("CMK" / "key") */
  known: boolean;
}

/** Both phrases name the same thing of RENAME_GROUPS. */
const sameName = (a: string, b: string) => {
  const x = canonicalNames(a).text.trim();
  return /^name\d+x$/.test(x) && x === canonicalNames(b).text.trim();
};

/** Plural-folded words of a phrase: "CMKs" and "CMK" are one name. */
const phraseKey = (ws: string[]) => ws.map((w) => w.replace(/(?<=\w{2})s$/, '')).join(' ');

/**
 * The substantive substitutions of a changed text ("CMK" -> "KMS key"), or null when an edit is not
 * a substitution (words only added or removed) or the text is too long to split.
 */
export function substitutionsOf(c: Change): Substitution[] | null {
  if (c.type !== 'changed' || c.old === null || c.new === null || c.old.length > MAX_TEXT || c.new.length > MAX_TEXT) return null;
  // each change is read twice per harmonizing (vocabulary, re-rating), once per page and again
  // across a batch: the substitutions of a text pair are worked out once per thread
  const key = `${c.old}\u0000${c.new}`;
  const hit = substitutionMemo.get(key);
  if (hit !== undefined) return hit;
  const subs = substitutionsOfTexts(c.old, c.new);
  if (substitutionMemo.size >= SUBSTITUTION_MEMO_MAX) substitutionMemo.clear();
  substitutionMemo.set(key, subs);
  return subs;
}

/** Substitutions by text pair (returned arrays are shared: never modified by callers). */
const substitutionMemo = new Map<string, Substitution[] | null>();
const SUBSTITUTION_MEMO_MAX = 20_000;

function substitutionsOfTexts(old: string, nw: string): Substitution[] | null {
  const c = { old, new: nw };
  const ta = tokenize(c.old);
  const tb = tokenize(c.new);
  const out: Substitution[] = [];
  for (const h of diffTokens(ta, tb)) {
    const a = ta.slice(h.oldStart, h.oldEnd);
    const b = tb.slice(h.newStart, h.newEnd);
    if (editorialHunk(a, b)) continue;
    const wa = a.filter((t) => t.word).map((t) => t.norm);
    const wb = b.filter((t) => t.word).map((t) => t.norm);
    // a name on each side: not words only added or dropped ("a" -> "the custom"), not a number restated
    const named = (ws: string[]) => ws.some((w) => !FUNCTION_WORDS.has(w)) && !ws.some((w) => /\d/.test(w));
    if (!named(wa) || !named(wb)) return null;
    const o = spanText(c.old, ta, h.oldStart, h.oldEnd);
    const n = spanText(c.new, tb, h.newStart, h.newEnd);
    out.push({ key: `${phraseKey(wa)} -> ${phraseKey(wb)}`, shown: `${quote(o, 40)} -> ${quote(n, 40)}`, known: sameName(o, n) });
  }
  return out.length ? out : null;
}

const replaceable = (c: Change) => (c.rules ?? []).every((r) => REPLACEABLE.test(r)) && (c.rules ?? []).length > 0;

/** Renames seen across these reports: substitutions judged renames somewhere ('renamed'), or made often ('reworded'). */
export function renameVocabulary(reports: ChangeReport[]): Map<string, 'renamed' | 'reworded'> {
  const count = new Map<string, number>();
  const judged = new Set<string>();
  for (const r of reports)
    for (const s of r.sections)
      for (const c of s.changes) {
        if (!replaceable(c)) continue;
        const subs = substitutionsOf(c);
        if (!subs) continue;
        for (const x of subs) count.set(x.key, (count.get(x.key) ?? 0) + 1);
        for (const x of subs) if (x.known || c.rules!.includes('editorial.renamed')) judged.add(x.key);
      }
  const out = new Map<string, 'renamed' | 'reworded'>();
  for (const [k, n] of count) if (judged.has(k) || n >= RENAME_MIN_COUNT) out.set(k, judged.has(k) ? 'renamed' : 'reworded');
  return out;
}

/** The change rated as a rename when all its substitutions are renames of the vocabulary; else the same object. */
export function rerate(c: Change, vocab: Map<string, 'renamed' | 'reworded'>): Change {
  // a user's pattern or topic (high) and a silence stay as they are
  if (!replaceable(c) || c.silenced || c.severity === 'high' || (c.rules ?? []).some((r) => r === 'editorial.renamed' || r === 'editorial.page-rename')) return c;
  const subs = substitutionsOf(c);
  if (!subs || !subs.every((x) => vocab.has(x.key))) return c;
  // a known rename names the edit; a substitution made again and again is rewording the page over
  const kind = subs.some((x) => vocab.get(x.key) === 'renamed') ? 'renamed' : 'reworded';
  return {
    ...c,
    category: 'editorial',
    severity: 'low',
    summary: `${kind === 'renamed' ? 'Renamed' : 'Reworded'}: ${subs.slice(0, 2).map((x) => x.shown).join('; ')}${subs.length > 2 ? ` (+${subs.length - 2} more)` : ''}`,
    rules: [`editorial.${kind}`, 'editorial.page-rename'],
  };
}
