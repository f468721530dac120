// The git implementation of Store, and the only module that knows the store is a git repository.
// A data mapper: a version is one commit touching pages/<id>/; its files are the raw source, the
// canonical Markdown and meta.json; its commit message carries the summary and `Redline-*`
// trailers that are read back for log and lookups.
// The store is a checked-out repository (users read it with plain git: log, show, clone): page
// files are written to the work tree first, then committed through long-lived plumbing processes
// (objects.ts), so recording a version starts no process; git's index is brought up to date once
// per session (and by the next run's repair after a crash). Page-derived strings reach git only
// as paths (after `--`, or as `<rev>:<path>` object names of checked revs and page ids).

import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Severity } from '../types.js';
import { SEVERITIES, UserError } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { checkPageId, pageDir } from './ids.js';
import { acquireLock, LOCK_FILE, removeDeadLockFiles, type Lock } from './lock.js';
import { judgeGitLocks, removeLocks } from './gitlocks.js';
import { Git } from './gitproc.js';
import { GitObjects, type Edit } from './objects.js';
import { redactText } from './redact.js';
import { EMPTY_SOURCES_YAML, findSourcesFile, SOURCES_FILES } from './sources.js';
import { TMP_MARK, writeAtomic } from './files.js';
import { pushWithReplay } from './sync.js';
import { byDateDesc, type CacheEntry, type CommitKind, type NewVersion, type PageMeta, type Store, type StoredVersion, type VersionInfo } from './store.js';
import { pushAll } from '../util/arrays.js';

export const CACHE_FILE = '.redline-cache.json';
const GITIGNORE = `${LOCK_FILE}\n${CACHE_FILE}\n*${TMP_MARK}*\n`;
const STORE_README = `# redline snapshot store

A plain git repository written by redline: push it, clone it, read it with git.

- \`redline.sources.yaml\`: the pages tracked (id, url, optional select / remove / format).
- \`pages/<id>/page.md\`: canonical Markdown of the page's latest version.
- \`pages/<id>/source.<ext>\`: the raw source as fetched or imported.
- \`pages/<id>/meta.json\`: URL (credentials masked), version date, HTTP status, hashes, normalizer version.
- \`reviews.json\`: which version of each page was last marked reviewed (written by redline review).

Each commit that changes \`pages/<id>/\` is one version of that page; its author date is the version
date, and its message carries the change summary. Commits marked \`[technical]\` rewrite files
without a content change (normalizer upgrades, restoring the latest version after an import).
`;

/** Page files are written whole (temp file + rename) but not fsynced: git holds the durable copy
 * (a third of an import's time went to fsync and rename). */
const COPY = { fsync: false };

/** Written before the first commit of a session, removed once git's index matches HEAD again. */
const INDEX_STALE = 'redline-index-stale';

function gitError(e: unknown, what: string): UserError {
  const msg = redactText(String((e as Error)?.message ?? e)).trim().split('\n').filter(Boolean).slice(0, 2).join(' / ');
  return new UserError(`${what}: git failed (${sanitizeLine(msg)})`);
}

const REV = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** meta.json names the page's raw source file; nothing else (no path) is read or written by it. */
const SOURCE_NAME = /^source\.[a-z]{1,8}$/;
function checkRev(rev: string): string {
  if (!REV.test(rev)) throw new UserError(`invalid version id "${rev}"`);
  return rev;
}

// ---- recognising and creating stores ----

export function isStore(dir: string): boolean {
  return existsSync(join(dir, '.git')) && findSourcesFile(dir) !== null;
}

/**
 * A store's git directory must be a real folder inside it: a `.git` link (or a `gitdir:` file, or
 * linked objects / refs folders) would send its commits into another repository.
 */
function checkGitDir(abs: string, dir: string): void {
  for (const rel of ['.git', '.git/objects', '.git/refs']) {
    let st;
    try {
      st = lstatSync(join(abs, rel));
    } catch {
      continue; // missing: git itself reports a broken repository
    }
    if (st.isSymbolicLink()) throw new UserError(`store ${dir}: ${rel} is a symbolic link; refusing a store whose git data is not inside it`);
    if (!st.isDirectory()) throw new UserError(`store ${dir}: ${rel} is not a folder (a git worktree or submodule file?); a store keeps its own .git folder`);
  }
}

