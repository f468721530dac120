// The review reducer, driven directly with actions (no terminal, no React).
import { describe, expect, it } from 'vitest';
import {
  cursorRow,
  detailLayout,
  geometry,
  initState,
  pageOrder,
  reduce,
  reportKey,
  treeRows,
  wantedReports,
  type Action,
  type ReviewState,
} from '../../src/ui/state.js';
import { sectionLayout } from '../../src/ui/model.js';
import { change, devopsGuruReport, pairState, report, sampleReport, section, storePage } from './fixtures.js';

const run = (s: ReviewState, ...actions: Action[]) => actions.reduce(reduce, s);
const n: Action = { type: 'jumpChange', dir: 1 };
const N: Action = { type: 'jumpChange', dir: -1 };
const down: Action = { type: 'move', delta: 1 };
const up: Action = { type: 'move', delta: -1 };

describe('review state: a pair of files', () => {
  it('opens the only page, cursor on the page row, tree focused', () => {
    const s = pairState();
    expect(s.expanded).toBe('pair');
    expect(s.cursor).toEqual({ page: 'pair', section: null, change: 0 });
    expect(s.focus).toBe('tree');
    expect(treeRows(s).map((r) => (r.kind === 'page' ? 'page' : r.section))).toEqual(['page', 0, 1, 2]);
  });

  it('moves down and up through sections, clamped at both ends, each section starting at its first change', () => {
    let s = run(pairState(), down);
    expect(s.cursor).toEqual({ page: 'pair', section: 0, change: 0 });
    s = run(s, down, down, down, down);
    expect(s.cursor.section).toBe(2);
    s = run(s, up, up, up, up, up);
    expect(s.cursor.section).toBeNull();
  });

  it('enter on the open page steps into its first section; enter on a section focuses the diff; left walks back and collapses', () => {
    let s = run(pairState(), { type: 'open' });
    expect(s.cursor.section).toBe(0);
    s = run(s, { type: 'open' });
    expect(s.focus).toBe('detail');
    s = run(s, { type: 'close' });
    expect(s.focus).toBe('tree');
    s = run(s, { type: 'close' });
    expect(s.cursor.section).toBeNull();
    s = run(s, { type: 'close' });
    expect(s.expanded).toBeNull();
    expect(treeRows(s)).toHaveLength(1);
    s = run(s, { type: 'open' });
    expect(s.expanded).toBe('pair');
  });

  it('tab switches panes; up/down in the diff pane scroll it instead of moving the cursor', () => {
    const r = devopsGuruReport();
    let s = run(pairState(r, { rows: 12 }), down, { type: 'togglePane' });
    expect(s.focus).toBe('detail');
    s = run(s, down, down);
    expect(s.scroll).toBe(2);
    expect(s.cursor.section).toBe(0);
    s = run(s, up, up, up);
    expect(s.scroll).toBe(0);
  });

  it('n / N walk every change in document order, across sections, and stop at the ends with a message', () => {
    let s = run(pairState(), n);
    expect(s.cursor).toMatchObject({ section: 0, change: 0 });
    s = run(s, n, n);
    expect(s.cursor).toMatchObject({ section: 1, change: 0 });
    s = run(s, n, n);
    expect(s.cursor).toMatchObject({ section: 2, change: 0 });
    expect(s.message).toBe('last change on this page');
    s = run(s, N);
    expect(s.cursor).toMatchObject({ section: 1, change: 0 });
    expect(run(pairState(), N).cursor).toMatchObject({ section: 2, change: 0 });
    expect(run(pairState(), n, N).message).toBe('first change on this page');
  });

  it('n brings the change\'s diff to the top of the pane (DevOps Guru 2021 -> 2024: the TLS change)', () => {
    const r = devopsGuruReport();
    let s = run(pairState(r, { rows: 14 }), n);
    while (r.sections[s.cursor.section!].changes[s.cursor.change].old !== 'We recommend TLS 1.2 or later.') {
      const before = s.cursor;
      s = run(s, n);
      expect(s.cursor).not.toEqual(before);
    }
    const l = detailLayout(s)!;
    const k = l.changeIds.indexOf(s.cursor.change);
    expect(s.scroll).toBe(l.anchors[k]);
    expect(l.lines[l.anchors[k]].map((x) => x.text).join('')).toContain('TLS');
  });

  it('PgDn / PgUp scroll by a screen less two lines, clamped to the content', () => {
    const r = devopsGuruReport();
    let s = run(pairState(r, { rows: 14 }), down);
    const h = geometry(s).bodyHeight;
    const total = detailLayout(s)!.lines.length;
    s = run(s, { type: 'scrollPage', dir: 1 });
    expect(s.scroll).toBe(h - 2);
    for (let i = 0; i < 50; i++) s = run(s, { type: 'scrollPage', dir: 1 });
    expect(s.scroll).toBe(total - h);
    for (let i = 0; i < 50; i++) s = run(s, { type: 'scrollPage', dir: -1 });
    expect(s.scroll).toBe(0);
  });

  it('s toggles side by side; a scrolled pane stays on the current change', () => {
    const r = devopsGuruReport();
    let s = run(pairState(r, { rows: 14 }), n, n, n);
    const inline = detailLayout(s)!;
    s = run(s, { type: 'toggleSideBySide' });
    expect(s.sideBySide).toBe(true);
    const sbs = detailLayout(s)!;
    expect(sbs).not.toBe(inline);
    expect(sbs.lines.some((l) => l.some((seg) => seg.text === ' │ '))).toBe(true);
    const k = sbs.changeIds.indexOf(s.cursor.change);
    expect(s.scroll).toBe(Math.min(sbs.anchors[k], sbs.lines.length - geometry(s).bodyHeight));
    expect(run(s, { type: 'toggleSideBySide' }).sideBySide).toBe(false);
  });

  it('f cycles the minimum severity; the tree drops sections with nothing left and the cursor moves off them', () => {
    let s = run(pairState(), down); // intro: low + none
    s = run(s, { type: 'cycleSeverity' });
    expect(s.minSeverity).toBe('low');
    expect(s.cursor).toMatchObject({ section: 0, change: 0 });
    s = run(s, { type: 'cycleSeverity' });
    expect(s.minSeverity).toBe('medium');
    expect(treeRows(s).map((r) => (r.kind === 'page' ? 'page' : r.section))).toEqual(['page', 1, 2]);
    expect(s.cursor.section).toBe(1);
    s = run(s, { type: 'cycleSeverity' });
    expect(s.minSeverity).toBe('high');
    expect(treeRows(s)).toHaveLength(2);
    s = run(s, { type: 'cycleSeverity' });
    expect(s.minSeverity).toBe('none');
    expect(treeRows(s)).toHaveLength(4);
  });

  it('a change below the filter moves the current change to the first one shown', () => {
    const r = report([section('A', 'modified', [change({ severity: 'none' }), change({ severity: 'high' })])]);
    let s = run(pairState(r), n);
    expect(s.cursor.change).toBe(0);
    s = run(s, { type: 'cycleSeverity' }, { type: 'cycleSeverity' });
    expect(s.cursor).toMatchObject({ section: 0, change: 1 });
  });

  it('search finds headings and text, repeats with an empty query, wraps around, and says when nothing matches', () => {
    const search = (q: string): Action[] => [{ type: 'searchStart' }, { type: 'searchInput', text: q }, { type: 'searchSubmit' }];
    let s = run(pairState(), ...search('security'));
    expect(s.cursor).toMatchObject({ section: 1, change: 0 });
    expect(s.search).toEqual({ editing: false, query: '', last: 'security' });
    s = run(pairState(), ...search('TLS 1.3'));
    expect(s.cursor).toMatchObject({ section: 1, change: 0 });
    // "e": the page title, then each heading or text holding an "e", then round again
    const again: Action[] = [{ type: 'searchStart' }, { type: 'searchSubmit' }];
    s = run(pairState(), ...search('e'));
    expect(s.cursor).toMatchObject({ section: 0, change: 0 }); // heading "Test page"
    s = run(s, ...again);
    expect(s.cursor).toMatchObject({ section: 0, change: 1 }); // "A typo teh."
    s = run(s, ...again);
    expect(s.cursor).toMatchObject({ section: 1, change: 0 }); // heading "Security"
    s = run(s, ...again);
    expect(s.cursor).toMatchObject({ section: 2, change: 0 }); // "You can create 10 widgets."
    s = run(s, ...again);
    expect(s.cursor).toMatchObject({ section: null }); // wrapped round to the page title
    expect(s.message).toBe('found "e" in a page title');
    expect(run(pairState(), ...search('zebra')).message).toBe('no match for "zebra"');
  });

  it('search input takes backspace and drops control characters; esc cancels', () => {
    let s = run(pairState(), { type: 'searchStart' }, { type: 'searchInput', text: 'ab\x1b[2Jc' }, { type: 'searchBackspace' });
    expect(s.search.query).toBe('ab[2J');
    s = run(s, { type: 'searchCancel' });
    expect(s.search.editing).toBe(false);
  });

  it('r in a pair says reviews need a store', () => {
    expect(run(pairState(), { type: 'markReviewed' }).message).toMatch(/reviews are kept in a store/);
  });

  it('the version picker compares older -> newer whatever the order of picking, and refuses the same version twice', () => {
    let s = run(pairState(), { type: 'pickerOpen' });
    expect(s.picker).toMatchObject({ step: 'old', index: 0 });
    s = run(s, { type: 'pickerSelect' });
    expect(s.picker).toMatchObject({ step: 'new', index: 1, old: 'old' });
    s = run(s, { type: 'pickerMove', delta: -1 }, { type: 'pickerSelect' });
    expect(s.message).toBe('pick a different version than the old one');
    s = run(s, { type: 'pickerMove', delta: 1 }, { type: 'pickerSelect' });
    expect(s.picker).toBeNull();
    expect(s.pairs.pair).toEqual({ from: 'old', to: 'new' });
    s = run(s, { type: 'pickerOpen' }, { type: 'pickerMove', delta: 1 }, { type: 'pickerSelect' }, { type: 'pickerMove', delta: -1 }, { type: 'pickerSelect' });
    expect(s.pairs.pair).toEqual({ from: 'old', to: 'new' });
    expect(run(pairState(), { type: 'pickerOpen' }, { type: 'pickerCancel' }).picker).toBeNull();
  });

  it('? toggles help; q quits', () => {
    expect(run(pairState(), { type: 'toggleHelp' }).help).toBe(true);
    expect(run(pairState(), { type: 'toggleHelp' }, { type: 'toggleHelp' }).help).toBe(false);
    expect(run(pairState(), { type: 'quit' }).quit).toBe(true);
  });

  it('a key press clears the last message; a report arriving does not', () => {
    const s = run(pairState(), { type: 'markReviewed' });
    expect(run(s, { type: 'reportsLoaded', results: [] }).message).not.toBeNull();
    expect(run(s, down).message).toBeNull();
  });
});

