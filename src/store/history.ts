// Reading a store's history for people: a page's log (ordered by version date, with summaries
// recomputed where an out-of-order import changed a version's predecessor) and the page list.

import type { Severity } from '../types.js';
import { redactUrl } from './redact.js';
import { summarize, versionDoc, versionLabel } from './record.js';
import type { SourceEntry } from './sources.js';
import type { Store, VersionInfo } from './store.js';

export interface LogEntry {
  rev: string;
  date: string;
  kind: 'version' | 'technical';
  severity: Severity | null;
  counts: Record<Severity, number> | null;
  summary: string;
  /** the highest-severity change (`Section: summary`), when there is one. */
  key: string | null;
  /** the summary was recomputed against the version before it by date (an older import landed later). */
  recomputed?: boolean;
}

/** A version's log entry; its summary is recomputed when it was recorded against another predecessor. */
async function entryFor(store: Store, id: string, v: VersionInfo, pred: VersionInfo | undefined): Promise<LogEntry> {
  const entry: LogEntry = { rev: v.rev, date: v.date, kind: 'version', severity: v.severity, counts: v.counts, summary: v.subject, key: v.key };
  if ((v.base ?? null) === (pred?.rev ?? null)) return entry;
  entry.recomputed = true;
  if (!pred) return { ...entry, summary: `Add ${id}`, severity: null, counts: null, key: null };
  const [a, b] = await Promise.all([store.load(id, pred.rev), store.load(id, v.rev)]);
  const da = versionDoc(a, versionLabel(id, pred));
  const db = versionDoc(b, versionLabel(id, v));
  if (da.markdown === db.markdown) return { ...entry, summary: `Update ${id}: same content as the version before it`, severity: 'none', counts: null, key: null };
  const s = await summarize(da, db);
  return { ...entry, summary: `Update ${id}: ${s.short}`, severity: s.severity, counts: s.counts, key: s.key };
}

export async function pageLog(store: Store, id: string, opts: { technical?: boolean } = {}): Promise<LogEntry[]> {
  const all = await store.versions(id, { technical: true });
  const versions = all.filter((v) => v.kind === 'version');
  const out: LogEntry[] = [];
  for (let i = 0; i < versions.length; i++) out.push(await entryFor(store, id, versions[i], versions[i + 1]));
  if (opts.technical) {
    for (const v of all) {
      if (v.kind === 'technical') out.push({ rev: v.rev, date: v.date, kind: 'technical', severity: null, counts: null, summary: v.subject, key: null });
    }
    out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }
  return out;
}

export interface PageRow {
  id: string;
  url: string | null;
  /** listed in the sources file (tracked); false for pages only imported. */
  tracked: boolean;
  versions: number;
  latest: string | null;
  /** severity of the latest version's change (null for a first version or unknown). */
  severity: Severity | null;
  summary: string | null;
}

export async function pageRows(store: Store, entries: SourceEntry[]): Promise<PageRow[]> {
  const all = await store.allVersions();
  const ids = [...new Set([...entries.map((e) => e.id), ...all.keys()])].sort();
  const rows: PageRow[] = [];
  for (const id of ids) {
    const e = entries.find((x) => x.id === id);
    const vs = all.get(id) ?? [];
    const latest = vs[0] ? await entryFor(store, id, vs[0], vs[1]) : null;
    const url = e ? redactUrl(e.url) : (store.currentMeta(id)?.url ?? null);
    rows.push({ id, url, tracked: !!e, versions: vs.length, latest: latest?.date ?? null, severity: latest?.severity ?? null, summary: latest?.summary ?? null });
  }
  return rows;
}

/** A log entry as one line of text: the key change first, the counts after it. */
export function logLine(id: string, e: LogEntry): string {
  const counts = e.summary.startsWith(`Update ${id}: `) ? e.summary.slice(`Update ${id}: `.length) : null;
  return e.key && counts ? `${e.key}  [${counts}]` : e.summary.replace(/ \[technical\]$/, '');
}