export function requireStore(dir: string): string {
  const abs = resolve(dir);
  if (existsSync(join(abs, '.git'))) checkGitDir(abs, dir);
  if (!isStore(abs)) {
    const others = existsSync(abs) && statSync(abs).isDirectory() && readdirSync(abs).some((n) => n !== '.git');
    if (others && findSourcesFile(abs) === null) {
      throw new UserError(`no redline store at ${dir}: the folder holds other files (create a store elsewhere with redline init DIR, then use --store DIR)`);
    }
    throw new UserError(`no redline store at ${dir} (run redline init)`);
  }
  return abs;
}

/** One line of a commit message: printable text only (control characters, bidi overrides and
 * line separators from page text shown as visible escapes, like on a terminal). */
function printable(s: string): string {
  return sanitizeLine(s.replace(/[\u2028\u2029\u0085]/g, ' ')).replace(/\s+/g, ' ').trim();
}

function message(subject: string, body: string[], trailers: Record<string, string | number | null | undefined>): string {
  const t = Object.entries(trailers)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `Redline-${k}: ${printable(String(v))}`);
  const lines = body.map(printable).filter(Boolean);
  return [printable(subject), '', ...(lines.length ? [...lines, ''] : []), ...t].join('\n') + '\n';
}

const INIT_MESSAGE = message('Initialize redline store', [], { Kind: 'config' });

export async function initStore(dir: string): Promise<{ dir: string; created: boolean }> {
  const abs = resolve(dir);
  if (existsSync(join(abs, '.git'))) checkGitDir(abs, dir);
  if (isStore(abs)) {
    const objects = new GitObjects(new Git(abs, true), join(abs, '.git'));
    const head = await objects.read('HEAD').catch(() => null);
    objects.close();
    if (head?.type === 'commit') return { dir: abs, created: false };
  } else if (existsSync(abs)) {
    if (!statSync(abs).isDirectory()) throw new UserError(`${dir} exists and is not a folder`);
    const others = readdirSync(abs).filter((n) => n !== '.git');
    if (others.length) {
      throw new UserError(`${dir} exists and is not empty, and is not a redline store: choose another folder (redline init DIR, --store DIR)`);
    }
  }
  mkdirSync(abs, { recursive: true });
  try {
    if (!existsSync(join(abs, '.git'))) {
      await new Git(abs, false).raw(['init', '-q']);
      await new Git(abs, true).raw(['symbolic-ref', 'HEAD', 'refs/heads/main']);
    }
    const git = new Git(abs, true);
    if (!existsSync(join(abs, '.gitignore'))) writeAtomic(join(abs, '.gitignore'), GITIGNORE);
    if (!existsSync(join(abs, 'README.md'))) writeAtomic(join(abs, 'README.md'), STORE_README);
    const sources = findSourcesFile(abs) ?? SOURCES_FILES[0];
    if (!existsSync(join(abs, sources))) writeAtomic(join(abs, sources), EMPTY_SOURCES_YAML);
    const files = ['.gitignore', 'README.md', sources];
    await git.raw(['add', '--', ...files]);
    await git.raw(['commit', '-q', '--no-verify', '-m', INIT_MESSAGE, '--', ...files]);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw gitError(e, `${dir}: cannot create the store`);
  }
  return { dir: abs, created: true };
}

// ---- reading history ----

interface RawCommit {
  rev: string;
  authorDate: string;
  message: string;
  files: string[];
}

const RS = '\x1e';
const US = '\x1f';

function parseLog(out: string, withFiles: boolean): RawCommit[] {
  const commits: RawCommit[] = [];
  for (const rec of out.split(RS)) {
    if (!rec.trim()) continue;
    const parts = rec.split(US);
    if (parts.length < 3) continue;
    const [rev, authorDate, msg] = parts;
    const files = withFiles && parts[3] ? parts[3].split('\n').map((s) => s.trim()).filter(Boolean) : [];
    commits.push({ rev: rev.trim(), authorDate: authorDate.trim(), message: msg, files });
  }
  return commits;
}

