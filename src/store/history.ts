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
  /** the summary was recomputed against the version before it by date (an older import landed later). */
  recomputed?: boolean;
}

export async function pageLog(store: Store, id: string, opts: { technical?: boolean } = {}): Promise<LogEntry[]> {
  const all = await store.versions(id, { technical: true });
  const versions = all.filter((v) => v.kind === 'version');
  const out: LogEntry[] = [];
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i];
    const pred: VersionInfo | undefined = versions[i + 1];
    const entry: LogEntry = { rev: v.rev, date: v.date, kind: 'version', severity: v.severity, counts: v.counts, summary: v.subject };
    if ((v.base ?? null) !== (pred?.rev ?? null)) {
      entry.recomputed = true;
      if (!pred) {
        entry.summary = `Add ${id}`;
        entry.severity = null;
        entry.counts = null;
      } else {
        const [a, b] = await Promise.all([store.load(id, pred.rev), store.load(id, v.rev)]);
        const da = versionDoc(a, versionLabel(id, pred));
        const db = versionDoc(b, versionLabel(id, v));
        if (da.markdown === db.markdown) {
          entry.summary = `Update ${id}: same content as the version before it`;
          entry.severity = 'none';
          entry.counts = null;
        } else {
          const s = await summarize(da, db);
          entry.summary = `Update ${id}: ${s.short}`;
          entry.severity = s.severity;
          entry.counts = s.counts;
        }
      }
    }
    out.push(entry);
  }
  if (opts.technical) {
    for (const v of all) {
      if (v.kind === 'technical') out.push({ rev: v.rev, date: v.date, kind: 'technical', severity: null, counts: null, summary: v.subject });
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
  return ids.map((id) => {
    const e = entries.find((x) => x.id === id);
    const vs = all.get(id) ?? [];
    const latest = vs[0];
    const url = e ? redactUrl(e.url) : (store.currentMeta(id)?.url ?? null);
    return { id, url, tracked: !!e, versions: vs.length, latest: latest?.date ?? null, severity: latest?.severity ?? null, summary: latest?.subject ?? null };
  });
}
