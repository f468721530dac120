// One writer at a time: `.redline.lock` holds the writer's pid, host, start time and a nonce. A
// lock is created whole (written to a temp file, then hard-linked into place, which fails if a
// lock exists), so no reader sees half of one. A lock whose pid is gone (same host) is stale and
// taken over, atomically: only the holder of a takeover mutex named after the stale lock's exact
// identity (inode and bytes) may delete it, after checking it is still that lock, so two writers
// can never both take over one stale lock (the mutex is itself a lock of this kind, recursively).
// Does not guard against writers on other hosts sharing a folder (a lock from another host is
// never taken over).

import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, linkSync, openSync, readFileSync, readdirSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../types.js';

export const LOCK_FILE = '.redline.lock';
/** Auxiliary files (temp lock bodies, takeover mutexes) live in .git, which is never committed. */
const AUX_PREFIX = 'redline-lock-';

export interface LockInfo {
  pid: number;
  host: string;
  started: string;
  command: string;
  nonce?: string;
}

/** An unreadable lock this old is taken to be left by a writer that died while creating it. */
const UNREADABLE_STALE_MS = 60_000;
/** How deep takeover mutexes nest (each level needs a writer to die inside the one above). */
const MAX_DEPTH = 3;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function parseLock(raw: string): LockInfo | null {
  try {
    const j = JSON.parse(raw) as LockInfo;
    return j && typeof j.pid === 'number' && typeof j.host === 'string' ? j : null;
  } catch {
    return null;
  }
}

interface Seen {
  ino: number;
  raw: string;
  mtimeMs: number;
}

/** A lock file's identity and bytes, read through one descriptor; null when it is gone. */
function snapshot(path: string): Seen | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    return { ino: st.ino, mtimeMs: st.mtimeMs, raw: readFileSync(fd, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Create `path` holding `body`, whole, unless it exists. False when it exists. */
function createWhole(path: string, body: string, aux: string): boolean {
  const tmp = join(aux, `${AUX_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      const buf = Buffer.from(body);
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw new UserError(`${path}: cannot create lock (${errCode(e)})`);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if (errCode(e) === 'EEXIST') return false;
    throw new UserError(`${path}: cannot create lock (${errCode(e)})`);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

type Claim = { kind: 'held' } | { kind: 'busy'; holder: LockInfo | null; seen: Seen };

/**
 * Try to hold `path`. Stale locks are taken over through a mutex one level down; a live holder
 * (or a takeover in progress) answers `busy` with what was seen.
 */
function claim(path: string, mine: LockInfo, aux: string, depth: number, took: (s: LockInfo | null) => void): Claim {
  for (let tries = 0; tries < 50; tries++) {
    if (createWhole(path, JSON.stringify(mine) + '\n', aux)) return { kind: 'held' };
    const seen = snapshot(path);
    if (!seen) continue; // released meanwhile
    const other = parseLock(seen.raw);
    const stale = other ? other.host === mine.host && !alive(other.pid) : Date.now() - seen.mtimeMs > UNREADABLE_STALE_MS;
    if (!stale || depth >= MAX_DEPTH) return { kind: 'busy', holder: other, seen };
    // only the holder of this stale lock's mutex may delete it, and only if it is still that lock
    const mutex = join(aux, `${AUX_PREFIX}takeover-${createHash('sha256').update(`${seen.ino}:${seen.raw}`).digest('hex').slice(0, 16)}`);
    const m = claim(mutex, { ...mine, command: 'takeover', nonce: randomBytes(8).toString('hex') }, aux, depth + 1, () => undefined);
    if (m.kind === 'held') {
      try {
        const now = snapshot(path);
        if (now && now.ino === seen.ino && now.raw === seen.raw) {
          unlinkSync(path);
          took(other);
        }
      } finally {
        release(mutex, mine.pid);
      }
    } else {
      sleepSync(2); // another writer is taking it over: see what it leaves
    }
  }
  const last = snapshot(path);
  return { kind: 'busy', holder: last ? parseLock(last.raw) : null, seen: last ?? { ino: 0, raw: '', mtimeMs: Date.now() } };
}

/** Delete a lock if it is (still) ours. */
function release(path: string, pid: number, nonce?: string): void {
  const cur = snapshot(path);
  const info = cur ? parseLock(cur.raw) : null;
  if (info && info.pid === pid && (nonce === undefined || info.nonce === nonce)) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}

export interface Lock {
  /** the lock was taken over from a writer that died. */
  staleFrom: LockInfo | null;
  release(): void;
}

/** Temp lock bodies and takeover mutexes left by writers that died (only called by the lock's holder). */
export function removeDeadLockFiles(dir: string): void {
  const aux = join(dir, '.git');
  let names: string[];
  try {
    names = readdirSync(aux).filter((n) => n.startsWith(AUX_PREFIX));
  } catch {
    return;
  }
  for (const n of names) {
    const tmp = /^redline-lock-(\d+)-[0-9a-f]+\.tmp$/.exec(n);
    const info = tmp ? null : parseLock(snapshot(join(aux, n))?.raw ?? '');
    const pid = tmp ? Number(tmp[1]) : info?.host === hostname() ? info.pid : null;
    if (pid !== null && !alive(pid)) {
      try {
        unlinkSync(join(aux, n));
      } catch {
        /* gone */
      }
    }
  }
}

export function acquireLock(dir: string, command: string, notice: (s: string) => void): Lock {
  const path = join(dir, LOCK_FILE);
  const aux = join(dir, '.git');
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command, nonce: randomBytes(8).toString('hex') };
  let staleFrom: LockInfo | null = null;
  let tookUnreadable = false;
  const c = claim(path, mine, aux, 0, (other) => {
    if (other) staleFrom = other;
    else tookUnreadable = true;
  });
  if (c.kind === 'busy') {
    const other = c.holder;
    if (!other) throw new UserError(`store ${dir} is locked (${path} is being written); try again`);
    const where = other.host === mine.host ? `pid ${other.pid}` : `pid ${other.pid} on ${other.host}`;
    throw new UserError(`store ${dir} is locked by redline ${other.command} (${where}, since ${other.started}); wait for it to finish, or delete ${path} if it is not running`);
  }
  const from = staleFrom as LockInfo | null;
  if (from) notice(`taking over a stale lock from pid ${from.pid} (redline ${from.command} started ${from.started}, no longer running)`);
  else if (tookUnreadable) {
    notice(`removing an unreadable lock file ${path}`);
    staleFrom = { pid: 0, host: mine.host, started: '?', command: '?' };
  }
  let released = false;
  const done = () => {
    if (released) return;
    released = true;
    process.off('exit', done);
    release(path, mine.pid, mine.nonce);
  };
  process.on('exit', done);
  return { staleFrom, release: done };
}
