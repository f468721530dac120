// Everything the rules look at for one change, computed once and lazily: sentences on each side,
// which old sentence became which new one, the facts in each, and the text that really changed.
// Rules read this; they never re-split or re-diff text themselves.

import type { Change, SectionStatus } from '../types.js';
import { promiseOf, strengthOf, type ServicePromise, type Strength } from './obligation.js';
import { lifecycleIn, type LifecycleMention } from './lifecycle.js';
import { extractQuantities, type Quantity } from './numbers.js';
import { compareVersions, extractVersions, type VersionChange, type VersionFamily, type VersionMention } from './versions.js';
import { PIECE_MAX, regroup } from '../util/text.js';
import { diffTokens, looseKey, sentencesOf, similarity, spanText, squash, stripUrls, wordNorms, type Hunk, type Sentence } from './text.js';
import { topicsIn, type CompiledTopic } from './topics.js';
import { cellSpans } from './numbers.js';

export interface ClassifyContext {
  heading: string | null;
  path: string[] | null;
  sectionStatus: SectionStatus;
  /**
   * Text of the blocks removed and added elsewhere in the same section. When the diff splits an
   * edit into a removed and an added block ("FIPS 140-2" bullet out, "FIPS 140-3" bullet in),
   * version facts are compared across them.
   */
  siblings?: { removed: string[]; added: string[] };
  /** where a rule says it read its input in a bounded, coarser way (the report's fallbacks) */
  notes?: string[];
}

export interface SentencePair {
  old: Sentence;
  new: Sentence;
  similarity: number;
  hunks: Hunk[];
  /** set by a fact rule that explained this pair; the editorial fallback then skips it */
  explained: Set<string>;
  /** old and new differ only in spacing, punctuation or case: no fact can have changed */
  trivial: boolean;
}

/** One sentence split into several, or several merged into one, with the same words. */
export interface Regrouped {
  old: Sentence[];
  new: Sentence[];
}

export interface AnalysisOptions {
  topics: readonly CompiledTopic[];
  families: readonly VersionFamily[];
}

const PAIR_THRESHOLD = 0.45;
/** More numbers than this in one sentence are data, not a statement (see quantities()). */
export const MAX_QUANTITIES = 200;
const MAX_PAIR_CANDIDATES = 2500;
const PAIR_WINDOW = 12;

const siblingMemo = new WeakMap<string[], VersionMention[]>();

/** Two versions of one sentence, token-diffed. */
export function makePair(o: Sentence, n: Sentence, sim = similarity(wordNorms(o.tokens), wordNorms(n.tokens))): SentencePair {
  return { old: o, new: n, similarity: sim, hunks: diffTokens(o.tokens, n.tokens), explained: new Set(), trivial: squash(o.text) === squash(n.text) };
}

export class Analysis {
  readonly oldText: string;
  readonly newText: string;
  private memo = new Map<string, unknown>();

  constructor(
    readonly change: Change,
    readonly ctx: ClassifyContext,
    readonly opts: AnalysisOptions,
  ) {
    this.oldText = change.old ?? '';
    this.newText = change.new ?? '';
  }

