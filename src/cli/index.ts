// The command line: argument parsing, commands, exit codes. The only place that writes to
// stdout/stderr for commands and decides exit codes; stages throw UserError and return data.
// Heavy modules (Ink, git) are imported lazily so `redline diff` starts fast.

import { Command, CommanderError, Option } from 'commander';
import { renameSync, writeFileSync } from 'node:fs';
import type { ChangeReport, Format, Severity } from '../types.js';
import { SEVERITIES, UserError } from '../types.js';
import { parseFormat, readSource } from '../read/index.js';
import { normalize } from '../normalize/index.js';
import { compareCanonical } from '../pipeline.js';
import { exceeds, filterReport } from '../classify/index.js';
import { loadConfig } from '../classify/config.js';
import { renderText } from '../report/text.js';
import { renderMarkdown } from '../report/markdown.js';
import { wantColor } from '../report/style.js';

export const VERSION = '0.1.0';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
}

function severityArg(v: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new UserError(`invalid severity "${v}" (use none, low, medium or high)`);
  return v as Severity;
}

function formatArg(v: string): Format {
  return parseFormat(v);
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

function sizeArg(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`invalid --max-size "${v}" (megabytes, e.g. 25)`);
  return Math.floor(n * 1024 * 1024);
}

export interface DiffFlags {
  format: 'text' | 'json' | 'markdown';
  oldFormat?: Format;
  newFormat?: Format;
  select?: string;
  remove: string[];
  showFormatting?: boolean;
  minSeverity?: Severity;
  failOn?: Severity;
  config?: string;
  color?: boolean;
  maxSize?: number;
  output?: string;
}

/** Options shared by every command that prints a diff report. */
export function addDiffOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--old-format <format>', 'force the old input format (html, markdown, text)', formatArg)
    .option('--new-format <format>', 'force the new input format (html, markdown, text)', formatArg)
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .option('--show-formatting', 'also list formatting-only differences')
    .option('--min-severity <level>', 'show only changes at or above none|low|medium|high', severityArg)
    .option('--fail-on <level>', 'exit 1 only when a change at or above low|medium|high exists', severityArg)
    .option('--config <file>', 'classification rules (default: redline.config.json/.yaml in the current folder)')
    .option('--no-color', 'never colour the output')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25)', sizeArg)
    .option('-o, --output <file>', 'write the report to a file instead of standard output');
}

/** Print a report per the flags; returns the exit code (0 no changes, 1 changes). */
export function emitReport(full: ChangeReport, flags: DiffFlags, io: Io): number {
  const shown = filterReport(full, { minSeverity: flags.minSeverity, showFormatting: !!flags.showFormatting });
  let text: string;
  if (flags.format === 'json') text = JSON.stringify(shown, null, 2) + '\n';
  else if (flags.format === 'markdown') text = renderMarkdown(shown);
  else {
    const color = flags.output ? false : wantColor(io.stdout, flags.color === false ? false : process.argv.includes('--color') ? true : undefined);
    text = renderText(shown, { color });
  }
  if (flags.output) writeFileAtomic(flags.output, text);
  else io.stdout.write(text);
  if (flags.failOn) return exceeds(full, flags.failOn) ? 1 : 0;
  return hasChanges(full) ? 1 : 0;
}

export function hasChanges(r: ChangeReport): boolean {
  return r.sections.some((s) => s.status !== 'unchanged' || s.changes.some((c) => !c.formatting && !c.silenced));
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

function diffFiles(oldPath: string, newPath: string, flags: DiffFlags, io: Io): number {
  if (oldPath === '-' && newPath === '-') throw new UserError('only one of OLD and NEW can be standard input (-)');
  const config = loadConfig(flags.config, io.cwd);
  const common = { maxBytes: flags.maxSize, select: flags.select, remove: flags.remove };
  const a = normalize(readSource(oldPath, { ...common, format: flags.oldFormat }));
  const b = normalize(readSource(newPath, { ...common, format: flags.newFormat }));
  if (flags.select && !a.matched) throw new UserError(`${oldPath}: --select "${flags.select}" matched nothing`);
  if (flags.select && !b.matched) throw new UserError(`${newPath}: --select "${flags.select}" matched nothing`);
  const report = compareCanonical(a, b, { config });
  return emitReport(report, flags, io);
}

export function buildProgram(io: Io, setCode: (n: number) => void): Command {
  const program = new Command();
  program
    .name('redline')
    .description('What really changed between two versions of a documentation page.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  addDiffOptions(
    program
      .command('diff')
      .description('compare two versions of a page (files, "-" for stdin)')
      .argument('<old>', 'old version: a file, or - for standard input')
      .argument('<new>', 'new version: a file, or - for standard input'),
  ).action((oldPath: string, newPath: string, flags: DiffFlags) => {
    setCode(diffFiles(oldPath, newPath, flags, io));
  });

  program
    .command('normalize')
    .description('print the canonical Markdown of a page')
    .argument('<file>', 'a file, or - for standard input')
    .option('--format <format>', 'force the input format (html, markdown, text)', formatArg)
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25)', sizeArg)
    .action((file: string, flags: { format?: Format; select?: string; remove: string[]; maxSize?: number }) => {
      const doc = normalize(readSource(file, { format: flags.format, select: flags.select, remove: flags.remove, maxBytes: flags.maxSize }));
      if (flags.select && !doc.matched) throw new UserError(`${file}: --select "${flags.select}" matched nothing`);
      io.stdout.write(doc.markdown);
      setCode(0);
    });

  return program;
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (n) => (code = n));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; usage errors were already printed by commander
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UserError) {
      io.stderr.write(`redline: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`redline: internal error: ${err && err.message ? err.message.split('\n')[0] : String(e)}\n`);
    if (process.env.REDLINE_DEBUG) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
