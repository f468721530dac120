// Deciding what becomes a version, independent of where pages come from (HTTP or a file) and of
// how the store keeps them: garbage checks, "did the canonical text change", the change summary
// that goes into the commit message, and stored versions read back as canonical documents.

import type { ChangeReport, Format, RawPage, Severity } from '../types.js';
import { severityRank, UserError } from '../types.js';
import { decode, decodeWith } from '../read/index.js';
import { normalize as defaultNormalize, NORMALIZER_VERSION, type NormalizeResult } from '../normalize/index.js';
import { sha256 } from './files.js';
import type { PageMeta, Store, StoredVersion, VersionInfo } from './store.js';

/** The normalizer in use (injectable so renormalize can be tested against a "new" version). */
export interface Normalizer {
  version: number;
  normalize: (raw: RawPage) => NormalizeResult;
}
export const CURRENT_NORMALIZER: Normalizer = { version: NORMALIZER_VERSION, normalize: defaultNormalize };

/** Shorter than this share of the previous version's canonical text = the page lost its content. */
export const SHRINK_RATIO = 0.3;

export const EXT: Record<Format, string> = { html: 'html', markdown: 'md', text: 'txt', asciidoc: 'adoc', rst: 'rst' };

/** Decode stored or fetched bytes: an HTTP charset wins, else BOM / meta charset / strict UTF-8. */
export function decodeSource(buf: Buffer, charset: string | null | undefined, label: string): string {
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return decodeWith(buf, charset);
    } catch {
      throw new UserError(`${label}: cannot decode as ${charset}`);
    }
  }
  return decode(buf, label);
}

/** A stored version as the canonical document the diff pipeline reads, renormalized if it was
 * written by another normalizer version. */
export function versionDoc(v: StoredVersion, label: string, n: Normalizer = CURRENT_NORMALIZER): NormalizeResult {
  const m = v.meta;
  if (m.normalizerVersion === n.version) {
    return { label, format: m.format, title: m.title, markdown: v.canonical, anchors: m.anchors ?? {}, matched: true };
  }
  const text = decodeSource(v.source, m.charset, label);
  return { ...n.normalize({ label, text, format: m.format, select: m.select, remove: m.remove }), label };
}

export function versionLabel(id: string, v: { date: string; rev: string }): string {
  return `${id}@${v.date.slice(0, 10)} (${v.rev.slice(0, 10)})`;
}

export interface Summary {
  severity: Severity | null;
  counts: Record<Severity, number> | null;
  /** "2 high, 3 medium" */
  short: string;
  /** one line per change, for the commit message body */
  lines: string[];
  /** the highest-severity change (`Section: summary`), the first of them in page order */
  key: string | null;
}

const MAX_LINES = 15;

function describeCounts(r: ChangeReport): string {
  const c = r.summary.counts;
  const parts = (['high', 'medium', 'low'] as const).filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  if (parts.length) return parts.join(', ');
  const content = r.sections.some((s) => s.changes.some((ch) => !ch.formatting && !ch.silenced));
  return content ? 'no significant change' : 'formatting only';
}

/** Summarise old -> new with the full pipeline; a failing classifier never blocks recording. */
export async function summarize(a: NormalizeResult, b: NormalizeResult): Promise<Summary> {
  try {
    const { compareCanonical } = await import('../pipeline.js');
    const r = compareCanonical(a, b);
    const lines: string[] = [];
    let more = 0;
    let key: { rank: number; text: string } | null = null;
    for (const s of r.sections) {
      const where = (s.newPath ?? s.oldPath ?? []).join(' > ') || s.newHeading || s.oldHeading || '(top)';
      for (const c of s.changes) {
        if (c.formatting || c.silenced) continue;
        const what = (c.summary || `${c.type}: ${(c.new ?? c.old ?? '').replace(/\s+/g, ' ')}`).slice(0, 160);
        const rank = severityRank(c.severity);
        if (rank > 0 && (!key || rank > key.rank)) key = { rank, text: `${where}: ${what}` };
        if (lines.length >= MAX_LINES) {
          more++;
          continue;
        }
        lines.push(`- ${c.severity}: ${where}: ${what}`);
      }
    }
    if (more) lines.push(`- ... and ${more} more`);
    return { severity: r.summary.severity, counts: { ...r.summary.counts }, short: describeCounts(r), lines, key: key?.text ?? null };
  } catch (e) {
    return { severity: null, counts: null, short: 'changed (summary unavailable)', lines: [`(change summary failed: ${(e as Error).message})`], key: null };
  }
}

/** The version in force at a date: the newest with date <= `date`. `versions` is newest first. */
export function inForce(versions: VersionInfo[], date: string): VersionInfo | null {
  return versions.find((v) => v.date <= date) ?? null;
}

export interface Candidate {
  id: string;
  raw: Buffer;
  format: Format;
  select?: string;
  remove?: string[];
  charset?: string | null;
  date: string;
  /** fields of meta.json that depend on where the page came from */
  meta: Pick<PageMeta, 'url' | 'origin'> & Partial<PageMeta>;
  /** HTTP status, when fetched */
  status?: number;
}

export type Outcome =
  | { kind: 'recorded'; rev: string; subject: string; severity: Severity | null; first: boolean; accepted: string[]; restored: boolean; version: VersionInfo }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; reasons: string[] };

