// The git implementation of Store, and the only module that knows the store is a git repository.
// A data mapper: a version is one commit touching pages/<id>/; its files are the raw source, the
// canonical Markdown and meta.json; its commit message carries the summary and `Redline-*`
// trailers that are read back for log and lookups. Page-derived strings reach git only as paths
// after `--`; revs are checked hex ids. Identity and safety settings are passed per command.

import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import type { Severity } from '../types.js';
import { SEVERITIES, UserError } from '../types.js';
import { checkPageId, pageDir } from './ids.js';
import { acquireLock, LOCK_FILE, removeDeadLockFiles, type Lock } from './lock.js';
import { judgeGitLocks, removeLocks } from './gitlocks.js';
import { sanitizeLine } from '../util/sanitize.js';
import { redactText } from './redact.js';
import { EMPTY_SOURCES_YAML, findSourcesFile, SOURCES_FILES } from './sources.js';
import { TMP_MARK, writeAtomic } from './files.js';
import type { CacheEntry, CommitKind, NewVersion, PageMeta, Store, StoredVersion, VersionInfo } from './store.js';

export const CACHE_FILE = '.redline-cache.json';
const GITIGNORE = `${LOCK_FILE}\n${CACHE_FILE}\n*${TMP_MARK}*\n`;
const STORE_README = `# redline snapshot store

A plain git repository written by redline: push it, clone it, read it with git.

- \`redline.sources.yaml\`: the pages tracked (id, url, optional select / remove / format).
- \`pages/<id>/page.md\`: canonical Markdown of the page's latest version.
- \`pages/<id>/source.<ext>\`: the raw source as fetched or imported.
- \`pages/<id>/meta.json\`: URL (credentials masked), version date, HTTP status, hashes, normalizer version.

Each commit that changes \`pages/<id>/\` is one version of that page; its author date is the version
date, and its message carries the change summary. Commits marked \`[technical]\` rewrite files
without a content change (normalizer upgrades, restoring the latest version after an import).
\`reviews.json\` is reserved for the review UI.
`;

const GIT_CONFIG = [
  'user.name=redline',
  'user.email=redline@localhost',
  'commit.gpgsign=false',
  'core.quotePath=false',
  'core.autocrlf=false',
  'core.safecrlf=false',
  'i18n.commitEncoding=utf-8',
  'log.showSignature=false',
];

const ENV_KEEP = ['PATH', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP', 'SSH_AUTH_SOCK', 'LANG', 'LC_ALL'];

function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  // a clean environment: no GIT_DIR / GIT_INDEX_FILE from a surrounding hook, no pager or editor
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const k of ENV_KEEP) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  return { ...env, ...extra };
}

/** git pinned to the store: its own .git and work tree, whatever discovery or core.worktree would say. */
function gitAt(dir: string, extraEnv?: Record<string, string>): SimpleGit {
  const pin: Record<string, string> = existsSync(join(dir, '.git')) ? { GIT_DIR: join(dir, '.git'), GIT_WORK_TREE: dir } : {};
  return simpleGit({ baseDir: dir, config: GIT_CONFIG, trimmed: false, maxConcurrentProcesses: 4 }).env(gitEnv({ ...pin, ...extraEnv }));
}

