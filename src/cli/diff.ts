// `redline diff`: two files, two folders, or store pages -> a report on standard output or a
// file, with the exit code the report implies. The options and the report emitter are shared
// with `review` (which falls back to a text report without a terminal).

import { Command, Option } from 'commander';
import { lstatSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BatchReport } from '../batch/types.js';
import type { ChangeReport, Format, Severity } from '../types.js';
import { SEVERITIES, UserError } from '../types.js';
import { parseFormat, readSource } from '../read/index.js';
import type { NormalizeResult } from '../normalize/index.js';
import { safeCompare, safeNormalize } from '../bounded.js';
import { exceeds, filterReport, hasChanges } from '../classify/index.js';
import { loadConfig } from '../classify/config.js';
import { renderText } from '../present/text.js';
import { renderMarkdown } from '../present/markdown.js';
import { renderJson } from '../present/json.js';
import { renderHtml } from '../present/html/report.js';
import { wantColor } from '../present/style.js';
import { escapeJsonControls } from '../util/sanitize.js';
import { writeFileAtomic, type Io } from './io.js';

export function severityArg(v: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new UserError(`invalid severity "${v}" (use none, low, medium or high)`);
  return v as Severity;
}

export function formatArg(v: string): Format {
  return parseFormat(v);
}

export function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

function jobsArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UserError(`invalid --jobs "${v}" (a whole number of threads, 1-256)`);
  return n;
}

export function sizeArg(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`invalid --max-size "${v}" (megabytes, e.g. 25)`);
  return Math.floor(n * 1024 * 1024);
}

export interface DiffFlags {
  format: 'text' | 'json' | 'markdown' | 'html';
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
  store?: string;
  jobs?: number;
}

/** Options shared by every command that prints a diff report. */
export function addDiffOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown', 'html']).default('text'))
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
  // the HTML report carries formatting-only changes behind a toggle (open with --show-formatting)
  const shown = filterReport(full, { minSeverity: flags.minSeverity, showFormatting: !!flags.showFormatting || flags.format === 'html' });
  let text: string;
  if (flags.format === 'html') text = renderHtml(shown, { showFormatting: !!flags.showFormatting });
  else if (flags.format === 'json') text = renderJson(shown);
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

type Side = NormalizeResult;

/** A path that names something, even a broken or looping link (reading it then says why it fails). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** One side of a diff: a file (or stdin), else a store reference (`ID`, `ID@REV`). */
async function loadSide(arg: string, format: Format | undefined, flags: DiffFlags, notes: string[]): Promise<Side> {
  const common = { maxBytes: flags.maxSize, select: flags.select, remove: flags.remove };
  if (arg === '-' || present(arg)) {
    // the same guards as batch mode: deep HTML noted, a page the normalizer fails on read as text
    return safeNormalize(readSource(arg, { ...common, format }), notes);
  }
  if (arg.includes('@') || !/[/\\.]/.test(arg) || flags.store) {
    const { resolveStoreRef } = await import('../store/index.js');
    const v = await resolveStoreRef(arg, flags.store ?? 'snapshots');
    if (v) return v.doc;
  }
  throw new UserError(`${arg}: no such file${flags.store ? ` or page in the store at ${flags.store}` : ''}`);
}

async function diffCommand(oldArg: string, newArg: string | undefined, flags: DiffFlags, io: Io): Promise<number> {
  if (oldArg === '-' && newArg === '-') throw new UserError('only one of OLD and NEW can be standard input (-)');
  const config = loadConfig(flags.config, io.cwd);
  if (newArg === undefined) {
    if (oldArg === '-' || present(oldArg)) throw new UserError(`missing NEW: give two files to compare (or a store page ID alone for its last two versions)`);
    // `redline diff ID`: the last two versions of a page in the store
    const { storeDiffPair } = await import('../store/index.js');
    const pair = await storeDiffPair(oldArg, flags.store ?? 'snapshots');
    return emitReport(safeCompare(pair.old.doc, pair.new.doc, { compareOptions: { config } }), flags, io);
  }
  const { isDirectory } = await import('../batch/walk.js');
  const dirs = [isDirectory(oldArg), isDirectory(newArg)];
  if (dirs[0] && dirs[1]) return batchCommand(oldArg, newArg, flags, io, config);
  if (dirs[0] || dirs[1]) throw new UserError(`${dirs[0] ? oldArg : newArg}: is a directory (give two directories to compare whole trees)`);
  const notes: string[] = [];
  const a = await loadSide(oldArg, flags.oldFormat, flags, notes);
  const b = await loadSide(newArg, flags.newFormat, flags, notes);
  // bounded: huge or rewritten pages get a coarser diff, with the reason in the report
  return emitReport(safeCompare(a, b, { compareOptions: { config } }, notes), flags, io);
}