describe('review state: terminal size', () => {
  it('one pane under 100 columns, two from 100', () => {
    expect(geometry(pairState(undefined, { cols: 99 }))).toMatchObject({ narrow: true, treeWidth: 99, detailWidth: 99 });
    expect(geometry(pairState(undefined, { cols: 100 }))).toMatchObject({ narrow: false, treeWidth: 34, detailWidth: 63 });
  });

  it('in one pane, n shows the diff and left comes back to the tree', () => {
    let s = run(pairState(undefined, { cols: 80 }), n);
    expect(s.focus).toBe('detail');
    s = run(s, { type: 'close' });
    expect(s.focus).toBe('tree');
  });

  it('resize re-lays the diff at the new width and keeps the scroll inside it', () => {
    const r = devopsGuruReport();
    let s = run(pairState(r, { rows: 14 }), down);
    for (let i = 0; i < 50; i++) s = run(s, { type: 'scrollPage', dir: 1 });
    const wide = detailLayout(s)!.lines.length;
    s = run(s, { type: 'resize', cols: 200, rows: 60 });
    expect(detailLayout(s)!.lines.length).toBeLessThan(wide);
    expect(s.scroll).toBe(Math.max(0, detailLayout(s)!.lines.length - geometry(s).bodyHeight));
  });
});

