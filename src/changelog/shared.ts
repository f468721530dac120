// Finding the same change on several pages. AWS rewrites shared text across dozens of guides,
// each copy naming its own product ("Any data that you enter into IAM or other services" /
// "... into Lambda or other services"). Two changes are the same when they have the same type
// and, with each page's own product name masked, either the same words in the changed
// sentences, or word similarity (Dice over word multisets) >= SIMILAR on both the old and the
// new side. Only content changes are grouped (editorial ones are only counted anyway), and a
// group needs at least two pages.

import { splitSentences } from '../classify/text.js';
import { contentKey, dice, words } from '../util/text.js';
import { maxSeverity } from '../types.js';
import type { ChangelogEntry, SharedChange, SharedMember } from './types.js';

/** Word similarity at or above which two changed sentences count as the same change. */
export const SIMILAR = 0.9;

const MASK = '\u0000product';

/** The changed sentences of a change: the block's sentences minus the ones both sides share at the start and end. */
export function changedSentences(oldText: string | null, newText: string | null): { old: string | null; new: string | null } {
  if (oldText === null || newText === null) return { old: oldText, new: newText };
  const a = splitSentences(oldText);
  const b = splitSentences(newText);
  const same = (x: string, y: string) => contentKey(x) === contentKey(y);
  let pre = 0;
  while (pre < a.length && pre < b.length && same(a[pre], b[pre])) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && same(a[a.length - 1 - suf], b[b.length - 1 - suf])) suf++;
  const oa = a.slice(pre, a.length - suf).join(' ');
  const nb = b.slice(pre, b.length - suf).join(' ');
  // nothing left on either side: the difference is inside what the splitter saw as equal (formatting)
  if (!oa && !nb) return { old: oldText, new: newText };
  return { old: oa || null, new: nb || null };
}

/**
 * Names a page's own product goes by: its page id's first part ("devops-guru" matches "DevOps
 * Guru", "iam" matches "IAM") and the title's capitalized tail after " in " or " for " ("Data
 * protection in AWS Identity and Access Management"), with and without a leading AWS / Amazon.
 */
export function productNames(pageId: string, title: string | null): { phrases: string[][]; idKey: string } {
  const idKey = pageId.split('/')[0].replace(/[^a-z0-9]/g, '');
  const phrases: string[][] = [];
  // "Data protection in Amazon DevOps Guru", "Security for AWS Lambda": a capitalized tail only
  const m = title ? /\b(?:in|for)\s+(\p{Lu}.{2,79})$/u.exec(title.trim()) : null;
  if (m) {
    const w = words(m[1]);
    if (w.length) phrases.push(w);
    if (w.length > 1 && (w[0] === 'aws' || w[0] === 'amazon')) phrases.push(w.slice(1));
  }
  phrases.sort((x, y) => y.length - x.length);
  return { phrases, idKey };
}

/** Words of `text` with the page's product names replaced by one placeholder word. */
export function maskedWords(text: string, names: { phrases: string[][]; idKey: string }): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let len = 0;
    for (const p of names.phrases) {
      if (p.length <= ws.length - i && p.every((w, k) => ws[i + k] === w)) {
        len = p.length;
        break;
      }
    }
    if (!len && names.idKey.length >= 2) {
      for (let w = 3; w >= 1 && !len; w--) {
        if (i + w <= ws.length && ws.slice(i, i + w).join('').replace(/[^a-z0-9]/g, '') === names.idKey) len = w;
      }
    }
    if (!len) {
      out.push(ws[i]);
      i++;
      continue;
    }
    // "AWS Lambda", "Amazon DevOps Guru": the vendor word goes with the name
    while (out.length && (out[out.length - 1] === 'aws' || out[out.length - 1] === 'amazon')) out.pop();
    if (out[out.length - 1] !== MASK) out.push(MASK);
    i += len;
  }
  return out;
}

interface Candidate {
  entry: ChangelogEntry;
  index: number;
  oldWords: string[] | null;
  newWords: string[] | null;
  key: string;
}

