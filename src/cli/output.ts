// Where a report goes and how it looks there: colour (`--color auto|always|never`; the flag beats
// NO_COLOR and FORCE_COLOR, per no-color.org), a file (atomically), a pager for a long report on a
// terminal (REDLINE_PAGER, then PAGER, else `less` with LESS=FRX, as git does; never without a
// terminal, under CI, or with --no-pager), or standard output. Builds no report itself. The pager
// is the one process src/ starts itself: the user's own command, split at spaces and run without
// a shell; page text only ever reaches its standard input.

import { spawn } from 'node:child_process';
import { UserError } from '../types.js';
import { writeFileAtomic, type Io } from './io.js';

export type ColorWhen = 'auto' | 'always' | 'never';

/** `--color` with no value means always (as in git and ripgrep); `--no-color` means never. */
export function colorArg(v: string): ColorWhen {
  if (v === 'auto' || v === 'always' || v === 'never') return v;
  throw new UserError(`invalid --color "${v}" (use auto, always or never)`);
}

/**
 * `--color` takes its value only as `--color=WHEN` or when the next word is auto, always or never
 * (git's rule): `redline diff --color old.md new.md` must not read old.md as the value.
 */
export function colorArgv(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((a, i) => (a === '--color' && (end < 0 || i < end) && !['auto', 'always', 'never'].includes(argv[i + 1] ?? '') ? '--color=always' : a));
}

/** The --color flag as commander leaves it: undefined, true (`--color`), false (`--no-color`) or a word. */
export type ColorFlag = ColorWhen | boolean | undefined;

const set = (v: string | undefined) => v !== undefined && v !== '';

/** Whether to colour output for `stream`: the flag first, then NO_COLOR, then FORCE_COLOR, then a terminal. */
export function useColor(flag: ColorFlag, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === true || flag === 'always') return true;
  if (flag === false || flag === 'never') return false;
  if (set(env.NO_COLOR)) return false;
  if (set(env.FORCE_COLOR) && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

/** Under CI (any CI variable set, as CI systems do) nothing waits for a human. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return set(env.CI) || set(env.CONTINUOUS_INTEGRATION) || set(env.BUILD_NUMBER) || set(env.RUN_ID);
}

/** The pager as a program and its arguments, or null for none (`cat` or an empty value means none, as in git). */
export function pagerCommand(env: NodeJS.ProcessEnv = process.env): string[] | null {
  const argv = (env.REDLINE_PAGER ?? env.PAGER ?? 'less').trim().split(/\s+/).filter(Boolean);
  return !argv.length || argv[0] === 'cat' ? null : argv;
}

export interface EmitOptions {
  /** -o FILE */
  output?: string;
  /** false with --no-pager */
  pager?: boolean;
}

let paging = false;

/** True while a pager shows output: Ctrl-C then belongs to the pager (less uses it), as in git. */
export function isPaging(): boolean {
  return paging;
}

function shouldPage(text: string, io: Io, o: EmitOptions): boolean {
  if (o.pager === false || !io.stdout.isTTY || underCi()) return false;
  // short reports are printed as they are (less -F would quit at once anyway)
  const rows = io.stdout.rows || 24;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines < rows; i = text.indexOf('\n', i + 1)) lines++;
  return lines >= rows;
}

/** Show `text` in the pager; resolves false when the pager could not run (the caller prints instead). */
function runPager(argv: string[], text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const env = { ...process.env, LESS: process.env.LESS ?? 'FRX', LV: process.env.LV ?? '-c' };
    const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'inherit', 'inherit'], env });
    paging = true;
    const done = (ok: boolean) => {
      paging = false;
      resolve(ok);
    };
    // no such program: the caller prints the report instead
    child.on('error', () => done(false));
    // the reader may quit before reading everything: that is not an error
    child.stdin.on('error', () => undefined);
    child.on('close', () => done(true));
    child.stdin.end(text);
  });
}

/** Write a report where the flags say: a file, the pager, or standard output. */
export async function emit(text: string, io: Io, o: EmitOptions = {}): Promise<void> {
  if (o.output) return writeFileAtomic(o.output, text);
  const cmd = pagerCommand();
  if (cmd && shouldPage(text, io, o) && (await runPager(cmd, text))) return;
  io.stdout.write(text);
}