async function batchCommand(oldDir: string, newDir: string, flags: DiffFlags, io: Io, config: ReturnType<typeof loadConfig>): Promise<number> {
  const { diffTrees, filterBatch, batchExitCode } = await import('../batch/index.js');
  const { renderBatchText, renderBatchMarkdown, renderBatchJson } = await import('../present/batch.js');
  const tty = !!io.stderr.isTTY && !flags.output;
  let last = 0;
  const report = await diffTrees(oldDir, newDir, {
    jobs: flags.jobs,
    compareOptions: { config },
    readOptions: { maxBytes: flags.maxSize, select: flags.select, remove: flags.remove },
    onProgress: (done, total) => {
      const now = Date.now();
      if (!tty || (now - last < 100 && done < total)) return;
      last = now;
      io.stderr.write(`\r\x1b[2Kredline: ${done}/${total} pages`);
      if (done === total) io.stderr.write('\r\x1b[2K');
    },
  });
  const shown = filterBatch(report, { minSeverity: flags.minSeverity, showFormatting: !!flags.showFormatting || flags.format === 'html' });
  let text: string;
  if (flags.format === 'html') text = await batchHtml(shown, flags);
  else if (flags.format === 'json') text = escapeJsonControls(renderBatchJson(shown));
  else if (flags.format === 'markdown') text = renderBatchMarkdown(shown);
  else text = renderBatchText(shown, { color: flags.output ? false : wantColor(io.stdout, flags.color === false ? false : undefined) });
  if (flags.output) writeFileAtomic(flags.output, text);
  else io.stdout.write(text);
  return batchExitCode(report, flags.failOn);
}

/** A folder's HTML report: one file, or (past the size budget, with -o) an index and a folder of page files beside it. */
async function batchHtml(shown: BatchReport, flags: DiffFlags): Promise<string> {
  const { renderBatchHtml } = await import('../present/html/folder.js');
  const out = flags.output;
  const pagesDir = out ? `${basename(out).replace(/\.html?$/i, '')}-pages` : undefined;
  const html = renderBatchHtml(shown, { showFormatting: !!flags.showFormatting, split: out ? 'auto' : false, pagesDir, indexName: out ? basename(out) : undefined });
  if (html.pages.length) mkdirSync(join(dirname(out!), pagesDir!), { recursive: true });
  for (const p of html.pages) writeFileAtomic(join(dirname(out!), p.file), p.html);
  return html.index;
}

export function registerDiffCommand(program: Command, io: Io, setCode: (n: number) => void): void {
  addDiffOptions(
    program
      .command('diff')
      .description('compare two versions of a page (files, "-" for stdin)')
      .argument('<old>', 'old version: a file, - for standard input, a folder, or a store page ID[@REV]')
      .argument('[new]', 'new version: a file, - for standard input, a folder, or a store page ID[@REV]'),
  )
    .option('--store <dir>', 'store for ID / ID@REV references (default ./snapshots)')
    .option('-j, --jobs <n>', 'folders: threads to compare pages on (default: one per core)', jobsArg)
    .addHelpText(
      'after',
      `
OLD and NEW are files ("-" for standard input), two folders (every page compared by path,
renamed files detected), or pages in a store: ID (with NEW omitted: its last two versions),
ID@REV where REV is a version id, a date (2023-05-01: the version in force then) or ~N.

-f html writes one self-contained page (no network, works offline and without scripts;
formatting-only changes behind a toggle). Two folders past 1 MB get an index plus part files
in a folder named after it:
  redline diff old.md new.md -f html -o report.html
  redline diff guide-2023/ guide-2024/ -f html -o report.html   # report.html (+ report-pages/)

Exit status: 0 no changes, 1 changes (or, with --fail-on, changes at that severity), 2 trouble.`,
    )
    .action(async (oldPath: string, newPath: string | undefined, flags: DiffFlags) => {
      setCode(await diffCommand(oldPath, newPath, flags, io));
    });

}
