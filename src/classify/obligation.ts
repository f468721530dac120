// Obligation strength of a sentence on one scale, for the actor it binds: prohibition and
// requirement (must, do not, never, only) > strong recommendation > recommendation (should,
// recommend) > permission (may, can). A service's own promises ("we'll send", "we try to send")
// are read apart (promiseOf). Cue vocabularies are data; this file does not decide severity.

export type Level = 0 | 1 | 2 | 3;
/** The finer scale: 4 requirement or prohibition, 3 strong recommendation, 2 recommendation, 1 permission, 0 stated. */
export type Grade = 0 | 1 | 2 | 3 | 4;
export const GRADE_NAMES: Record<Grade, string> = { 0: 'stated', 1: 'optional', 2: 'recommended', 3: 'strongly recommended', 4: 'required' };
export const AGAINST_NAMES: Record<Grade, string> = { 0: 'stated', 1: 'optional', 2: 'recommended against', 3: 'strongly recommended against', 4: 'prohibited' };

/** "required", or "prohibited" for "must not" / "do not"; "strongly recommended against" for "we strongly recommend that you do not". */
export function gradeName(s: { grade: Grade; top: { against: boolean } | null }): string {
  return s.top?.against ? AGAINST_NAMES[s.grade] : GRADE_NAMES[s.grade];
}

export interface CueDef {
  /** regex source matched case-insensitively on a word boundary */
  pattern: string;
  level: Level;
  grade: Grade;
  /** short word shown in summaries */
  word: string;
  /** the cue itself forbids ("do not", "never", "avoid") */
  against?: boolean;
}

/** Ordered longest first; the first match at a position wins. */
export const OBLIGATION_CUES: CueDef[] = [
  { pattern: String.raw`(?:strongly|highly)\s+(?:recommend(?:s|ed)?|advise[sd]?|encourage[sd]?)`, level: 2, grade: 3, word: 'strongly recommend' },
  { pattern: String.raw`(?:is|are)\s+required\s+to`, level: 3, grade: 4, word: 'required' },
  { pattern: String.raw`(?:must|shall)(?:\s+not)?`, level: 3, grade: 4, word: 'must' },
  // bare "required" only as a predicate ("is required", "not required"); "the permissions required to" is an adjective
  { pattern: String.raw`(?:(?:is|are|be|been|being|was|were|not|also|always|still|now)\s+(?:\w+ly\s+)?)required|requires?|requiring|mandatory|obligatory`, level: 3, grade: 4, word: 'require' },
  // "you need to" is an instruction; "the work he needs to do" is not
  { pattern: String.raw`(?:you|we|users?|customers?|administrators?|applications?|clients?|requests?)\s+(?:will\s+|also\s+|first\s+|still\s+)?(?:need|needs|have|has)\s+to`, level: 3, grade: 4, word: 'need to' },
  { pattern: String.raw`enforce[sd]?`, level: 3, grade: 4, word: 'enforce' },
  { pattern: String.raw`only\s+(?:supports?|supported|supporting|accepts?|accepted|accepting|allows?|allowed|allowing|permits?|permitted|permitting|works?|use|uses)|(?:supports?|supported|supporting|accepts?|accepted|accepting|allows?|allowed|allowing|permits?|permitted|permitting)\s+only`, level: 3, grade: 4, word: 'only' },
  // an imperative that forbids, at the start of a clause: "Do not include ...", "..., don't include ...", "Never share ..."
  { pattern: String.raw`(?<=^\s*|[,;:.!?(]\s*|\b(?:then|and|or|but|please)\s+)(?:do\s+not|don't|never)(?=\s+[a-z])`, level: 3, grade: 4, word: 'do not', against: true },
  { pattern: String.raw`should(?:\s+not)?|ought\s+to`, level: 2, grade: 2, word: 'should' },
  // imperative only: "Make sure that ...", "..., ensure that ..."; not "Storage Lens can then ensure that it has access"
  { pattern: String.raw`(?<=^\s*|[,;:(]\s*|\b(?:please|also|always|first|you|we)\s+)(?:make\s+sure|be\s+sure\s+to|ensure\s+that)`, level: 2, grade: 2, word: 'should' },
  { pattern: String.raw`(?<=^\s*|[,;:(]\s*|\b(?:please|also|always)\s+)avoid(?=\s+[a-z])`, level: 2, grade: 2, word: 'avoid', against: true },
  { pattern: String.raw`recommend(?:s|ed|ation)?|advise[sd]?|encourage[sd]?|best\s+practice`, level: 2, grade: 2, word: 'recommend' },
  { pattern: String.raw`may|can(?:not)?|optional(?:ly)?|supports?|supported|allows?|allowed|permits?|permitted|able\s+to`, level: 1, grade: 1, word: 'may' },
];

