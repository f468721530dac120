// Numbers with units (sizes, durations, characters, counts) found in a sentence, normalised to a
// base unit so "every three years (1095 days)" and "1,095 days" compare equal. Unit tables are
// data. Pairing old and new quantities and naming their subject lives here too; severity does not.


export interface UnitDef {
  dim: string;
  factor: number;
  /** matched case-insensitively as whole words (plural listed explicitly) */
  words?: string[];
  /** matched case-sensitively, may be glued to the number ("3MB") */
  abbr?: string[];
}

const DAY = 86_400;
export const UNITS: UnitDef[] = [
  { dim: 'time', factor: 0.001, words: ['millisecond', 'milliseconds', 'msec'], abbr: ['ms'] },
  { dim: 'time', factor: 1, words: ['second', 'seconds', 'sec', 'secs'] },
  { dim: 'time', factor: 60, words: ['minute', 'minutes', 'min', 'mins'] },
  { dim: 'time', factor: 3600, words: ['hour', 'hours', 'hr', 'hrs'] },
  { dim: 'time', factor: DAY, words: ['day', 'days', 'calendar day', 'calendar days', 'business day', 'business days'] },
  { dim: 'time', factor: 7 * DAY, words: ['week', 'weeks'] },
  { dim: 'time', factor: 30 * DAY, words: ['month', 'months'] },
  { dim: 'time', factor: 365 * DAY, words: ['year', 'years', 'yr', 'yrs'] },
  { dim: 'size', factor: 1, words: ['byte', 'bytes'] },
  { dim: 'size', factor: 1024, words: ['kilobyte', 'kilobytes'], abbr: ['KB', 'KiB', 'kB'] },
  { dim: 'size', factor: 1024 ** 2, words: ['megabyte', 'megabytes'], abbr: ['MB', 'MiB'] },
  { dim: 'size', factor: 1024 ** 3, words: ['gigabyte', 'gigabytes'], abbr: ['GB', 'GiB'] },
  { dim: 'size', factor: 1024 ** 4, words: ['terabyte', 'terabytes'], abbr: ['TB', 'TiB'] },
  { dim: 'size', factor: 1024 ** 5, words: ['petabyte', 'petabytes'], abbr: ['PB', 'PiB'] },
  { dim: 'bits', factor: 1, words: ['bit', 'bits'] },
  { dim: 'chars', factor: 1, words: ['character', 'characters', 'chars'] },
  { dim: 'percent', factor: 1, words: ['percent'], abbr: ['%'] },
  { dim: 'rate', factor: 1, words: ['requests per second', 'transactions per second'], abbr: ['RPS', 'TPS'] },
  { dim: 'multiplier', factor: 1, words: ['x', 'times'] },
];

export const SPELLED: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90, hundred: 100,
};

/** Words that never name what a bare number counts. */
const STOP = new Set(
  'a an the and or nor to of in on at by for from with without per each every is are was were be been being can could may might must should will would this that these those it its as than then if when which who whom whose where while after before during until up down over under more less most least only also not no any all some such same other another you your we our they their there here through between into onto within across about around via including inclusive'.split(
    ' ',
  ),
);

/** After a spelled number these words make an idiom, not a count ("one time", "one way"). */
const SPELLED_NOT_COUNT = new Set(['time', 'way', 'another', 'thing', 'side', 'hand', 'point', 'place']);

