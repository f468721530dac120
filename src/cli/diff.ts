// `redline diff`: two versions of a page (files, standard input, URLs, store pages) or two folders
// -> a report on standard output, in the pager or in a file, with the exit code the report implies.
// The options and the report emitter are shared with `review` (which prints the text report when
// there is no terminal). What each argument names is decided in inputs.ts.

import { Command, Option } from 'commander';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BatchReport } from '../batch/types.js';
import type { ChangeReport, Format, Severity } from '../types.js';
import { SEVERITIES, UserError } from '../types.js';
import { parseFormat } from '../read/index.js';
import { safeCompare } from '../bounded.js';
import { exceeds, filterReport, hasChanges } from '../classify/index.js';
import { loadConfig } from '../classify/config.js';
import { renderText } from '../present/text.js';
import { renderMarkdown } from '../present/markdown.js';
import { renderJson } from '../present/json.js';
import { renderHtml } from '../present/html/report.js';
import { escapeJsonControls } from '../util/sanitize.js';
import { writeFileAtomic, type Io } from './io.js';
import { colorArg, emit, useColor, type ColorFlag } from './output.js';
import { kindOf, loadSide, loadStorePair } from './inputs.js';

export function severityArg(v: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new UserError(`invalid severity "${v}" (use none, low, medium or high)`);
  return v as Severity;
}

/** --fail-on: a severity, or `never` (exit 0 whenever the comparison worked). */
export function failOnArg(v: string): Severity | 'never' {
  if (v === 'never') return v;
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new UserError(`invalid --fail-on "${v}" (use low, medium, high, none or never)`);
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
  failOn?: Severity | 'never';
  config?: string;
  color?: ColorFlag;
  pager?: boolean;
  maxSize?: number;
  output?: string;
  store?: string;
  jobs?: number;
  hidden?: boolean;
}

/** Options shared by every command that prints a diff report. */
export function addDiffOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown', 'html']).default('text'))
    .option('--old-format <format>', 'input format of OLD: html, markdown, text, asciidoc or rst (default: detected)', formatArg)
    .option('--new-format <format>', 'input format of NEW: html, markdown, text, asciidoc or rst (default: detected)', formatArg)
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .option('--show-formatting', 'also list formatting-only differences')
    .option('--min-severity <level>', 'show only changes (and folder pages) at or above none|low|medium|high', severityArg)
    .option('--fail-on <level>', 'exit 1 only for a change at or above low|medium|high; never: exit 0 whenever the comparison worked', failOnArg)
    .option('--config <file>', 'classification rules (default: redline.config.json/.yaml in the current folder)')
    .addOption(new Option('--color [when]', 'colour: auto (a terminal, unless NO_COLOR), always, never').argParser(colorArg))
    .option('--no-color', 'the same as --color never')
    .option('--no-pager', 'never page a long report on a terminal (default pager: $REDLINE_PAGER, $PAGER, less -FRX)')
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25; URLs 10)', sizeArg)
    .option('-o, --output <file>', 'write the report to a file instead of standard output');
}

/** The exit code of a comparison: 0 no changes, 1 changes (at or above --fail-on, if given). */
export function reportCode(full: ChangeReport, failOn: DiffFlags['failOn']): number {
  if (failOn === 'never') return 0;
  if (failOn) return exceeds(full, failOn) ? 1 : 0;
  return hasChanges(full) ? 1 : 0;
}

/** The report as the flags ask for it (what is shown, in which format). */
export function renderReport(full: ChangeReport, flags: Pick<DiffFlags, 'format' | 'minSeverity' | 'showFormatting'>, color: boolean): string {
  // the HTML report carries formatting-only changes behind a toggle (open with --show-formatting)
  const shown = filterReport(full, { minSeverity: flags.minSeverity, showFormatting: !!flags.showFormatting || flags.format === 'html' });
  if (flags.format === 'html') return renderHtml(shown, { showFormatting: !!flags.showFormatting });
  if (flags.format === 'json') return renderJson(shown);
  if (flags.format === 'markdown') return renderMarkdown(shown);
  return renderText(shown, { color });
}