function trailers(msg: string): Record<string, string> {
  const t: Record<string, string> = {};
  for (const m of msg.matchAll(/^Redline-([A-Za-z-]+): (.*)$/gm)) t[m[1].toLowerCase()] = m[2].trim();
  return t;
}

function parseCounts(s: string | undefined): Record<Severity, number> | null {
  if (!s) return null;
  const c: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  for (const m of s.matchAll(/(none|low|medium|high)=(\d+)/g)) c[m[1] as Severity] = Number(m[2]);
  return c;
}

/** The key change of a version: its Redline-Key trailer, or (older commits) the first body line
 * of the highest severity (`- high: Section: summary`). */
function keyChange(msg: string, t: Record<string, string>): string | null {
  if (t.key) return t.key;
  let best: { rank: number; text: string } | null = null;
  for (const m of msg.matchAll(/^- (none|low|medium|high): (.*)$/gm)) {
    const rank = SEVERITIES.indexOf(m[1] as Severity);
    if (rank > 0 && (!best || rank > best.rank)) best = { rank, text: m[2].trim() };
  }
  return best?.text ?? null;
}

function toInfo(c: RawCommit, id: string, seq: number): VersionInfo {
  const t = trailers(c.message);
  const kind: CommitKind = t.kind === 'technical' || t.kind === 'config' ? t.kind : 'version';
  const sev = t.severity && (SEVERITIES as readonly string[]).includes(t.severity) ? (t.severity as Severity) : null;
  return {
    rev: c.rev,
    id,
    kind,
    date: new Date(t.date ?? c.authorDate).toISOString(),
    subject: c.message.split('\n')[0].trim(),
    severity: sev,
    counts: parseCounts(t.counts),
    key: keyChange(c.message, t),
    base: t.base && t.base !== 'none' ? t.base : null,
    seq,
  };
}

const LOG_FORMAT = `--format=${RS}%H${US}%aI${US}%B${US}`;

// ---- the store ----

export interface OpenOptions {
  /** open for writing: take the lock (named after this command) and repair a half-done run. */
  write?: string;
  notice?: (s: string) => void;
}

export async function openStore(dir: string, opts: OpenOptions = {}): Promise<GitStore> {
  const abs = requireStore(dir);
  const notice = opts.notice ?? (() => undefined);
  let lock: Lock | null = null;
  if (opts.write) lock = acquireLock(abs, opts.write, notice);
  const store = new GitStore(abs, dir, lock);
  try {
    if (opts.write) await store.repair(notice, lock!.staleFrom !== null);
    else await store.requireHead();
    return store;
  } catch (e) {
    store.close();
    throw e;
  }
}

/** A commit's identity line: redline, at a version date (or now). */
function ident(date?: string): string {
  const t = Math.floor((date ? Date.parse(date) : Date.now()) / 1000);
  return `redline <redline@localhost> ${t} +0000`;
}

export class GitStore implements Store {
  private readonly git: Git;
  readonly objects: GitObjects;
  private chain: Promise<unknown> = Promise.resolve();
  private head: string | null = null;
  /** commits were made this session: git's index lags HEAD until close(). */
  private dirty = false;

  constructor(
    readonly dir: string,
    private readonly shownDir: string,
    private readonly lock: Lock | null,
  ) {
    this.git = new Git(dir, true);
    this.objects = new GitObjects(this.git, join(dir, '.git'));
  }

