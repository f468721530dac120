// Versions and standards named in text (TLS 1.2, FIPS 140-3, SigV4, AES-256, ML-KEM...), each
// with the status the sentence gives it (required, recommended, supported...). Families are data.
// Comparison is fact against fact: a version that is stated the same way on both sides is silent.

import { pushAll } from '../util/arrays.js';

export type VersionStatus = 'required' | 'recommended' | 'supported' | 'unsupported' | 'used' | 'mentioned';

/** When one text gives a version several statuses (scoped by Region...), the positive one wins. */
const STATUS_RANK: Record<VersionStatus, number> = { mentioned: 0, used: 1, unsupported: 2, supported: 3, recommended: 4, required: 5 };
const STATUS_LABEL: Record<VersionStatus, string> = {
  required: 'required',
  recommended: 'recommended',
  supported: 'supported',
  unsupported: 'not supported',
  used: 'used',
  mentioned: 'mentioned',
};

export interface VersionFamily {
  id: string;
  label: string;
  /** global, case-insensitive; the whole match is the mention */
  re: RegExp;
  /** the versions one match names */
  parse: (m: RegExpExecArray) => string[];
  /** versions are numbers that order ("1.0" < "1.2"): minimum and ranges apply */
  ordered?: boolean;
  /** known versions, to expand ranges like "1.0-1.3" */
  known?: string[];
  /** changes to this family are always high */
  critical: boolean;
}

const V = String.raw`\d+\.\d+`;
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*[-–—]\s*|\s+to\s+|\s+through\s+|\s*/\s*)`;
const MIN_AFTER = String.raw`(?:\s*(?:,\s*)?(?:or|and)\s+(?:later|higher|above|newer|greater|up)|\s*\+(?![\w]))`;

function tlsList(prefix: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${prefix})(?:\s*\((?:TLS|SSL)\))?(?:\s+(?:protocol\s+)?v(?:ersions?)?\.?)?\s*v?(${V}(?:${SEP}(?:(?:${prefix})\s*v?)?${V})*)(${MIN_AFTER})?`,
    'gi',
  );
}

/** "1.0-1.3" -> 1.0, 1.1, 1.2, 1.3 (over known versions); "1.1 and 1.2" -> both. */
function expandList(list: string, known: string[]): string[] {
  const out: string[] = [];
  const parts = list.split(/(\s*[-–—]\s*|\s+to\s+|\s+through\s+)/i);
  let prevRange = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i % 2 === 1) {
      prevRange = true;
      continue;
    }
    const vs = p.match(new RegExp(V, 'g')) ?? [];
    if (prevRange && vs.length && out.length) {
      const lo = out[out.length - 1];
      const hi = vs[0]!;
      for (const k of known) if (cmpVersion(k, lo) > 0 && cmpVersion(k, hi) < 0) out.push(k);
    }
    pushAll(out, vs);
    prevRange = false;
  }
  return [...new Set(out)];
}

