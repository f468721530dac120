// The snapshot store as a ReviewSource: pages and their versions from one pass over the history,
// canonical documents read lazily per version (and kept for the session), reports computed by
// the pipeline on first request, reviews in the store's reviews.json (committed once, when the
// session ends). Knows the store only through its public module; version ids stay opaque.

import { resolve } from 'node:path';
import type { Severity } from '../types.js';
import { severityRank, UserError } from '../types.js';
import type { NormalizeResult } from '../normalize/index.js';
import type { ShowOptions } from './loader.js';
import { readReviews, writeReview } from './reviews.js';
import type { PageInfo, ReviewSource, VersionInfo } from './source.js';

type StoreModule = typeof import('../store/index.js');
type StoreVersion = import('../store/index.js').VersionInfo;

/** "2024-03-01" for a midnight date, "2024-03-01 14:05" otherwise. */
export function shortDate(iso: string): string {
  const t = iso.slice(11, 16);
  return !t || /^00:00/.test(iso.slice(11)) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${t}`;
}

/** The highest severity the store recorded for the versions after `baseline` (oldest-first list). */
function recordedSeverity(versions: StoreVersion[], baselineIndex: number): Severity | null {
  let best: Severity | null = null;
  for (const v of versions.slice(baselineIndex + 1)) {
    if (v.severity && (!best || severityRank(v.severity) > severityRank(best))) best = v.severity;
  }
  return best;
}

/** True when `dir` is a redline store (cheap: no git call). */
export async function isStoreDir(dir: string): Promise<boolean> {
  const { looksLikeStore } = await import('../store/index.js');
  return looksLikeStore(resolve(dir));
}

export async function openStoreSource(dir: string, opts: ShowOptions & { shownDir?: string } = {}): Promise<ReviewSource> {
  const mod: StoreModule = await import('../store/index.js');
  const { compareForReview } = await import('./loader.js');
  const abs = resolve(dir);
  const store = await mod.openStore(abs);
  const all = await store.allVersions();
  const reviews = readReviews(abs);
  const byId = new Map<string, StoreVersion[]>();
  const pages: PageInfo[] = [];
  for (const [id, newestFirst] of all) {
    const versions = [...newestFirst].reverse();
    byId.set(id, versions);
    const r = reviews.pages[id];
    const reviewedIdx = r ? versions.findIndex((v) => v.rev === r.rev) : -1;
    const infos: VersionInfo[] = versions.map((v) => ({ id: v.rev, label: v.rev.slice(0, 7), date: shortDate(v.date) }));
    pages.push({
      id,
      title: id,
      heading: store.currentMeta(id)?.title ?? null,
      versions: infos,
      reviewed: reviewedIdx >= 0 ? versions[reviewedIdx].rev : null,
      severity: recordedSeverity(versions, Math.max(0, reviewedIdx)),
    });
  }

  // canonical documents by page and version, read once
  const docs = new Map<string, Promise<NormalizeResult>>();
  const doc = (id: string, rev: string): Promise<NormalizeResult> => {
    const key = `${id}\u0000${rev}`;
    let p = docs.get(key);
    if (!p) {
      p = (async () => {
        const v = byId.get(id)?.find((x) => x.rev === rev);
        const label = `${id}@${v ? v.date.slice(0, 10) : rev.slice(0, 7)} (${rev.slice(0, 10)})`;
        const stored = await store.load(id, rev);
        if (stored.meta.normalizerVersion === mod.CURRENT_NORMALIZER.version) {
          const m = stored.meta;
          return { label, format: m.format, title: m.title, markdown: stored.canonical, anchors: m.anchors ?? {}, matched: true };
        }
        // written by another normalizer: let the store renormalize it from the raw source
        const r = await mod.resolveStoreRef(`${id}@${rev}`, abs);
        if (!r) throw new Error(`version ${rev.slice(0, 10)} of ${id} not found`);
        return { ...r.doc, label };
      })();
      docs.set(key, p);
      p.catch(() => docs.delete(key));
    }
    return p;
  };

  let marked = 0;
  return {
    kind: 'store',
    description: `store ${opts.shownDir ?? dir}`,
    listPages: async () => pages,
    async loadReport(id, from, to) {
      const [a, b] = await Promise.all([doc(id, from), doc(id, to)]);
      return compareForReview(a, b, opts);
    },
    async markReviewed(id, rev) {
      const v = byId.get(id)?.find((x) => x.rev === rev);
      if (!v) throw new Error(`not a version of ${id}`);
      writeReview(abs, id, { rev, date: v.date, at: new Date().toISOString() });
      marked++;
    },
    // the session's marks become one commit, so a clone of the store has them
    async finish() {
      if (!marked) return null;
      try {
        const w = await mod.openStore(abs, { write: 'review' });
        try {
          const rev = await w.commitConfig(`Review: ${marked} mark${marked === 1 ? '' : 's'} (reviews.json)`, [mod.REVIEWS_FILE]);
          return rev ? `committed the review marks (${mod.REVIEWS_FILE})` : null;
        } finally {
          w.close();
        }
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        return `review marks saved in ${mod.REVIEWS_FILE}, not committed now (${e.message.split(';')[0]}); the next review or track commits them`;
      }
    },
  };
}
