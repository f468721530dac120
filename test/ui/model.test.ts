// Laying out a report for the screen: wrapping, side by side, and untrusted page text.
import { describe, expect, it } from 'vitest';
import { changeBody, sectionLayout, visibleChanges, visibleSections } from '../../src/ui/model.js';
import { clip, lineWidth, textWidth, wrapLine, type Line } from '../../src/ui/text.js';
import { detailLines, footerKeys, headerLines, treeLines } from '../../src/ui/view.js';
import { reduce } from '../../src/ui/state.js';
import { change, pairState, report, sampleReport, section } from './fixtures.js';

const text = (l: Line) => l.map((s) => s.text).join('');

describe('text layout', () => {
  it('wraps at spaces and never past the width; breaks a word only when it alone is too long', () => {
    const rows = wrapLine([{ text: 'We require TLS 1.2 and recommend TLS 1.3 for every endpoint.', style: 'text' }], 20);
    expect(rows.map(text)).toEqual(['We require TLS 1.2', 'and recommend TLS', '1.3 for every', 'endpoint.']);
    const long = wrapLine([{ text: 'x'.repeat(25), style: 'text' }], 10);
    expect(long.map(text)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('keeps styles across a wrap and measures wide characters as two columns', () => {
    const rows = wrapLine([{ text: 'aaa ', style: 'text' }, { text: 'bbb ccc', style: 'del' }], 7);
    expect(rows).toEqual([
      [
        { text: 'aaa ', style: 'text' },
        { text: 'bbb', style: 'del' },
      ],
      [{ text: 'ccc', style: 'del' }],
    ]);
    expect(textWidth('漢字')).toBe(4);
    for (const r of wrapLine([{ text: '漢字漢字漢字 abc', style: 'text' }], 5)) expect(lineWidth(r)).toBeLessThanOrEqual(5);
    expect(clip('abcdef', 4)).toBe('abc…');
  });
});

describe('report views', () => {
  it('a filter hides changes below it, and sections left empty', () => {
    const r = sampleReport();
    expect(visibleChanges(r, 'none')).toHaveLength(4);
    expect(visibleChanges(r, 'medium')).toEqual([{ section: 1, change: 0 }, { section: 2, change: 0 }]);
    expect(visibleSections(r, 'high')).toEqual([1]);
  });

  it('inline: one line of words; side by side: old left, new right, lined up on │', () => {
    const tls = sampleReport().sections[1].changes[0];
    const inline = changeBody(tls, { width: 80, sideBySide: false, color: true, min: 'none' });
    expect(inline.map(text)).toEqual(['We recommendrequire TLS 1.2 or laterand recommend TLS 1.3.']);
    expect(inline[0].find((s) => s.text === 'recommend')!.style).toBe('del');
    expect(inline[0].find((s) => s.text === 'require')!.style).toBe('ins');
    const sbs = changeBody(tls, { width: 41, sideBySide: true, color: true, min: 'none' });
    // (41 - 3) / 2 = 19 columns a side
    expect(sbs.map(text)).toEqual(['We recommend TLS    │ We require TLS 1.2', '1.2 or later.       │ and recommend TLS', '                    │ 1.3.']);
  });

  it('without colour, removed and added words are bracketed like the text report', () => {
    const tls = sampleReport().sections[1].changes[0];
    const inline = changeBody(tls, { width: 100, sideBySide: false, color: false, min: 'none' });
    expect(text(inline[0])).toBe('We [-recommend-]{+require+} TLS 1.2 [-or later-]{+and recommend TLS 1.3+}.');
  });

  it('a section lists one-line summaries first, then each change under a numbered rule', () => {
    const l = sectionLayout(sampleReport(), 1, { width: 60, sideBySide: false, color: true, min: 'none' });
    const lines = l.lines.map(text);
    expect(lines[0]).toBe('§ Security');
    expect(lines[l.summaryLines[0]]).toBe('  ~ HIGH   TLS: 1.2 recommended -> required');
    expect(lines[l.anchors[0]]).toMatch(/^── 1\/1 ~ HIGH TLS: 1\.2 recommended -> required ─+$/);
    expect(lines[l.anchors[0] + 1]).toBe('We recommendrequire TLS 1.2 or laterand recommend TLS 1.3.');
  });
});

describe('footer', () => {
  it('keeps the most useful keys when the terminal is narrow, in reading order', () => {
    expect(footerKeys(pairState(), 200)).toBe('↑↓ move  ⏎ open  ← close  tab pane  n/N change  PgDn/PgUp scroll  s side-by-side  f severity  / search  v versions  ? help  q quit');
    expect(footerKeys(pairState(), 40)).toBe('n/N change  f severity  ? help  q quit');
  });
});

describe('untrusted page text', () => {
  const evil = '\x1b]0;owned\x07\x1b[2J\u202eevil';
  const r = report([
    section(`Heading ${evil}`, 'modified', [
      change({ severity: 'high', old: `old ${evil}`, new: `new ${evil}`, words: [['-', `old ${evil}`], ['+', `new ${evil}`]], summary: `summary ${evil}` }),
      change({ type: 'added', severity: 'low', new: `line one\nline two ${evil}` }),
    ]),
  ], `Title ${evil}`);

  it('reaches the screen lines only as visible escapes', () => {
    let s = pairState(r);
    s = reduce(s, { type: 'move', delta: 1 });
    const all: string[] = [];
    for (const sbs of [false, true]) {
      const t = sbs ? reduce(s, { type: 'toggleSideBySide' }) : s;
      all.push(...headerLines(t).map(text), ...treeLines(t, 40, 30).map((v) => text(v.line)), ...detailLines(t, 77, 60).map((v) => text(v.line)));
    }
    all.push(...detailLines(reduce(s, { type: 'move', delta: -1 }), 77, 60).map((v) => text(v.line)));
    const screen = all.join('\n');
    expect(screen).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(screen).toContain('\\x1b]0;owned\\x07\\x1b[2J\\u202eevil');
  });
});
