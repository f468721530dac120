// Small hand-made reports and states for the review UI tests, plus the real DevOps Guru report.
import type { Change, ChangeReport, SectionDiff, SectionStatus, Severity } from '../../src/types.js';
import { severityRank } from '../../src/types.js';
import { readSource } from '../../src/read/index.js';
import { normalize } from '../../src/normalize/index.js';
import { compareForReview } from '../../src/ui/loader.js';
import { initState, reportKey, type InitOptions, type ReviewState } from '../../src/ui/state.js';
import type { PageInfo } from '../../src/ui/source.js';

export function change(p: Partial<Change> & { severity: Severity }): Change {
  const type = p.type ?? 'changed';
  return {
    type,
    old: p.old !== undefined ? p.old : type === 'added' ? null : 'old text',
    new: p.new !== undefined ? p.new : type === 'removed' ? null : 'new text',
    category: p.category ?? 'content',
    summary: p.summary ?? '',
    ...p,
  } as Change;
}

export function section(heading: string, status: SectionStatus, changes: Change[], path: string[] = [heading]): SectionDiff {
  const severity = changes.reduce<Severity>((s, c) => (severityRank(c.severity) > severityRank(s) ? c.severity : s), 'none');
  return {
    status,
    oldHeading: status === 'added' ? null : heading,
    newHeading: status === 'removed' ? null : heading,
    oldPath: status === 'added' ? null : path,
    newPath: status === 'removed' ? null : path,
    anchor: null,
    moved: false,
    severity,
    changes,
  };
}

export function report(sections: SectionDiff[], title = 'Test page'): ChangeReport {
  const counts: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  let severity: Severity = 'none';
  for (const s of sections)
    for (const c of s.changes) {
      counts[c.severity]++;
      if (severityRank(c.severity) > severityRank(severity)) severity = c.severity;
    }
  const n = (st: SectionStatus) => sections.filter((s) => s.status === st).length;
  return {
    schemaVersion: 1,
    old: { label: 'old.md', format: 'markdown', title },
    new: { label: 'new.md', format: 'markdown', title },
    summary: { added: n('added'), removed: n('removed'), modified: n('modified'), renamed: n('renamed'), moved: n('moved'), severity, counts },
    sections,
    fallbacks: [],
  };
}

/** A page of three sections: intro (2 changes), Security (TLS, high), Limits (added, medium). */
export function sampleReport(): ChangeReport {
  return report([
    section('Test page', 'modified', [
      change({ severity: 'low', old: 'This is old.', new: 'This is new.', words: [['=', 'This is '], ['-', 'old'], ['+', 'new'], ['=', '.']], summary: 'Changed: "old" -> "new"' }),
      change({ severity: 'none', old: 'A typo teh.', new: 'A typo the.', words: [['=', 'A typo '], ['-', 'teh'], ['+', 'the'], ['=', '.']] }),
    ]),
    section(
      'Security',
      'modified',
      [
        change({
          severity: 'high',
          old: 'We recommend TLS 1.2 or later.',
          new: 'We require TLS 1.2 and recommend TLS 1.3.',
          words: [['=', 'We '], ['-', 'recommend'], ['+', 'require'], ['=', ' TLS 1.2 '], ['-', 'or later'], ['+', 'and recommend TLS 1.3'], ['=', '.']],
          summary: 'TLS: 1.2 recommended -> required',
        }),
      ],
      ['Test page', 'Security'],
    ),
    section('Limits', 'added', [change({ type: 'added', severity: 'medium', new: 'You can create 10 widgets.\nAsk for more.', summary: 'Section added: Limits' })], ['Test page', 'Limits']),
  ]);
}

export function pairPage(title = 'Test page'): PageInfo {
  return { id: 'pair', title, versions: [{ id: 'old', label: 'old.md', date: '2021' }, { id: 'new', label: 'new.md', date: '2024' }], reviewed: null };
}

export function pairState(r: ChangeReport = sampleReport(), o: Partial<InitOptions> = {}): ReviewState {
  const page = pairPage(r.new.title ?? 'Test page');
  return initState({
    kind: 'pair',
    description: 'two files',
    canMarkReviewed: false,
    pages: [page],
    reports: { [reportKey('pair', { from: 'old', to: 'new' })]: r },
    cols: 120,
    rows: 40,
    ...o,
  });
}

/** A store page with `n` versions v0..v(n-1), dated 2024-01-01 + i days. */
export function storePage(id: string, n: number, o: Partial<PageInfo> = {}): PageInfo {
  const versions = Array.from({ length: n }, (_, i) => ({ id: `${id}-v${i}`, label: `v${i}`, date: `2024-01-${String(i + 1).padStart(2, '0')}` }));
  return { id, title: id, versions, reviewed: null, ...o };
}

let devops: ChangeReport | null = null;
/** The flagship pair, through the real pipeline (snapshots/devops-guru 2021 awsdocs -> 2024 rendered text). */
export function devopsGuruReport(): ChangeReport {
  if (!devops) {
    const a = normalize(readSource('snapshots/devops-guru.2021.awsdocs.md', {}));
    const b = normalize(readSource('snapshots/devops-guru.2024.rendered.txt', {}));
    devops = compareForReview(a, b);
  }
  return devops;
}