/** A version's files; the latest is read from the page folder when that folder holds it (no git). */
async function loadVersion(store: Store, id: string, v: VersionInfo, isLatest: boolean): Promise<StoredVersion> {
  if (isLatest) {
    const cur = store.currentFiles(id);
    if (cur && cur.meta.date === v.date && cur.meta.canonicalSha256 === sha256(cur.canonical)) return { rev: v.rev, date: v.date, ...cur };
  }
  return store.load(id, v.rev);
}

/**
 * True when the candidate is byte for byte the latest version's source, read the same way (format,
 * selectors, charset, normalizer): it cannot be a new version, so it need not be normalized.
 * Most pages of most `track` runs are this.
 */
function sameBytesAsLatest(store: Store, c: Candidate, versions: VersionInfo[], n: Normalizer): boolean {
  const latest = versions[0];
  if (!latest || c.date < latest.date || !c.raw.length || (c.status !== undefined && (c.status < 200 || c.status > 299))) return false;
  const m = store.currentMeta(c.id);
  return (
    !!m &&
    m.date === latest.date &&
    m.sha256 === sha256(c.raw) &&
    m.normalizerVersion === n.version &&
    m.format === c.format &&
    (m.select ?? null) === (c.select ?? null) &&
    JSON.stringify(m.remove ?? []) === JSON.stringify(c.remove ?? []) &&
    (m.charset ?? null) === (c.charset ?? null)
  );
}

export interface RecordOptions {
  /** the page's versions, newest first, when the caller already has them. */
  versions?: VersionInfo[];
  accept?: boolean;
  normalizer?: Normalizer;
  /** only for imports: skip the "lost most of its content" check (an explicit old file is trusted). */
  trusted?: boolean;
}

/** Check a candidate, compare it with the version in force at its date, and record it if it is a
 * new version. Throws UserError only for input that cannot be read at all. */
export async function consider(store: Store, c: Candidate, opts: RecordOptions = {}): Promise<Outcome> {
  const n = opts.normalizer ?? CURRENT_NORMALIZER;
  const versions = opts.versions ?? (await store.versions(c.id));
  if (sameBytesAsLatest(store, c, versions, n)) return { kind: 'unchanged' };
  const problems: string[] = [];
  if (c.status !== undefined && (c.status < 200 || c.status > 299)) problems.push(`HTTP ${c.status}`);
  if (c.raw.length === 0) problems.push('empty body');
  const text = c.raw.length ? decodeSource(c.raw, c.charset, c.id) : '';
  const doc = n.normalize({ label: c.id, text, format: c.format, select: c.select, remove: c.remove });
  if (c.select && !doc.matched) problems.push(`selector "${c.select}" matched nothing`);
  else if (c.raw.length && !doc.markdown.trim()) problems.push('no content after normalization');

  const latest = versions[0] ?? null;
  const prev = inForce(versions, c.date);
  const prevDoc = prev ? versionDoc(await loadVersion(store, c.id, prev, prev === latest), versionLabel(c.id, prev), n) : null;
  if (prevDoc && !opts.trusted && doc.markdown.trim() && doc.markdown.length < SHRINK_RATIO * prevDoc.markdown.length) {
    problems.push(`lost most of its content (${doc.markdown.length} chars, previous version ${prevDoc.markdown.length})`);
  }
  if (problems.length && !opts.accept) return { kind: 'rejected', reasons: problems };
  if (prevDoc && prevDoc.markdown === doc.markdown) return { kind: 'unchanged' };

  const sum = prevDoc ? await summarize(prevDoc, { ...doc, label: `${c.id}@${c.date.slice(0, 10)}` }) : null;
  const subject = prevDoc ? `Update ${c.id}: ${sum!.short}` : `Add ${c.id}`;
  const meta: PageMeta = {
    ...c.meta,
    id: c.id,
    date: c.date,
    sha256: sha256(c.raw),
    canonicalSha256: sha256(doc.markdown),
    normalizerVersion: n.version,
    format: c.format,
    source: `source.${EXT[c.format]}`,
    ...(c.charset ? { charset: c.charset } : {}),
    ...(c.select ? { select: c.select } : {}),
    ...(c.remove?.length ? { remove: c.remove } : {}),
    title: doc.title,
    anchors: doc.anchors,
    ...(problems.length ? { accepted: problems } : {}),
  };
  const version: VersionInfo = {
    rev: '',
    id: c.id,
    kind: 'version',
    date: c.date,
    subject,
    severity: sum ? sum.severity : null,
    counts: sum ? sum.counts : null,
    key: sum ? sum.key : null,
    base: prev ? prev.rev : null,
    seq: versions.reduce((m, v) => Math.max(m, v.seq + 1), 0),
  };
  const rev = await store.record({
    id: c.id,
    date: c.date,
    source: c.raw,
    canonical: doc.markdown,
    meta,
    subject,
    body: sum ? sum.lines : [],
    severity: sum ? sum.severity : null,
    counts: sum ? sum.counts : null,
    key: sum ? sum.key : null,
    base: prev ? prev.rev : null,
  });
  // keep the invariant "a page's current files are its latest version" after an older import
  let restored = false;
  if (latest && c.date < latest.date) {
    await store.restore(c.id, latest.rev, `Restore ${c.id} to its latest version (${latest.date.slice(0, 10)}) after importing an older one [technical]`);
    restored = true;
  }
  return { kind: 'recorded', rev, subject, severity: sum ? sum.severity : null, first: !prev, accepted: problems, restored, version: { ...version, rev } };
}
