// Finding the pages of a tree: every md / markdown / html / htm / txt file below a folder,
// by relative path with `/` separators. Hidden folders (.git) and node_modules are skipped;
// symbolic links to files are followed, links to folders are not (no cycles).

import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from '../types.js';

export const PAGE_EXTENSIONS: readonly string[] = ['md', 'markdown', 'mdx', 'html', 'htm', 'txt', 'adoc', 'asciidoc', 'rst'];

export interface PageFile {
  /** relative path, `/`-separated */
  rel: string;
  /** absolute (or cwd-relative) path to read */
  file: string;
  size: number;
}

/** True when `path` exists and is a directory (false for files, missing paths and '-'). */
export function isDirectory(path: string): boolean {
  if (path === '-') return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function isPageFile(name: string): boolean {
  return PAGE_EXTENSIONS.includes(extname(name).slice(1).toLowerCase());
}

/** All page files below `root`, sorted by relative path. */
export function listPages(root: string): PageFile[] {
  if (!isDirectory(root)) throw new UserError(`${root}: not a directory`);
  const out: PageFile[] = [];
  const visit = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new UserError(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const d of entries) {
      const file = join(dir, d.name);
      const rel = prefix ? `${prefix}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (d.name.startsWith('.') || d.name === 'node_modules') continue;
        visit(file, rel);
      } else if ((d.isFile() || d.isSymbolicLink()) && isPageFile(d.name)) {
        try {
          const st = statSync(file);
          if (st.isFile()) out.push({ rel, file, size: st.size });
        } catch {
          // a dangling link: not a page
        }
      }
    }
  };
  visit(root, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
