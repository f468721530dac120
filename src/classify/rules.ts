// Classification rules as data: each rule is a plain object `{ id, category, description, detect }`
// grouped in packs. `detect` reads the shared Analysis and returns findings; it never mutates the
// change. Severity policy lives in the findings each rule emits, not in a central if-chain.

import type { Severity } from '../types.js';
import { maxSeverity } from '../types.js';
import type { Analysis, SentencePair } from './analysis.js';
import { contentSummary, describeFormatting, FUNCTION_WORDS, judgeEdit } from './editorial.js';
import { detectFlip } from './negation.js';
import { diffQuantities, subjectOf, type Quantity } from './numbers.js';
import { clauseAfter, gradeName, strengthOfCues, type Strength } from './obligation.js';
import { escapeRe, looseKey, quote, shorten, spanText, stripUrls, type Sentence, type Token } from './text.js';
import { BROAD_TERMS, NUMBER_HIGH_RE, topicMatches, type CompiledTopic } from './topics.js';
import type { VersionChange, VersionFamily } from './versions.js';

export interface Finding {
  /** id of the rule that produced it */
  rule: string;
  category: string;
  severity: Severity;
  /** one line; empty = contributes severity only */
  summary: string;
  /** shown first in the change summary (section added, statement added...) */
  lead?: boolean;
  /** stop running further built-in rules for this change */
  terminal?: boolean;
  /** extra rule ids to record (e.g. a direction) */
  tags?: string[];
}

export interface Rule {
  id: string;
  category: string;
  description: string;
  detect: (a: Analysis) => Finding | Finding[] | null | undefined;
}

export interface RulePack {
  id: string;
  description: string;
  rules: Rule[];
}

export interface CompiledPattern {
  id: string;
  re: RegExp;
  severity: Severity;
  category?: string;
  summary?: string;
}

export interface CompiledSilence {
  pattern: RegExp | null;
  section: string | null;
  reason: string;
}

/** Everything classification runs with: built-in packs plus whatever a user config added. */
export interface RuleSet {
  packs: RulePack[];
  topics: CompiledTopic[];
  families: VersionFamily[];
  patterns: CompiledPattern[];
  silences: CompiledSilence[];
}

// ---------------------------------------------------------------------------------------------
// shared judgements

const POINTER_RE =
  /^(?:for\s+(?:more|additional|further|detailed|complete)?\s*(?:information|details|an?\s+(?:example|list|overview|walkthrough|tutorial)|examples|instructions|a\s+list)|see\b|to\s+learn|learn\s+more|related\s+(?:topics|information)|(?:note|important|tip|warning|topics|example)\s*:?\s*$)/i;

/** Console and CLI steps: how to do something, not what is promised. */
const PROCEDURE_RE =
  /^(?:step\s+\d+:?\s*)?(?:(?:in|on|from|under)\s+the\s+[^.]{0,60}?\b(?:pane|section|page|tab|console|dialog|box|list|menu|bar|window)\b|(?:then\s+)?(?:choose|select|click|clear|open|sign\s+in|navigate|go\s+to|enter|type|copy|paste|expand|scroll|confirm\s+that|review|run\s+the\s+following|use\s+the\s+following\s+command)\b|to\s+[^.]{0,80}\((?:console|aws\s+cli|aws\s+api|api|cli|sdk)\)\s*$|to\s+[^.]{0,120},\s+(?:run|use|choose|do|call|complete|follow|enter|type|select|open|sign\s+in)\b)/i;

const isSecurity = (ts: CompiledTopic[]) => ts.some((t) => t.security);
const topSeverity = (ts: CompiledTopic[]): Severity => ts.reduce<Severity>((s, t) => maxSeverity(s, t.severity), 'none');

