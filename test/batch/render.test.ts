// Batch presenters over a hand-made BatchReport (no diffing here): the text overview line by
// line, the Markdown table, JSON with and without the per-page reports.
import { describe, expect, it } from 'vitest';
import type { ChangeReport } from '../../src/types.js';
import type { BatchReport } from '../../src/batch/types.js';
import { renderBatchJson, renderBatchMarkdown, renderBatchText } from '../../src/present/batch.js';
import { batchExitCode, filterBatch } from '../../src/batch/index.js';

const zero = { none: 0, low: 0, medium: 0, high: 0 };
const noSections = { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0 };

const pageReport: ChangeReport = {
  schemaVersion: 1,
  old: { label: 'old/keys.md', format: 'markdown', title: 'Keys' },
  new: { label: 'new/keys.md', format: 'markdown', title: 'Keys' },
  summary: { added: 0, removed: 0, modified: 1, renamed: 0, moved: 0, severity: 'high', counts: { ...zero, high: 1 } },
  sections: [
    {
      status: 'modified',
      oldHeading: 'Rotation',
      newHeading: 'Rotation',
      oldPath: ['Keys', 'Rotation'],
      newPath: ['Keys', 'Rotation'],
      anchor: null,
      moved: false,
      severity: 'high',
      changes: [
        {
          type: 'changed',
          old: 'Keys rotate every year.',
          new: 'Keys rotate every month.',
          category: 'number',
          severity: 'high',
          summary: 'rotation: every year -> every month',
          words: [['=', 'Keys rotate every '], ['-', 'year'], ['+', 'month'], ['=', '.']],
        },
      ],
    },
  ],
  fallbacks: [],
};

const report: BatchReport = {
  schemaVersion: 1,
  old: { dir: 'old', files: 5, bytes: 1000, skipped: [] },
  new: { dir: 'new', files: 5, bytes: 1100, skipped: [] },
  counts: { modified: 1, renamed: 1, added: 1, removed: 1, unchanged: 1, error: 1 },
  severity: 'high',
  pages: [
    { path: 'bad.md', status: 'error', severity: 'none', summary: { sections: noSections, changes: zero }, error: 'bad.md: binary input (NUL bytes), not a text page' },
    { path: 'keys.md', status: 'modified', severity: 'high', title: 'Keys', summary: { sections: { ...noSections, modified: 1 }, changes: { ...zero, high: 1 } }, report: pageReport },
    { path: 'launch.md', status: 'added', severity: 'medium', title: 'Launch', summary: { sections: noSections, changes: zero } },
    { path: 'mfa-fido.md', oldPath: 'mfa-u2f.md', status: 'renamed', severity: 'low', title: 'MFA', similarity: 0.746, summary: { sections: { ...noSections, modified: 2 }, changes: { ...zero, low: 3 } } },
    { path: 'old\u001b[31m.md', status: 'removed', severity: 'medium', summary: { sections: noSections, changes: zero } },
    { path: 'same.md', status: 'unchanged', severity: 'none', same: 'bytes', summary: { sections: noSections, changes: zero } },
  ],
  groups: [
    { id: 'g1', type: 'changed', category: 'number', summary: 'rotation: every year -> every month', severity: 'high', old: 'Keys rotate every year.', new: 'Keys rotate every month.', pages: ['a.md', 'b.md', 'c.md'], occurrences: 4 },
  ],
  fallbacks: ['keys.md: page too large for section alignment'],
};

