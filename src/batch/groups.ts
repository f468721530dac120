// Page summaries, the changes several pages of a folder share (a banner added to forty pages is
// one group listing forty pages), and what a reader asked to see of a batch.

import type { Change, ChangeReport, Severity } from '../types.js';
import { maxSeverity, severityRank } from '../types.js';
import { sameChanges, type Occurrence } from '../group/index.js';
import { filterReport, isFormatting } from '../classify/index.js';
import type { BatchPage, BatchReport, ChangeGroup, PageSummary } from './types.js';

export { hasChanges, isFormatting } from '../classify/index.js';

export function emptySummary(): PageSummary {
  return { sections: { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0 }, changes: { none: 0, low: 0, medium: 0, high: 0 } };
}

export function pageSummary(r: ChangeReport | undefined): PageSummary {
  const out = emptySummary();
  if (!r) return out;
  const s = r.summary;
  out.sections = { added: s.added, removed: s.removed, modified: s.modified, renamed: s.renamed, moved: s.moved };
  for (const sec of r.sections) for (const c of sec.changes) if (!isFormatting(c) && !c.silenced) out.changes[c.severity]++;
  return out;
}

/**
 * Changes that occur on at least `minPages` pages (the same change by src/group's rule, as in
 * changelogs), most widespread (then most severe) first. Formatting-only, silenced and moved
 * changes are not grouped. A group shows its first occurrence (in path order).
 */
export function groupChanges(pages: BatchPage[], minPages = 2): ChangeGroup[] {
  const occurrences: Occurrence[] = [];
  const found: Change[] = [];
  for (const p of pages) {
    if (!p.report) continue;
    for (const s of p.report.sections) {
      for (const c of s.changes) {
        if (c.type === 'moved' || c.silenced || isFormatting(c)) continue;
        occurrences.push({ page: p.path, type: c.type, old: c.old, new: c.new });
        found.push(c);
      }
    }
  }
  return sameChanges(occurrences, minPages)
    .map((cl, order) => ({ cl, members: cl.members.map((i) => found[i]), order }))
    .map(({ cl, members, order }) => ({ cl, members, order, severity: members.reduce<Severity>((m, c) => maxSeverity(m, c.severity), 'none') }))
    .sort((a, b) => b.cl.pages.length - a.cl.pages.length || severityRank(b.severity) - severityRank(a.severity) || a.order - b.order)
    .map(({ cl, members, severity }, i) => {
      const id = `g${i + 1}`;
      for (const c of members) c.group = id;
      const rep = members[0];
      return { id, type: rep.type, category: rep.category, summary: rep.summary, severity, old: rep.old, new: rep.new, pages: cl.pages, occurrences: members.length };
    });
}

/** What a reader asked to see, as filterReport does for one page: pages, their reports and groups at or above `minSeverity`. Counts keep describing the trees. */
export function filterBatch(r: BatchReport, opts: { minSeverity?: Severity; showFormatting?: boolean } = {}): BatchReport {
  const min = severityRank(opts.minSeverity ?? 'none');
  const pages = r.pages
    .filter((p) => p.status === 'error' || p.status === 'unchanged' || severityRank(p.severity) >= min)
    .map((p) => (p.report ? { ...p, report: filterReport(p.report, opts) } : p));
  return { ...r, pages, groups: r.groups.filter((g) => severityRank(g.severity) >= min) };
}

/**
 * Exit code for a batch, like the single-page rule: 1 when any page was added, removed, renamed
 * or modified (with `failOn`: only when a page reaches that severity), else 0. Error pages are
 * left to the caller.
 */
export function batchExitCode(r: BatchReport, failOn?: Severity): 0 | 1 {
  if (failOn) return r.pages.some((p) => p.status !== 'error' && p.status !== 'unchanged' && severityRank(p.severity) >= severityRank(failOn)) ? 1 : 0;
  return r.counts.modified + r.counts.renamed + r.counts.added + r.counts.removed > 0 ? 1 : 0;
}