const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;
/** A number right after these is an identifier, not a quantity. */
const PRE_EXCLUDE = /\b(?:level|version|versions|v|step|section|rfc|port|http|ipv|figure|table|phase|round|java|python|ruby|php|node(?:\.js)?|sdk|tls|ssl|fips|sha|aes|rsa|sigv|signature version|api|status|error|code|chapter|part|example|generation|gen|series|release|windows|ubuntu|linux|python3|go|net|id|no\.|number|#)\s*[-#:]?\s*$/i;

const NUM_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,$#/@:]|[\p{L}]-)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{N}]|[.,]\d|\.[\p{L}]|-[\p{L}]{1,3}\d)|(?<![\p{L}\p{N}])(${Object.keys(SPELLED).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

interface UnitMatcher {
  def: UnitDef;
  /** everything consumed after the number */
  text: string;
  /** the unit as written */
  name: string;
  glued: boolean;
}

const ABBR_RE = new RegExp(
  `^(\\s*-?\\s*)(${UNITS.flatMap((u) => u.abbr ?? [])
    .sort((a, b) => b.length - a.length)
    .map((a) => a)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const WORD_UNIT_RE = new RegExp(
  `^(\\s*-?\\s*)(${UNITS.flatMap((u) => u.words ?? [])
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, '\\s+'))
    .join('|')})`,
  'iu',
);
const UNIT_BY_WORD = new Map<string, UnitDef>();
for (const u of UNITS) {
  for (const w of u.words ?? []) UNIT_BY_WORD.set(w.toLowerCase().replace(/\s+/g, ' '), u);
  for (const a of u.abbr ?? []) UNIT_BY_WORD.set(a, u);
}

const LOWER_OR_DIGIT = /[\p{Ll}\p{N}_]/u;

function unitAfter(rest: string): UnitMatcher | null {
  let m = ABBR_RE.exec(rest);
  if (m) return { def: UNIT_BY_WORD.get(m[2])!, text: m[0], name: m[2], glued: m[1] === '' };
  m = WORD_UNIT_RE.exec(rest);
  // the unit word must end there; a capital may follow when words are glued ("64 charactersImportant")
  if (m && LOWER_OR_DIGIT.test(rest.charAt(m[0].length))) m = null;
  if (m && m[1] !== '') return { def: UNIT_BY_WORD.get(m[2].toLowerCase().replace(/\s+/g, ' '))!, text: m[0], name: m[2], glued: false };
  return null;
}

export type Qualifier = 'max' | 'min' | 'default' | null;

export interface Quantity {
  value: number;
  /** value in the dimension's base unit */
  base: number;
  /** 'time', 'size', 'chars', ... or 'count:<noun>' / 'count' for bare numbers */
  dim: string;
  /** as shown in summaries: digits, unit as written, "every" kept */
  display: string;
  start: number;
  end: number;
  qualifier: Qualifier;
  /** set when it sits in parentheses right after an equal quantity: "3 years (1095 days)" */
  echo?: boolean;
  /** upper end of a range ("7 – 30 days"), in the base unit */
  hiBase?: number;
}

const QUAL_RE: Array<[RegExp, Qualifier]> = [
  [/\b(?:up\s+to|maximum(?:\s+of)?|max(?:imum)?|at\s+most|no\s+more\s+than|not\s+(?:to\s+)?exceed|less\s+than|fewer\s+than|limit(?:ed)?\s+(?:of|to)|cannot\s+exceed)\s*$/i, 'max'],
  [/\b(?:minimum(?:\s+of)?|min|at\s+least|no\s+(?:less|fewer)\s+than|more\s+than|greater\s+than)\s*$/i, 'min'],
  [/\bdefault(?:\s+(?:of|is|value\s+of))?\s*$/i, 'default'],
];

function singular(w: string): string {
  if (/ies$/i.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/i.test(w)) return w;
  if (/(?:ches|shes|xes|ses)$/i.test(w)) return w.slice(0, -2);
  if (/s$/i.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

export function extractQuantities(sentence: string, exclude: Array<[number, number]> = [], keepEchoes = false): Quantity[] {
  const out: Quantity[] = [];
  exclude = [...exclude].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let ex = 0;
  // "every year" / "every other week": a quantity with an implicit 1.
  const everyRe = /\bevery\s+(other\s+)?(year|month|week|day|hour|minute|second)\b/gi;
  let e: RegExpExecArray | null;
  while ((e = everyRe.exec(sentence))) {
    const u = UNIT_BY_WORD.get(e[2].toLowerCase())!;
    const n = e[1] ? 2 : 1;
    out.push({ value: n, base: n * u.factor, dim: u.dim, display: e[0], start: e.index, end: e.index + e[0].length, qualifier: null });
  }
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_RE.exec(sentence))) {
    const start = m.index;
    let end = start + m[0].length;
    // excluded spans are in order (version mentions): skip those that end before this number
    while (ex < exclude.length && exclude[ex][1] <= start) ex++;
    if (ex < exclude.length && exclude[ex][0] < end) continue;
    const spelled = m[3] !== undefined;
    const digits = spelled ? '' : m[1].replace(/,/g, '');
    const value = spelled ? SPELLED[m[3].toLowerCase()] : Number(digits + (m[2] ? `.${m[2]}` : ''));
    if (!spelled && digits.length >= 10) continue; // account ids and the like
    const before = sentence.slice(Math.max(0, start - 30), start);
    if (PRE_EXCLUDE.test(before)) continue;
    if (MONTHS.test(before)) continue; // "January 5"
    const rest = sentence.slice(end, end + 40);
    const unit = unitAfter(rest);
    if (!spelled && !unit && /^[\p{L}]/u.test(rest)) continue; // "10x", "2nd"
    if (!spelled && !unit && /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100) continue; // a year
    if (!spelled && !unit && /^,\s*\d{4}\b/.test(rest)) continue; // "5, 2023"
    let dim: string;
    let base = value;
    let unitText = '';
    if (unit) {
      dim = unit.def.dim;
      base = value * unit.def.factor;
      unitText = unit.name;
      end += unit.text.length;
    } else {
      const noun = /^\s+([\p{L}][\p{L}\-]*)/u.exec(rest);
      const w = noun ? noun[1].toLowerCase() : '';
      if (spelled && (!w || STOP.has(w) || SPELLED_NOT_COUNT.has(w) || /\b(?:at|the|any|no|this|that|each|every)\s+$/i.test(before))) continue; // "one of the", "at one time"
      dim = w && !STOP.has(w) ? `count:${singular(w)}` : 'count';
      if (dim === 'count' && m[2] !== undefined) continue; // a bare decimal ("1.2") is a version, not a quantity
    }
    const everyBefore = /\bevery\s+$/i.test(before);
    const shownNum = spelled ? String(value) : m[0];
    const display = `${everyBefore ? 'every ' : ''}${shownNum}${unitText ? (unit!.glued || unitText === '%' ? unitText : ' ' + unitText) : ''}`;
    let qualifier: Qualifier = null;
    for (const [re, q] of QUAL_RE) if (re.test(before)) qualifier = q;
    out.push({ value, base, dim, display, start: everyBefore ? start - 6 : start, end, qualifier });
  }
  out.sort((a, b) => a.start - b.start);
  // drop an "every year" that is also a numbered match ("every 2 years" is found twice: no, regex needs no number)
  // Ranges: "between 1 and 128 characters", "500 - 3000 MB": the bare first number takes the unit of the second.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if ((a.dim === 'count' || a.dim.startsWith('count:')) && !b.dim.startsWith('count') && /^\s*(?:-|–|—|to|and|through)\s*$/i.test(sentence.slice(a.end, b.start))) {
      const u = UNITS.find((d) => d.dim === b.dim && Math.abs(b.base / b.value - d.factor) < 1e-9);
      if (u) {
        // one quantity, a range: "7 – 30 days", "between 1 and 128 characters"
        out[i] = { ...b, value: a.value, base: a.value * u.factor, hiBase: b.base, start: a.start, display: `${a.display}${sentence.slice(a.end, b.start).replace(/\s+/g, ' ')}${b.display}`, qualifier: a.qualifier ?? b.qualifier };
        out.splice(i + 1, 1);
      }
    } else if ((a.dim === 'count' || a.dim.startsWith('count:and')) && !b.dim.startsWith('count') && /^\s*(?:and|to|,)\s+(?:a\s+|the\s+)?(?:maximum|max|minimum|min|up\s+to)\s*(?:of\s+)?$/i.test(sentence.slice(a.end, b.start))) {
      // "a minimum of 1 and a maximum of 1,095 days": the first bound is in days too
      const u = UNITS.find((d) => d.dim === b.dim && Math.abs(b.base / b.value - d.factor) < 1e-9);
      const unit = b.display.replace(/^[\d.,]+\s*/, '');
      if (u) out[i] = { ...a, dim: b.dim, base: a.value * u.factor, display: `${a.display} ${a.value === 1 ? unit.replace(/s$/, '') : unit}` };
    }
  }
  // Echoes: "three years (1095 days)", "300 seconds (5 minutes)", "one year (approximately 365 days)".
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    const gap = sentence.slice(a.end, b.start);
    if (/^\s*\(\s*(?:about|approximately|approx\.?|roughly|around|~|or|i\.e\.,?)?\s*$/i.test(gap) && a.dim === b.dim && close(a.base, b.base)) b.echo = true;
  }
  return keepEchoes ? out : out.filter((q) => !q.echo);
}

/** Same value (and the same upper end, for ranges). */
export function sameQuantity(x: Quantity, y: Quantity): boolean {
  return x.dim === y.dim && close(x.base, y.base) && close(x.hiBase ?? x.base, y.hiBase ?? y.base);
}

export function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < 0.021;
}

export interface QuantityPair {
  old: Quantity | null;
  new: Quantity | null;
}

const contextWords = (s: string, q: Quantity) =>
  s
    .slice(Math.max(0, q.start - 40), q.start)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .slice(-3);

/** Quantities that differ between two versions of a sentence; equal ones cancel out. */
export function diffQuantities(oldS: string, a: Quantity[], newS: string, b: Quantity[]): QuantityPair[] {
  const left = [...a];
  const right = [...b];
  const ctxA = new Map(left.map((q) => [q, contextWords(oldS, q).join(' ')]));
  const ctxB = new Map(right.map((q) => [q, contextWords(newS, q).join(' ')]));
  const take = (pred: (x: Quantity, y: Quantity) => boolean) => {
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((y) => pred(left[i], y));
      if (j >= 0) {
        left.splice(i, 1);
        right.splice(j, 1);
        i--;
      }
    }
  };
  const isCount = (q: Quantity) => q.dim.startsWith('count');
  // 1. same value in the same place; 2. same value anywhere; 3. same number, unit only spelled out
  // ("128 K" -> "128 KB") or counted noun renamed ("100 CMKs" -> "100 KMS keys")
  take((x, y) => sameQuantity(x, y) && ctxA.get(x) === ctxB.get(y));
  take((x, y) => sameQuantity(x, y));
  take((x, y) => x.value === y.value && x.hiBase === undefined && y.hiBase === undefined && (x.dim === 'count' || y.dim === 'count' || (isCount(x) && isCount(y))));
  const pairs: QuantityPair[] = [];
  // 3. changed: same dimension, same context first, then in order
  const pairUp = (pred: (x: Quantity, y: Quantity) => boolean) => {
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((y) => pred(left[i], y));
      if (j >= 0) {
        pairs.push({ old: left[i], new: right[j] });
        left.splice(i, 1);
        right.splice(j, 1);
        i--;
      }
    }
  };
  pairUp((x, y) => x.dim === y.dim && ctxA.get(x) === ctxB.get(y));
  pairUp((x, y) => x.dim === y.dim);
  // a bare number and a counted one ("5" / "5 layers") may pair; two different nouns may not
  const sameFamily = (x: Quantity, y: Quantity) => (x.dim === 'count' && y.dim.startsWith('count')) || (y.dim === 'count' && x.dim.startsWith('count'));
  pairUp(sameFamily);
  for (const q of left) pairs.push({ old: q, new: null });
  for (const q of right) pairs.push({ old: null, new: q });
  return pairs;
}

/** Verbs whose object plus a noun names the thing being timed: "rotates X every year" -> "X rotation". */
export const NOMINALIZE: Record<string, string> = {
  rotate: 'rotation', rotates: 'rotation', rotated: 'rotation',
  delete: 'deletion', deletes: 'deletion', deleted: 'deletion',
  retain: 'retention', retains: 'retention', retained: 'retention',
  keep: 'retention', keeps: 'retention', kept: 'retention',
  store: 'storage', stores: 'storage', stored: 'storage',
  expire: 'expiration', expires: 'expiration',
  renew: 'renewal', renews: 'renewal',
  replicate: 'replication', replicates: 'replication',
  archive: 'archival', archives: 'archival',
  back: 'backup', backs: 'backup',
};

const SUBJECT_STOP_EDGE = new Set([...STOP, 'automatically', 'always', 'also', 'then', 'thereafter', 'approximately', 'about', 'can', 'have', 'has', 'had', 'set', 'use', 'uses']);

function trimEdges(words: string[]): string[] {
  let i = 0;
  let j = words.length;
  while (i < j && SUBJECT_STOP_EDGE.has(words[i].toLowerCase())) i++;
  while (j > i && SUBJECT_STOP_EDGE.has(words[j - 1].toLowerCase())) j--;
  return words.slice(i, j);
}

/**
 * What a quantity is about: the table row's first cell, else the words before it in its clause
 * ("rotates AWS managed keys every ..." -> "AWS managed key rotation"), else the counted noun,
 * else the fallback (section heading).
 */
export function subjectOf(sentence: string, q: Quantity, others: Quantity[], fallback: string | null, rowLabel?: string | null): string {
  const base = baseSubject(sentence, q, others, fallback, rowLabel);
  // "5 GB per object", "100 requests per second per account": the unit of the limit belongs to its name
  const per = /^\s+(per\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:[A-Za-z][\w-]*))(?=\s*(?:[.,;:)|]|$|\s(?:and|or|in|for|if|when|with)\b))/.exec(sentence.slice(q.end));
  return per && !base.toLowerCase().includes(per[1].toLowerCase()) ? `${base} ${per[1]}` : base;
}

function baseSubject(sentence: string, q: Quantity, others: Quantity[], fallback: string | null, rowLabel?: string | null): string {
  const cells = cellSpans(sentence);
  const cell = cells?.find((c) => c.start <= q.start && q.start < c.end) ?? null;
  const inFirstCell = cells ? cell === cells[0] : false;
  const qual = q.qualifier === 'max' ? ' (maximum)' : q.qualifier === 'min' ? ' (minimum)' : '';
  const withQual = (label: string) => label.replace(/[.:]+$/, '') + (/\b(?:maximum|minimum|max|min)\b/i.test(label) ? '' : qual);
  const label = cells && !inFirstCell ? cells[0].text : !cells && rowLabel ? rowLabel : null;
  // several values in one cell ("Approval action: 7 days ... CodeDeploy action: 5 days"): name the one that changed
  const crowded = label !== null && (cell ? others.filter((o) => o.start >= cell.start && o.end <= cell.end).length > 1 : others.length > 1);
  const local = localSubject(sentence, q, others, cell ? cell.start : 0, crowded);
  if (label) {
    // "Approval action: 7 days": a label right before the value names it better than the row
    if (crowded && local && /:\s*(?:every\s+)?$/i.test(sentence.slice(0, q.start))) return local.text;
    return withQual(label);
  }
  if (local?.strong) return local.text;
  // "Password minimum length – You can specify a minimum of 6 characters"
  const lead = LEAD_LABEL.exec(sentence);
  if (lead && lead[0].length <= q.start && !/^(?:for example|example|note|important|tip|warning|for more information)$/i.test(lead[1].trim())) return withQual(lead[1].trim());
  if (local) return local.text;
  // counted noun after the number: "up to 10,000 customer managed CMKs in each Region"
  if (q.dim.startsWith('count:')) {
    const after = sentence.slice(q.end).split(/[.;:,()|]/)[0].trim().split(/\s+/).slice(0, 6);
    const np = trimEdges(after);
    if (np.length) return np.join(' ');
  }
  return fallback ?? 'value';
}

const LEAD_LABEL = /^\s*([^.:;–—|]{3,60}?)\s*(?:[–—:]|\s-)\s+/;

/** Characters before a quantity read for its subject (ten words of any usual length). */
const SUBJECT_WINDOW = 200;

/** The words before a quantity in its clause, nominalised when a verb like "rotates" leads them. */
function localSubject(sentence: string, q: Quantity, others: Quantity[], floor: number, hardOnly = false): { text: string; strong: boolean } | null {
  // only the last SUBJECT_WINDOW characters can hold the ten words kept: bounded work per quantity
  let from = Math.max(floor, q.start - SUBJECT_WINDOW);
  for (const o of others) if (o !== q && o.end <= q.start && o.end > from) from = o.end;
  const brk = hardOnly ? /[.;|]\s/g : /[.;|()\[\]]|:\s|,\s|\b(?:and|but|or|which|that|when|if|where|while)\b/gi;
  let b: RegExpExecArray | null;
  const head = sentence.slice(0, q.start);
  brk.lastIndex = Math.max(0, from - 8);
  while ((b = brk.exec(head))) if (b.index + b[0].length > from && b.index + b[0].length <= q.start && b.index + b[0].length < q.start - 1) from = b.index + b[0].length;
  // a clause that ends right before the number ("Approval action: 7 days") keeps its label
  const clause = head.slice(from).replace(/[:\s]+$/, '');
  let words = clause
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, ''))
    .filter(Boolean)
    .slice(-10);
  let vi = -1;
  for (let i = words.length - 1; i >= 0; i--) if (NOMINALIZE[words[i].toLowerCase()]) { vi = i; break; }
  if (vi >= 0) {
    const noun = NOMINALIZE[words[vi].toLowerCase()];
    let np = trimEdges(words.slice(vi + 1));
    const lower = np.map((w) => w.toLowerCase());
    const cut = Math.max(lower.lastIndexOf('for'), lower.lastIndexOf('of'));
    if (cut >= 0 && cut < np.length - 1) np = trimEdges(np.slice(cut + 1));
    if (np.length) {
      np[np.length - 1] = singular(np[np.length - 1]);
      return { text: `${np.join(' ')} ${noun}`, strong: true };
    }
    // passive: "Data stored in Kinesis can be retained for up to one year"
    const subj = trimEdges(words.slice(0, vi).filter((w) => !/^(?:can|could|may|might|will|would|is|are|be|been|was|were|must|should)$/i.test(w)));
    const Noun = `${noun[0].toUpperCase()}${noun.slice(1)}`;
    if (subj.length && !/^(?:it|they|this|these|that|those)$/i.test(subj.join(' ')))
      return { text: `${Noun} of ${subj.join(' ').replace(/^[A-Z][a-z]/, (m) => m.toLowerCase())}`, strong: true };
    // "You can store up to 5 GB per object": the verb alone names it
    return { text: Noun, strong: true };
  }
  words = trimEdges(words);
  const content = words.filter((w) => !STOP.has(w.toLowerCase()));
  if (content.length >= 2) return { text: words.slice(-7).join(' '), strong: false };
  return null;
}

/** Cells of a table row with their offsets, or null when the text is not a row. */
export function cellSpans(text: string): Array<{ text: string; start: number; end: number }> | null {
  const sep = text.includes('|') ? /\|/g : text.includes('\t') ? /\t/g : null;
  if (!sep) return null;
  const out: Array<{ text: string; start: number; end: number }> = [];
  let last = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const t = raw.trim();
    if (t) out.push({ text: t, start: a + raw.indexOf(t), end: a + raw.indexOf(t) + t.length });
  };
  let m: RegExpExecArray | null;
  while ((m = sep.exec(text))) {
    push(last, m.index);
    last = m.index + 1;
  }
  push(last, text.length);
  return out.length >= 2 ? out : null;
}