describe('renderBatchText', () => {
  it('prints the pages most severe first, key changes under high and medium ones, then the repeated changes', () => {
    expect(renderBatchText(report, { groupPages: 2 })).toBe(
      [
        'redline old → new',
        '5 → 5 pages · 1 modified, 1 renamed, 1 added, 1 removed, 1 unchanged, 1 error · severity HIGH',
        'pages by severity: 1 high, 2 medium, 1 low; key changes under each high and medium page',
        'note: keys.md: page too large for section alignment',
        '',
        // errors first, then by severity, then modified, renamed, added, removed, then by path
        '  ! ERROR  bad.md: binary input (NUL bytes), not a text page',
        '  M HIGH   keys.md  1 high · sections: 1 modified',
        '             HIGH   rotation: every year -> every month (Rotation)',
        '  A MEDIUM launch.md  "Launch"',
        '  D MEDIUM old\\x1b[31m.md',
        '  R LOW    mfa-fido.md  ← mfa-u2f.md (75% similar)  3 low · sections: 2 modified',
        '',
        'Repeated changes (1)',
        '    3 pages  HIGH   rotation: every year -> every month',
        '             - Keys rotate every year.',
        '             + Keys rotate every month.',
        '             a.md, b.md, … and 1 more',
        '',
      ].join('\n'),
    );
  });

  it('lists unchanged pages on request and appends page details', () => {
    const t = renderBatchText(report, { showUnchanged: true, details: true });
    expect(t).toContain('  = NONE   same.md  (identical)\n');
    expect(t).toContain('━━ keys.md\nredline old/keys.md (markdown) → new/keys.md (markdown)');
    expect(t).toContain('[-year-]{+month+}');
  });

  it('says when nothing changed', () => {
    const quiet: BatchReport = { ...report, counts: { ...report.counts, modified: 0, renamed: 0, added: 0, removed: 0, error: 0 }, pages: [report.pages[5]], groups: [], fallbacks: [], severity: 'none' };
    expect(renderBatchText(quiet)).toBe('redline old → new\n5 → 5 pages · 1 unchanged · severity NONE\n\nNo changes.\n');
  });
});

describe('renderBatchMarkdown', () => {
  it('writes a table of pages and the repeated changes', () => {
    const md = renderBatchMarkdown(report);
    expect(md).toContain('# Changes: `old` → `new`\n');
    expect(md).toContain('| `keys.md` | modified | high | 1 high · sections: 1 modified |\n');
    expect(md).toContain('| `mfa-fido.md` (from `mfa-u2f.md`) | renamed | low | 3 low · sections: 2 modified |\n');
    expect(md).toContain('| `bad.md` | error |  | binary input (NUL bytes), not a text page |\n');
    // mdEscape (present/markdown.ts) decides whether '>' is escaped
    expect(md).toMatch(/- \*\*high\*\* · rotation: every year -\\?> every month · 3 pages\n  - old: Keys rotate every year\.\n  - new: Keys rotate every month\.\n  - pages: `a\.md`, `b\.md`, `c\.md`\n/);
    expect(md).not.toContain('same.md');
    expect(md).not.toContain('\u001b');
  });

  it('appends page reports one heading level down', () => {
    expect(renderBatchMarkdown(report, { details: true })).toContain('\n## Changes: Keys\n');
  });
});

describe('renderBatchJson', () => {
  it('round-trips the report, or leaves page reports out', () => {
    expect(JSON.parse(renderBatchJson(report))).toEqual(report);
    const slim = JSON.parse(renderBatchJson(report, { reports: false }));
    expect(slim.pages[1].report).toBeUndefined();
    expect(slim.pages[1].summary).toEqual(report.pages[1].summary);
  });
});

describe('filterBatch and batchExitCode', () => {
  it('keeps pages and groups at or above a severity, and errors', () => {
    const f = filterBatch(report, { minSeverity: 'high' });
    expect(f.pages.map((p) => p.path)).toEqual(['bad.md', 'keys.md', 'same.md']);
    expect(f.groups).toHaveLength(1);
    expect(filterBatch(report, { minSeverity: 'medium' }).pages.map((p) => p.status)).toEqual(['error', 'modified', 'added', 'removed', 'unchanged']);
    expect(f.counts).toEqual(report.counts);
  });

  it('exits 1 on changes, or only on changes at the fail-on level', () => {
    expect(batchExitCode(report)).toBe(1);
    expect(batchExitCode(report, 'high')).toBe(1);
    const low: BatchReport = { ...report, pages: report.pages.filter((p) => p.severity !== 'high') };
    expect(batchExitCode(low, 'high')).toBe(0);
    const none: BatchReport = { ...report, counts: { modified: 0, renamed: 0, added: 0, removed: 0, unchanged: 1, error: 0 }, pages: [report.pages[5]] };
    expect(batchExitCode(none)).toBe(0);
  });
});
