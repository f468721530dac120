// The pipeline in one place: RawPage x2 -> normalize -> guide -> sections -> align -> diff -> report -> classify.
// Pure apart from what the stages themselves document; presenters read the result.

import type { ChangeReport, RawPage } from './types.js';
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

export function compareCanonical(oldDoc: NormalizeResult, newDoc: NormalizeResult, opts: CompareOptions = {}): ChangeReport {
  // a whole-page text side is read again with the other side's structure as its template
  const { a, b } = guideTextSides(oldDoc, newDoc);
  const ta = a.model ? sectionsOfModel(a.model, a.anchors) : buildSections(a.markdown, a.anchors);
  const tb = b.model ? sectionsOfModel(b.model, b.anchors) : buildSections(b.markdown, b.anchors);
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

export function compare(oldPage: RawPage, newPage: RawPage, opts: CompareOptions = {}): ChangeReport {
  return compareCanonical(normalize(oldPage), normalize(newPage), opts);
}
