// Classification rules as data: each rule is a plain object `{ id, category, description, detect }`
// grouped in packs. `detect` reads the shared Analysis and returns findings; it never mutates the
// change. Severity policy lives in the findings each rule emits, not in a central if-chain.

import type { Severity } from '../types.js';
import { maxSeverity } from '../types.js';
import type { Analysis, SentencePair } from './analysis.js';
import { describeHunks, judgeEdit } from './editorial.js';
import { detectFlip } from './negation.js';
import { diffQuantities, subjectOf, type Quantity } from './numbers.js';
import { LEVEL_NAMES } from './obligation.js';
import { looseKey, quote, shorten, spanText, type Sentence } from './text.js';
import { COMPILED_BUILTIN_TOPICS, NUMBER_HIGH_RE, type CompiledTopic } from './topics.js';
import { VERSION_FAMILIES, type VersionFamily } from './versions.js';

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

const isSecurity = (ts: CompiledTopic[]) => ts.some((t) => t.security);
const topSeverity = (ts: CompiledTopic[]): Severity => ts.reduce<Severity>((s, t) => maxSeverity(s, t.severity), 'none');

/** How much an added or removed statement weighs: medium when it states a fact or touches a topic. */
export function statementWeight(a: Analysis, sentences: Sentence[]): { severity: Severity; topics: CompiledTopic[] } {
  let severity: Severity = 'low';
  const topics: CompiledTopic[] = [];
  for (const s of sentences) {
    const words = s.tokens.filter((t) => t.word).length;
    const pointer = POINTER_RE.test(s.text);
    const quantities = a.quantities(s).length;
    const versions = a.mentionsIn(s).length;
    const strength = a.strength(s);
    const fragment = words <= 10 && !/[.!?:]$/.test(s.text) && quantities === 0 && versions === 0 && strength.level < 2;
    const ts = a.topicsOf(s.text);
    for (const t of ts) if (!topics.includes(t)) topics.push(t);
    if (pointer || fragment) {
      // pointers and headings-like fragments stay low, unless a user topic says otherwise
      severity = maxSeverity(severity, topSeverity(ts.filter((t) => t.user)));
      continue;
    }
    if (ts.length) severity = maxSeverity(severity, topSeverity(ts));
    if (quantities || versions || strength.level >= 2) severity = maxSeverity(severity, 'medium');
  }
  return { severity, topics };
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
      id: 'structure.moved',
      category: 'moved',
      description: 'A block that moved without changing: severity none.',
      detect: (a) =>
        a.change.type === 'moved'
          ? { rule: 'structure.moved', category: 'moved', severity: 'none', summary: `Moved: ${quote(a.newText || a.oldText, 100)}`, terminal: true }
          : null,
    },
    {
      id: 'structure.formatting',
      category: 'formatting',
      description: 'Old and new differ only in markup, escapes, case, whitespace or link targets.',
      detect: (a) => {
        const sameText = isTextChange(a) && looseKey(a.oldText) === looseKey(a.newText);
        if (!a.change.formatting && !sameText) return null;
        let summary = 'Formatting only (markup, escapes or link targets)';
        if (a.oldText !== a.newText && isTextChange(a)) {
          const v = judgeEdit(a.oldText, a.newText);
          summary = v.kind === 'formatting' ? 'Formatting only (case or whitespace)' : `Formatting: ${v.summary.replace(/^[A-Za-z ]+: /, '')}`;
        }
        return { rule: 'structure.formatting', category: 'formatting', severity: 'none', summary, terminal: true };
      },
    },
    {
      id: 'structure.code',
      category: 'content',
      description: 'Code and examples: reported as low, facts inside are not read.',
      detect: (a) => {
        if (a.change.block !== 'code' || isSectionChange(a)) return null;
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
        return changes.map((c) => ({
          rule: 'version.changed',
          tags: [`version.${c.family}`],
          category: 'version',
          severity: c.control ? 'high' : 'medium',
          summary: c.summary,
        }));
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

export const obligationPack: RulePack = {
  id: 'obligation',
  description: 'Requirement strength: must/require/only > should/recommend > may/can/supports.',
  rules: [
    {
      id: 'obligation.strength',
      category: 'obligation',
      description: 'A statement about the same subject became stronger or weaker.',
      detect: (a) => {
        const out: Finding[] = [];
        for (const p of a.pairs) {
          if (p.trivial || p.explained.has('version') || p.explained.has('negation')) continue;
          const so = a.strength(p.old);
          const sn = a.strength(p.new);
          if (!so.top || !sn.top || so.level === sn.level || Math.max(so.level, sn.level) < 2) continue;
          const stronger = sn.level > so.level;
          p.explained.add('obligation');
          const security = isSecurity(a.topicsOf(p.old.text + ' \n ' + p.new.text));
          out.push({
            rule: stronger ? 'obligation.stronger' : 'obligation.weaker',
            category: 'obligation',
            severity: security ? 'high' : 'medium',
            summary: `Obligation ${stronger ? 'stronger' : 'weaker'} (${LEVEL_NAMES[so.level]} -> ${LEVEL_NAMES[sn.level]}): ${quote(p.new.text, 90)}`,
          });
        }
        return out;
      },
    },
  ],
};

function describeQuantityPairs(a: Analysis, p: SentencePair): Finding | null {
  const qo = a.quantities(p.old);
  const qn = a.quantities(p.new);
  if (!qo.length && !qn.length) return null;
  const diffs = diffQuantities(p.old.text, qo, p.new.text, qn);
  if (!diffs.length) return null;
  const fallback = a.ctx.heading;
  const bySubject = new Map<string, string[]>();
  const tags = new Set<string>();
  const subj = (s: Sentence, q: Quantity, all: Quantity[]) => subjectOf(s.text, q, all, fallback, a.rowLabel && s.index > 0 ? a.rowLabel : null);
  for (const d of diffs) {
    let subject: string;
    let part: string;
    if (d.old && d.new) {
      subject = subj(p.new, d.new, qn);
      part = `${d.old.display} -> ${d.new.display}`;
      if (d.old.dim === d.new.dim) tags.add(d.new.base > d.old.base ? 'number.increased' : d.new.base < d.old.base ? 'number.decreased' : 'number.changed');
    } else if (d.new) {
      subject = subj(p.new, d.new, qn);
      part = `${d.new.display} added`;
      tags.add('number.added');
    } else {
      subject = subj(p.old, d.old!, qo);
      part = `${d.old!.display} removed`;
      tags.add('number.removed');
    }
    const l = bySubject.get(subject) ?? [];
    l.push(part);
    bySubject.set(subject, l);
  }
  const summary = [...bySubject].map(([s, parts]) => `${s}: ${parts.join(', ')}`).join('; ');
  const high = NUMBER_HIGH_RE.test([...bySubject.keys()].join(' ') + ' ' + p.old.text + ' ' + p.new.text);
  return { rule: 'number.changed', tags: [...tags], category: 'number', severity: high ? 'high' : 'medium', summary };
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
        for (const p of a.pairs) {
          if (p.trivial) continue;
          const f = describeQuantityPairs(a, p);
          if (!f) continue;
          p.explained.add('number');
          out.push(f);
        }
        return out;
      },
    },
  ],
};

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

