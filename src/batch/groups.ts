// Grouping the same change across pages: two changes are the same when their type and their
// normalized old and new text (typography, case and whitespace folded) are equal. A banner
// added to forty pages is one group listing forty pages. Formatting-only, silenced and
// moved changes are not grouped.

import type { Change, ChangeReport, Severity } from '../types.js';
import { maxSeverity, severityRank } from '../types.js';
import { contentKey } from '../util/text.js';
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

/** Changes that occur on at least `minPages` pages, most widespread (then most severe) first. */
export function groupChanges(pages: BatchPage[], minPages = 2): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup & { order: number; seen: Set<string> }>();
  let order = 0;
  for (const p of pages) {
    if (!p.report) continue;
    for (const s of p.report.sections) {
      for (const c of s.changes) {
        if (c.type === 'moved' || c.silenced || isFormatting(c)) continue;
        const key = `${c.type}\u0000${c.old === null ? '' : contentKey(c.old)}\u0000${c.new === null ? '' : contentKey(c.new)}`;
        let g = groups.get(key);
        if (!g) {
          g = { type: c.type, category: c.category, summary: c.summary, severity: c.severity, old: c.old, new: c.new, pages: [], occurrences: 0, order: order++, seen: new Set() };
          groups.set(key, g);
        }
        g.occurrences++;
        g.severity = maxSeverity(g.severity, c.severity as Severity);
        if (!g.seen.has(p.path)) {
          g.seen.add(p.path);
          g.pages.push(p.path);
        }
      }
    }
  }
  return [...groups.values()]
    .filter((g) => g.pages.length >= minPages)
    .sort((a, b) => b.pages.length - a.pages.length || severityRank(b.severity) - severityRank(a.severity) || a.order - b.order)
    .map(({ order: _o, seen: _s, ...g }) => g);
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