/** How much an added or removed statement weighs: medium when it states a fact or touches a topic. */
export function statementWeight(a: Analysis, sentences: Sentence[]): { severity: Severity } {
  let severity: Severity = 'low';
  // nothing can weigh more than medium unless a user topic says so: stop looking once there
  const ceiling = a.opts.topics.reduce<Severity>((m, t) => (t.user ? maxSeverity(m, t.severity) : m), 'medium');
  for (const s of sentences) {
    if (severity === ceiling) break;
    const words = s.tokens.filter((t) => t.word).length;
    // "} 23." or "BucketName = targetBucketName 54.": code that lost its fence, not a statement
    if (s.tokens.filter((t) => t.word && /^[a-z][a-z'-]+$/i.test(t.text)).length < 3 && a.mentionsIn(s).length === 0) continue;
    const pointer = POINTER_RE.test(s.text);
    const quantities = a.quantities(s).length;
    const versions = a.mentionsIn(s).length;
    const strength = a.strength(s);
    const fragment = words <= 10 && !/[.!?:]$/.test(s.text) && quantities === 0 && versions === 0 && strength.level < 2;
    const procedure = PROCEDURE_RE.test(s.text) && versions === 0 && strength.level < 2;
    const ts = a.topicsOf(s.text);
    if (pointer) {
      // "For more information, see ..." stays low, unless a user topic says otherwise
      severity = maxSeverity(severity, topSeverity(ts.filter((t) => t.user)));
      continue;
    }
    if (procedure) {
      // a console step ("In the Password policy section, choose Edit."): low unless a user topic says otherwise
      severity = maxSeverity(severity, topSeverity(ts.filter((t) => t.user)));
      continue;
    }
    if (fragment) {
      // a list entry or label: weighs only through its topics
      severity = maxSeverity(severity, topSeverity(ts));
      continue;
    }
    if (ts.length) severity = maxSeverity(severity, topSeverity(ts));
    if (quantities || versions || strength.level >= 2) severity = maxSeverity(severity, 'medium');
  }
  return { severity };
}

function pairChangedText(p: SentencePair, pad = 2): string {
  return p.hunks
    .map(
      (h) =>
        spanText(p.old.text, p.old.tokens, Math.max(0, h.oldStart - pad), Math.min(p.old.tokens.length, h.oldEnd + pad)) +
        ' … ' +
        spanText(p.new.text, p.new.tokens, Math.max(0, h.newStart - pad), Math.min(p.new.tokens.length, h.newEnd + pad)),
    )
    .join(' … ');
}

const isTextChange = (a: Analysis) => a.change.type === 'changed';
const isSectionChange = (a: Analysis) =>
  (a.ctx.sectionStatus === 'added' && a.change.type === 'added') || (a.ctx.sectionStatus === 'removed' && a.change.type === 'removed');

// ---------------------------------------------------------------------------------------------
// packs

export const structurePack: RulePack = {
  id: 'structure',
  description: 'Moves, formatting-only edits, code blocks, and sections that appear or disappear.',
  rules: [
    {
      id: 'structure.formatting',
      category: 'formatting',
      description: 'Old and new differ only in markup, escapes, case, whitespace or link targets.',
      detect: (a) => {
        const sameText = isTextChange(a) && looseKey(a.oldText) === looseKey(a.newText);
        if (!a.change.formatting && !sameText) return null;
        const summary =
          a.change.type === 'moved' ? `Moved: ${quote(a.newText || a.oldText, 100)}` : isTextChange(a) ? describeFormatting(a.oldText, a.newText) : 'Formatting only';
        return { rule: 'structure.formatting', category: 'formatting', severity: 'none', summary, terminal: true };
      },
    },
    {
      id: 'structure.moved',
      category: 'moved',
      description: 'A block or a whole section that moved without changing: severity none.',
      detect: (a) => {
        // a move the diff itself calls formatting (list items reordered) is formatting: hidden by default
        if (a.change.type !== 'moved' || a.change.formatting) return null;
        const text = a.newText || a.oldText;
        // the report stage marks a moved section with a moved change that carries its heading
        const section = !a.change.block && text !== '' && (text === a.ctx.heading || a.ctx.path?.includes(text));
        return {
          rule: section ? 'structure.section-moved' : 'structure.moved',
          category: 'moved',
          severity: 'none',
          summary: section ? `Section moved: ${text}` : `Moved: ${quote(text, 100)}`,
          terminal: true,
        };
      },
    },
    {
      id: 'structure.heading',
      category: 'rename',
      description: 'A section heading reworded (the section itself is matched): low.',
      detect: (a) => {
        if (a.change.block !== 'heading' || a.change.type !== 'changed' || a.change.formatting) return null;
        const v = judgeEdit(a.oldText, a.newText);
        return {
          rule: v.editorial ? `structure.heading-${v.kind}` : 'structure.heading-renamed',
          category: 'rename',
          severity: v.kind === 'formatting' ? 'none' : 'low',
          summary: `Section renamed: ${quote(a.oldText, 70)} -> ${quote(a.newText, 70)}`,
          terminal: true,
          lead: true,
        };
      },
    },
    {
      id: 'structure.code',
      category: 'content',
      description: 'Code and examples: reported as low, facts inside are not read.',
      detect: (a) => {
        // JSON and YAML blocks compared as structures are the data pack's
        if (a.change.block !== 'code' || isSectionChange(a) || a.change.data) return null;
        const what = a.change.type === 'added' ? 'Code example added' : a.change.type === 'removed' ? 'Code example removed' : 'Code example changed';
        return { rule: 'structure.code', category: 'content', severity: 'low', summary: what, terminal: true, lead: true };
      },
    },
    {
      id: 'structure.section',
      category: 'structure',
      description: 'A section added or removed; at least medium when it touches a security topic or states facts.',
      detect: (a) => {
        if (!isSectionChange(a)) return null;
        const sentences = a.change.type === 'added' ? a.newSentences : a.oldSentences;
        const { severity } = statementWeight(a, sentences);
        const heading = a.ctx.heading ?? a.ctx.path?.[a.ctx.path.length - 1] ?? shorten(sentences[0]?.text ?? '', 60);
        const added = a.change.type === 'added';
        return {
          rule: added ? 'structure.section-added' : 'structure.section-removed',
          category: 'structure',
          severity: maxSeverity(severity, 'low'),
          summary: `Section ${added ? 'added' : 'removed'}: ${heading}`,
          lead: true,
        };
      },
    },
  ],
};

/** A version change as a finding: high when a control moved (a minimum, a requirement), else medium. */
export function versionFinding(c: VersionChange, tags: string[] = []): Finding {
  return { rule: 'version.changed', tags: [`version.${c.family}`, ...tags], category: 'version', severity: c.control ? 'high' : 'medium', summary: c.summary };
}

export const versionsPack: RulePack = {
  id: 'versions',
  description: 'TLS/SSL, FIPS 140, SigV4, AES, SHA, RSA, ECC and post-quantum versions: added, removed, minimum raised or lowered, status changed.',
  rules: [
    {
      id: 'version.changed',
      category: 'version',
      description: 'What a page says about a protocol or standard version changed.',
      detect: (a) => {
        if (a.change.type === 'moved') return null;
        const changes = a.versionChanges;
        if (!changes.length) return null;
        const families = new Set(changes.map((c) => c.family));
        for (const p of a.pairs) {
          if (a.mentionsIn(p.old).some((m) => families.has(m.family)) || a.mentionsIn(p.new).some((m) => families.has(m.family))) p.explained.add('version');
        }
        return changes.map((c) => versionFinding(c));
      },
    },
  ],
};

export const negationPack: RulePack = {
  id: 'negation',
  description: 'Polarity flips: supports <-> does not support, enabled <-> disabled, can <-> cannot.',
  rules: [
    {
      id: 'negation.flip',
      category: 'negation',
      description: 'The same statement now says the opposite.',
      detect: (a) => {
        const out: Finding[] = [];
        for (const p of a.pairs) {
          if (p.trivial) continue;
          const flip = detectFlip(p.old.text, p.new.text);
          if (!flip) continue;
          p.explained.add('negation');
          const guarantee = isSecurity(a.topicsOf(p.old.text + ' \n ' + p.new.text)) || a.strength(p.old).cues.length > 0 || a.strength(p.new).cues.length > 0;
          out.push({
            rule: 'negation.flip',
            tags: [`negation.${flip.direction}`],
            category: 'negation',
            severity: guarantee ? 'high' : 'medium',
            summary: `Negation flip: ${quote(flip.oldSnippet, 60)} -> ${quote(flip.newSnippet, 60)}`,
          });
        }
        return out;
      },
    },
  ],
};

/** The edit itself when it is short: ' ("don't" -> "we strongly recommend that you do not")'. */
function shortEdit(p: SentencePair): string {
  const edit = contentSummary(p.old.text, p.new.text);
  if (edit.startsWith('Reworded: ')) return '';
  const hunks = edit.replace(/^Changed: /, '');
  return hunks.length <= 90 ? ` (${hunks})` : '';
}

function withoutOnly(s: Strength): Strength {
  return strengthOfCues(s.cues.filter((c) => c.word !== 'only'));
}

/** The characters [start, end) of a sentence fall inside one of the pair's changed token runs. */
export function inHunk(p: SentencePair, side: 'old' | 'new', start: number, end: number): boolean {
  const s = side === 'old' ? p.old : p.new;
  return p.hunks.some((h) => {
    const [from, to] = side === 'old' ? [h.oldStart, h.oldEnd] : [h.newStart, h.newEnd];
    return from < to && s.tokens[from].start < end && s.tokens[to - 1].end > start;
  });
}

type Direction = 'stronger' | 'weaker' | 'added' | 'removed';

/** Which way an obligation went between two versions of a sentence, or null when it did not move enough to matter. */
function direction(p: SentencePair, so: Strength, sn: Strength): Direction | null {
  if (so.grade === sn.grade || Math.max(so.grade, sn.grade) < 2) return null;
  // an obligation that appears or goes away must be in the words that changed, not in a rewrite around it
  if (so.grade === 0) return inHunk(p, 'new', sn.top!.start, sn.top!.end) ? 'added' : null;
  if (sn.grade === 0) return inHunk(p, 'old', so.top!.start, so.top!.end) ? 'removed' : null;
  return sn.grade > so.grade ? 'stronger' : 'weaker';
}

export const obligationPack: RulePack = {
  id: 'obligation',
  description: 'Obligations on one scale (must, do not, only > strongly recommend > should, recommend > may, can) with direction, and a service\'s own promises (will > try to).',
  rules: [
    {
      id: 'obligation.strength',
      category: 'obligation',
      description: 'An obligation on the reader became stronger or weaker, appeared or went away, for the same subject.',
      detect: (a) => {
        const out: Finding[] = [];
        // the same modals on both sides of the change, only split or merged differently: nothing changed
        const grades = (ss: Sentence[]) => ss.flatMap((s) => a.strength(s).cues.map((c) => `${c.grade}${c.against ? '-' : ''}`)).sort().join(',');
        if (grades(a.oldSentences) === grades(a.newSentences)) return out;
        // how often each grade is said on each side: a modal that moved into another sentence ("X must be
        // unique, and can contain" -> "X must be unique. The names can contain") did not go away
        const countGrades = (ss: Sentence[]) => {
          const m = new Map<number, number>();
          for (const s of ss) for (const c of a.strength(s).cues) m.set(c.grade, (m.get(c.grade) ?? 0) + 1);
          return m;
        };
        let counts: { old: Map<number, number>; new: Map<number, number> } | null = null;
        for (const p of a.pairs) {
          // a loose rewrite is not "the same statement, stronger": the content fallback reports it
          if (p.trivial || p.similarity < FACT_PAIR_SIMILARITY || p.explained.has('version') || p.explained.has('negation')) continue;
          // "only" on both sides is word order, not a new restriction
          const bothOnly = /\bonly\b/i.test(p.old.text) && /\bonly\b/i.test(p.new.text);
          const so = bothOnly ? withoutOnly(a.strength(p.old)) : a.strength(p.old);
          const sn = bothOnly ? withoutOnly(a.strength(p.new)) : a.strength(p.new);
          const dir = direction(p, so, sn);
          if (!dir) continue;
          const up = sn.grade > so.grade;
          counts ??= { old: countGrades(a.oldSentences), new: countGrades(a.newSentences) };
          const g = up ? sn.grade : so.grade;
          if ((counts.new.get(g) ?? 0) === (counts.old.get(g) ?? 0)) continue;
          // an obligation gone from a sentence that still says its word ("are required to be" -> "required to be") was reworded
          const cue = (up ? sn : so).top!;
          const word = cue.text.split(/\s+/).pop()!.toLowerCase();
          if ((dir === 'added' || dir === 'removed') && new RegExp(`\\b${escapeRe(word)}\\b`, 'i').test(up ? p.old.text : p.new.text)) continue;
          // "you should use X" <-> "Instead, use X": an imperative still tells the reader to, it is not a statement
          const verb = clauseAfter(up ? p.new.text : p.old.text, cue.end).split(' ')[0];
          if ((dir === 'added' || dir === 'removed') && verb && new RegExp(`(?:^|[,;:]\\s*)${escapeRe(verb)}\\b`, 'i').test(up ? p.old.text : p.new.text)) continue;
          p.explained.add('obligation');
          const security = isSecurity(a.topicsOf(p.old.text + ' \n ' + p.new.text));
          const subject = clauseAfter(up ? p.new.text : p.old.text, cue.end);
          out.push({
            rule: `obligation.${dir}`,
            tags: [`obligation.${up ? 'strengthened' : 'weakened'}`],
            category: 'obligation',
            severity: security ? 'high' : 'medium',
            summary: `Obligation ${dir} (${gradeName(so)} -> ${gradeName(sn)}): ${subject ? quote(subject, 70) : quote(p.new.text, 70)}${shortEdit(p)}`,
          });
        }
        return out;
      },
    },
    {
      id: 'obligation.promise',
      category: 'promise',
      description: "A service's own promise weakened (will -> try to, automatically -> do our best) or strengthened.",
      detect: (a) => {
        const out: Finding[] = [];
        for (const p of a.pairs) {
          if (p.trivial || p.similarity < FACT_PAIR_SIMILARITY || p.explained.has('negation')) continue;
          const po = a.promise(p.old);
          const pn = a.promise(p.new);
          const weakened = pn?.kind === 'best-effort' && po?.kind !== 'best-effort' && inHunk(p, 'new', pn.start, pn.end);
          const strengthened = po?.kind === 'best-effort' && pn?.kind !== 'best-effort' && inHunk(p, 'old', po.start, po.end);
          if (!weakened && !strengthened) continue;
          p.explained.add('obligation');
          const what = (weakened ? pn : po)!.what;
          out.push({
            rule: weakened ? 'promise.weakened' : 'promise.strengthened',
            category: 'promise',
            severity: weakened ? 'high' : 'medium',
            summary: `Promise ${weakened ? 'weakened' : 'strengthened'} (${po ? po.word : 'stated'} -> ${pn ? pn.word : 'stated'}): ${what ? quote(what, 70) : quote(p.new.text, 70)}${shortEdit(p)}`,
          });
        }
        return out;
      },
    },
  ],
};

const NUMBER_PAIR_SIMILARITY = 0.5;
/** A content edit that only names a security area weighs medium from this many changed words. */
const BROAD_EDIT_WORDS = 4;
/** Below this, two paired sentences are a rewrite, and fact-by-fact comparison misleads. */
const FACT_PAIR_SIMILARITY = 0.5;

/** The words around a quantity, where "retained for" or "rotates ... every" would be. */
function around(text: string, q: Quantity): string {
  return text.slice(Math.max(0, q.start - 60), Math.min(text.length, q.end + 30));
}

const qKey = (q: Quantity) => `${q.dim}|${Math.round(q.base * 1000) / 1000}|${q.hiBase ?? ''}`;

/** How often each value occurs on each side of the whole change (a value that moved to another sentence did not change). */
function quantityStock(a: Analysis): { old: Map<string, number>; new: Map<string, number> } {
  const count = (ss: Sentence[]) => {
    const m = new Map<string, number>();
    for (const s of ss) for (const q of a.quantities(s)) m.set(qKey(q), (m.get(qKey(q)) ?? 0) + 1);
    return m;
  };
  return { old: count(a.oldSentences), new: count(a.newSentences) };
}

/** Changed quantities of a sentence pair, by subject ("AWS managed key rotation": ["every 3 years -> every year"]). */
export interface QuantityEdits {
  bySubject: Map<string, string[]>;
  tags: string[];
  /** near words that make a number a security control (retention, rotation...) */
  high: boolean;
}

/**
 * What changed in the numbers of a sentence pair. `label` names every value that its own clause
 * does not (a table row and column); without it, the row's first cell or the clause does.
 */
export function quantityEdits(a: Analysis, p: SentencePair, stockOf: () => { old: Map<string, number>; new: Map<string, number> }, label?: string): QuantityEdits | null {
  const qo = a.quantities(p.old);
  const qn = a.quantities(p.new);
  if (!qo.length && !qn.length) return null;
  const diffs = diffQuantities(p.old.text, qo, p.new.text, qn);
  if (!diffs.length) return null;
  const fallback = a.ctx.heading;
  const bySubject = new Map<string, string[]>();
  const tags = new Set<string>();
  const subj = (s: Sentence, q: Quantity, all: Quantity[]) =>
    label !== undefined ? subjectOf(s.text, q, all, label, label) : shorten(subjectOf(s.text, q, all, fallback, a.rowLabel && s.index > 0 ? a.rowLabel : null), 70);
  for (const d of diffs) {
    let subject: string;
    let part: string;
    if (d.old && d.new) {
      if (d.old.display === d.new.display) continue;
      subject = subj(p.new, d.new, qn);
      part = `${d.old.display} -> ${d.new.display}`;
      if (d.old.dim === d.new.dim) tags.add(d.new.base > d.old.base ? 'number.increased' : d.new.base < d.old.base ? 'number.decreased' : 'number.changed');
    } else if (d.new) {
      if (stockOf().old.has(qKey(d.new))) continue; // the value was there before, elsewhere or said again
      subject = subj(p.new, d.new, qn);
      part = `${d.new.display} added`;
      tags.add('number.added');
    } else {
      if (stockOf().new.has(qKey(d.old!))) continue;
      subject = subj(p.old, d.old!, qo);
      part = `${d.old!.display} removed`;
      tags.add('number.removed');
    }
    const l = bySubject.get(subject) ?? [];
    l.push(part);
    bySubject.set(subject, l);
  }
  if (!bySubject.size) return null;
  const near = diffs.map((d) => (d.old ? around(p.old.text, d.old) : '') + ' ' + (d.new ? around(p.new.text, d.new) : '')).join(' ');
  const high = NUMBER_HIGH_RE.test([...bySubject.keys()].join(' ') + ' ' + near);
  return { bySubject, tags: [...tags], high };
}

function describeQuantityPairs(a: Analysis, p: SentencePair, stockOf: () => { old: Map<string, number>; new: Map<string, number> }): Finding | null {
  const q = quantityEdits(a, p, stockOf);
  if (!q) return null;
  const summary = [...q.bySubject].map(([s, parts]) => `${s}: ${parts.join(', ')}`).join('; ');
  return { rule: 'number.changed', tags: q.tags, category: 'number', severity: q.high ? 'high' : 'medium', summary };
}

export const numbersPack: RulePack = {
  id: 'numbers',
  description: 'Quantities with units (sizes, durations, characters, counts): old -> new with direction.',
  rules: [
    {
      id: 'number.changed',
      category: 'number',
      description: 'A quota, limit, size or period changed, appeared or disappeared inside a statement.',
      detect: (a) => {
        const out: Finding[] = [];
        let stockMemo: ReturnType<typeof quantityStock> | null = null;
        const stock = () => (stockMemo ??= quantityStock(a));
        for (const p of a.pairs) {
          // a rewrite too loose to line numbers up: the editorial fallback reports it as a content edit
          if (p.trivial || p.explained.has('table') || (p.similarity < NUMBER_PAIR_SIMILARITY && !a.rowLabel)) continue;
          const f = describeQuantityPairs(a, p, stock);
          if (!f) continue;
          p.explained.add('number');
          out.push(f);
        }
        return out;
      },
    },
  ],
};

/**
 * The value next to "by default" changed: "encrypted by default with SSE-S3" -> "... SSE-KMS".
 * Word order ("disabled on X by default" -> "disabled by default on X") and rewording do not count.
 */
function defaultValueChanged(a: Analysis, p: SentencePair): boolean {
  if (p.similarity < 0.5) return false;
  if (judgeEdit(p.old.text, p.new.text, maskQuantities(p.old.text, a.allQuantities(p.old)), maskQuantities(p.new.text, a.allQuantities(p.new))).editorial) return false;
  const content = (ts: Token[]) => ts.filter((t) => t.word && !FUNCTION_WORDS.has(t.norm)).map((t) => t.norm);
  const co = content(p.old.tokens);
  const cn = content(p.new.tokens);
  const diff = new Set([...co.filter((w) => !cn.includes(w)), ...cn.filter((w) => !co.includes(w))]);
  if (!diff.size) return false;
  const window = (s: Sentence) => {
    const m = DEFAULT_RE.exec(s.text);
    if (!m) return [];
    const i = s.tokens.findIndex((t) => t.start >= m.index);
    const j = s.tokens.findIndex((t) => t.start >= m.index + m[0].length);
    return s.tokens.slice(Math.max(0, i - 4), j < 0 ? s.tokens.length : j + 4).map((t) => t.norm);
  };
  return [...window(p.old), ...window(p.new)].some((w) => diff.has(w));
}

/** Replace quantities with "#" so equal numbers written differently stop mattering. */
function maskQuantities(text: string, qs: Quantity[]): string {
  let out = '';
  let last = 0;
  for (const q of qs) {
    if (q.start < last) continue;
    out += text.slice(last, q.start) + '#';
    last = q.end;
  }
  return out + text.slice(last);
}

/** Topics too broad to make a default a security control on their own. */
const WEAK_DEFAULT_TOPICS = new Set(['residency', 'compliance']);

/**
 * A default being stated: "by default", "automatically encrypts", "defaults to", "the default key".
 * Not "default encryption" alone (an S3 feature name).
 */
const DEFAULT_RE = /\bby\s+default\b|(?<!\b(?:not|cannot|can't|never)\s+)(?<![.!?]\s*|^\s*|\bthe\s+)\bautomatically\s+(?:enables?|enabled|encrypts?|encrypted|rotates?|rotated|applies|applied|blocks?|blocked)\b|\bdefaults?\s+to\b|\bdefault\s+(?:key|keys|setting|settings|value|values|behaviou?r|configuration)\b|\b(?:is|are)\s+(?:the\s+)?default\b/i;

export const defaultsPack: RulePack = {
  id: 'defaults',
  description: 'Security defaults (encryption, keys, access, logging): what happens when the user does nothing.',
  rules: [
    {
      id: 'default.changed',
      category: 'default',
      description: 'A statement about a security default changed, appeared or disappeared.',
      detect: (a) => {
        const out: Finding[] = [];
        // a security keyword close to the default phrase: "encrypted by default", "By default, Block Public Access is on"
        const relevant = (text: string) => {
          const m = DEFAULT_RE.exec(text);
          if (!m) return false;
          const near = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
          return isSecurity(a.topicsOf(near).filter((t) => !WEAK_DEFAULT_TOPICS.has(t.id)));
        };
        for (const p of a.pairs) {
          if (p.trivial || p.explained.has('negation') || p.similarity < FACT_PAIR_SIMILARITY) continue;
          if (!relevant(p.old.text) && !relevant(p.new.text)) continue;
          const o = DEFAULT_RE.test(p.old.text);
          const n = DEFAULT_RE.test(p.new.text);
          // a default appeared, disappeared, or the words right around it changed
          if (!(o !== n ? o || n : o && defaultValueChanged(a, p))) continue;
          p.explained.add('default');
          out.push({ rule: 'default.changed', category: 'default', severity: 'high', summary: `Default changed: ${contentSummary(p.old.text, p.new.text).replace(/^\w+: /, '')}` });
        }
        if (!isSectionChange(a) && a.change.type !== 'moved') {
          for (const [list, verb] of [
            [a.addedSentences, 'added'],
            [a.removedSentences, 'removed'],
          ] as const) {
            const s = list.find((x) => DEFAULT_RE.test(x.text) && relevant(x.text) && !POINTER_RE.test(x.text) && !PROCEDURE_RE.test(x.text));
            // quoted once: when the statement summary already shows this sentence, only the severity is added
            const shown = list.length === 1 || bestSentence(a, list) === s;
            if (s) out.push({ rule: `default.${verb}`, category: 'default', severity: 'high', summary: shown ? '' : `Default ${verb}: ${quote(s.text, 90)}` });
          }
        }
        return out;
      },
    },
  ],
};

/** The sentence that says most: not a pointer, not a fragment, else the first. */
function bestSentence(a: Analysis, list: Sentence[]): Sentence {
  let best = list[0];
  let top = -Infinity;
  for (const s of list) {
    const words = s.tokens.filter((t) => t.word).length;
    let score = 0;
    if (POINTER_RE.test(s.text)) score -= 5;
    if (words <= 4 || !/[.!?:]$/.test(s.text)) score -= 2;
    if (a.mentionsIn(s).length) score += 3;
    if (a.quantities(s).length) score += 2;
    if (a.strength(s).level >= 2) score += 2;
    if (isSecurity(a.topicsOf(s.text))) score += 1;
    if (score > top) {
      top = score;
      best = s;
    }
  }
  return best;
}

export const statementsPack: RulePack = {
  id: 'statements',
  description: 'Sentences or blocks added or removed; medium when they state facts or touch a security topic.',
  rules: [
    {
      id: 'statement.added-removed',
      category: 'content',
      description: 'A statement appeared or disappeared.',
      detect: (a) => {
        // a table row added or removed is listed with its cells by the tables pack
        if (isSectionChange(a) || a.change.type === 'moved' || a.change.row) return null;
        const out: Finding[] = [];
        const whole = a.change.type === 'added' || a.change.type === 'removed';
        for (const [list, verb] of [
          [a.addedSentences, 'Added'],
          [a.removedSentences, 'Removed'],
        ] as const) {
          if (!list.length) continue;
          const { severity } = statementWeight(a, list);
          const best = bestSentence(a, list);
          const all = whole ? (verb === 'Added' ? a.newText : a.oldText) : list.map((x) => x.text).join(' ');
          const short = all.replace(/\s+/g, ' ').length <= 110;
          const text = short ? all : best.text;
          const more = !short && list.length > 1 ? ` (+${list.length - 1} more)` : '';
          // a lifecycle notice is summarised by the lifecycle rule, with its date
          const notice = list.some((x) => a.lifecycle(x));
          out.push({
            rule: verb === 'Added' ? 'statement.added' : 'statement.removed',
            category: 'content',
            severity: maxSeverity(severity, 'low'),
            summary: notice ? '' : `${verb}: ${quote(text, 100)}${more}`,
            lead: whole && !notice,
          });
        }
        return out;
      },
    },
  ],
};

/** An edit no fact rule explained: rewording that keeps the meaning (low), or a content edit (low, more on a security topic). */
export function judgePair(a: Analysis, p: SentencePair): Finding {
  // numbers restated in other words ("365 days" -> "one year (approximately 365 days)") are not edits
  const v = judgeEdit(p.old.text, p.new.text, maskQuantities(p.old.text, a.allQuantities(p.old)), maskQuantities(p.new.text, a.allQuantities(p.new)));
  if (v.editorial) {
    return {
      rule: `editorial.${v.kind}`,
      category: v.kind === 'formatting' ? 'formatting' : 'editorial',
      severity: v.kind === 'formatting' ? 'none' : 'low',
      summary: v.summary,
    };
  }
  // only the words that changed count: a page about passwords mentions passwords everywhere;
  // and naming an area ("an IAM user" -> "a user") is not changing a control
  const core = stripUrls(pairChangedText(p, 0));
  const hits = topicMatches(a.opts.topics, core).filter((h) => h.topic.security || h.topic.user);
  const changedWords = p.hunks.reduce(
    (n, h) =>
      n +
      [...p.old.tokens.slice(h.oldStart, h.oldEnd), ...p.new.tokens.slice(h.newStart, h.newEnd)].filter((t) => t.word && !FUNCTION_WORDS.has(t.norm)).length,
    0,
  );
  const weighty = hits.filter((h) => h.topic.user || !BROAD_TERMS.test(h.text.replace(/\s+/g, ' ')) || changedWords >= BROAD_EDIT_WORDS);
  const sec = [...new Set(weighty.map((h) => h.topic))];
  return {
    rule: 'content.changed',
    tags: sec.map((t) => `topic.${t.id}`),
    category: 'content',
    severity: sec.length ? maxSeverity('low', topSeverity(sec)) : 'low',
    summary: v.summary,
  };
}

export const editorialPack: RulePack = {
  id: 'editorial',
  description: 'What no fact rule explained: rewording that keeps the meaning (low, editorial) or a content edit (low, medium on a security topic).',
  rules: [
    {
      id: 'editorial.pair',
      category: 'editorial',
      description: 'Judge each changed sentence no other rule explained.',
      detect: (a) => {
        const out: Finding[] = [];
        if (isTextChange(a) && !a.pairs.length && !a.addedSentences.length && !a.removedSentences.length && !a.regrouped.length) {
          // every sentence is still there, in another order
          out.push({ rule: 'editorial.reordered', category: 'editorial', severity: 'low', summary: `Sentences reordered: ${quote(a.newSentences[0]?.text ?? a.newText, 80)}` });
        }
        for (const r of a.regrouped) {
          const split = r.new.length > 1;
          out.push({
            rule: split ? 'editorial.split' : 'editorial.merged',
            category: 'editorial',
            severity: 'low',
            summary: `${split ? 'Sentence split' : 'Sentences merged'}: ${quote((split ? r.old : r.new)[0].text, 90)}`,
          });
        }
        for (const p of a.pairs) if (!p.explained.size) out.push(judgePair(a, p));
        return out;
      },
    },
  ],
};

