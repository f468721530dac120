// What every command shares and nothing else: the streams a command writes to, and the one
// atomic file writer. Command files import this, never cli/index.ts (which imports them).

import { renameSync, writeFileSync } from 'node:fs';
import { UserError } from '../types.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
}

export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.redline-tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    // rename is atomic on one filesystem: readers never see half a report
    renameSync(tmp, path);
  } catch (e) {
    throw new UserError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