export function cmpVersion(a: string, b: string): number {
  const pa = a.split(/[.\-]/).map(Number);
  const pb = b.split(/[.\-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

const PQ_NAMES: Array<[RegExp, string]> = [
  [/^ML-?KEM/i, 'ML-KEM'],
  [/^X25519MLKEM/i, 'ML-KEM'],
  [/^(?:X25519)?Kyber/i, 'Kyber'],
  [/^BIKE/i, 'BIKE'],
  [/^SIKE/i, 'SIKE'],
  [/^ML-?DSA/i, 'ML-DSA'],
  [/^SLH-?DSA/i, 'SLH-DSA'],
  [/post-quantum/i, 'hybrid post-quantum TLS'],
];

export const VERSION_FAMILIES: VersionFamily[] = [
  {
    id: 'tls',
    label: 'TLS',
    re: tlsList('TLS|Transport\\s+Layer\\s+Security'),
    parse: (m) => expandList(m[1], ['1.0', '1.1', '1.2', '1.3']),
    ordered: true,
    known: ['1.0', '1.1', '1.2', '1.3'],
    critical: true,
  },
  {
    id: 'ssl',
    label: 'SSL',
    re: /\bSSL\s*v?(\d(?:\.\d)?)\b/gi,
    parse: (m) => [m[1].includes('.') ? m[1] : `${m[1]}.0`],
    ordered: true,
    critical: true,
  },
  {
    id: 'fips',
    label: 'FIPS',
    re: /\bFIPS\)?(?:\s+PUB)?\s*(140)\s*[-‐–]?\s*([123])\b/gi,
    parse: (m) => [`${m[1]}-${m[2]}`],
    critical: true,
  },
  {
    id: 'fips-level',
    label: 'FIPS 140 security level',
    re: /\bFIPS\)?(?:\s+PUB)?\s*140\s*[-‐–]?\s*[123]\s*,?\s*(?:Security\s+)?Level\s*[-‐–]?\s*(\d)/gi,
    parse: (m) => [`Level ${m[1]}`],
    ordered: false,
    critical: true,
  },
  {
    id: 'sigv',
    label: 'Signature Version',
    re: /\b(?:Signature\s+Version\s+(\d+a?)|SigV(\d+a?))\b/gi,
    parse: (m) => [(m[1] ?? m[2]).toLowerCase()],
    critical: true,
  },
  {
    id: 'aes',
    label: 'AES',
    re: /\b(?:AES(?:[-_\s]?(128|192|256))?(?:[-_\s]?(GCM|CBC|CTR|XTS|CCM|SIV))?\b|(128|192|256)[-\s]bit\s+(?:keys?\s+(?:and\s+the\s+|with\s+)?)?(?:AES|Advanced\s+Encryption\s+Standard))/gi,
    parse: (m) => {
      const size = m[1] ?? m[3];
      const mode = m[2]?.toUpperCase();
      const v = [size, mode].filter(Boolean).join('-');
      return v ? [v] : [];
    },
    critical: false,
  },
  {
    id: 'sha',
    label: 'SHA',
    re: /\bSHA[-_\s]?(1|2|224|256|384|512|3(?:[-_]\d{3})?)\b/gi,
    parse: (m) => [m[1].replace('_', '-')],
    critical: false,
  },
  {
    id: 'rsa',
    label: 'RSA',
    re: /\b(?:RSA[-_\s]?(1024|2048|3072|4096)|(1024|2048|3072|4096)[-\s]bit\s+RSA)\b/gi,
    parse: (m) => [m[1] ?? m[2]],
    critical: false,
  },
  {
    id: 'ecc',
    label: 'ECC',
    re: /\b(?:ECC_NIST_P(256|384|521)|NIST\s+P-(256|384|521)|(?:ECC_)?SECG_P256K1|secp256k1)\b/gi,
    parse: (m) => [m[1] ?? m[2] ? `P-${m[1] ?? m[2]}` : 'secp256k1'],
    critical: false,
  },
  {
    id: 'pq',
    label: 'Post-quantum',
    re: /\b(?:X25519MLKEM\d*|ML-?KEM(?:-\d+)?|(?:X25519)?Kyber\d*|BIKE|SIKE|ML-?DSA(?:-\d+)?|SLH-?DSA|(?:[Hh]ybrid\s+)?[Pp]ost-quantum(?:\s+(?:TLS|key\s+exchange))?)\b/g,
    parse: (m) => {
      for (const [re, name] of PQ_NAMES) if (re.test(m[0])) return [name];
      return [];
    },
    critical: true,
  },
];

/** Status cues: the nearest one before a mention (same sentence) or a passive one right after. */
interface StatusCue {
  status: VersionStatus;
  pattern: string;
}
const STATUS_CUES: StatusCue[] = [
  { status: 'unsupported', pattern: String.raw`(?:does|do|is|are|will)\s+not\s+(?:be\s+)?(?:support(?:s|ed)?|accept(?:s|ed)?|allow(?:s|ed)?)|doesn't\s+support|don't\s+support|isn't\s+supported|aren't\s+supported|no\s+longer\s+(?:support(?:s|ed)?|accept(?:s|ed)?|allow(?:s|ed)?)|not\s+supported|unsupported|deprecated|disabled|disallowed|not\s+allowed|blocked|rejected|end\s+of\s+support|not\s+compatible|incompatible` },
  { status: 'required', pattern: String.raw`must(?:\s+use)?|shall|requires?|required|requiring|mandatory|enforces?|enforced|needs?\s+to\s+use|minimum(?:\s+version)?(?:\s+of)?|at\s+least` },
  { status: 'recommended', pattern: String.raw`(?:strongly\s+)?recommends?|recommended|should(?:\s+use)?|encourages?|prefers?|preferred|advises?|best\s+practice` },
  { status: 'supported', pattern: String.raw`supports?|supported|allows?|allowed|accepts?|accepted|available|compatible|can\s+use|may\s+use|offers?|enables?|enabled|negotiates?` },
  { status: 'used', pattern: String.raw`uses?|using|used|encrypted|protected|secured|signed|certified|validated|compliant|implements?` },
];
const CUE_RE = new RegExp(
  `(?<![\\w])(?:${STATUS_CUES.map((c) => `(${c.pattern})`).join('|')})(?![\\w])`,
  'gi',
);
const PASSIVE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:is|are|will\s+be|must\s+be|should\s+be|remains?|becomes?)\s+)?(?:(?:now|also|still|only)\s+)?(?:(no\s+longer|not)\s+)?(required|mandatory|recommended|supported|deprecated|disabled|allowed|preferred|enforced)\b`,
  'i',
);
const CONDITIONAL_BEFORE = /\b(?:if|when|whether|unless)\s+(?:you|your\s+\w+|it|they)?\s*$/i;
const MIN_BEFORE = /\b(?:minimum(?:\s+version)?(?:\s+of)?|at\s+least)\s+(?:(?:TLS|SSL|version)\s+)*$/i;
/** Clause boundaries a status cue does not cross backwards. */
const CLAUSE_BREAK = /[.;:]\s|,\s+(?:but|however|while|whereas|except)\b|\bexcept\b/gi;

const WHOLE_CUES = STATUS_CUES.map((c) => ({ status: c.status, re: new RegExp(`^(?:${c.pattern})$`, 'i') }));
function classifyCue(text: string): VersionStatus {
  for (const c of WHOLE_CUES) if (c.re.test(text)) return c.status;
  return 'mentioned';
}

export interface VersionMention {
  family: string;
  version: string;
  status: VersionStatus;
  /** "or later" / "minimum" */
  min: boolean;
  start: number;
  end: number;
}

const LOOKBACK_WORDS = 5;
const LIST_GAP = /^\s*(?:,|or|and|,\s*or|,\s*and|\/)\s*$/i;
const LOOKBACK_WIDE = 12;
/**
 * Characters before a mention where its status cue may sit: LOOKBACK_WIDE words of any usual
 * length. Reading only this window keeps each mention's cost bounded (reading from the start of
 * the sentence made one 1 MB paragraph with a thousand "TLS 1.2" take minutes).
 */
export const LOOKBACK_CHARS = 240;

/** The text before a mention that its status is read from: at most LOOKBACK_CHARS, starting at a word. */
export function cueWindow(sentence: string, start: number): string {
  const winStart = Math.max(0, start - LOOKBACK_CHARS);
  const window = sentence.slice(winStart, start);
  // a word cut by the window's edge is not a word ("causes" is not "uses")
  return winStart > 0 ? window.slice(window.search(/\s|$/)) : window;
}

function statusBefore(sentence: string, start: number): { status: VersionStatus; min: boolean } {
  const window = cueWindow(sentence, start);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = CLAUSE_BREAK.exec(window))) from = b.index + b[0].length;
  // a cue governs a version only from close by: "We recommend TLS 1.2", not "available ... see FIPS 140-2"
  const words = window.slice(from).split(/(?<=\s)/);
  const before = words.slice(-LOOKBACK_WORDS).join('');
  const min = MIN_BEFORE.test(before);
  CUE_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(before))) last = m;
  if (!last) return { status: 'mentioned', min };
  let status = classifyCue(last[0]);
  if (status !== 'unsupported' && CONDITIONAL_BEFORE.test(before.slice(0, last.index))) return { status: 'mentioned', min };
  if (status === 'used') {
    // "must be transmitted using TLS 1.2", "we recommend using TLS 1.2": the modal further back governs
    const wider = words.slice(-LOOKBACK_WIDE).join('');
    CUE_RE.lastIndex = 0;
    while ((m = CUE_RE.exec(wider))) {
      const s = classifyCue(m[0]);
      if ((s === 'required' || s === 'recommended') && !CONDITIONAL_BEFORE.test(wider.slice(0, m.index))) status = s;
    }
  }
  return { status, min };
}

/** Cheap gate: a sentence naming none of these cannot mention a built-in family. */
const TRIGGER_RE = /TLS|SSL|Transport\s+Layer|FIPS|Signature\s+Version|SigV|AES|Advanced\s+Encryption|SHA|RSA|ECC|NIST|secp|quantum|Kyber|KEM|BIKE|SIKE|DSA/i;

export function extractVersions(sentence: string, families: readonly VersionFamily[] = VERSION_FAMILIES): VersionMention[] {
  const out: VersionMention[] = [];
  if (families === VERSION_FAMILIES && !TRIGGER_RE.test(sentence)) return out;
  for (const f of families) {
    f.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = f.re.exec(sentence))) {
      const versions = f.parse(m);
      if (!versions.length) continue;
      const end = m.index + m[0].length;
      let { status, min } = statusBefore(sentence, m.index);
      const after = PASSIVE_AFTER.exec(sentence.slice(end, end + 60));
      if (after) {
        const word = after[2].toLowerCase();
        status = after[1] ? 'unsupported' : classifyCue(word === 'mandatory' ? 'required' : word === 'preferred' ? 'recommended' : word);
      }
      // "or later" only belongs to the last version of a list: "1.2 or later".
      const orLater = Boolean(f.ordered && m[m.length - 1] && /later|higher|above|newer|greater|up|\+/i.test(m[m.length - 1] ?? ''));
      versions.forEach((v, i) =>
        out.push({ family: f.id, version: v, status, min: (orLater && i === versions.length - 1) || (min && i === 0), start: m!.index, end }),
      );
    }
  }
  // "signed with Signature Version 2 or Signature Version 4": a list shares the status of its first item
  out.sort((x, y) => x.start - y.start);
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const cur = out[i];
    if (cur.start > prev.start && cur.status === 'mentioned' && prev.status !== 'mentioned' && LIST_GAP.test(sentence.slice(prev.end, cur.start))) cur.status = prev.status;
  }
  return out;
}

interface VersionState {
  statuses: Set<VersionStatus>;
  min: boolean;
}
type FamilyState = Map<string, VersionState>;

function collect(mentions: VersionMention[]): Map<string, FamilyState> {
  const fams = new Map<string, FamilyState>();
  for (const m of mentions) {
    let fam = fams.get(m.family);
    if (!fam) fams.set(m.family, (fam = new Map()));
    let st = fam.get(m.version);
    if (!st) fam.set(m.version, (st = { statuses: new Set(), min: false }));
    st.statuses.add(m.status);
    if (m.min) st.min = true;
  }
  return fams;
}

function topStatus(s: Set<VersionStatus>): VersionStatus {
  let best: VersionStatus = 'mentioned';
  for (const x of s) if (STATUS_RANK[x] > STATUS_RANK[best]) best = x;
  return best;
}

function minimumOf(fam: FamilyState | undefined): string | null {
  if (!fam) return null;
  let lo: string | null = null;
  for (const [v, st] of fam) {
    const top = topStatus(st.statuses);
    if (top === 'unsupported') continue;
    if (lo === null || cmpVersion(v, lo) < 0) lo = v;
  }
  return lo;
}

export interface VersionChange {
  family: string;
  label: string;
  parts: string[];
  critical: boolean;
  /** a minimum moved, a requirement appeared or went away */
  control: boolean;
  summary: string;
}

const statusPhrase = (s: VersionStatus) => STATUS_LABEL[s];
/** "1.0 now supported; 1.1 now supported" -> "1.0, 1.1 now supported". */
function groupParts(parts: string[]): string[] {
  const out: string[] = [];
  const byTail = new Map<string, number>();
  for (const p of parts) {
    const m = /^(\S+) ((?:or later )?(?:now|no longer) .+|added|removed)$/.exec(p);
    if (!m) {
      out.push(p);
      continue;
    }
    const at = byTail.get(m[2]);
    if (at === undefined) {
      byTail.set(m[2], out.length);
      out.push(p);
    } else {
      const [, tail] = [out[at], m[2]];
      out[at] = `${out[at].slice(0, out[at].length - tail.length - 1)}, ${m[1]} ${tail}`;
    }
  }
  return out;
}

/** Statuses that make a version a security control rather than a capability. */
const isControl = (s: VersionStatus) => s === 'required' || s === 'recommended' || s === 'unsupported';
const isAssertive = (s: VersionStatus) => s === 'required' || s === 'recommended' || s === 'supported' || s === 'unsupported';

/** Compare what two texts say about each version family. Empty when they say the same. */
export function compareVersions(
  oldMentions: VersionMention[],
  newMentions: VersionMention[],
  families: readonly VersionFamily[] = VERSION_FAMILIES,
  /** both texts are versions of one statement (a changed block), not an addition or a removal */
  edited = true,
): VersionChange[] {
  const a = collect(oldMentions);
  const b = collect(newMentions);
  const out: VersionChange[] = [];
  for (const f of families) {
    const fa = a.get(f.id);
    const fb = b.get(f.id);
    if (!fa && !fb) continue;
    const parts: string[] = [];
    let control = false;
    const oldOnly: string[] = [];
    const newOnly: string[] = [];
    const both: string[] = [];
    for (const v of fa?.keys() ?? []) (fb?.has(v) ? both : oldOnly).push(v);
    for (const v of fb?.keys() ?? []) if (!fa?.has(v)) newOnly.push(v);
    const sortV = (xs: string[]) => (f.ordered ? xs.sort(cmpVersion) : xs);
    sortV(oldOnly);
    sortV(newOnly);
    sortV(both);

    // minimum raised / lowered
    let minOld: string | null = null;
    let minNew: string | null = null;
    if (f.ordered && fa && fb) {
      minOld = minimumOf(fa);
      minNew = minimumOf(fb);
      if (minOld && minNew && minOld !== minNew) {
        // a minimum is a requirement; a recommendation that moved ("We recommend TLS 1.2 or later" ->
        // "We recommend TLS 1.3") keeps its modality: nothing became required
        const orLater = (fam: FamilyState, v: string) => `${v}${fam.get(v)!.min ? ' or later' : ''}`;
        if (topStatus(fa.get(minOld)!.statuses) === 'recommended' && topStatus(fb.get(minNew)!.statuses) === 'recommended') {
          parts.push(`recommended version ${orLater(fa, minOld)} -> ${orLater(fb, minNew)}`);
        } else {
          parts.push(`minimum ${cmpVersion(minNew, minOld) > 0 ? 'raised' : 'lowered'} ${minOld} -> ${minNew}`);
          control = true;
        }
      }
    }
    const oldHasOrLater = fa ? [...fa.values()].some((s) => s.min) : false;
    const newHasOrLater = fb ? [...fb.values()].some((s) => s.min) : false;
    const hidden = (v: string, side: 'old' | 'new') => {
      if (!f.ordered || !minOld || !minNew || minOld === minNew) return false;
      // explained by the minimum part: versions below the other side's minimum, or covered by its "or later"
      const [otherMin, otherOrLater, ownMin] = side === 'old' ? [minNew, newHasOrLater, minOld] : [minOld, oldHasOrLater, minNew];
      if (v === ownMin) return true;
      return cmpVersion(v, otherMin) < 0 || (otherOrLater && cmpVersion(v, otherMin) > 0);
    };

    for (const v of both) {
      const so = topStatus(fa!.get(v)!.statuses);
      const sn = topStatus(fb!.get(v)!.statuses);
      // "used" -> "mentioned" is how a sentence is phrased, not what it requires
      if (so !== sn && (isControl(so) || isControl(sn))) {
        parts.push(`${v} ${statusPhrase(so)} -> ${statusPhrase(sn)}`);
        control = true;
      } else if (fa!.get(v)!.min !== fb!.get(v)!.min && f.ordered && !(minOld !== minNew && v === minNew)) {
        parts.push(fb!.get(v)!.min ? `${v} -> ${v} or later` : `${v} or later -> ${v} only`);
        control = true;
      }
    }
    const oldShown = oldOnly.filter((v) => !hidden(v, 'old'));
    const newShown = newOnly.filter((v) => !hidden(v, 'new'));
    if (oldShown.length === 1 && newShown.length === 1) {
      const so = topStatus(fa!.get(oldShown[0])!.statuses);
      const sn = topStatus(fb!.get(newShown[0])!.statuses);
      const tail =
        so === sn ? (isControl(sn) ? ` (${statusPhrase(sn)})` : '') : isControl(so) || isControl(sn) ? ` (${statusPhrase(so)} -> ${statusPhrase(sn)})` : '';
      parts.push(`${oldShown[0]} -> ${newShown[0]}${tail}`);
      control = true;
    } else {
      for (const v of newShown) {
        const sn = topStatus(fb!.get(v)!.statuses);
        const orLater = fb!.get(v)!.min ? ' or later' : '';
        parts.push(sn === 'unsupported' ? `${v} marked not supported` : isAssertive(sn) ? `${v}${orLater} now ${statusPhrase(sn)}` : `${v} added`);
        // in an edited statement, a protocol version accepted or no longer accepted changes what is allowed
        if (isControl(sn) || fb!.get(v)!.min || (edited && f.ordered && f.critical && sn === 'supported')) control = true;
      }
      for (const v of oldShown) {
        const so = topStatus(fa!.get(v)!.statuses);
        const orLater = fa!.get(v)!.min ? ' or later' : '';
        parts.push(so === 'unsupported' ? `${v} no longer marked not supported` : isAssertive(so) ? `${v}${orLater} no longer ${statusPhrase(so)}` : `${v} removed`);
        if (isControl(so) || fa!.get(v)!.min || (edited && f.ordered && f.critical && so === 'supported')) control = true;
      }
    }
    if (!parts.length) continue;
    const grouped = groupParts(parts);
    out.push({ family: f.id, label: f.label, parts: grouped, critical: f.critical, control, summary: `${f.label}: ${grouped.join('; ')}` });
  }
  return out;
}
