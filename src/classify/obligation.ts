// Obligation strength of a sentence: which modal cues it carries (must > should > may) and
// how strong the strongest is. Cue vocabularies are data; this file does not decide severity.

export type Level = 0 | 1 | 2 | 3;
export const LEVEL_NAMES: Record<Level, string> = { 0: 'stated', 1: 'optional', 2: 'recommended', 3: 'required' };
export const AGAINST_NAMES: Record<Level, string> = { 0: 'stated', 1: 'optional', 2: 'recommended against', 3: 'prohibited' };

/** "required", or "prohibited" for "must not". */
export function levelName(s: { level: Level; top: { against: boolean } | null }): string {
  return s.top?.against ? AGAINST_NAMES[s.level] : LEVEL_NAMES[s.level];
}

export interface CueDef {
  /** regex source matched case-insensitively on a word boundary */
  pattern: string;
  level: Level;
  /** short word shown in summaries */
  word: string;
}

/** Ordered longest first; the first match at a position wins. */
export const OBLIGATION_CUES: CueDef[] = [
  { pattern: String.raw`strongly\s+(?:recommend(?:s|ed)?|advise[sd]?|encourage[sd]?)`, level: 2, word: 'strongly recommend' },
  { pattern: String.raw`(?:is|are)\s+required\s+to`, level: 3, word: 'required' },
  { pattern: String.raw`(?:must|shall)(?:\s+not)?`, level: 3, word: 'must' },
  // bare "required" only as a predicate ("is required", "not required"); "the permissions required to" is an adjective
  { pattern: String.raw`(?:(?:is|are|be|been|being|was|were|not|also|always|still|now)\s+(?:\w+ly\s+)?)required|requires?|requiring|mandatory|obligatory`, level: 3, word: 'require' },
  // "you need to" is an instruction; "the work he needs to do" is not
  { pattern: String.raw`(?:you|we|users?|customers?|administrators?|applications?|clients?|requests?)\s+(?:will\s+|also\s+|first\s+|still\s+)?(?:need|needs|have|has)\s+to`, level: 3, word: 'need to' },
  { pattern: String.raw`enforce[sd]?`, level: 3, word: 'enforce' },
  { pattern: String.raw`only\s+(?:supports?|supported|supporting|accepts?|accepted|accepting|allows?|allowed|allowing|permits?|permitted|permitting|works?|use|uses)|(?:supports?|supported|supporting|accepts?|accepted|accepting|allows?|allowed|allowing|permits?|permitted|permitting)\s+only`, level: 3, word: 'only' },
  { pattern: String.raw`should(?:\s+not)?|ought\s+to`, level: 2, word: 'should' },
  // imperative only: "Make sure that ...", "..., ensure that ..."; not "Storage Lens can then ensure that it has access"
  { pattern: String.raw`(?<=^\s*|[,;:(]\s*|\b(?:please|also|always|first|you|we)\s+)(?:make\s+sure|be\s+sure\s+to|ensure\s+that)`, level: 2, word: 'should' },
  { pattern: String.raw`recommend(?:s|ed|ation)?|advise[sd]?|encourage[sd]?|best\s+practice`, level: 2, word: 'recommend' },
  { pattern: String.raw`may|can(?:not)?|optional(?:ly)?|supports?|supported|allows?|allowed|permits?|permitted|able\s+to`, level: 1, word: 'may' },
];

/** A cue right after these is the reader's condition, not an obligation ("If you require FIPS..."). */
const CONDITIONAL_BEFORE = /\b(?:if|when|where|whether|unless|in case)\s+(?:you|your\s+\w+|it|they|the\s+\w+)?\s*(?:do\s+not\s+|don't\s+)?$/i;

const NEGATED_BEFORE = /(?:\bnot|n't|\bno\s+longer|\bnever|\bwithout)\s+(?:\w+\s+)?$/i;
/** "applications that require local data access": a description, not an obligation. */
const RELATIVE_BEFORE = /\b(?:that|which|who|whose)\s+(?:\w+\s+)?$/i;

export interface Cue {
  level: Level;
  /** a negated obligation: "must not", "we don't recommend" */
  against: boolean;
  word: string;
  text: string;
  start: number;
  end: number;
  conditional: boolean;
}

const CUE_RE = new RegExp(
  `(?<![\\w'])(?:${OBLIGATION_CUES.map((c) => `(${c.pattern})`).join('|')})(?![\\w])`,
  'gi',
);

export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text))) {
    let k = 1;
    while (k <= OBLIGATION_CUES.length && m[k] === undefined) k++;
    const def = OBLIGATION_CUES[k - 1];
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "does not require", "not required", "don't need to", "without requiring": the requirement is lifted.
    const lifted = def.level === 3 && def.word !== 'must' && def.word !== 'only' && NEGATED_BEFORE.test(before);
    if (def.word === 'require' && !lifted && RELATIVE_BEFORE.test(before) && /^requir/i.test(m[0])) continue;
    // "we don't recommend", "must not", "should not": still an obligation, pointing the other way
    const against = !lifted && (/\bnot$/i.test(m[0]) || (def.level >= 2 && NEGATED_BEFORE.test(before)));
    out.push({
      against,
      level: lifted ? 1 : def.level,
      word: def.word,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      conditional: CONDITIONAL_BEFORE.test(before),
    });
  }
  return out;
}

export interface Strength {
  level: Level;
  cues: Cue[];
  /** the strongest non-conditional cue */
  top: Cue | null;
}

export function strengthOf(text: string): Strength {
  const cues = findCues(text).filter((c) => !c.conditional);
  let top: Cue | null = null;
  for (const c of cues) if (!top || c.level > top.level) top = c;
  return { level: top ? top.level : 0, cues, top };
}

/** Multiset key of the cue levels, to tell "same obligations, reworded" from a real change. */
export function cueSignature(s: Strength): string {
  return s.cues
    .map((c) => c.level)
    .sort()
    .join(',');
}