interface Building {
  rep: Candidate;
  members: Candidate[];
}

function lengthsClose(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = a.length < b.length ? [a.length, b.length] : [b.length, a.length];
  // Dice >= SIMILAR needs the shorter side to hold at least SIMILAR/(2-SIMILAR) of the longer one
  return y === 0 || x / y >= SIMILAR / (2 - SIMILAR) - 1e-9;
}

function alike(a: Candidate, b: Candidate): boolean {
  if (!lengthsClose(a.oldWords, b.oldWords) || !lengthsClose(a.newWords, b.newWords)) return false;
  const sideOk = (x: string[] | null, y: string[] | null) => (x === null ? y === null : y !== null && dice(x, y) >= SIMILAR);
  return sideOk(a.oldWords, b.oldWords) && sideOk(a.newWords, b.newWords);
}

/**
 * Group the content changes of `entries` (in changelog order: newest first) that occur on two or
 * more pages. Sets `group` on the changes it groups and returns the groups in the order a reader
 * meets them: each group's representative is its first (newest) occurrence.
 */
export function groupSharedChanges(entries: ChangelogEntry[]): SharedChange[] {
  const ordered = entries;
  const byKey = new Map<string, Building>();
  const byType = new Map<string, Building[]>();
  const all: Building[] = [];
  for (const entry of ordered) {
    const names = productNames(entry.page, entry.title);
    entry.changes.forEach((c, index) => {
      if (c.kind === 'editorial' || c.kind === 'structure' || c.type === 'moved') return;
      const oldWords = c.quote.old === null ? null : maskedWords(c.quote.old, names);
      const newWords = c.quote.new === null ? null : maskedWords(c.quote.new, names);
      if ((oldWords?.length ?? 0) + (newWords?.length ?? 0) === 0) return;
      const key = `${c.type}\u0001${oldWords?.join(' ') ?? '\u0002'}\u0001${newWords?.join(' ') ?? '\u0002'}`;
      const cand: Candidate = { entry, index, oldWords, newWords, key };
      let g = byKey.get(key);
      if (!g) g = (byType.get(c.type) ?? []).find((b) => alike(b.rep, cand));
      if (g) {
        g.members.push(cand);
        if (!byKey.has(key)) byKey.set(key, g);
        return;
      }
      const b: Building = { rep: cand, members: [cand] };
      byKey.set(key, b);
      if (!byType.has(c.type)) byType.set(c.type, []);
      byType.get(c.type)!.push(b);
      all.push(b);
    });
  }
  const groups: SharedChange[] = [];
  for (const b of all) {
    const pagesSeen = new Set(b.members.map((m) => m.entry.page));
    if (pagesSeen.size < 2) continue;
    const id = `g${groups.length + 1}`;
    const rep = b.rep.entry.changes[b.rep.index];
    // oldest first; one day's pages by id, as the changelog lists them
    const oldestFirst = [...b.members].sort((x, y) => (x.entry.date < y.entry.date ? -1 : x.entry.date > y.entry.date ? 1 : x.entry.page < y.entry.page ? -1 : x.entry.page > y.entry.page ? 1 : 0));
    const members: SharedMember[] = oldestFirst.map((m) => ({
      entry: m.entry.key,
      change: m.index,
      page: m.entry.page,
      title: m.entry.title,
      url: m.entry.url,
      rev: m.entry.rev,
      date: m.entry.date,
      day: m.entry.day,
      section: m.entry.changes[m.index].section,
    }));
    let severity = rep.severity;
    for (const m of b.members) {
      const c = m.entry.changes[m.index];
      severity = maxSeverity(severity, c.severity);
      c.group = id;
    }
    const pages: string[] = [];
    for (const m of members) if (!pages.includes(m.page)) pages.push(m.page);
    groups.push({
      id,
      type: rep.type,
      severity,
      kind: b.members.some((m) => m.entry.changes[m.index].kind === 'policy') ? 'policy' : rep.kind,
      category: rep.category,
      summary: rep.summary,
      quote: { ...rep.quote },
      members,
      pages,
    });
  }
  return groups;
}
