// Issue 17 item 4: every classifier rule reads bounded input. Checked by the cut-offs themselves
// (the size of what a rule is handed, the window a cue is read from), never by timing.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without types
import { worstCases } from '../../bench/worst-cases.js';
import { compare } from '../../src/pipeline.js';
import { Analysis, MAX_QUANTITIES } from '../../src/classify/analysis.js';
import { classifyChange, DEFAULT_RULES } from '../../src/classify/index.js';
import { cueWindow, extractVersions, LOOKBACK_CHARS } from '../../src/classify/versions.js';
import { PIECE_MAX, PIECE_MIN, pieces } from '../../src/util/text.js';
import { change } from './support/cases.js';

interface WorstCase {
  name: string;
  old: string;
  new: string;
}
const tls = (worstCases() as WorstCase[]).find((c) => c.name === 'paragraph-tls-1mb')!;
const body = (md: string) => md.slice(md.indexOf('\n\n') + 2).trim();

describe('pieces: long sentences cut at content-defined word boundaries', () => {
  const text = body(tls.old);
  const cut = pieces(text);

  it('keeps every word, in order, and no piece is over PIECE_MAX', () => {
    expect(cut.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
    expect(Math.max(...cut.map((p) => p.length))).toBeLessThanOrEqual(PIECE_MAX);
    expect(cut.slice(0, -1).every((p) => p.length >= PIECE_MIN - 1)).toBe(true);
  });

  it('an edit moves only the cuts next to it: 50 edited words, at most 50 pieces x 3 differ', () => {
    const other = new Set(pieces(body(tls.new)));
    const differ = cut.filter((p) => !other.has(p)).length;
    expect(differ).toBeGreaterThan(0);
    expect(differ).toBeLessThanOrEqual(150);
  });

  it('one word longer than PIECE_MAX is cut inside the word', () => {
    const word = 'a'.repeat(3 * PIECE_MAX + 5);
    expect(pieces(`x ${word} y`).map((p) => p.length)).toEqual([1, PIECE_MAX, PIECE_MAX, PIECE_MAX, 5 + 2]);
  });

  it('text within PIECE_MAX comes back whole', () => {
    expect(pieces('We require TLS 1.2.')).toEqual(['We require TLS 1.2.']);
  });
});

describe('cut-offs on what the rules read', () => {
  it(`a version's status cue is read from at most ${LOOKBACK_CHARS} characters before it, starting at a word`, () => {
    const sentence = `${'causes '.repeat(200_000)}TLS 1.2`;
    const w = cueWindow(sentence, sentence.length - 7);
    expect(w.length).toBeLessThanOrEqual(LOOKBACK_CHARS);
    expect(w.startsWith(' causes')).toBe(true);
    // the same status as in a short sentence: nothing cut a word in two ("uses" inside "causes")
    expect(extractVersions(sentence)[0].status).toBe('mentioned');
    expect(extractVersions('We require TLS 1.2')[0].status).toBe('required');
  });

  it('a 1 MB changed paragraph (the coarse diff hands it over whole) is read in pieces, and says so', () => {
    const notes: string[] = [];
    const c = change(body(tls.old), body(tls.new));
    const a = new Analysis(c, { heading: 'Transport security', path: null, sectionStatus: 'modified', notes }, { topics: DEFAULT_RULES.topics, families: DEFAULT_RULES.families });
    expect(a.oldSentences.length).toBeGreaterThan(200);
    expect(Math.max(...[...a.oldSentences, ...a.newSentences].map((s) => s.text.length))).toBeLessThanOrEqual(PIECE_MAX);
    expect(notes).toEqual([`a sentence over ${PIECE_MAX.toLocaleString('en')} characters was classified in pieces cut at words`]);
    const out = classifyChange(c, { heading: 'Transport security', path: null, sectionStatus: 'modified', notes });
    expect(out.severity).toBe('low');
  });

  it(`a sentence with more than ${MAX_QUANTITIES} numbers is not compared number by number, and says so`, () => {
    const nums = (k: number) => Array.from({ length: MAX_QUANTITIES + 1 }, (_, i) => `${i + k} days`).join(' then ');
    const notes: string[] = [];
    const out = classifyChange(change(nums(0), nums(1)), { heading: 'Retention', path: null, sectionStatus: 'modified', notes });
    expect(out.rules).not.toContain('number.changed');
    expect(notes).toContain(`a sentence with over ${MAX_QUANTITIES} numbers was not compared number by number`);
  });
});

describe('issue 17 item 4: one unpunctuated 1 MB paragraph naming "TLS 1.2" every 100 words, 50 words changed', () => {
  it('each edit is its own small change; the report says the paragraph was compared in pieces', () => {
    const r = compare({ label: 'old.md', text: tls.old, format: 'markdown' }, { label: 'new.md', text: tls.new, format: 'markdown' });
    const changes = r.sections.flatMap((s) => s.changes).filter((c) => !c.formatting);
    expect(r.fallbacks).toContain(`section "Transport security": a sentence over ${PIECE_MAX.toLocaleString('en')} characters was compared in pieces cut at words`);
    expect(changes.length).toBeGreaterThanOrEqual(40);
    expect(changes.length).toBeLessThanOrEqual(50);
    for (const c of changes) {
      expect(c.type).toBe('changed');
      expect(Math.max(c.old!.length, c.new!.length)).toBeLessThanOrEqual(PIECE_MAX);
    }
  });
});
