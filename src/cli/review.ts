// `redline review`: the interactive review of two versions (files, URLs, store pages), of two
// folders, of one store page's history, or of a store's unreviewed changes. Argument handling and
// the choice of source live here; the UI (Ink, React) and the store are imported only inside the
// action, so other commands never load them. Without a terminal the command prints the text
// report instead, and says so. Ctrl-C in the app exits 130, as a signal would.

import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChangeReport, Format, Severity } from '../types.js';
import { UserError } from '../types.js';
import type { Io } from './io.js';
import { colorArg, type ColorFlag } from './output.js';
import { formatArg, severityArg, sizeArg } from './diff.js';
import { kindOf, loadSide, loadStorePair } from './inputs.js';

interface ReviewFlags {
  store?: string;
  minSeverity?: Severity;
  sideBySide?: boolean;
  showFormatting?: boolean;
  config?: string;
  oldFormat?: Format;
  newFormat?: Format;
  maxSize?: number;
  color?: ColorFlag;
  hidden?: boolean;
}

/** The example bundled with redline, found next to the package (not the current folder). */
export function bundledSnapshots(): string {
  return fileURLToPath(new URL('../../snapshots/', import.meta.url));
}

export const NOT_A_TERMINAL = 'redline: not a terminal; printing the text report instead\n';

export function registerReviewCommand(program: Command, io: Io, setCode: (n: number) => void): void {
  program
    .command('review')
    .description('review changes in the terminal: two versions (files, URLs, store pages), two folders, one store page, or a store\'s unreviewed changes')
    .argument('[old]', 'old version: a file, an http(s) URL, a folder or a store page ID[@REV]; alone, a store page ID (its history)')
    .argument('[new]', 'new version: the same kinds')
    .option('--store <dir>', 'the snapshot store (default: this folder or ./snapshots when it is a store; else the bundled example)')
    .option('--min-severity <level>', 'start by showing only changes at or above none|low|medium|high (f cycles)', severityArg)
    .option('--side-by-side', 'start with side-by-side diffs (s toggles)')
    .option('--show-formatting', 'also list formatting-only differences')
    .option('--config <file>', 'classification rules (default: redline.config.json/.yaml in the current folder)')
    .option('--old-format <format>', 'input format of OLD: html, markdown, text, asciidoc or rst (default: detected)', formatArg)
    .option('--new-format <format>', 'input format of NEW: html, markdown, text, asciidoc or rst (default: detected)', formatArg)
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25; URLs 10)', sizeArg)
    .option('--hidden', 'folders: also read hidden files and folders (except .git)')
    .addOption(new Option('--color [when]', 'colour: auto (a terminal, unless NO_COLOR), always, never').argParser(colorArg))
    .option('--no-color', 'the same as --color never')
    .action(async (oldPath: string | undefined, newPath: string | undefined, flags: ReviewFlags) => {
      setCode(await review(oldPath, newPath, flags, io));
    });
}

type Show = import('../ui/loader.js').ShowOptions;

interface Opened {
  source: import('../ui/source.js').ReviewSource;
  /** the report of a one-page source, ready for the first frame */
  first: ChangeReport | null;
  message: string | null;
  /** two folders: the folder report, printed without a terminal */
  batch?: import('../batch/types.js').BatchReport;
}

/** A side as the UI names it: a file by its name and day, anything else by its label. */
async function pairDoc(arg: string, format: Format | undefined, flags: ReviewFlags, io: Io, notes: string[]) {
  const { basename } = await import('node:path');
  const { statSync } = await import('node:fs');
  const kind = kindOf(arg);
  if (kind === 'stdin') throw new UserError('review reads files, URLs and store pages, not standard input (use redline diff for -)');
  const doc = await loadSide(arg, { store: flags.store, cwd: io.cwd, format, read: { maxBytes: flags.maxSize } }, notes);
  if (kind !== 'file') return { doc, label: doc.label, date: null };
  return { doc, label: basename(arg), date: statSync(arg).mtime.toISOString().slice(0, 10) };
}

async function openArgs(oldArg: string, newArg: string | undefined, flags: ReviewFlags, io: Io, show: Show): Promise<Opened> {
  const loader = await import('../ui/loader.js');
  const notes: string[] = [];
  if (newArg === undefined) {
    // one argument: a store page's history (ID), or one version against the latest (ID@REV)
    if (kindOf(oldArg) === 'store' && !oldArg.includes('@')) {
      const { isStoreDir, openStoreSource } = await import('../ui/store-source.js');
      const name = flags.store ?? 'snapshots';
      const dir = resolve(io.cwd, name);
      if (!(await isStoreDir(dir))) throw new UserError(`${oldArg}: no such file, and no redline store at ${name} to look up a page ID in (--store DIR)`);
      const all = await openStoreSource(dir, { ...show, shownDir: name });
      const pages = (await all.listPages()).filter((p) => p.id === oldArg);
      if (!pages.length) throw new UserError(`${oldArg}: no such page in the store at ${name} (redline pages lists them)`);
      return { source: { ...all, listPages: async () => pages }, first: null, message: null };
    }
    const [a, b] = await loadStorePair(oldArg, { store: flags.store, cwd: io.cwd });
    const r = loader.pairSource({ doc: a, label: a.label, date: null }, { doc: b, label: b.label, date: null }, { ...show, description: 'store page' });
    return { source: r.source, first: r.report, message: null };
  }
  const kinds = [kindOf(oldArg), kindOf(newArg)];
  if (kinds[0] === 'dir' && kinds[1] === 'dir') {
    const { diffTrees } = await import('../batch/index.js');
    const batch = await diffTrees(oldArg, newArg, { hidden: flags.hidden, compareOptions: { config: show.config }, readOptions: { maxBytes: flags.maxSize } });
    return { source: loader.folderSource(batch, show), first: null, message: null, batch };
  }
  if (kinds[0] === 'dir' || kinds[1] === 'dir') throw new UserError(`${kinds[0] === 'dir' ? oldArg : newArg}: is a directory (give two directories to review whole trees)`);
  const a = await pairDoc(oldArg, flags.oldFormat, flags, io, notes);
  const b = await pairDoc(newArg, flags.newFormat, flags, io, notes);
  const r = loader.pairSource(a, b, { ...show, description: kinds.every((k) => k === 'file') ? 'two files' : 'two versions' });
  return { source: r.source, first: r.report, message: null };
}

