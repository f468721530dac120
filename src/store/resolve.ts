// Turning `ID`, `ID@REV` (commit id, date, ~N) into canonical documents for the diff command.

import { resolve as resolvePath } from 'node:path';
import type { NormalizeResult } from '../normalize/index.js';
import { UserError } from '../types.js';
import { openStore, type GitStore } from './git.js';
import { looksLikeStore, parseStoreRef } from './ref.js';
import { readSources } from './sources.js';
import { inForce, versionDoc, versionLabel } from './record.js';
import type { VersionInfo } from './store.js';

export interface ResolvedVersion {
  /** the canonical document, ready for compareCanonical(). */
  doc: NormalizeResult;
  /** version date (ISO 8601). */
  date: string;
  /** opaque version id. */
  rev: string;
  id: string;
  subject: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The cutoff instant for a date or date-time reference, or null if `s` is not one. */
export function dateCutoff(s: string): string | null {
  if (DAY.test(s)) {
    const t = Date.parse(`${s}T23:59:59.999Z`);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  return null;
}

/** Pick a version from a page's versions (newest first) by REV: commit id prefix, date, or ~N. */
export function pickVersion(id: string, versions: VersionInfo[], rev: string | null): VersionInfo {
  if (!versions.length) throw new UserError(`${id} has no recorded versions yet (run redline track ${id}, or redline import)`);
  if (rev === null || rev === '~0' || rev === 'latest') return versions[0];
  const rel = /^~(\d+)$/.exec(rev);
  if (rel) {
    const n = Number(rel[1]);
    if (n >= versions.length) throw new UserError(`${id}@${rev}: ${id} has only ${versions.length} version(s)`);
    return versions[n];
  }
  const cutoff = dateCutoff(rev);
  if (cutoff) {
    const v = inForce(versions, cutoff);
    if (!v) throw new UserError(`${id}@${rev}: no version of ${id} on or before ${rev} (first version: ${versions[versions.length - 1].date.slice(0, 10)})`);
    return v;
  }
  if (/^[0-9a-f]{4,64}$/i.test(rev)) {
    const hits = versions.filter((v) => v.rev.startsWith(rev.toLowerCase()));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) throw new UserError(`${id}@${rev}: ambiguous version id (give more characters)`);
    throw new UserError(`${id}@${rev}: not a version of ${id} (see redline log ${id})`);
  }
  throw new UserError(`${id}@${rev}: unknown version (use a version id from redline log, a date like 2023-05-01, or ~1)`);
}

async function resolved(store: GitStore, id: string, v: VersionInfo): Promise<ResolvedVersion> {
  const doc = versionDoc(await store.load(id, v.rev), versionLabel(id, v));
  return { doc, date: v.date, rev: v.rev, id, subject: v.subject };
}

function knownPage(dir: string, id: string): boolean {
  try {
    return readSources(dir).entries.some((e) => e.id === id);
  } catch {
    return false;
  }
}

/**
 * Resolve a store reference for `redline diff`: `ID` (latest version), `ID@REV` with REV a version
 * id (prefix), a date (`2023-05-01`: the version in force then; or a full ISO time) or `~N`
 * (N versions before the latest). Returns null when `arg` is not a store reference (not a page id,
 * no store, or an unknown page without `@`), so the caller can treat it as a file; throws
 * UserError for a reference that is clearly meant for the store but cannot be resolved.
 */
export async function resolveStoreRef(arg: string, storeDir: string): Promise<ResolvedVersion | null> {
  const ref = parseStoreRef(arg);
  if (!ref) return null;
  const dir = resolvePath(storeDir);
  if (!looksLikeStore(dir)) {
    if (ref.rev !== null) throw new UserError(`no redline store at ${storeDir} (run redline init)`);
    return null;
  }
  const store = await openStore(dir);
  const versions = await store.versions(ref.id);
  if (!versions.length) {
    if (ref.rev === null && !knownPage(dir, ref.id)) return null;
    if (!knownPage(dir, ref.id)) throw new UserError(`no page ${ref.id} in the store at ${storeDir} (see redline pages)`);
  }
  return resolved(store, ref.id, pickVersion(ref.id, versions, ref.rev));
}

/** The last two versions of a page (by version date), for `redline diff ID`. */
export async function storeDiffPair(id: string, storeDir: string): Promise<{ old: ResolvedVersion; new: ResolvedVersion }> {
  const ref = parseStoreRef(id);
  if (!ref || ref.rev !== null) throw new UserError(`invalid page id "${id}"`);
  const dir = resolvePath(storeDir);
  if (!looksLikeStore(dir)) throw new UserError(`no redline store at ${storeDir} (run redline init)`);
  const store = await openStore(dir);
  const versions = await store.versions(id);
  if (!versions.length) {
    throw new UserError(knownPage(dir, id) ? `${id} has no recorded versions yet (run redline track ${id})` : `no page ${id} in the store at ${storeDir} (see redline pages)`);
  }
  if (versions.length < 2) throw new UserError(`${id} has only one version (${versions[0].date.slice(0, 10)}): nothing to compare yet`);
  const [b, a] = await Promise.all([resolved(store, id, versions[0]), resolved(store, id, versions[1])]);
  return { old: a, new: b };
}
