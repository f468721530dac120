// Git's own lock files (`index.lock`, `HEAD.lock`, `refs/heads/main.lock`, `next-index-*.lock`...)
// left behind by a git process that was killed: found, and removed only when no live git process
// works in the store. Called by the store's repair step, which runs only while redline's own lock
// is held, so no other redline writer can be inside git at that moment. Live git processes are
// found through /proc (Linux); elsewhere a lock is removed only once it is old.

import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where git keeps lock files: the git dir itself and the ref and reflog trees. */
const LOCK_TREES = ['refs', 'logs'];
/** Locks that never stand in a writer's way: `git gc --auto` runs detached for a while and holds
 * its log's lock (seen in the kill loop: the next run refused to start beside it). */
const HARMLESS = new Set(['.git/gc.log.lock']);
/** Without /proc, a git lock this old is taken to be left by a dead process. */
export const OLD_LOCK_MS = 10 * 60_000;

/** Every `*.lock` file git may have left in `gitDir` (paths relative to the store). */
export function findGitLocks(storeDir: string): string[] {
  const gitDir = join(storeDir, '.git');
  const found: string[] = [];
  const scan = (dir: string, deep: boolean) => {
    let names: import('node:fs').Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      const p = join(dir, d.name);
      if (d.isFile() && d.name.endsWith('.lock')) found.push(relative(storeDir, p));
      else if (deep && d.isDirectory()) scan(p, true);
    }
  };
  scan(gitDir, false);
  for (const t of LOCK_TREES) scan(join(gitDir, t), true);
  return found.filter((l) => !HARMLESS.has(l)).sort();
}

export interface GitProcess {
  pid: number;
  command: string;
}

function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root + '/');
}

/**
 * Live git processes working in the store: their current folder is in it, or they hold a file
 * of its git dir open. Null when processes cannot be listed (no /proc).
 */
export function gitProcessesIn(storeDir: string): GitProcess[] | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid);
  } catch {
    return null;
  }
  let root: string;
  try {
    root = realpathSync(storeDir);
  } catch {
    return [];
  }
  const gitDir = join(root, '.git');
  const out: GitProcess[] = [];
  for (const pid of pids) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (!comm.startsWith('git')) continue;
      let here = inside(readlinkSync(`/proc/${pid}/cwd`), root);
      if (!here) {
        for (const fd of readdirSync(`/proc/${pid}/fd`)) {
          try {
            if (inside(readlinkSync(`/proc/${pid}/fd/${fd}`), gitDir)) {
              here = true;
              break;
            }
          } catch {
            /* closed meanwhile */
          }
        }
      }
      if (here) {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 6).join(' ');
        out.push({ pid: Number(pid), command: cmd || comm });
      }
    } catch {
      // gone, a zombie, or another user's: not a git process of ours in this store
    }
  }
  return out;
}

export type LockVerdict = { kind: 'clear'; locks: string[] } | { kind: 'busy'; locks: string[]; holders: GitProcess[] | null };

/**
 * Decide about the git locks in a store: `clear` when none exist or every one can be removed (no
 * git process works in the store; without /proc, every lock is old), else `busy`.
 */
export function judgeGitLocks(storeDir: string, now = Date.now()): LockVerdict {
  const locks = findGitLocks(storeDir);
  if (!locks.length) return { kind: 'clear', locks };
  const holders = gitProcessesIn(storeDir);
  if (holders === null) {
    const young = locks.filter((l) => {
      try {
        return now - statSync(join(storeDir, l)).mtimeMs < OLD_LOCK_MS;
      } catch {
        return false;
      }
    });
    return young.length ? { kind: 'busy', locks: young, holders: null } : { kind: 'clear', locks };
  }
  return holders.length ? { kind: 'busy', locks, holders } : { kind: 'clear', locks };
}

/** Remove lock files (relative paths); returns the ones actually removed. */
export function removeLocks(storeDir: string, locks: string[]): string[] {
  return locks.filter((l) => {
    try {
      unlinkSync(join(storeDir, l));
      return true;
    } catch {
      return false;
    }
  });
}