  private once<T>(key: string, f: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, f());
    return this.memo.get(key) as T;
  }

  private sentenceMemo = new WeakMap<Sentence, Map<string, unknown>>();
  private per<T>(s: Sentence, key: string, f: () => T): T {
    let m = this.sentenceMemo.get(s);
    if (!m) this.sentenceMemo.set(s, (m = new Map()));
    if (!m.has(key)) m.set(key, f());
    return m.get(key) as T;
  }

  /** Record a bounded, coarser reading (once per text). */
  note(text: string): void {
    const notes = this.ctx.notes;
    if (notes && !notes.includes(text)) notes.push(text);
  }

  private split(text: string | null): Sentence[] {
    const out = sentencesOf(text);
    if (out.some((s) => s.piece)) this.note(`a sentence over ${PIECE_MAX.toLocaleString('en')} characters was classified in pieces cut at words`);
    return out;
  }

  get oldSentences(): Sentence[] {
    return this.once('os', () => (this.change.type === 'added' ? [] : this.split(this.change.old)));
  }

  get newSentences(): Sentence[] {
    return this.once('ns', () => (this.change.type === 'removed' ? [] : this.split(this.change.new)));
  }

  /** Sentence alignment: identical ones drop out, similar ones pair, the rest are added/removed. */
  private get alignment(): { pairs: SentencePair[]; added: Sentence[]; removed: Sentence[]; regrouped: Regrouped[] } {
    return this.once('align', () => {
      const olds = [...this.oldSentences];
      const news = [...this.newSentences];
      if (this.change.type !== 'changed') return { pairs: [], added: news, removed: olds, regrouped: [] };
      const byKey = new Map<string, Sentence[]>();
      for (const s of news) {
        const k = looseKey(s.text);
        const l = byKey.get(k) ?? [];
        l.push(s);
        byKey.set(k, l);
      }
      let leftOld: Sentence[] = [];
      const matchedNew = new Set<Sentence>();
      for (const s of olds) {
        const l = byKey.get(looseKey(s.text));
        const hit = l?.shift();
        if (hit) matchedNew.add(hit);
        else leftOld.push(s);
      }
      let leftNew = news.filter((s) => !matchedNew.has(s));
      // sentences only split or merged, with the same words: editorial, not added or removed
      const regrouped: Regrouped[] = [];
      if (leftOld.length * leftNew.length <= MAX_PAIR_CANDIDATES && leftOld.length + leftNew.length >= 3) {
        for (const r of regroup(leftOld.map((x) => wordNorms(x.tokens)), leftNew.map((x) => wordNorms(x.tokens)))) regrouped.push({ old: r.olds.map((x) => leftOld[x]), new: r.news.map((y) => leftNew[y]) });
        const taken = new Set(regrouped.flatMap((r) => [...r.old, ...r.new]));
        leftOld = leftOld.filter((x) => !taken.has(x));
        leftNew = leftNew.filter((x) => !taken.has(x));
      }
      const cand: Array<{ o: Sentence; n: Sentence; sim: number }> = [];
      const wo = new Map(leftOld.map((s) => [s, wordNorms(s.tokens)]));
      const wn = new Map(leftNew.map((s) => [s, wordNorms(s.tokens)]));
      // all pairs for ordinary blocks; for a huge rewritten block only sentences near the same relative place
      const window = leftOld.length * leftNew.length > MAX_PAIR_CANDIDATES ? PAIR_WINDOW : Infinity;
      leftOld.forEach((o, i) => {
        const centre = leftOld.length > 1 ? Math.round((i * (leftNew.length - 1)) / (leftOld.length - 1)) : 0;
        for (let j = Math.max(0, centre - window); j < Math.min(leftNew.length, centre + window + 1); j++) {
          const n = leftNew[j];
          cand.push({ o, n, sim: similarity(wo.get(o)!, wn.get(n)!) });
        }
      });
      cand.sort((x, y) => y.sim - x.sim);
      const usedO = new Set<Sentence>();
      const usedN = new Set<Sentence>();
      const pairs: SentencePair[] = [];
      const mk = makePair;
      for (const c of cand) {
        if (c.sim < PAIR_THRESHOLD) break;
        if (usedO.has(c.o) || usedN.has(c.n)) continue;
        usedO.add(c.o);
        usedN.add(c.n);
        pairs.push(mk(c.o, c.n, c.sim));
      }
      let removed = leftOld.filter((s) => !usedO.has(s));
      let added = leftNew.filter((s) => !usedN.has(s));
      // One sentence left on each side of a changed block: it is a rewrite of that sentence.
      if (removed.length === 1 && added.length === 1) {
        const sim = similarity(wo.get(removed[0])!, wn.get(added[0])!);
        if (sim >= 0.2 || (pairs.length === 0 && sim > 0)) {
          pairs.push(mk(removed[0], added[0], sim));
          removed = [];
          added = [];
        }
      }
      pairs.sort((x, y) => x.new.index - y.new.index);
      return { pairs, added, removed, regrouped };
    });
  }

  get pairs(): SentencePair[] {
    return this.alignment.pairs;
  }
  get addedSentences(): Sentence[] {
    return this.alignment.added;
  }
  get removedSentences(): Sentence[] {
    return this.alignment.removed;
  }
  /** Sentences split in two (or more) or merged into one, with the same words. */
  get regrouped(): Regrouped[] {
    return this.alignment.regrouped;
  }

  /** Version mentions in one sentence (memoised per sentence text). */
  mentionsIn(s: Sentence): VersionMention[] {
    return this.per(s, 'vm', () => extractVersions(s.text, this.opts.families));
  }

  versionMentions(side: 'old' | 'new'): VersionMention[] {
    return (side === 'old' ? this.oldSentences : this.newSentences).flatMap((s) => this.mentionsIn(s));
  }

  get versionChanges(): VersionChange[] {
    return this.once('vc', () => {
      const own = compareVersions(this.versionMentions('old'), this.versionMentions('new'), this.opts.families, this.change.type === 'changed');
      const sib = this.ctx.siblings;
      if (!sib || this.ctx.sectionStatus === 'added' || this.ctx.sectionStatus === 'removed') return own;
      if (this.change.type === 'added' && sib.removed.length) {
        // the old side of this new block may be a block the diff reported as removed
        const before = this.siblingMentions(sib.removed);
        const now = this.versionMentions('new');
        const shared = new Set(before.map((m) => m.family).filter((f) => now.some((n) => n.family === f)));
        if (!shared.size) return own;
        const across = compareVersions(
          before.filter((m) => shared.has(m.family)),
          now.filter((m) => shared.has(m.family)),
          this.opts.families,
        );
        return [...own.filter((c) => !shared.has(c.family)), ...across];
      }
      if (this.change.type === 'removed' && sib.added.length) {
        // reported once, on the added block that carries the new facts
        const after = new Set(this.siblingMentions(sib.added).map((m) => m.family));
        return own.filter((c) => !after.has(c.family));
      }
      return own;
    });
  }

  /** Version mentions in the blocks removed (or added) elsewhere in the section: read once per section, not once per change. */
  private siblingMentions(texts: string[]): VersionMention[] {
    let got = siblingMemo.get(texts);
    if (!got) siblingMemo.set(texts, (got = texts.flatMap((t) => sentencesOf(t).flatMap((s) => extractVersions(s.text, this.opts.families)))));
    return got;
  }

  /** Character spans of version mentions in a sentence, so numbers skip "TLS 1.2". */
  versionSpans(s: Sentence): Array<[number, number]> {
    return this.mentionsIn(s).map((m) => [m.start, m.end] as [number, number]);
  }

  /** Quantities of a sentence; none past MAX_QUANTITIES (a run of data, not a statement: pairing them is quadratic). */
  quantities(s: Sentence): Quantity[] {
    return this.per(s, 'q', () => this.bounded(extractQuantities(s.text, this.versionSpans(s))));
  }

  /** Quantities including parenthetical echoes ("(1095 days)"), for masking. */
  allQuantities(s: Sentence): Quantity[] {
    return this.per(s, 'qa', () => this.bounded(extractQuantities(s.text, this.versionSpans(s), true)));
  }

  private bounded(qs: Quantity[]): Quantity[] {
    if (qs.length <= MAX_QUANTITIES) return qs;
    this.note(`a sentence with over ${MAX_QUANTITIES} numbers was not compared number by number`);
    return [];
  }

  strength(s: Sentence): Strength {
    return this.per(s, 'st', () => strengthOf(s.text));
  }

  /** The lifecycle event a sentence announces (end of support, deprecation...). */
  lifecycle(s: Sentence): LifecycleMention | null {
    return this.per(s, 'lc', () => lifecycleIn(s.text));
  }

  /** A service's own promise in a sentence ("we'll send", "we try to send"). */
  promise(s: Sentence): ServicePromise | null {
    return this.per(s, 'pr', () => promiseOf(s.text));
  }

  /** Text that differs: changed token runs (with `pad` tokens of context) and whole added/removed sentences. */
  changedText(pad = 2): string {
    return this.once(`ct:${pad}`, () => {
      const parts: string[] = [];
      for (const p of this.pairs) {
        for (const h of p.hunks) {
          parts.push(spanText(p.old.text, p.old.tokens, Math.max(0, h.oldStart - pad), Math.min(p.old.tokens.length, h.oldEnd + pad)));
          parts.push(spanText(p.new.text, p.new.tokens, Math.max(0, h.newStart - pad), Math.min(p.new.tokens.length, h.newEnd + pad)));
        }
      }
      for (const s of this.addedSentences) parts.push(s.text);
      for (const s of this.removedSentences) parts.push(s.text);
      return parts.filter(Boolean).join(' … ');
    });
  }

  /** Topics whose keywords appear in what changed. */
  get touchedTopics(): CompiledTopic[] {
    return this.once('tt', () => topicsIn(this.opts.topics, stripUrls(this.changedText(2))));
  }

  topicsOf(text: string): CompiledTopic[] {
    return topicsIn(this.opts.topics, stripUrls(text));
  }

  /** First cell of the table row this change sits in, if it is one. */
  get rowLabel(): string | null {
    return this.once('row', () => {
      const t = this.change.new ?? this.change.old ?? '';
      if (this.change.block !== 'table-row' && !t.includes('|') && !t.includes('\t')) return null;
      const cells = cellSpans(t);
      return cells ? cells[0].text : null;
    });
  }
}
