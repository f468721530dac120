// The pipeline in one place: RawPage x2 -> normalize -> guide -> sections -> align -> diff -> report -> classify.
// Pure apart from what the stages themselves document; presenters read the result.

import type { ChangeReport, RawPage, Section, SectionDiff } from './types.js';
import { normalize, type NormalizeResult } from './normalize/index.js';
import { guideTextSides } from './normalize/text-guided.js';
import { buildSections, sectionsOfModel } from './sections/index.js';
import { alignSections } from './align/index.js';
import { buildReport } from './report/build.js';
import { classifyReport } from './classify/index.js';
import type { RedlineConfig } from './classify/config.js';

export interface CompareOptions {
  config?: RedlineConfig | null;
}

/** The same canonical page on both sides (text and title): nothing to align, diff or classify. */
export function sameCanonical(a: NormalizeResult, b: NormalizeResult): boolean {
  return a.markdown === b.markdown && a.title === b.title;
}

/** The section list of a page compared with itself, every section unchanged (what the full pipeline reports). */
function unchangedSections(ta: Section[], tb: Section[]): SectionDiff[] | null {
  if (ta.length !== tb.length) return null;
  const out: SectionDiff[] = [];
  for (let i = 0; i < ta.length; i++) {
    const o = ta[i];
    const n = tb[i];
    if (o.heading !== n.heading || o.headingKey !== n.headingKey || o.path.join('\n') !== n.path.join('\n')) return null;
    out.push({ oldHeading: o.heading, newHeading: n.heading, oldPath: o.path, newPath: n.path, anchor: n.anchor || o.anchor || null, moved: false, severity: 'none', status: 'unchanged', changes: [] });
  }
  return out;
}

export function compareCanonical(oldDoc: NormalizeResult, newDoc: NormalizeResult, opts: CompareOptions = {}): ChangeReport {
  // a whole-page text side is read again with the other side's structure as its template
  const { a, b } = guideTextSides(oldDoc, newDoc);
  const ta = a.model ? sectionsOfModel(a.model, a.anchors) : buildSections(a.markdown, a.anchors);
  const tb = b.model ? sectionsOfModel(b.model, b.anchors) : buildSections(b.markdown, b.anchors);
  // the same canonical page: every section unchanged, without alignment, block diffs or rules
  const same = sameCanonical(a, b) ? unchangedSections(ta.sections, tb.sections) : null;
  if (same) {
    const empty = buildReport({ label: a.label, format: a.format, title: a.title }, { label: b.label, format: b.format, title: b.title }, []);
    return classifyReport({ ...empty, sections: same, fallbacks: [...empty.fallbacks, ...(a.notes ?? []), ...(b.notes ?? [])] }, opts.config ?? undefined);
  }
  const notes: string[] = [];
  const pairs = alignSections(ta, tb, notes);
  const report = buildReport(
    { label: a.label, format: a.format, title: a.title },
    { label: b.label, format: b.format, title: b.title },
    pairs,
  );
  report.fallbacks = [...report.fallbacks, ...(a.notes ?? []), ...(b.notes ?? []), ...notes];
  return classifyReport(report, opts.config ?? undefined);
}

/** Both sides the same bytes read the same way: one read serves both. */
export function sameSource(a: RawPage, b: RawPage): boolean {
  return a.text === b.text && a.format === b.format && a.select === b.select && (a.remove ?? []).join('\n') === (b.remove ?? []).join('\n');
}

/** A page's reading under another label (its notes are named by the page). */
export function relabel(doc: NormalizeResult, label: string): NormalizeResult {
  const prefix = `${doc.label}: `;
  const notes = doc.notes?.map((n) => (n.startsWith(prefix) ? `${label}: ${n.slice(prefix.length)}` : n));
  return { ...doc, label, ...(notes ? { notes } : {}) };
}

export function compare(oldPage: RawPage, newPage: RawPage, opts: CompareOptions = {}): ChangeReport {
  const a = normalize(oldPage);
  // byte-identical sides are normalized once (the report still lists every section, unchanged)
  return compareCanonical(a, sameSource(oldPage, newPage) ? relabel(a, newPage.label) : normalize(newPage), opts);
}
