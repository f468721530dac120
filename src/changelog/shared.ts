// The changes several pages of a changelog share. Which changes take part (content changes, not
// editorial or structural ones, nor moves), which sentences are compared (the changed ones, see
// changedSentences) and what a SharedChange records; whether two changes are the same is decided
// by src/group, the rule folder reports use too. A group needs at least two pages.

import { splitSentences } from '../classify/text.js';
import { contentKey } from '../util/text.js';
import { maxSeverity } from '../types.js';
import { productNames, sameChanges, type Occurrence } from '../group/index.js';
import type { ChangelogEntry, SharedChange, SharedMember } from './types.js';

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
 * Group the content changes of `entries` (in changelog order: newest first) that occur on two or
 * more pages. Sets `group` on the changes it groups and returns the groups in the order a reader
 * meets them: each group's representative is its first (newest) occurrence.
 */
export function groupSharedChanges(entries: ChangelogEntry[]): SharedChange[] {
  const occurrences: Occurrence[] = [];
  const at: { entry: ChangelogEntry; index: number }[] = [];
  for (const entry of entries) {
    const names = productNames(entry.page, entry.title);
    entry.changes.forEach((c, index) => {
      if (c.kind === 'editorial' || c.kind === 'structure' || c.type === 'moved') return;
      occurrences.push({ page: entry.page, type: c.type, old: c.quote.old, new: c.quote.new, names });
      at.push({ entry, index });
    });
  }
  return sameChanges(occurrences).map((cluster, g) => {
    const id = `g${g + 1}`;
    const found = cluster.members.map((i) => at[i]);
    const rep = found[0].entry.changes[found[0].index];
    // oldest first; one day's pages by id, as the changelog lists them
    const oldestFirst = [...found].sort((x, y) => (x.entry.date < y.entry.date ? -1 : x.entry.date > y.entry.date ? 1 : x.entry.page < y.entry.page ? -1 : x.entry.page > y.entry.page ? 1 : 0));
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
    for (const m of found) {
      const c = m.entry.changes[m.index];
      severity = maxSeverity(severity, c.severity);
      c.group = id;
    }
    const pages: string[] = [];
    for (const m of members) if (!pages.includes(m.page)) pages.push(m.page);
    return {
      id,
      type: rep.type,
      severity,
      kind: found.some((m) => m.entry.changes[m.index].kind === 'policy') ? 'policy' : rep.kind,
      category: rep.category,
      summary: rep.summary,
      quote: { ...rep.quote },
      members,
      pages,
    };
  });
}
