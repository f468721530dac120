// `redline review`: the interactive review of a pair of files or of a store's unreviewed changes.
// Argument handling and the choice of source live here; the UI (Ink, React) and the store are
// imported only inside the action, so other commands never load them. Without a terminal the
// command prints the text report instead, and says so.

import type { Command } from 'commander';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChangeReport, Format, Severity } from '../types.js';
import { SEVERITIES, UserError } from '../types.js';
import type { Io } from './io.js';

interface ReviewFlags {
  store?: string;
  minSeverity?: Severity;
  sideBySide?: boolean;
  showFormatting?: boolean;
  config?: string;
  oldFormat?: Format;
  newFormat?: Format;
  maxSize?: number;
  color?: boolean;
}

function severityArg(v: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new UserError(`invalid severity "${v}" (use none, low, medium or high)`);
  return v as Severity;
}

function sizeArg(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`invalid --max-size "${v}" (megabytes, e.g. 25)`);
  return Math.floor(n * 1024 * 1024);
}

/** The example bundled with redline, found next to the package (not the current folder). */
export function bundledSnapshots(): string {
  return fileURLToPath(new URL('../../snapshots/', import.meta.url));
}

export const NOT_A_TERMINAL = 'redline: not a terminal; printing the text report instead\n';

export function registerReviewCommand(program: Command, io: Io, setCode: (n: number) => void): void {
  program
    .command('review')
    .description('review changes in the terminal: two files, or the unreviewed changes of a store')
    .argument('[old]', 'old version (a file); with NEW, review this pair')
    .argument('[new]', 'new version (a file)')
    .option('--store <dir>', 'the snapshot store to review (default: this folder or ./snapshots when it is a store; else the bundled example)')
    .option('--min-severity <level>', 'start by showing only changes at or above none|low|medium|high (f cycles)', severityArg)
    .option('--side-by-side', 'start with side-by-side diffs (s toggles)')
    .option('--show-formatting', 'also list formatting-only differences')
    .option('--config <file>', 'classification rules (default: redline.config.json/.yaml in the current folder)')
    .option('--old-format <format>', 'force the old input format (html, markdown, text)')
    .option('--new-format <format>', 'force the new input format (html, markdown, text)')
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25)', sizeArg)
    .option('--no-color', 'never colour the output')
    .action(async (oldPath: string | undefined, newPath: string | undefined, flags: ReviewFlags) => {
      setCode(await review(oldPath, newPath, flags, io));
    });
}