  /** Run write operations one after another (one HEAD). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private writable(): void {
    if (!this.lock) throw new Error('store opened read-only');
  }

  /** The current commit; throws a clear error for a store without commits. */
  async requireHead(): Promise<string> {
    if (this.head) return this.head;
    let head;
    try {
      head = await this.objects.read('HEAD');
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}`);
    }
    if (!head || head.type !== 'commit') throw new UserError(`store ${this.shownDir} has no commits yet (run redline init ${this.shownDir} to finish it)`);
    this.head = head.oid;
    return head.oid;
  }

  async repair(notice: (s: string) => void, stale: boolean): Promise<void> {
    removeDeadLockFiles(this.dir);
    await this.clearGitLocks(notice, stale);
    await this.requireHead();
    for (const n of readdirSync(this.dir)) if (n.includes(TMP_MARK)) rmSync(join(this.dir, n), { force: true });
    // object bodies a killed writer left for hash-object (only writers make them, and we are the writer)
    for (const n of readdirSync(join(this.dir, '.git'))) if (/^redline-(tree|commit)-\d+-\d+$/.test(n)) rmSync(join(this.dir, '.git', n), { force: true });
    const marker = join(this.dir, '.git', INDEX_STALE);
    try {
      // a run that committed and was killed before updating git's index: bring it to HEAD
      if (existsSync(marker)) {
        await this.git.raw(['reset', '-q']);
        unlinkSync(marker);
      }
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}: cannot repair`);
    }
    if (existsSync(join(this.dir, 'pages'))) await this.repairPages(notice);
  }

  /** Page files that differ from the last commit (a writer killed mid-page): restored or removed. */
  private async repairPages(notice: (s: string) => void): Promise<void> {
    let status: string;
    try {
      status = await this.git.raw(['status', '--porcelain=v1', '--untracked-files=all', '--ignored=matching', '--no-renames', '-z', '--', 'pages']);
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}`);
    }
    const entries = status
      .split('\0')
      .filter(Boolean)
      .map((l) => ({ xy: l.slice(0, 2), path: l.slice(3) }));
    if (!entries.length) return;
    const inHead = new Set((await this.git.raw(['ls-tree', '-r', '--name-only', '-z', 'HEAD', '--', 'pages'])).split('\0').filter(Boolean));
    const restore = entries.filter((e) => inHead.has(e.path)).map((e) => e.path);
    const drop = entries.filter((e) => !inHead.has(e.path)).map((e) => e.path);
    try {
      if (restore.length) await this.git.raw(['checkout', '-q', 'HEAD', '--', ...restore]);
      const staged = entries.filter((e) => !inHead.has(e.path) && e.xy[0] !== '?' && e.xy[0] !== '!' && e.xy[0] !== ' ').map((e) => e.path);
      if (staged.length) await this.git.raw(['rm', '-q', '--cached', '--ignore-unmatch', '--', ...staged]);
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}: cannot repair`);
    }
    for (const p of drop) rmSync(join(this.dir, p), { force: true });
    const pages = [...new Set(entries.map((e) => e.path.replace(/^pages\//, '').replace(/\/[^/]+$/, '')))];
    notice(
      `repaired an interrupted run: ${restore.length} file(s) restored from the last commit, ${drop.length} unrecorded file(s) removed (${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', ...' : ''})`,
    );
  }

  /**
   * Git lock files left by a killed git (HEAD.lock, index.lock, refs/heads/main.lock,
   * next-index-*.lock...) wedge every later commit: removed when no git process works in the
   * store (waiting up to 2 s for one that is finishing), else a clear error.
   */
  private async clearGitLocks(notice: (s: string) => void, stale: boolean): Promise<void> {
    let v = judgeGitLocks(this.dir);
    for (let i = 0; i < 20 && v.kind === 'busy'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      v = judgeGitLocks(this.dir);
    }
    if (v.kind === 'busy' && !(stale && v.holders === null)) {
      const locks = v.locks.slice(0, 3).join(', ') + (v.locks.length > 3 ? ', ...' : '');
      if (v.holders?.length) {
        const h = v.holders[0];
        throw new UserError(`store ${this.shownDir}: git is running in it (pid ${h.pid}: ${sanitizeLine(h.command).slice(0, 60)}) and ${locks} exist; wait for it to finish`);
      }
      throw new UserError(`store ${this.shownDir}: git's lock files are recent (${locks}) and running processes cannot be listed here: delete them if no git command is running in the store`);
    }
    const gone = removeLocks(this.dir, v.locks);
    if (gone.length === 1) notice(`removing a stale ${gone[0]} (no git process is running in the store)`);
    else if (gone.length) notice(`removing ${gone.length} stale git lock files (${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ', ...' : ''}; no git process is running in the store)`);
  }

  async versions(id: string, opts: { technical?: boolean } = {}): Promise<VersionInfo[]> {
    const path = `${pageDir(id)}/page.md`;
    let out: string;
    try {
      out = await this.git.raw(['log', LOG_FORMAT, '--', path]);
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}`);
    }
    const commits = parseLog(out, false);
    const list = commits.map((c, i) => toInfo(c, id, commits.length - 1 - i));
    return list.filter((v) => opts.technical || v.kind === 'version').sort(byDateDesc);
  }

  async allVersions(): Promise<Map<string, VersionInfo[]>> {
    let out: string;
    try {
      out = await this.git.raw(['log', LOG_FORMAT, '--name-only', '--', 'pages']);
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}`);
    }
    const commits = parseLog(out, true);
    const map = new Map<string, VersionInfo[]>();
    commits.forEach((c, i) => {
      for (const f of c.files) {
        const m = /^pages\/(.+)\/page\.md$/.exec(f);
        if (!m) continue;
        const v = toInfo(c, m[1], commits.length - 1 - i);
        if (v.kind !== 'version') continue;
        if (!map.has(m[1])) map.set(m[1], []);
        map.get(m[1])!.push(v);
      }
    });
    for (const list of map.values()) list.sort(byDateDesc);
    return map;
  }

  async load(id: string, rev: string): Promise<StoredVersion> {
    checkRev(rev);
    const dir = pageDir(id);
    const blob = async (name: string): Promise<Buffer> => {
      const o = await this.objects.read(`${rev}:${dir}/${name}`);
      if (!o || o.type !== 'blob') throw new UserError(`version ${rev.slice(0, 10)} of ${id} has no ${name}`);
      return o.data;
    };
    try {
      const [metaBuf, page] = await Promise.all([blob('meta.json'), blob('page.md')]);
      const meta = JSON.parse(metaBuf.toString('utf8')) as PageMeta;
      if (!SOURCE_NAME.test(meta.source)) throw new UserError(`version ${rev.slice(0, 10)} of ${id}: invalid source file name in meta.json`);
      const source = await blob(meta.source);
      return { rev, date: meta.date, canonical: page.toString('utf8'), source, meta };
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw gitError(e, `${id}@${rev.slice(0, 10)}`);
    }
  }

  /**
   * The first folder of a page's path (`pages`, `pages/a`, `pages/a/b`) that is a symbolic link, if
   * any. A store is a git repository and can be cloned: a link committed as `pages/a` would make
   * redline read, write and delete page files wherever it points.
   */
  private linkOnPath(id: string): string | null {
    const parts = pageDir(id).split('/');
    for (let k = 1; k <= parts.length; k++) {
      const rel = parts.slice(0, k).join('/');
      try {
        if (lstatSync(join(this.dir, rel)).isSymbolicLink()) return rel;
      } catch {
        return null; // does not exist yet: nothing below it does either
      }
    }
    return null;
  }

  private writePage(id: string, source: Buffer | null, canonical: string, meta: PageMeta): void {
    const abs = join(this.dir, pageDir(id));
    const link = this.linkOnPath(id);
    if (link) throw new UserError(`store ${this.shownDir}: ${link} is a symbolic link; refusing to write ${id} outside the store`);
    if (!SOURCE_NAME.test(meta.source)) throw new UserError(`store ${this.shownDir}: ${id}: invalid source file name ${JSON.stringify(meta.source)} in meta.json`);
    try {
      mkdirSync(abs, { recursive: true });
      if (source) {
        for (const n of readdirSync(abs)) {
          if (n.startsWith('source.') && n !== meta.source && !n.includes(TMP_MARK) && statSync(join(abs, n)).isFile()) unlinkSync(join(abs, n));
        }
        writeAtomic(join(abs, meta.source), source, COPY);
      }
      writeAtomic(join(abs, 'page.md'), canonical, COPY);
      writeAtomic(join(abs, 'meta.json'), JSON.stringify(meta, null, 2) + '\n', COPY);
    } catch (e) {
      // a full disk, a read-only folder: the page fails with the reason; the next run repairs the folder
      const err = e as NodeJS.ErrnoException;
      throw new UserError(`store ${this.shownDir}: cannot write ${pageDir(id)} (${err.code ? `${err.code}: ${err.message.replace(/^\w+: /, '').replace(/, \w+( '.*')?$/, '')}` : err.message})`);
    }
  }

  /** Tree edits for files of the work tree (paths relative to the store), as blobs. */
  private async fileEdits(paths: string[]): Promise<Edit[]> {
    return Promise.all(paths.map(async (path) => ({ path, entry: { mode: '100644', oid: await this.objects.hashFile(path) } })));
  }

  /** Edits that record a page folder as written by writePage: its files, minus other source.* files. */
  private async pageEdits(id: string, meta: PageMeta, withSource: boolean): Promise<Edit[]> {
    const dir = pageDir(id);
    const edits = await this.fileEdits([`${dir}/page.md`, `${dir}/meta.json`, ...(withSource ? [`${dir}/${meta.source}`] : [])]);
    if (withSource) {
      const head = await this.objects.commit(await this.requireHead());
      const folder = await this.objects.entryAt(head.tree, dir);
      const old = folder?.type === 'tree' ? await this.objects.tree(folder.oid) : [];
      for (const e of old) if (e.name.startsWith('source.') && e.name !== meta.source) edits.push({ path: `${dir}/${e.name}`, entry: null });
    }
    return edits;
  }

  /** One commit on HEAD with these edits; returns its id. No process is started. */
  private async commit(edits: Edit[], msg: string, date?: string): Promise<string> {
    try {
      const head = await this.requireHead();
      const parent = await this.objects.commit(head);
      const tree = (await this.objects.editTree(parent.tree, edits)) ?? parent.tree;
      const who = ident(date);
      const oid = await this.objects.writeCommit({ tree, parents: [head], author: who, committer: who, message: msg });
      this.markIndexStale();
      await this.objects.updateHead(oid, head);
      this.head = oid;
      return oid;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw gitError(e, `store ${this.shownDir}: cannot commit`);
    }
  }

  record(v: NewVersion): Promise<string> {
    this.writable();
    checkPageId(v.id);
    return this.serial(async () => {
      this.writePage(v.id, v.source, v.canonical, v.meta);
      const counts = v.counts ? SEVERITIES.map((s) => `${s}=${v.counts![s]}`).join(' ') : null;
      const msg = message(v.subject, v.body, {
        Page: v.id,
        Kind: 'version',
        Date: v.date,
        Severity: v.severity,
        Counts: counts,
        Key: v.key,
        Base: v.base ?? 'none',
        Url: v.meta.url,
        Status: v.meta.status,
        Normalizer: v.meta.normalizerVersion,
      });
      return this.commit(await this.pageEdits(v.id, v.meta, true), msg, v.date);
    });
  }

  restore(id: string, rev: string, subject: string): Promise<string> {
    this.writable();
    return this.serial(async () => {
      const old = await this.load(id, rev);
      this.writePage(id, old.source, old.canonical, old.meta);
      return this.commit(await this.pageEdits(id, old.meta, true), message(subject, [], { Page: id, Kind: 'technical', Base: rev }));
    });
  }

  rewrite(pages: { id: string; canonical: string; meta: PageMeta }[], subject: string, body: string[]): Promise<string> {
    this.writable();
    return this.serial(async () => {
      const edits: Edit[] = [];
      for (const p of pages) {
        this.writePage(p.id, null, p.canonical, p.meta);
        pushAll(edits, await this.pageEdits(p.id, p.meta, false));
      }
      return this.commit(edits, message(subject, body, { Kind: 'technical' }));
    });
  }

  /** Commit files of the store's top folder (the sources file, reviews.json) whose content on disk
   * differs from the last commit, in one config commit; null when none does. */
  commitConfig(subject: string, names: string[]): Promise<{ rev: string; files: string[] } | null> {
    this.writable();
    return this.serial(async () => {
      const present = names.filter((n) => /^[\w.-]+$/.test(n) && existsSync(join(this.dir, n)));
      if (!present.length) return null;
      const head = await this.objects.commit(await this.requireHead());
      const edits: Edit[] = [];
      for (const e of await this.fileEdits(present)) {
        if ((await this.objects.entryAt(head.tree, e.path))?.oid !== e.entry!.oid) edits.push(e);
      }
      if (!edits.length) return null;
      return { rev: await this.commit(edits, message(subject, [], { Kind: 'config' })), files: edits.map((e) => e.path) };
    });
  }

  async commitSources(subject: string): Promise<string | null> {
    const name = findSourcesFile(this.dir);
    return name ? ((await this.commitConfig(subject, [name]))?.rev ?? null) : null;
  }

  currentMeta(id: string): PageMeta | null {
    if (this.linkOnPath(id)) return null;
    try {
      return JSON.parse(readFileSync(join(this.dir, pageDir(id), 'meta.json'), 'utf8')) as PageMeta;
    } catch {
      return null;
    }
  }

  currentFiles(id: string): { canonical: string; source: Buffer; meta: PageMeta } | null {
    const meta = this.currentMeta(id);
    if (!meta || !SOURCE_NAME.test(meta.source)) return null;
    const abs = join(this.dir, pageDir(id));
    try {
      return { meta, canonical: readFileSync(join(abs, 'page.md'), 'utf8'), source: readFileSync(join(abs, meta.source)) };
    } catch {
      return null;
    }
  }

  cache(): Record<string, CacheEntry> {
    try {
      return JSON.parse(readFileSync(join(this.dir, CACHE_FILE), 'utf8')) as Record<string, CacheEntry>;
    } catch {
      return {};
    }
  }

  saveCache(c: Record<string, CacheEntry>): void {
    try {
      writeAtomic(join(this.dir, CACHE_FILE), JSON.stringify(c, null, 2) + '\n');
    } catch {
      // only saves requests next time (ETags); never fail a run that recorded its pages over it
    }
  }

  /** HEAD is about to move without git's index: say so on disk first, for a repair after a crash. */
  private markIndexStale(): void {
    if (!this.dirty) writeFileSync(join(this.dir, '.git', INDEX_STALE), '');
    this.dirty = true;
  }

  /** Bring git's index to HEAD (after commits made without it), so plain git sees a clean tree. */
  private syncIndex(): void {
    if (!this.dirty) return;
    try {
      this.git.rawSync(['reset', '-q']);
      rmSync(join(this.dir, '.git', INDEX_STALE), { force: true });
      this.dirty = false;
    } catch {
      // the marker stays: the next writer's repair resets the index
    }
  }

  push(): Promise<string> {
    this.writable();
    return this.serial(async () => {
      this.syncIndex();
      this.markIndexStale(); // a replay moves HEAD, index and work tree: a crash inside is repaired
      try {
        const r = await pushWithReplay(this.git, this.objects, await this.requireHead(), this.shownDir, (tip) => {
          // the replayed commits are HEAD now; git's index and work tree followed (reset --keep)
          this.head = tip;
        });
        return r;
      } catch (e) {
        if (e instanceof UserError) throw e;
        throw gitError(e, `store ${this.shownDir}: push failed`);
      }
    });
  }

  close(): void {
    const wrote = this.dirty;
    this.syncIndex();
    this.objects.close();
    // writing objects one by one leaves them loose: pack them when git thinks it is time (over
    // 6,700 loose objects), here and now rather than in a detached process still writing later
    if (wrote) {
      try {
        this.git.rawSync(['-c', 'gc.autoDetach=false', 'gc', '--auto', '--quiet']);
      } catch {
        // packing is an optimisation: the store is whole without it
      }
    }
    this.lock?.release();
  }
}

