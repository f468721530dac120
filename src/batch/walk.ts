// Finding the pages of a tree: every md / markdown / html / htm / txt regular file below a folder,
// by relative path with `/` separators. Skipped, and listed as skipped: hidden files and folders
// (`.git`, AppleDouble `._x.md`; `hidden` reads them, except .git), things that are not regular
// files (named pipes, sockets, devices) and links that lead out of the tree or nowhere. Links to
// files inside the tree are read; links to folders are not followed (no cycles). node_modules is
// never read, silently.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../types.js';

export const PAGE_EXTENSIONS: readonly string[] = ['md', 'markdown', 'mdx', 'html', 'htm', 'txt', 'adoc', 'asciidoc', 'rst'];

export interface PageFile {
  /** relative path, `/`-separated */
  rel: string;
  /** absolute (or cwd-relative) path to read */
  file: string;
  size: number;
}

export interface TreeListing {
  files: PageFile[];
  /** relative paths not read: hidden page files and folders (a folder ends with `/`), non-regular files, links out of the tree */
  skipped: string[];
}

export interface WalkOptions {
  /** also read hidden files and folders (never .git) */
  hidden?: boolean;
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

/** `real` lies below `root` (both real paths). */
const inside = (root: string, real: string) => {
  const r = relative(root, real);
  return r !== '' && !isAbsolute(r) && r.split(sep)[0] !== '..';
};

/** All page files below `root`, sorted by relative path, and what was skipped. */
export function listPages(root: string, opts: WalkOptions = {}): TreeListing {
  if (!isDirectory(root)) throw new UserError(`${root}: not a directory`);
  const realRoot = realpathSync(root);
  const files: PageFile[] = [];
  const skipped: string[] = [];
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
      const hidden = d.name.startsWith('.');
      if (d.isDirectory()) {
        if (d.name === 'node_modules' || d.name === '.git') continue;
        if (hidden && !opts.hidden) skipped.push(`${rel}/`);
        else visit(file, rel);
        continue;
      }
      if (!isPageFile(d.name)) continue;
      if (hidden && !opts.hidden) skipped.push(rel);
      else if (d.isFile()) files.push({ rel, file, size: statSync(file).size });
      else if (d.isSymbolicLink()) {
        // read only a regular file inside the tree; a link out of it, to a folder or to nothing is skipped
        try {
          const st = statSync(file);
          if (st.isFile() && inside(realRoot, realpathSync(file))) files.push({ rel, file, size: st.size });
          else if (!st.isDirectory()) skipped.push(rel);
        } catch {
          skipped.push(rel);
        }
      } else skipped.push(rel);
    }
  };
  visit(root, '');
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return { files: files.sort((a, b) => order(a.rel, b.rel)), skipped: skipped.sort(order) };
}
