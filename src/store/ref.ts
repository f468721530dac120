// Store references on the command line (`ID`, `ID@REV`), parsed without touching git, so the
// diff command can tell a store reference from a file path cheaply.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPageId } from './ids.js';
import { findSourcesFile } from './sources.js';

export const DEFAULT_STORE = 'snapshots';

export interface StoreRefArg {
  id: string;
  /** null: the latest version. */
  rev: string | null;
}

export function parseStoreRef(arg: string): StoreRefArg | null {
  const at = arg.indexOf('@');
  const id = at < 0 ? arg : arg.slice(0, at);
  const rev = at < 0 ? null : arg.slice(at + 1);
  if (!isPageId(id)) return null;
  if (rev !== null && !rev) return null;
  return { id, rev };
}

/** A redline store is a git repository with a sources file (a plain folder of pages is not). */
export function looksLikeStore(dir: string): boolean {
  return existsSync(join(dir, '.git')) && findSourcesFile(dir) !== null;
}