const DEFAULT_RE = /\bdefaults?\b/i;

export const defaultsPack: RulePack = {
  id: 'defaults',
  description: 'Encryption and key defaults: what happens when the user does nothing.',
  rules: [
    {
      id: 'default.changed',
      category: 'default',
      description: 'A statement about a default on encryption or keys changed, appeared or disappeared.',
      detect: (a) => {
        const out: Finding[] = [];
        const relevant = (text: string) => a.topicsOf(text).some((t) => t.id === 'encryption' || t.id === 'key-management');
        for (const p of a.pairs) {
          if (p.trivial) continue;
          const changed = pairChangedText(p);
          if (!DEFAULT_RE.test(changed) || !relevant(p.old.text + ' \n ' + p.new.text)) continue;
          p.explained.add('default');
          out.push({ rule: 'default.changed', category: 'default', severity: 'high', summary: `Default changed: ${describeHunks(p.old.text, p.new.text)}` });
        }
        if (!isSectionChange(a) && a.change.type !== 'moved') {
          for (const [list, verb] of [
            [a.addedSentences, 'added'],
            [a.removedSentences, 'removed'],
          ] as const) {
            const s = list.find((x) => DEFAULT_RE.test(x.text) && relevant(x.text) && !POINTER_RE.test(x.text));
            if (s) out.push({ rule: `default.${verb}`, category: 'default', severity: 'high', summary: '' });
          }
        }
        return out;
      },
    },
  ],
};

export const statementsPack: RulePack = {
  id: 'statements',
  description: 'Sentences or blocks added or removed; medium when they state facts or touch a security topic.',
  rules: [
    {
      id: 'statement.added-removed',
      category: 'content',
      description: 'A statement appeared or disappeared.',
      detect: (a) => {
        if (isSectionChange(a) || a.change.type === 'moved') return null;
        const out: Finding[] = [];
        const whole = a.change.type === 'added' || a.change.type === 'removed';
        for (const [list, verb] of [
          [a.addedSentences, 'Added'],
          [a.removedSentences, 'Removed'],
        ] as const) {
          if (!list.length) continue;
          const { severity } = statementWeight(a, list);
          const text = whole ? (verb === 'Added' ? a.newText : a.oldText) : list[0].text;
          const more = !whole && list.length > 1 ? ` (+${list.length - 1} more)` : '';
          out.push({
            rule: verb === 'Added' ? 'statement.added' : 'statement.removed',
            category: 'content',
            severity: maxSeverity(severity, 'low'),
            summary: `${verb}: ${quote(text, 100)}${more}`,
            lead: whole,
          });
        }
        return out;
      },
    },
  ],
};

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
        for (const p of a.pairs) {
          if (p.explained.size) continue;
          // numbers restated in other words ("365 days" -> "one year (approximately 365 days)") are not edits
          const v = judgeEdit(p.old.text, p.new.text, maskQuantities(p.old.text, a.allQuantities(p.old)), maskQuantities(p.new.text, a.allQuantities(p.new)));
          if (v.editorial) {
            out.push({
              rule: `editorial.${v.kind}`,
              category: v.kind === 'formatting' ? 'formatting' : 'editorial',
              severity: v.kind === 'formatting' ? 'none' : 'low',
              summary: v.summary,
            });
            continue;
          }
          const topics = a.topicsOf(pairChangedText(p));
          const sec = topics.filter((t) => t.security || t.user);
          out.push({
            rule: 'content.changed',
            tags: sec.map((t) => `topic.${t.id}`),
            category: 'content',
            severity: sec.length ? maxSeverity('low', topSeverity(sec)) : 'low',
            summary: v.summary,
          });
        }
        return out;
      },
    },
  ],
};

/** Built-in packs in the order they run: structure first, facts next, the editorial fallback last. */
export const BUILTIN_PACKS: RulePack[] = [structurePack, versionsPack, negationPack, obligationPack, numbersPack, defaultsPack, statementsPack, editorialPack];

export const DEFAULT_RULES: RuleSet = {
  packs: BUILTIN_PACKS,
  topics: COMPILED_BUILTIN_TOPICS,
  families: VERSION_FAMILIES,
  patterns: [],
  silences: [],
};
