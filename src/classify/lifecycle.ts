// Lifecycle events named in a sentence: deprecation, end of support or life, retirement, "no
// longer available", "will be removed", migration deadlines, with the date they fall on. Event
// phrases and the words that make a mention generic ("if a feature is deprecated") are data;
// severity is the rule's (lifecycle-pack.ts).


export interface LifecycleEvent {
  id: string;
  /** how the summary names it */
  label: string;
  /** regex source, case-insensitive */
  pattern: string;
}

export const LIFECYCLE_EVENTS: LifecycleEvent[] = [
  {
    id: 'end-of-support',
    label: 'End of support',
    pattern: String.raw`\bno\s+longer\s+(?:provid|receiv|offer|releas|ship|publish)\w*\s+(?:\w+\s+){0,2}(?:updates|fixes|patches)\b|\bend(?:s|ed|ing)?\s+(?:of\s+)?support\b|\bend[- ]of[- ]support\b|\bno\s+longer\s+(?:be\s+)?support(?:ed|s)?\b|\bsupport\s+(?:will\s+)?end(?:s|ed)?\b|\b(?:stops?|stopped|will\s+stop)\s+supporting\b|\bout\s+of\s+support\b`,
  },
  { id: 'end-of-life', label: 'End of life', pattern: String.raw`\bend[- ]of[- ]life\b|\bEOL\b|\breach(?:es|ed)?\s+(?:its\s+|their\s+)?end\s+of\s+life\b` },
  {
    id: 'deprecated',
    label: 'Deprecated',
    pattern: String.raw`\b(?:is|are|was|were|been|be|being|now|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|officially\s+)?deprecated\b|\bdeprecat(?:es|ion\s+of)\b|\bmarked\s+(?:as\s+)?deprecated\b|\bdeprecation\s+notice\b`,
  },
  { id: 'retired', label: 'Retirement', pattern: String.raw`\b(?:will\s+be|is|are|be|been|being)\s+(?:being\s+)?(?:retired|sunset)\b|\bwill\s+(?:retire|sunset)\b|\bretirement\s+of\b` },
  {
    id: 'unavailable',
    label: 'No longer available',
    pattern: String.raw`\bno\s+longer\s+(?:be\s+)?(?:available|accessible|offered|able\s+to\s+(?:access|use|create|sign\s+in|log\s+in))\b|\bwill\s+(?:be\s+)?(?:unavailable|inaccessible|shut\s+down|discontinued)\b|\b(?:is|are)\s+(?:being\s+)?discontinued\b`,
  },
  { id: 'removed', label: 'Removal', pattern: String.raw`\bwill\s+be\s+removed\b|\bremoved\s+(?:in|as\s+of|since|starting\s+(?:with|in))\s+(?:\w+\s+)?v?\d|\b(?:is|are)\s+(?:scheduled|planned)\s+(?:to\s+be\s+removed|for\s+removal)\b|\bremoved\s+in\s+(?:a\s+|the\s+)?(?:future|upcoming|next)\b` },
  {
    id: 'migrate',
    label: 'Migration deadline',
    pattern: String.raw`\b(?:must|need\s+to|needs\s+to|should|have\s+to|has\s+to)\s+(?:migrate|upgrade|move|transition|switch)\b[^.]{0,80}?\b(?:by|before|no\s+later\s+than)\s+(?=[A-Z0-9])`,
  },
];

/** A table column whose cells are lifecycle dates ("End of support", "EOL", "Deprecated on"). */
export const LIFECYCLE_COLUMN = /\bend[- ]of[- ](?:support|life|servicing)\b|\bEOL\b|\bdeprecat|\bretire|\bsunset|\bsupport(?:ed)?\s+(?:until|through)\b/i;

const EVENT_RES = LIFECYCLE_EVENTS.map((e) => ({ ...e, re: new RegExp(e.pattern, 'i') }));

/** Before an event in its clause, these make it a rule about events in general, not an event. */
const GENERIC_BEFORE = /\b(?:if|when|whenever|whether|unless|once|until|after\s+(?:a|an|the)\s+\w+\s+(?:is|are))\b[^.;:]*$|\b(?:a|an|any|each|every)\s+(?:\w+\s+){0,2}$/i;
/** A mention in a sentence about the lifecycle policy itself ("Deprecated APIs are removed after two releases"). */
const POLICY_WORDS = /\b(?:policy|policies|process|guidelines?|typically|usually|generally|normally)\b/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_RE = new RegExp(
  String.raw`\b(\d{4})-(\d{2})-(\d{2})\b|\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s+(\d{4})\b|\b(${MONTH})\s+(\d{4})\b`,
  'i',
);

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace('.', '').slice(0, 3))) + 1;

/** The first date in a text as ISO ("2027-09-30", or "2027-09" for a month), or null. */
export function dateIn(text: string): string | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  if (m[1]) return `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4]) return `${m[6]}-${pad(monthOf(m[4]))}-${pad(Number(m[5]))}`;
  if (m[7]) return `${m[9]}-${pad(monthOf(m[8]))}-${pad(Number(m[7]))}`;
  return `${m[11]}-${pad(monthOf(m[10]))}`;
}

export interface LifecycleMention {
  event: LifecycleEvent;
  date: string | null;
  start: number;
  end: number;
}

/** The lifecycle event a sentence announces, or null (none, or only events in general). */
export function lifecycleIn(text: string): LifecycleMention | null {
  for (const e of EVENT_RES) {
    const m = e.re.exec(text);
    if (!m) continue;
    if (GENERIC_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)) || POLICY_WORDS.test(text)) continue;
    return { event: e, date: dateIn(text), start: m.index, end: m.index + m[0].length };
  }
  return null;
}