/** Print a report per the flags (a file, the pager or standard output); returns the exit code. */
export async function emitReport(full: ChangeReport, flags: DiffFlags, io: Io): Promise<number> {
  await emit(renderReport(full, flags, !flags.output && useColor(flags.color, io.stdout)), io, flags);
  return reportCode(full, flags.failOn);
}

async function diffCommand(oldArg: string, newArg: string | undefined, flags: DiffFlags, io: Io): Promise<number> {
  if (oldArg === '-' && newArg === '-') throw new UserError('only one of OLD and NEW can be standard input (-)');
  const config = loadConfig(flags.config, io.cwd);
  const compare = { compareOptions: { config } };
  const where = { store: flags.store, cwd: io.cwd };
  if (newArg === undefined) {
    // `redline diff ID` (its last two versions) or `redline diff ID@REV` (that version against the latest)
    const [a, b] = await loadStorePair(oldArg, where);
    return emitReport(safeCompare(a, b, compare), flags, io);
  }
  const kinds = [kindOf(oldArg), kindOf(newArg)];
  if (kinds[0] === 'dir' && kinds[1] === 'dir') return batchCommand(oldArg, newArg, flags, io, config);
  if (kinds[0] === 'dir' || kinds[1] === 'dir') throw new UserError(`${kinds[0] === 'dir' ? oldArg : newArg}: is a directory (give two directories to compare whole trees)`);
  const read = { maxBytes: flags.maxSize, select: flags.select, remove: flags.remove };
  const notes: string[] = [];
  const memo = {};
  const a = await loadSide(oldArg, { ...where, read, format: flags.oldFormat }, notes, memo);
  const b = await loadSide(newArg, { ...where, read, format: flags.newFormat }, notes, memo);
  // bounded: huge or rewritten pages get a coarser diff, with the reason in the report
  return emitReport(safeCompare(a, b, compare, notes), flags, io);
}

async function batchCommand(oldDir: string, newDir: string, flags: DiffFlags, io: Io, config: ReturnType<typeof loadConfig>): Promise<number> {
  const { diffTrees, filterBatch, batchExitCode } = await import('../batch/index.js');
  const { renderBatchText, renderBatchMarkdown, renderBatchJson } = await import('../present/batch.js');
  const tty = !!io.stderr.isTTY && !flags.output;
  let last = 0;
  const report = await diffTrees(oldDir, newDir, {
    jobs: flags.jobs,
    hidden: flags.hidden,
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
  else text = renderBatchText(shown, { color: !flags.output && useColor(flags.color, io.stdout) });
  await emit(text, io, flags);
  // pages that could not be compared are trouble, whatever changed elsewhere (the report is still printed)
  const errors = report.counts.error;
  if (errors) {
    io.stderr.write(`redline: ${errors} page${errors === 1 ? '' : 's'} could not be compared (marked ERROR in the report)\n`);
    return 2;
  }
  return flags.failOn === 'never' ? 0 : batchExitCode(report, flags.failOn);
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
      .description('compare two versions of a page (files, "-" for stdin, URLs, store pages) or two folders')
      .argument('<old>', 'old version: a file, - for standard input, an http(s) URL, a folder, or a store page ID[@REV]')
      .argument('[new]', 'new version: the same kinds (omit it for a store page\'s last change)'),
  )
    .option('--store <dir>', 'store for ID / ID@REV references (default: ./snapshots)')
    .option('-j, --jobs <n>', 'folders: threads to compare pages on (default: one per core)', jobsArg)
    .option('--hidden', 'folders: also read hidden files and folders (except .git)')
    .addHelpText(
      'after',
      `
OLD and NEW are files ("-" for standard input), http(s) URLs (fetched with the store's limits;
error pages are refused), two folders (pages paired by path, renamed files detected; hidden and
non-regular files skipped), or pages in a store: ID@REV, where REV is a version id, a date
(2023-05-01: the version in force then) or ~N. One argument alone: ID compares a page's last two
versions, ID@REV that version with the latest.

-f html writes one self-contained page (no network, works offline and without scripts;
formatting-only changes behind a toggle). Two folders past 1 MB get an index plus part files
in a folder named after it (report.html + report-pages/).`,
    )
    .action(async (oldPath: string, newPath: string | undefined, flags: DiffFlags) => {
      setCode(await diffCommand(oldPath, newPath, flags, io));
    });
}