async function openDefault(flags: ReviewFlags, io: Io, show: Show): Promise<Opened> {
  const loader = await import('../ui/loader.js');
  const { isStoreDir, openStoreSource } = await import('../ui/store-source.js');
  const candidates = flags.store ? [flags.store] : ['.', 'snapshots'];
  const dir = (await Promise.all(candidates.map(async (d) => ((await isStoreDir(resolve(io.cwd, d))) ? d : null)))).find((d) => d !== null) ?? null;
  if (flags.store && !dir) throw new UserError(`no redline store at ${flags.store} (run redline init)`);
  if (dir) return { source: await openStoreSource(resolve(io.cwd, dir), { ...show, shownDir: dir === '.' ? 'here' : dir }), first: null, message: null };
  // no store: the bundled DevOps Guru example, so `redline review` always shows something real
  const base = bundledSnapshots();
  const r = loader.openPair(
    { path: resolve(base, 'devops-guru.2021.awsdocs.md'), label: 'devops-guru.2021.awsdocs.md', date: '2021' },
    { path: resolve(base, 'devops-guru.2024.rendered.txt'), label: 'devops-guru.2024.rendered.txt', date: '2024' },
    { ...show, description: 'bundled example' },
  );
  return { source: r.source, first: r.report, message: 'no store here: showing the bundled example (redline init starts a store; --store DIR opens one)' };
}

/** Without a terminal: the text reports the review would show, and the exit code diff would give. */
async function printInstead(o: Opened, pages: import('../ui/source.js').PageInfo[], flags: ReviewFlags, io: Io): Promise<number> {
  io.stderr.write(NOT_A_TERMINAL);
  const { emitReport } = await import('./diff.js');
  const diffFlags = { format: 'text' as const, remove: [], minSeverity: flags.minSeverity, showFormatting: flags.showFormatting, color: flags.color, pager: false };
  if (o.batch) {
    const [{ filterBatch, batchExitCode }, { renderBatchText }, { useColor }] = await Promise.all([import('../batch/index.js'), import('../present/batch.js'), import('./output.js')]);
    io.stdout.write(renderBatchText(filterBatch(o.batch, { minSeverity: flags.minSeverity, showFormatting: !!flags.showFormatting }), { color: useColor(flags.color, io.stdout) }));
    return o.batch.counts.error ? 2 : batchExitCode(o.batch);
  }
  if (o.first) return emitReport(o.first, diffFlags, io);
  const { initState, pageOrder } = await import('../ui/state.js');
  const { hasUnreviewed } = await import('../ui/source.js');
  const state = initState({ kind: 'store', description: o.source.description, canMarkReviewed: false, pages, cols: 80, rows: 24 });
  const todo = pageOrder(state).filter((id) => hasUnreviewed(state.pageById[id]) && state.pairs[id]);
  if (!todo.length) {
    io.stdout.write(`no unreviewed changes in the ${o.source.description}\n`);
    return 0;
  }
  let code = 0;
  for (const [i, id] of todo.entries()) {
    const pair = state.pairs[id]!;
    if (i) io.stdout.write('\n');
    code = Math.max(code, await emitReport(await o.source.loadReport(id, pair.from, pair.to), diffFlags, io));
  }
  return code;
}

async function review(oldArg: string | undefined, newArg: string | undefined, flags: ReviewFlags, io: Io): Promise<number> {
  const { loadConfig } = await import('../classify/config.js');
  const show: Show = { config: loadConfig(flags.config, io.cwd), showFormatting: !!flags.showFormatting };
  const o = oldArg === undefined ? await openDefault(flags, io, show) : await openArgs(oldArg, newArg, flags, io, show);

  const pages = await o.source.listPages();
  if (!io.stdout.isTTY || !process.stdin.isTTY) return printInstead(o, pages, flags, io);
  if (!pages.length) {
    io.stdout.write(o.batch ? 'no changed pages to review in these folders\n' : 'nothing to review\n');
    return 0;
  }

  const { reportKey } = await import('../ui/state.js');
  const reports: Record<string, ChangeReport> = {};
  if (o.first && pages.length === 1) reports[reportKey(pages[0].id, { from: pages[0].versions[0].id, to: pages[0].versions[1].id })] = o.first;
  const { useColor } = await import('./output.js');
  const { cached } = await import('../ui/loader.js');
  const ui = await withInteractiveInk(() => import('../ui/run.js'));
  const end = await ui.runReviewUi(
    cached(o.source),
    {
      kind: o.source.kind,
      description: o.source.description,
      canMarkReviewed: !!o.source.markReviewed,
      pages,
      reports,
      color: useColor(flags.color, io.stdout),
      minSeverity: flags.minSeverity,
      sideBySide: !!flags.sideBySide,
      message: o.message,
    },
    { stdout: io.stdout, stderr: io.stderr, stdin: process.stdin },
  );
  const note = await o.source.finish?.();
  if (note) io.stderr.write(`redline: notice: ${note}\n`);
  // Ctrl-C in the app is a key, not a signal: exit as an interrupted command does
  return end.interrupted ? 130 : 0;
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