describe('review state: a store', () => {
  const pages = [
    storePage('a-quiet', 3, { severity: 'low' }),
    storePage('b-reviewed', 3, { reviewed: 'b-reviewed-v2', severity: null }),
    storePage('c-loud', 2, { severity: 'high' }),
    storePage('d-single', 1),
    storePage('e-unknown', 2),
  ];
  const base = () => initState({ kind: 'store', description: 'store s', canMarkReviewed: true, pages, cols: 120, rows: 20 });

  it('lists pages with unreviewed changes first, highest severity first', () => {
    expect(pageOrder(base())).toEqual(['c-loud', 'a-quiet', 'e-unknown', 'b-reviewed', 'd-single']);
  });

  it('compares from the last reviewed version (or the first) to the latest', () => {
    const s = base();
    expect(s.pairs['a-quiet']).toEqual({ from: 'a-quiet-v0', to: 'a-quiet-v2' });
    expect(s.pairs['b-reviewed']).toEqual({ from: 'b-reviewed-v1', to: 'b-reviewed-v2' });
    expect(s.pairs['d-single']).toBeNull();
  });

  it('asks for the report of the page under the cursor only, and shows it once it arrives', () => {
    let s = base();
    expect(wantedReports(s).map((w) => w.page)).toEqual(['c-loud']);
    s = run(s, down);
    expect(wantedReports(s).map((w) => w.page)).toEqual(['a-quiet']);
    const key = reportKey('a-quiet', s.pairs['a-quiet']!);
    s = run(s, { type: 'reportsLoaded', results: [{ key, report: sampleReport() }] }, { type: 'open' });
    expect(wantedReports(s)).toEqual([]);
    expect(treeRows(s).filter((r) => r.kind === 'section')).toHaveLength(3);
    const failed = run(base(), { type: 'reportsLoaded', results: [{ key: reportKey('c-loud', s.pairs['c-loud']!), error: 'boom' }] });
    expect(failed.reports[reportKey('c-loud', s.pairs['c-loud']!)]).toEqual({ status: 'error', message: 'boom' });
  });

  it('r queues one write of the new version, marks the page at once, and reports the outcome', () => {
    let s = run(base(), { type: 'markReviewed' });
    expect(s.effects).toEqual([{ id: 1, type: 'markReviewed', page: 'c-loud', version: 'c-loud-v1', previous: null }]);
    expect(s.reviewed['c-loud']).toBe('c-loud-v1');
    expect(run(s, { type: 'markReviewed' }).message).toBe('already marked reviewed at this version');
    const ok = run(s, { type: 'effectDone', id: 1 });
    expect(ok.effects).toEqual([]);
    expect(ok.message).toBe('marked "c-loud" reviewed at v1 (2024-01-02)');
    const bad = run(s, { type: 'effectDone', id: 1, error: 'disk full' });
    expect(bad.reviewed['c-loud']).toBeNull();
    expect(bad.message).toMatch(/could not mark "c-loud" reviewed: disk full/);
    // marking does not reorder the list under the cursor
    expect(pageOrder(ok)).toEqual(pageOrder(base()));
  });

  it('a page with one version cannot be marked or compared', () => {
    let s = base();
    while (s.cursor.page !== 'd-single') s = run(s, down);
    expect(run(s, { type: 'markReviewed' }).message).toMatch(/only one version/);
    expect(run(s, { type: 'pickerOpen' }).message).toBe('this page has only one version');
  });

  it('v picks any two versions from the history, and the new pair is what gets loaded', () => {
    let s = run(base(), down); // a-quiet, 3 versions
    s = run(s, { type: 'pickerOpen' }, { type: 'pickerMove', delta: 1 }, { type: 'pickerSelect' }, { type: 'pickerMove', delta: 5 }, { type: 'pickerSelect' });
    expect(s.pairs['a-quiet']).toEqual({ from: 'a-quiet-v1', to: 'a-quiet-v2' });
    expect(s.message).toBe('comparing v1 (2024-01-02) → v2 (2024-01-03)');
    expect(wantedReports(s)[0].key).toBe(reportKey('a-quiet', { from: 'a-quiet-v1', to: 'a-quiet-v2' }));
  });

  it('keeps the cursor row on screen in a long list', () => {
    const many = Array.from({ length: 600 }, (_, i) => storePage(`p${String(i).padStart(3, '0')}`, 2));
    let s = initState({ kind: 'store', description: 's', canMarkReviewed: true, pages: many, cols: 120, rows: 20 });
    const h = geometry(s).bodyHeight;
    for (let i = 0; i < 100; i++) s = run(s, down);
    expect(cursorRow(s)).toBe(100);
    expect(s.treeTop).toBe(100 - h + 1);
    for (let i = 0; i < 30; i++) s = run(s, up);
    expect(s.treeTop).toBe(70);
  });
});

describe('review state: staying fast on a 600-page store', () => {
  it('moving through 600 pages and back never re-lays a diff (speed: npm run bench, not a test)', () => {
    const many = Array.from({ length: 600 }, (_, i) => storePage(`p${String(i).padStart(3, '0')}`, 3, { severity: (['none', 'low', 'medium', 'high'] as const)[i % 4] }));
    const r = devopsGuruReport();
    let s = initState({ kind: 'store', description: 's', canMarkReviewed: true, pages: many, cols: 120, rows: 40 });
    const first = s.cursor.page!;
    s = run(s, { type: 'reportsLoaded', results: [{ key: reportKey(first, s.pairs[first]!), report: r }] }, { type: 'open' }, { type: 'open' });
    const layout = detailLayout(s);
    for (let i = 0; i < 1200; i++) s = run(s, i < 600 ? down : up);
    // back on the same section: the same layout object, built once
    while (s.cursor.section !== 0) s = run(s, down);
    expect(detailLayout(s)).toBe(layout);
    expect(sectionLayout(r, 0, { width: 77, sideBySide: false, color: true, min: 'none' })).toBe(layout);
  });
});
