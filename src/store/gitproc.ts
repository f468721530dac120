// The one place in src/ that starts processes: git, by argument array (never a shell), with a
// clean environment pinned to one repository. Two shapes: a command run to completion, and a
// long-lived process spoken to over its standard input and output (`cat-file --batch`,
// `hash-object --stdin-paths`, `update-ref --stdin`), so that reading or
// writing many objects costs no process each. Knows nothing about redline's store layout.

import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

/** Settings passed to every git command (never read from the user's config files). */
const GIT_CONFIG = [
  'user.name=redline',
  'user.email=redline@localhost',
  'commit.gpgsign=false',
  'core.quotePath=false',
  'core.autocrlf=false',
  'core.safecrlf=false',
  'i18n.commitEncoding=utf-8',
  'log.showSignature=false',
  'advice.detachedHead=false',
];

const ENV_KEEP = ['PATH', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP', 'SSH_AUTH_SOCK', 'LANG', 'LC_ALL'];

/** git processes started by this process (for `npm run bench` and tests). */
let started = 0;
export const gitProcessesStarted = (): number => started;

export class GitFailure extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
    readonly stdout = '',
  ) {
    super(stderr.trim() || `git ${args[0]} exited with ${code}`);
    this.name = 'GitFailure';
  }
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string | Buffer;
}

/** git for one repository: `dir` is its work tree; `pinned` sets GIT_DIR and GIT_WORK_TREE. */
export class Git {
  private readonly env: Record<string, string>;

  constructor(
    readonly dir: string,
    pinned: boolean,
  ) {
    // a clean environment: no GIT_DIR / GIT_INDEX_FILE from a surrounding hook, no pager, editor or prompt
    const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_EDITOR: 'true', GIT_PAGER: 'cat' };
    for (const k of ENV_KEEP) if (process.env[k] !== undefined) env[k] = process.env[k]!;
    if (pinned) Object.assign(env, { GIT_DIR: join(dir, '.git'), GIT_WORK_TREE: dir });
    this.env = env;
  }

  private argv(args: string[]): string[] {
    return [...GIT_CONFIG.flatMap((c) => ['-c', c]), ...args];
  }

  /** Run `git ARGS` to completion; its standard output as a buffer. Rejects with GitFailure. */
  rawBuffer(args: string[], opts: RunOptions = {}): Promise<Buffer> {
    started++;
    return new Promise((resolve, reject) => {
      const child = spawn('git', this.argv(args), { cwd: this.dir, env: { ...this.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', (e) => reject(new GitFailure(args, null, `cannot run git (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new GitFailure(args, code, err, Buffer.concat(out).toString('utf8')))));
      child.stdin.on('error', () => undefined); // git may exit before reading its input
      child.stdin.end(opts.input ?? '');
    });
  }

  async raw(args: string[], opts: RunOptions = {}): Promise<string> {
    return (await this.rawBuffer(args, opts)).toString('utf8');
  }

  /** Run to completion synchronously (only where a caller cannot wait: closing a store at exit). */
  rawSync(args: string[]): void {
    started++;
    const r = spawnSync('git', this.argv(args), { cwd: this.dir, env: this.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new GitFailure(args, r.status, r.stderr ?? r.error?.message ?? '');
  }

  /** A long-lived `git ARGS` answering requests in order. */
  pipe(args: string[]): GitPipe {
    started++;
    const child = spawn('git', this.argv(args), { cwd: this.dir, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    return new GitPipe(child, args);
  }
}

/** Reads a byte stream as lines and counted byte runs, in order (chunks joined only when taken). */
class ByteReader {
  private chunks: Buffer[] = [];
  private total = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.total += chunk.length;
    this.wake();
  }

  fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private async until(ready: () => boolean): Promise<void> {
    while (!ready()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  private newline(): number {
    let off = 0;
    for (const c of this.chunks) {
      const i = c.indexOf(10);
      if (i >= 0) return off + i;
      off += c.length;
    }
    return -1;
  }

  private take(n: number): Buffer {
    if (this.chunks[0]?.length === n) {
      this.total -= n;
      return this.chunks.shift()!;
    }
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const c = this.chunks[0];
      const k = Math.min(c.length, n - got);
      c.copy(out, got, 0, k);
      got += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.total -= n;
    return out;
  }

  async line(): Promise<string> {
    let nl = -1;
    await this.until(() => (nl = this.newline()) >= 0);
    const s = this.take(nl + 1).subarray(0, nl).toString('utf8');
    return s;
  }

  async bytes(n: number): Promise<Buffer> {
    await this.until(() => this.total >= n);
    return this.take(n);
  }
}

export type Reader = Pick<ByteReader, 'line' | 'bytes'>;

/**
 * One long-lived git process. Requests are written at once (git reads them in order) and their
 * answers read in the same order, so callers may have many in flight. If git dies, every pending
 * and later request fails with what it printed.
 */
export class GitPipe {
  private readonly reader = new ByteReader();
  private chain: Promise<unknown> = Promise.resolve();
  private stderr = '';
  private closed = false;
  private pending = 0;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly args: string[],
  ) {
    child.stdout.on('data', (d: Buffer) => this.reader.push(d));
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    child.stdin.on('error', () => undefined); // reported through the exit below
    child.on('error', (e) => this.reader.fail(new GitFailure(args, null, `cannot run git (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    child.on('close', (code) => this.reader.fail(new GitFailure(args, code, this.stderr || (this.closed ? 'closed' : `git ${args[0]} exited`))));
    this.hold(false);
  }

  /** An idle pipe does not keep node running (a store left open at exit); a busy one does. */
  private hold(on: boolean): void {
    for (const h of [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as unknown as { ref?: () => void; unref?: () => void }[]) {
      if (on) h.ref?.();
      else h.unref?.();
    }
  }

  request<T>(input: string | Buffer, read: (r: Reader) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new GitFailure(this.args, null, 'closed'));
    if (this.pending++ === 0) this.hold(true);
    this.child.stdin.write(input);
    const next = this.chain.then(() => read(this.reader));
    const done = () => {
      if (--this.pending === 0 && !this.closed) this.hold(false);
    };
    next.then(done, done);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** End the process (it exits when its input ends); never waited for. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin.end();
    this.hold(false);
  }
}
