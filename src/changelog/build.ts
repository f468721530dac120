// Store history -> Changelog. Every version of every page whose date falls in the window is
// compared with the version before it (by version date, even when that one is older than the
// window) through the full pipeline; the shown changes are sorted into policy / other /
// editorial / structure, entries are grouped per day, and changes shared by several pages are
// found (shared.ts). Knows the store only through its public module.

import type { NormalizeResult } from '../normalize/index.js';
import { readMarkdown } from '../normalize/markdown.js';
import { filterReport, harmonizeRenames } from '../classify/index.js';
import type { RedlineConfig } from '../classify/config.js';
import { compareCanonical } from '../pipeline.js';
import { redactUrl, versionDoc, type Store, type StoredVersion, type VersionInfo } from '../store/index.js';
import type { Change, ChangeReport, SectionDiff, Severity } from '../types.js';
import { maxSeverity, severityRank, UserError } from '../types.js';
import { changedSentences, groupSharedChanges } from './shared.js';
import type { ChangeKind, Changelog, ChangelogChange, ChangelogDay, ChangelogEntry, ChangelogPage } from './types.js';

export interface BuildOptions {
  /** window start: `2023-05-01` (that day's start, UTC) or an ISO 8601 time. */
  since?: string | null;
  /** window end, inclusive: `2023-05-31` (that day's end, UTC) or an ISO 8601 time. */
  until?: string | null;
  /** only these pages (default: every page with versions). */
  ids?: string[];
  /** classification rules (redline.config.*). */
  config?: RedlineConfig | null;
  /** page URLs from the sources file, for versions recorded without one (raw URLs: masked here);
   * a function is called at most once, when a version without a URL is met. */
  urls?: Record<string, string> | (() => Record<string, string>);
  /** the moment the changelog is built for; only used where no version gives a date. */
  now?: Date;
  /** pages compared at once (default 4). */
  concurrency?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parse a window bound: a day (start or end of it, UTC) or a full ISO 8601 time. */
export function parseBound(s: string, end: boolean, flag: string): string {
  const iso = DAY.test(s) ? `${s}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : s;
  const t = /^\d{4}-\d{2}-\d{2}(T|$)/.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) throw new UserError(`invalid ${flag} "${s}" (use a date like 2023-05-01 or an ISO 8601 time)`);
  return new Date(t).toISOString();
}

export function parseWindow(since?: string | null, until?: string | null): { since: string | null; until: string | null } {
  const a = since ? parseBound(since, false, '--since') : null;
  const b = until ? parseBound(until, true, '--until') : null;
  if (a && b && a > b) throw new UserError(`--since ${since} is after --until ${until}`);
  return { since: a, until: b };
}

/** A stored version as the canonical document the pipeline reads (the store's own reader:
 * renormalized, with the store's decoding, when another normalizer version wrote it), with its
 * model read once: a version is compared twice (with the one before and the one after it), and
 * the sections stage would otherwise parse its canonical Markdown each time (buildSections of
 * the text and sectionsOfModel of readMarkdown(text) are the same tree). */
function docOf(v: StoredVersion, label: string): NormalizeResult {
  const doc = versionDoc(v, label);
  return doc.model ? doc : { ...doc, model: readMarkdown(doc.markdown) };
}

/** Versions read ahead of the one being compared: git answers while the pipeline works. */
const READ_AHEAD = 4;

const versionLabel = (id: string, v: VersionInfo) => `${id}@${v.date.slice(0, 10)} (${v.rev.slice(0, 10)})`;

const EDITORIAL = new Set(['editorial', 'formatting', 'moved']);

function kindOf(c: Change, s: SectionDiff): ChangeKind {
  if (s.status === 'added' || s.status === 'removed') return 'structure';
  if (severityRank(c.severity) >= severityRank('medium')) return 'policy';
  if (c.severity === 'none' || EDITORIAL.has(c.category) || c.type === 'moved') return 'editorial';
  return 'other';
}

const headingOf = (s: SectionDiff) => s.newHeading ?? s.oldHeading ?? null;

/** The entry for one version given its (filtered) report against the version before it. */
export function entryFromReport(
  page: { id: string; title: string | null; url: string | null },
  v: { rev: string; date: string },
  base: { rev: string; date: string } | null,
  report: ChangeReport | null,
): ChangelogEntry {
  const entry: ChangelogEntry = {
    key: `${page.id}@${v.rev}`,
    page: page.id,
    title: page.title,
    url: page.url,
    rev: v.rev,
    base: base?.rev ?? null,
    baseDate: base?.date ?? null,
    date: v.date,
    day: v.date.slice(0, 10),
    first: !base,
    severity: 'none',
    counts: { none: 0, low: 0, medium: 0, high: 0 },
    changes: [],
    sectionsAdded: [],
    sectionsRemoved: [],
    sectionsRenamed: [],
    editorial: [],
    formattingOnly: false,
    fallbacks: report ? [...report.fallbacks] : [],
  };
  if (!report) return entry;
  let severity: Severity = 'none';
  for (const s of report.sections) {
    const heading = headingOf(s);
    if (s.status === 'added' || s.status === 'removed') {
      (s.status === 'added' ? entry.sectionsAdded : entry.sectionsRemoved).push({ heading: heading ?? '(untitled)', severity: s.severity });
      severity = maxSeverity(severity, s.severity);
    } else if (s.status === 'renamed') {
      entry.sectionsRenamed.push({ from: s.oldHeading ?? '(untitled)', to: s.newHeading ?? '(untitled)' });
    }
    let editorial = 0;
    for (const c of s.changes) {
      if (c.silenced) continue;
      const kind = kindOf(c, s);
      entry.counts[c.severity]++;
      severity = maxSeverity(severity, c.severity);
      entry.changes.push({
        section: heading,
        path: s.newPath ?? s.oldPath ?? [],
        sectionStatus: s.status,
        type: c.type,
        severity: c.severity,
        category: c.category,
        summary: c.summary,
        old: c.old,
        new: c.new,
        quote: changedSentences(c.old, c.new),
        kind,
        group: null,
      } satisfies ChangelogChange);
      if (kind === 'editorial') editorial++;
    }
    if (editorial) {
      const name = heading ?? '(untitled)';
      const prev = entry.editorial.find((e) => e.section === name);
      if (prev) prev.count += editorial;
      else entry.editorial.push({ section: name, count: editorial });
    }
  }
  entry.severity = severity;
  entry.formattingOnly = !entry.changes.length && !entry.sectionsAdded.length && !entry.sectionsRemoved.length && !entry.sectionsRenamed.length;
  return entry;
}

async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}

/** Order entries the way a changelog reads: newest day first, then page id, then newest version first. */
export function byChangelogOrder(a: ChangelogEntry, b: ChangelogEntry): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.page !== b.page) return a.page < b.page ? -1 : 1;
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}

/** Group entries (in changelog order) per day, newest day first. */
export function toDays(entries: ChangelogEntry[]): ChangelogDay[] {
  const days: ChangelogDay[] = [];
  for (const e of entries) {
    const last = days[days.length - 1];
    if (last && last.day === e.day) last.entries.push(e);
    else days.push({ day: e.day, entries: [e] });
  }
  return days;
}

export async function buildChangelog(store: Store, opts: BuildOptions = {}): Promise<Changelog> {
  const window = parseWindow(opts.since, opts.until);
  const all = await store.allVersions();
  let urls: Record<string, string> | null = typeof opts.urls === 'function' ? null : (opts.urls ?? {});
  const configured = (id: string): string | null => {
    urls ??= (opts.urls as () => Record<string, string>)();
    return urls[id] ? redactUrl(urls[id]) : null;
  };
  const ids = opts.ids?.length ? [...new Set(opts.ids)] : [...all.keys()];
  const unknown = ids.filter((id) => !all.has(id));
  if (unknown.length) throw new UserError(`no recorded versions of ${unknown.join(', ')} in this store (see redline pages)`);
  ids.sort();
  const inWindow = (d: string) => (!window.since || d >= window.since) && (!window.until || d <= window.until);
  // every comparison first: renames are then rated the same on every page (harmonizeRenames)
  const compared: Array<{ page: { id: string; title: string | null; url: string | null }; v: VersionInfo; pred: VersionInfo | null; report: ChangeReport | null }> = [];

  await pool(ids, opts.concurrency ?? 4, async (id) => {
    const versions = all.get(id) ?? [];
    // a version is read when it is in the window or is the predecessor of one that is
    const needed = versions.map((v, i) => inWindow(v.date) || (i > 0 && inWindow(versions[i - 1].date)));
    const docs = new Map<number, Promise<{ doc: NormalizeResult; v: StoredVersion }>>();
    const load = (i: number) => {
      let p = docs.get(i);
      if (!p) {
        const v = versions[i];
        p = store.load(id, v.rev).then((s) => ({ v: s, doc: docOf(s, versionLabel(id, v)) }));
        // a failed read ahead is reported when (if) its version is reached, never as unhandled
        p.catch(() => undefined);
        docs.set(i, p);
      }
      return p;
    };
    for (let i = 0; i < versions.length; i++) {
      const v = versions[i];
      if (!inWindow(v.date)) continue;
      const pred = versions[i + 1] ?? null;
      for (let k = i; k < Math.min(versions.length, i + 2 + READ_AHEAD); k++) if (needed[k]) void load(k);
      const cur = await load(i);
      const prev = pred ? await load(i + 1) : null;
      const title = cur.doc.title ?? prev?.doc.title ?? null;
      const url = cur.v.meta.url ?? configured(id) ?? cur.v.meta.finalUrl ?? null;
      const report = prev ? compareCanonical(prev.doc, cur.doc, { config: opts.config ?? null }) : null;
      compared.push({ page: { id, title, url }, v, pred, report });
      // this version is done with; its predecessor is needed once more (and the ones read ahead)
      docs.delete(i);
    }
  });

  const withReports = compared.filter((c) => c.report);
  harmonizeRenames(withReports.map((c) => c.report!)).forEach((r, k) => (withReports[k].report = r));
  const entries: ChangelogEntry[] = [];
  // ties (two versions with the same date, recorded in another order) keep the store's order
  const order = new Map<string, number>();
  for (const c of compared) {
    const entry = entryFromReport(c.page, c.v, c.pred, c.report ? filterReport(c.report) : null);
    order.set(entry.key, c.v.seq);
    entries.push(entry);
  }
  entries.sort((a, b) => byChangelogOrder(a, b) || (order.get(b.key) ?? 0) - (order.get(a.key) ?? 0));
  const groups = groupSharedChanges(entries);
  const pages = new Map<string, ChangelogPage>();
  for (const e of entries) if (!pages.has(e.page)) pages.set(e.page, { id: e.page, title: e.title, url: e.url });
  return {
    schemaVersion: 1,
    since: window.since,
    until: window.until,
    now: (opts.now ?? new Date()).toISOString(),
    pages: [...pages.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    days: toDays(entries),
    groups,
  };
}