/** A cue right after these is the reader's condition, not an obligation ("If you require FIPS..."). */
const CONDITIONAL_BEFORE = /\b(?:if|when|where|whether|unless|in case)\s+(?:[\w'-]+\s+){0,3}?(?:do\s+not\s+|don't\s+)?$/i;

const NEGATED_BEFORE = /(?:\bnot|n't|\bno\s+longer|\bnever|\bwithout)\s+(?:\w+\s+)?$|\bnon[- ]?$/i;
/** "we recommend that you do not ...", "must never ...": the obligation is against what follows. */
const NEGATED_AFTER = /^\s+(?:that\s+)?(?:you\s+|customers?\s+|users?\s+|we\s+)?(?:do\s+not|don't|never|not|avoid)\b/i;
/** "applications that require local data access": a description, not an obligation. */
const RELATIVE_BEFORE = /\b(?:that|which|who|whose)\s+(?:\w+\s+)?$/i;

export interface Cue {
  level: Level;
  grade: Grade;
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
    const lifted = def.level === 3 && def.word !== 'must' && def.word !== 'only' && !def.against && NEGATED_BEFORE.test(before);
    if (def.word === 'require' && !lifted && RELATIVE_BEFORE.test(before) && /^requir/i.test(m[0])) continue;
    // "we don't recommend", "must not", "should not", "we recommend that you do not": still an obligation, pointing the other way
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const against = !lifted && (def.against === true || /\bnot$/i.test(m[0]) || (def.level >= 2 && (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after))));
    out.push({
      against,
      level: lifted ? 1 : def.level,
      grade: lifted ? 1 : def.grade,
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
  /** the finer scale of the strongest cue */
  grade: Grade;
  cues: Cue[];
  /** the strongest non-conditional cue */
  top: Cue | null;
}

/** The strength of a list of cues: its strongest (first of equals). */
export function strengthOfCues(cues: Cue[]): Strength {
  let top: Cue | null = null;
  for (const c of cues) if (!top || c.grade > top.grade) top = c;
  return { level: top ? top.level : 0, grade: top ? top.grade : 0, cues, top };
}

export function strengthOf(text: string): Strength {
  return strengthOfCues(findCues(text).filter((c) => !c.conditional));
}

// ---------------------------------------------------------------------------------------------
// a service's own promises

/** Who may promise: we, AWS, the service, a product name ("DevOps Guru", "Let's Encrypt"). Not "you", "it", "this". */
const PROMISER = String.raw`(?:we|AWS|the\s+service|our\s+(?:service|system|team)s?|(?!(?:You|Your|They|It|This|These|That|Those|If|When)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})`;
const WILL = String.raw`(?:\s+will|['’]ll|\s+shall)`;

export type PromiseKind = 'commit' | 'best-effort';

export interface PromiseDef {
  kind: PromiseKind;
  /** regex source; the text after the match is what is promised */
  pattern: string;
  word: string;
}

/** A service's commitments and best efforts, as data. Best efforts first: "we will try to" is not "we will". */
export const PROMISE_CUES: PromiseDef[] = [
  { kind: 'best-effort', word: 'best effort', pattern: String.raw`\b${PROMISER}(?:${WILL}|\s+may)?\s+(?:try|tries|attempt|attempts|aim|aims|strive|strives|endeavou?rs?)\s+to\b` },
  { kind: 'best-effort', word: 'best effort', pattern: String.raw`\b${PROMISER}(?:${WILL})?\s+(?:do|does)\s+(?:our|its|their)\s+best\s+to\b` },
  { kind: 'best-effort', word: 'best effort', pattern: String.raw`\b${PROMISER}(?:${WILL})?\s+makes?\s+(?:every|a)\s+(?:reasonable\s+)?effort\s+to\b` },
  { kind: 'best-effort', word: 'best effort', pattern: String.raw`\bon\s+a\s+best[- ]effort\s+basis\b|\bbest[- ]effort\b` },
  { kind: 'best-effort', word: 'may', pattern: String.raw`\b${PROMISER}\s+may\s+(?!not\b|be\s+able\b)(?=[a-z])` },
  { kind: 'commit', word: 'will', pattern: String.raw`\b${PROMISER}${WILL}\s+(?:always\s+|automatically\s+|also\s+|then\s+)?(?!not\b|never\b|no\s+longer\b|be\s+able\b|need\b|have\s+to\b|try\b|attempt\b)(?=[a-z])` },
  { kind: 'commit', word: 'automatically', pattern: String.raw`\b${PROMISER}\s+(?:always\s+)?automatically\s+(?=[a-z])|\b(?:is|are)\s+(?:always\s+)?automatically\s+(?=[a-z])` },
  { kind: 'commit', word: 'guarantee', pattern: String.raw`\b${PROMISER}\s+guarantees?\b` },
];
const PROMISE_RES = PROMISE_CUES.map((d) => ({ ...d, re: new RegExp(d.pattern) }));

export interface ServicePromise {
  kind: PromiseKind;
  word: string;
  /** the cue as written */
  text: string;
  start: number;
  end: number;
  /** what is promised: the words after the cue, up to the end of the clause */
  what: string;
}

/** What follows a cue, to the end of its clause and at most eight words: "send expiration emails". */
export function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 200).replace(/^\s*(?:that\s+)?(?:(?:you|customers?|users?|we)\s+)?(?:(?:do\s+not|don't|never|not|avoid)\s+)?(?:to\s+)?/i, '');
  const clause = rest.split(/[.;:!?)(]|,\s|\s(?:so\s+that|because|when|if|unless|which|to\s+(?:help|validate|ensure|make|avoid|prevent|protect))\s/i)[0];
  return clause.split(/\s+/).filter(Boolean).slice(0, 8).join(' ').replace(/\s+(?:the|a|an|to|of|for|in|on|and|or|with)$/i, '');
}

/** A service's own promise in a sentence (the first best effort, else the first commitment), or null. */
export function promiseOf(text: string): ServicePromise | null {
  for (const d of PROMISE_RES) {
    const m = d.re.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    return { kind: d.kind, word: d.word, text: m[0].trim(), start: m.index, end, what: clauseAfter(text, end) };
  }
  return null;
}