function gitError(e: unknown, what: string): UserError {
  const msg = redactText(String((e as Error)?.message ?? e)).trim().split('\n').filter(Boolean).slice(0, 2).join(' / ');
  return new UserError(`${what}: git failed (${msg})`);
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

async function hasHead(git: SimpleGit): Promise<boolean> {
  try {
    await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    return true;
  } catch {
    return false;
  }
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

export async function initStore(dir: string): Promise<{ dir: string; created: boolean }> {
  const abs = resolve(dir);
  if (existsSync(join(abs, '.git'))) checkGitDir(abs, dir);
  if (isStore(abs)) {
    const git = gitAt(abs);
    if (await hasHead(git)) return { dir: abs, created: false };
  } else if (existsSync(abs)) {
    if (!statSync(abs).isDirectory()) throw new UserError(`${dir} exists and is not a folder`);
    const others = readdirSync(abs).filter((n) => n !== '.git');
    if (others.length) {
      throw new UserError(`${dir} exists and is not empty, and is not a redline store: choose another folder (redline init DIR, --store DIR)`);
    }
  }
  mkdirSync(abs, { recursive: true });
  const git = gitAt(abs);
  try {
    if (!existsSync(join(abs, '.git'))) {
      await git.raw(['init', '-q']);
      await git.raw(['symbolic-ref', 'HEAD', 'refs/heads/main']);
    }
    if (!existsSync(join(abs, '.gitignore'))) writeAtomic(join(abs, '.gitignore'), GITIGNORE);
    if (!existsSync(join(abs, 'README.md'))) writeAtomic(join(abs, 'README.md'), STORE_README);
    const sources = findSourcesFile(abs) ?? SOURCES_FILES[0];
    if (!existsSync(join(abs, sources))) writeAtomic(join(abs, sources), EMPTY_SOURCES_YAML);
    const files = ['.gitignore', 'README.md', sources];
    await git.raw(['add', '--', ...files]);
    await git.raw(['commit', '-q', '--no-verify', '-m', message('Initialize redline store', [], { Kind: 'config' }), '--', ...files]);
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
    base: t.base && t.base !== 'none' ? t.base : null,
    seq,
  };
}

/** newest first by version date; ties: the one recorded last first. */
export function byDateDesc(a: VersionInfo, b: VersionInfo): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : b.seq - a.seq;
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
  const git = gitAt(abs);
  let lock: Lock | null = null;
  if (opts.write) lock = acquireLock(abs, opts.write, notice);
  try {
    const store = new GitStore(abs, dir, lock);
    if (opts.write) await store.repair(notice, lock!.staleFrom !== null);
    else if (!(await hasHead(git))) throw new UserError(`store ${dir} has no commits yet (run redline init ${dir} to finish it)`);
    return store;
  } catch (e) {
    lock?.release();
    throw e;
  }
}

export class GitStore implements Store {
  private readonly git: SimpleGit;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly shownDir: string,
    private readonly lock: Lock | null,
  ) {
    this.git = gitAt(dir);
  }

  /** Run write operations one after another (one index, one HEAD). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private writable(): void {
    if (!this.lock) throw new Error('store opened read-only');
  }

  async repair(notice: (s: string) => void, stale: boolean): Promise<void> {
    removeDeadLockFiles(this.dir);
    await this.clearGitLocks(notice, stale);
    if (!(await hasHead(this.git))) throw new UserError(`store ${this.shownDir} has no commits yet (run redline init ${this.shownDir} to finish it)`);
    for (const n of readdirSync(this.dir)) if (n.includes(TMP_MARK)) rmSync(join(this.dir, n), { force: true });
    if (!existsSync(join(this.dir, 'pages'))) return;
    let status: string;
    try {
      // --branch: never silent (simple-git waits 50 ms after silent commands)
      status = await this.git.raw(['status', '--porcelain=v1', '--branch', '--untracked-files=all', '--ignored=matching', '--no-renames', '-z', '--', 'pages']);
    } catch (e) {
      throw gitError(e, `store ${this.shownDir}`);
    }
    const entries = status
      .split('\0')
      .filter((l) => l && !l.startsWith('## '))
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
    try {
      const tree = await this.git.raw(['ls-tree', '-z', rev, '--', `${dir}/`]);
      const blobs = new Map<string, string>();
      for (const line of tree.split('\0').filter(Boolean)) {
        const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
        if (m) blobs.set(m[2].slice(dir.length + 1), m[1]);
      }
      const blob = async (name: string): Promise<Buffer> => {
        const sha = blobs.get(name);
        if (!sha) throw new UserError(`version ${rev.slice(0, 10)} of ${id} has no ${name}`);
        return this.git.binaryCatFile(['blob', sha]);
      };
      const meta = JSON.parse((await blob('meta.json')).toString('utf8')) as PageMeta;
      const canonical = (await blob('page.md')).toString('utf8');
      const source = await blob(meta.source);
      return { rev, date: meta.date, canonical, source, meta };
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
        writeAtomic(join(abs, meta.source), source);
      }
      writeAtomic(join(abs, 'page.md'), canonical);
      writeAtomic(join(abs, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
    } catch (e) {
      // a full disk, a read-only folder: the page fails with the reason; the next run repairs the folder
      const err = e as NodeJS.ErrnoException;
      throw new UserError(`store ${this.shownDir}: cannot write ${pageDir(id)} (${err.code ? `${err.code}: ${err.message.replace(/^\w+: /, '').replace(/, \w+( '.*')?$/, '')}` : err.message})`);
    }
  }

  private async commit(paths: string[], msg: string, date?: string): Promise<string> {
    const git = date ? gitAt(this.dir, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) : this.git;
    try {
      // verbose on purpose: simple-git waits an extra 50 ms after a command that prints nothing
      await git.raw(['add', '-A', '--verbose', '--', ...paths]);
      // the message carries page text: it goes through a file, never on the command line
      const msgFile = join(this.dir, '.git', 'REDLINE_COMMIT_MSG');
      writeFileSync(msgFile, msg);
      await git.raw(['commit', '--no-verify', '--cleanup=whitespace', '-F', msgFile, '--', ...paths]);
      return (await this.git.raw(['rev-parse', 'HEAD'])).trim();
    } catch (e) {
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
        Base: v.base ?? 'none',
        Url: v.meta.url,
        Status: v.meta.status,
        Normalizer: v.meta.normalizerVersion,
      });
      return this.commit([pageDir(v.id)], msg, v.date);
    });
  }

  restore(id: string, rev: string, subject: string): Promise<string> {
    this.writable();
    return this.serial(async () => {
      const old = await this.load(id, rev);
      this.writePage(id, old.source, old.canonical, old.meta);
      return this.commit([pageDir(id)], message(subject, [], { Page: id, Kind: 'technical', Base: rev }));
    });
  }

  rewrite(pages: { id: string; canonical: string; meta: PageMeta }[], subject: string, body: string[]): Promise<string> {
    this.writable();
    return this.serial(async () => {
      for (const p of pages) this.writePage(p.id, null, p.canonical, p.meta);
      return this.commit(
        pages.map((p) => pageDir(p.id)),
        message(subject, body, { Kind: 'technical' }),
      );
    });
  }

  commitSources(subject: string): Promise<string | null> {
    this.writable();
    return this.serial(async () => {
      const name = findSourcesFile(this.dir);
      if (!name) return null;
      const st = await this.git.raw(['status', '--porcelain', '--branch', '--', name]);
      if (!st.split('\n').some((l) => l.trim() && !l.startsWith('## '))) return null;
      return this.commit([name], message(subject, [], { Kind: 'config' }));
    });
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

  async push(): Promise<string> {
    try {
      const branch = (await this.git.raw(['symbolic-ref', '--short', 'HEAD'])).trim();
      const remotes = (await this.git.raw(['remote'])).split('\n').map((s) => s.trim()).filter(Boolean);
      let remote: string | null = null;
      try {
        remote = (await this.git.raw(['config', '--get', `branch.${branch}.remote`])).trim() || null;
      } catch {
        remote = null;
      }
      if (!remote) remote = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : null;
      if (!remote) {
        throw new UserError(
          remotes.length ? `store ${this.shownDir} has several git remotes and none is set for ${branch}: git -C ${this.shownDir} branch -u REMOTE/${branch}` : `store ${this.shownDir} has no git remote to push to: git -C ${this.shownDir} remote add origin URL`,
        );
      }
      await this.git.raw(['push', '--quiet', '--set-upstream', remote, `HEAD:refs/heads/${branch}`]);
      return `pushed ${branch} to ${remote}`;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw gitError(e, `store ${this.shownDir}: push failed`);
    }
  }

  close(): void {
    this.lock?.release();
  }
}
