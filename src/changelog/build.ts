// Store history -> Changelog. Every version of every page whose date falls in the window is
// compared with the version before it (by version date, even when that one is older than the
// window) through the full pipeline; the shown changes are sorted into policy / other /
// editorial / structure, entries are grouped per day, and changes shared by several pages are
// found (shared.ts). Knows the store only through its public module.

import type { NormalizeResult } from '../normalize/index.js';
import { filterReport, harmonizeRenames } from '../classify/index.js';
import type { RedlineConfig } from '../classify/config.js';
import { compareCanonical } from '../pipeline.js';
import { redactUrl, versionDoc, type Store, type StoredVersion, type VersionInfo } from '../store/index.js';
import type { Change, ChangeReport, SectionDiff, Severity } from '../types.js';
import { maxSeverity, severityRank, UserError } from '../types.js';
import { changedSentences, groupSharedChanges } from './shared.js';
import { withModel } from './pairs.js';
import type { PairWorker } from './thread.js';
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
  /** a worker thread already started (startPairWorker: the CLI starts it before loading the
   * pipeline, so both load at once): it compares pairs from the back of the list while this
   * thread takes them from the front, if there are at least WORKER_MIN_PAIRS. Stopped either way. */
  worker?: PairWorker | null;
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
 * renormalized, with the store's decoding, when another normalizer version wrote it). */
const docOf = (v: StoredVersion, label: string): NormalizeResult => versionDoc(v, label);

/** Versions read ahead of the one being compared: git answers while the pipeline works. */
const READ_AHEAD = 4;
/** Pairs below which a worker thread is not worth its start (a module load and a cold JIT). */
export const WORKER_MIN_PAIRS = 8;

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
  try {
    return await build(store, opts);
  } finally {
    opts.worker?.stop();
  }
}

async function build(store: Store, opts: BuildOptions): Promise<Changelog> {
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

  // every comparison first: renames are then rated the same on every page (harmonizeRenames).
  // One job per version in the window (page by id, newest version first), compared with the
  // version before it.
  const jobs: { id: string; versions: VersionInfo[]; i: number }[] = [];
  const uses = new Map<string, number>(); // how many jobs still read each version
  const keyOf = (id: string, i: number) => `${id}\n${i}`;
  for (const id of ids) {
    const versions = all.get(id) ?? [];
    versions.forEach((v, i) => {
      if (!inWindow(v.date)) return;
      jobs.push({ id, versions, i });
      uses.set(keyOf(id, i), (uses.get(keyOf(id, i)) ?? 0) + 1);
      if (i + 1 < versions.length) uses.set(keyOf(id, i + 1), (uses.get(keyOf(id, i + 1)) ?? 0) + 1);
    });
  }
  interface Loaded {
    v: StoredVersion;
    doc: NormalizeResult;
    modelled?: NormalizeResult;
  }
  const docs = new Map<string, Promise<Loaded>>();
  const load = (id: string, versions: VersionInfo[], i: number): Promise<Loaded> => {
    const key = keyOf(id, i);
    let p = docs.get(key);
    if (!p) {
      const v = versions[i];
      p = store.load(id, v.rev).then((s): Loaded => ({ v: s, doc: docOf(s, versionLabel(id, v)) }));
      // a failed read ahead is reported when (if) its version is reached, never as unhandled
      p.catch(() => undefined);
      docs.set(key, p);
    }
    return p;
  };
  const sides = async (k: number) => {
    const { id, versions, i } = jobs[k];
    const cur = await load(id, versions, i);
    const prev = i + 1 < versions.length ? await load(id, versions, i + 1) : null;
    return { cur, prev };
  };
  const readAhead = (k: number, step: 1 | -1) => {
    for (let n = 0, j = k; n <= READ_AHEAD && j >= 0 && j < jobs.length; n++, j += step) {
      const { id, versions, i } = jobs[j];
      void load(id, versions, i);
      if (i + 1 < versions.length) void load(id, versions, i + 1);
    }
  };
  const results: Array<{ page: { id: string; title: string | null; url: string | null }; v: VersionInfo; pred: VersionInfo | null; report: ChangeReport | null } | undefined> = new Array(jobs.length);
  const done = (k: number, cur: Loaded, prev: Loaded | null, report: ChangeReport | null) => {
    const { id, versions, i } = jobs[k];
    const title = cur.doc.title ?? prev?.doc.title ?? null;
    const url = cur.v.meta.url ?? configured(id) ?? cur.v.meta.finalUrl ?? null;
    results[k] = { page: { id, title, url }, v: versions[i], pred: versions[i + 1] ?? null, report };
    // a version no job still reads is let go
    for (const j of i + 1 < versions.length ? [i, i + 1] : [i]) {
      const key = keyOf(id, j);
      const left = (uses.get(key) ?? 1) - 1;
      uses.set(key, left);
      if (left <= 0) docs.delete(key);
    }
  };
  const compareHere = (cur: Loaded, prev: Loaded | null): ChangeReport | null => {
    if (!prev) return null;
    prev.modelled ??= withModel(prev.doc);
    cur.modelled ??= withModel(cur.doc);
    return compareCanonical(prev.modelled, cur.modelled, { config: opts.config ?? null });
  };

  // the main thread takes jobs from the front, the worker from the back, until they meet
  let front = 0;
  let failed = false; // one side threw: the other stops taking jobs
  let back = jobs.length;
  let worker: PairWorker | null = opts.worker ?? null;
  if (worker && jobs.length < WORKER_MIN_PAIRS) {
    worker.stop();
    worker = null;
  }
  worker?.configure(opts.config ?? null);
  const retry: number[] = []; // jobs the worker could not do
  const onWorker = async () => {
    if (!worker || !(await worker.started())) return;
    while (front < back && !failed) {
      const k = --back;
      readAhead(k - 1, -1);
      const { cur, prev } = await sides(k);
      const report = prev ? await worker.run({ id: k, old: prev.doc, new: cur.doc }) : null;
      if (prev && !report) {
        retry.push(k);
        return;
      }
      done(k, cur, prev, report);
    }
  };
  const onMain = async () => {
    while (front < back && !failed) {
      const k = front++;
      readAhead(k + 1, 1);
      const { cur, prev } = await sides(k);
      done(k, cur, prev, compareHere(cur, prev));
      // let the worker's answers in between two comparisons
      if (worker?.alive) await new Promise<void>((r) => setImmediate(r));
    }
  };
  try {
    const stopOnError = (e: unknown) => {
      failed = true;
      throw e;
    };
    await Promise.all([onMain().catch(stopOnError), onWorker().catch(stopOnError)]);
    for (const k of retry) {
      const { cur, prev } = await sides(k);
      done(k, cur, prev, compareHere(cur, prev));
    }
  } finally {
    worker?.stop();
  }
  const compared = results.filter((c) => c !== undefined);

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
