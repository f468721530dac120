// Small file helpers for the store: whole-file writes through a temp file and rename, so a
// crash leaves either the old file or the new one, never half of one.

import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export const TMP_MARK = '.redline-tmp-';

/** `fsync: false`: the file is a copy of what git keeps (a page file about to be committed), so a
 * power loss is repaired from git, not from the disk's cache (git does not fsync loose objects). */
export function writeAtomic(path: string, data: string | Buffer, opts: { fsync?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}${TMP_MARK}${process.pid}`;
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    const fd = openSync(tmp, 'w');
    try {
      // writeSync may write less than asked (a disk filling up): a short file must never be
      // renamed into place as if it were whole; the next write then throws ENOSPC
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
      if (opts.fsync !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