async function review(oldPath: string | undefined, newPath: string | undefined, flags: ReviewFlags, io: Io): Promise<number> {
  const { parseFormat } = await import('../read/index.js');
  const { loadConfig } = await import('../classify/config.js');
  const loader = await import('../ui/loader.js');
  const oldFormat = flags.oldFormat ? parseFormat(flags.oldFormat) : undefined;
  const newFormat = flags.newFormat ? parseFormat(flags.newFormat) : undefined;
  const config = loadConfig(flags.config, io.cwd);
  const show = { config, showFormatting: !!flags.showFormatting };

  let source: import('../ui/source.js').ReviewSource;
  let first: ChangeReport | null = null;
  let message: string | null = null;
  if (oldPath !== undefined || newPath !== undefined) {
    if (oldPath === undefined || newPath === undefined) throw new UserError('give both OLD and NEW files, or neither to review a store');
    if (flags.store) throw new UserError('give OLD and NEW files or --store, not both');
    // paths as given (like `redline diff`), so reports name the files the way the user did
    const r = loader.openPair({ path: oldPath, format: oldFormat }, { path: newPath, format: newFormat }, { ...show, maxBytes: flags.maxSize });
    source = r.source;
    first = r.report;
  } else {
    const { isStoreDir, openStoreSource } = await import('../ui/store-source.js');
    const candidates = flags.store ? [flags.store] : ['.', 'snapshots'];
    const dir = (await Promise.all(candidates.map(async (d) => ((await isStoreDir(resolve(io.cwd, d))) ? d : null)))).find((d) => d !== null) ?? null;
    if (flags.store && !dir) throw new UserError(`no redline store at ${flags.store} (run redline init)`);
    if (dir) source = await openStoreSource(resolve(io.cwd, dir), { ...show, shownDir: dir === '.' ? 'here' : dir });
    else {
      // no store: the bundled DevOps Guru example, so `redline review` always shows something real
      const base = bundledSnapshots();
      const r = loader.openPair(
        { path: resolve(base, 'devops-guru.2021.awsdocs.md'), label: 'devops-guru.2021.awsdocs.md', date: '2021' },
        { path: resolve(base, 'devops-guru.2024.rendered.txt'), label: 'devops-guru.2024.rendered.txt', date: '2024' },
        { ...show, description: 'bundled example' },
      );
      source = r.source;
      first = r.report;
      message = 'no store here: showing the bundled example (redline init starts a store; --store DIR opens one)';
    }
  }

  const pages = await source.listPages();
  const { initState, pageOrder, reportKey } = await import('../ui/state.js');
  const { hasUnreviewed } = await import('../ui/source.js');
  const reports: Record<string, ChangeReport> = {};
  if (first && pages.length === 1) reports[reportKey(pages[0].id, { from: pages[0].versions[0].id, to: pages[0].versions[1].id })] = first;

  if (!io.stdout.isTTY || !process.stdin.isTTY) {
    io.stderr.write(NOT_A_TERMINAL);
    const { emitReport } = await import('./diff.js');
    const diffFlags = { format: 'text' as const, remove: [], minSeverity: flags.minSeverity, showFormatting: flags.showFormatting, color: flags.color };
    if (source.kind === 'pair') return emitReport(first!, diffFlags, io);
    const state = initState({ kind: 'store', description: source.description, canMarkReviewed: false, pages, cols: 80, rows: 24 });
    const todo = pageOrder(state).filter((id) => hasUnreviewed(state.pageById[id]) && state.pairs[id]);
    if (!todo.length) {
      io.stdout.write(`no unreviewed changes in the ${source.description}\n`);
      return 0;
    }
    let code = 0;
    for (const [i, id] of todo.entries()) {
      const pair = state.pairs[id]!;
      if (i) io.stdout.write('\n');
      code = Math.max(code, emitReport(await source.loadReport(id, pair.from, pair.to), diffFlags, io));
    }
    return code;
  }

  const { wantColor } = await import('../present/style.js');
  const { cached } = loader;
  const ui = await withInteractiveInk(() => import('../ui/run.js'));
  await ui.runReviewUi(
    cached(source),
    {
      kind: source.kind,
      description: source.description,
      canMarkReviewed: !!source.markReviewed,
      pages,
      reports,
      color: wantColor(io.stdout, flags.color === false ? false : undefined),
      minSeverity: flags.minSeverity,
      sideBySide: !!flags.sideBySide,
      message,
    },
    { stdout: io.stdout, stderr: io.stderr, stdin: process.stdin },
  );
  const note = await source.finish?.();
  if (note) io.stderr.write(`redline: notice: ${note}\n`);
  return 0;
}

/**
 * Load Ink for an interactive terminal. Ink (and the colour library under it) decide once, when
 * first loaded, whether they run under CI (a CI variable is set, whatever its value) and then
 * draw nothing until exit, without colour. review only gets here with a terminal on both ends,
 * so those variables are hidden while Ink loads, and put back.
 */
async function withInteractiveInk<T>(load: () => Promise<T>): Promise<T> {
  const names = ['CI', 'CONTINUOUS_INTEGRATION'];
  const saved = names.map((k) => [k, process.env[k]] as const);
  for (const k of names) delete process.env[k];
  try {
    return await load();
  } finally {
    for (const [k, v] of saved) if (v !== undefined) process.env[k] = v;
  }
}
