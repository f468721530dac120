// report: aligned section pairs + block diffs -> the ChangeReport every presenter reads.
// Section status is decided here; classification (category, severity, summary) comes after.

import type { Change, ChangeReport, SectionDiff, Severity, SideInfo } from '../types.js';
import type { SectionPair } from '../align/index.js';
import { diffBlocks, wordDiff, type DiffContext } from '../diff/index.js';
import { sectionText } from '../sections/index.js';

export function emptyCounts(): Record<Severity, number> {
  return { none: 0, low: 0, medium: 0, high: 0 };
}

function sectionDiff(p: SectionPair, fallbacks: string[]): SectionDiff {
  const o = p.old;
  const n = p.new;
  const base = {
    oldHeading: o ? o.heading : null,
    newHeading: n ? n.heading : null,
    oldPath: o ? o.path : null,
    newPath: n ? n.path : null,
    anchor: (n && n.anchor) || (o && o.anchor) || null,
    moved: p.moved,
    severity: 'none' as Severity,
  };
  if (!o && n) {
    const text = sectionText(n);
    return { ...base, status: 'added', changes: [{ type: 'added', old: null, new: text, category: 'structure', severity: 'medium', summary: '' }] };
  }
  if (o && !n) {
    const text = sectionText(o);
    return { ...base, status: 'removed', changes: [{ type: 'removed', old: text, new: null, category: 'structure', severity: 'medium', summary: '' }] };
  }
  const ctx: DiffContext = { fallbacks, where: `section "${n!.heading ?? o!.heading ?? '(untitled)'}"` };
  const changes: Change[] = diffBlocks(o!.blocks, n!.blocks, ctx);
  const renamed = o!.headingKey !== n!.headingKey;
  if (!renamed && o!.heading !== n!.heading && o!.heading !== null && n!.heading !== null) {
    changes.unshift({ type: 'changed', old: o!.heading, new: n!.heading, category: 'formatting', severity: 'none', summary: '', formatting: true, block: 'heading' });
  }
  if (renamed) {
    changes.unshift({ type: 'changed', old: o!.heading, new: n!.heading, category: 'rename', severity: 'low', summary: '', block: 'heading', words: wordDiff(o!.heading ?? '', n!.heading ?? '') });
  }
  const content = changes.some((c) => !c.formatting && c.block !== 'heading');
  if (p.moved) changes.unshift({ type: 'moved', old: o!.heading, new: n!.heading, category: 'moved', severity: 'none', summary: '' });
  const status = renamed ? 'renamed' : content ? 'modified' : p.moved ? 'moved' : 'unchanged';
  return { ...base, status, changes };
}

export function buildReport(oldInfo: SideInfo, newInfo: SideInfo, pairs: SectionPair[]): ChangeReport {
  const fallbacks: string[] = [];
  const sections = pairs.map((p) => sectionDiff(p, fallbacks));
  const summary = { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, severity: 'none' as Severity, counts: emptyCounts() };
  for (const s of sections) {
    if (s.status === 'added') summary.added++;
    else if (s.status === 'removed') summary.removed++;
    else if (s.status === 'modified') summary.modified++;
    else if (s.status === 'renamed') summary.renamed++;
    if (s.moved) summary.moved++;
  }
  return { schemaVersion: 1, old: oldInfo, new: newInfo, summary, sections, fallbacks: [...new Set(fallbacks)] };
}
