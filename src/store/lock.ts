// One writer at a time: `.redline.lock` holds the writer's pid, host and start time. A lock whose
// pid is gone (same host) is stale and taken over with a notice; a live one is a clear error.

import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../types.js';

export const LOCK_FILE = '.redline.lock';

interface LockInfo {
  pid: number;
  host: string;
  started: string;
  command: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const j = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof j.pid === 'number' ? j : null;
  } catch {
    return null;
  }
}

export interface Lock {
  /** the lock was taken over from a writer that died. */
  staleFrom: LockInfo | null;
  release(): void;
}

export function acquireLock(dir: string, command: string, notice: (s: string) => void): Lock {
  const path = join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  let staleFrom: LockInfo | null = null;
  for (let tries = 0; tries < 3; tries++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`${path}: cannot create lock (${(e as NodeJS.ErrnoException).code})`);
      const other = readLock(path);
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (other && other.host === mine.host && !alive(other.pid)) {
        notice(`taking over a stale lock from pid ${other.pid} (redline ${other.command} started ${other.started}, no longer running)`);
        staleFrom = other;
      } else if (!other && age > 60_000) {
        notice(`removing an unreadable lock file ${path}`);
        staleFrom = { pid: 0, host: mine.host, started: '?', command: '?' };
      } else if (other) {
        const where = other.host === mine.host ? `pid ${other.pid}` : `pid ${other.pid} on ${other.host}`;
        throw new UserError(
          `store ${dir} is locked by redline ${other.command} (${where}, since ${other.started}); wait for it to finish, or delete ${path} if it is not running`,
        );
      } else {
        throw new UserError(`store ${dir} is locked (${path} is being written); try again`);
      }
      try {
        unlinkSync(path);
      } catch {
        /* another process took it over first: retry */
      }
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(mine) + '\n');
      closeSync(fd);
    } catch (e) {
      // an empty lock left behind would block the store for a minute ("being written")
      closeSync(fd);
      unlinkSync(path);
      throw new UserError(`${path}: cannot create lock (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off('exit', release);
      const cur = readLock(path);
      if (cur && cur.pid === process.pid) {
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      }
    };
    process.on('exit', release);
    return { staleFrom, release };
  }
  throw new UserError(`store ${dir}: could not take the lock ${path}; try again`);
}
