// The snapshot-store commands: init, add, track, import, log, pages, renormalize. Parsing and
// printing only; the work is in src/store, imported lazily so `redline diff` never loads git.
//
// Exit codes: 0 done (changes or not); 2 usage or store error (no store, store locked, invalid
// id, unreadable file...); 3 partial failure: some pages failed or were refused as error pages
// (the others were recorded), or --push failed after recording.

import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import type { Format, Severity } from '../types.js';
import { UserError } from '../types.js';
import type { Io } from './io.js';
import { inputFormatOf, inputFormatOption, legacyFormatOption } from './input-format.js';
import { maxOf } from '../util/arrays.js';

export const EXIT_PARTIAL = 3;

const store = () => import('../store/index.js');

interface StoreFlag {
  store?: string;
}

function storeDir(io: Io, flags: StoreFlag): string {
  return resolve(io.cwd, flags.store ?? './snapshots');
}

function intArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`invalid ${name} "${v}" (a whole number from ${min} to ${max})`);
    return n;
  };
}

function secondsArg(flag: string, example: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new UserError(`invalid ${flag} "${v}" (seconds, e.g. ${example})`);
    return Math.round(n * 1000);
  };
}

function delayArg(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 600) throw new UserError(`invalid --host-delay "${v}" (seconds, e.g. 0.5)`);
  return Math.round(n * 1000);
}

function mbArg(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`invalid --max-size "${v}" (megabytes, e.g. 10)`);
  return Math.floor(n * 1024 * 1024);
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

const storeOption = () => new Option('--store <dir>', 'the snapshot store (default: ./snapshots)');

function notice(io: Io): (s: string) => void {
  return (s) => io.stderr.write(`redline: notice: ${s}\n`);
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const sevText = (s: Severity | null) => s ?? '-';

async function pushIfAsked(flags: { push?: boolean }, io: Io, st: { push(): Promise<string> }): Promise<number> {
  if (!flags.push) return 0;
  try {
    io.stdout.write(`${await st.push()}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr.write(`redline: ${e.message}\n`);
      return EXIT_PARTIAL;
    }
    throw e;
  }
}

export function registerStoreCommands(program: Command, io: Io, setCode: (n: number) => void): void {
  program
    .command('init')
    .description('create a snapshot store (a git repository) to track pages over time')
    .argument('[dir]', 'where to create it (default: --store, or ./snapshots)')
    .addOption(storeOption())
    .action(async (dirArg: string | undefined, flags: StoreFlag) => {
      const { initStore } = await store();
      const dir = dirArg ? resolve(io.cwd, dirArg) : storeDir(io, flags);
      const r = await initStore(dir);
      io.stdout.write(r.created ? `created a redline store in ${dir}\n` : `${dir} is already a redline store\n`);
      setCode(0);
    });

  program
    .command('add')
    .description('add a page to the store\'s sources file')
    .argument('<id>', 'page id: a lowercase slug, at most one "/" (e.g. devops-guru/data-protection)')
    .argument('<url>', 'the page URL (write secrets as ${ENV_VAR})')
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .addOption(inputFormatOption())
    .addOption(legacyFormatOption())
    .option('--push', 'push the store to its git remote afterwards')
    .addOption(storeOption())
    .action(async (id: string, url: string, flags: StoreFlag & { select?: string; remove: string[]; inputFormat?: Format; format?: Format; push?: boolean }) => {
      const { openStore, addSource, redactUrl } = await store();
      const dir = storeDir(io, flags);
      const st = await openStore(dir, { write: 'add', notice: notice(io) });
      try {
        const r = await addSource(st, { id, url, select: flags.select, remove: flags.remove.length ? flags.remove : undefined, format: inputFormatOf(flags, io, 'add') });
        if (r.sameUrl) notice(io)(`${r.sameUrl} already tracks the same URL`);
        io.stdout.write(`added ${r.entry.id} (${redactUrl(r.entry.url)}) to ${r.file}\n`);
        setCode(await pushIfAsked(flags, io, st));
      } finally {
        st.close();
      }
    });

  program
    .command('track')
    .description('fetch tracked pages and record the ones that changed (one commit per page)')
    .argument('[ids...]', 'page ids (default: every page in the sources file)')
    .option('--accept', 'record pages even when they look like error pages (non-2xx, empty, shrunk, selector matched nothing)')
    .option('--push', 'push the store to its git remote afterwards')
    .option('--concurrency <n>', 'pages fetched at once (default 8)', intArg('--concurrency', 1, 64), 8)
    .option('--host-concurrency <n>', 'requests to one host at a time (default 4)', intArg('--host-concurrency', 1, 64))
    .option('--host-delay <seconds>', 'time between the starts of two requests to one host (default 0)', delayArg)
    .option('--shard <I/N>', 'track only the pages of shard I of N (split by a hash of the page id; for parallel jobs pushing to one remote)')
    .option('--timeout <seconds>', 'give up on one attempt (connect, headers, body) after this long (default 30)', secondsArg('--timeout', 30))
    .option('--deadline <seconds>', 'the most time one page may take, every retry and Retry-After wait included (default 60)', secondsArg('--deadline', 60))
    .option('--retries <n>', 'retries on network errors and 5xx (default 2)', intArg('--retries', 0, 10))
    .option('--max-size <MB>', 'refuse pages larger than this (default 10)', mbArg)
    .option('-v, --verbose', 'also list unchanged pages')
    .addOption(new Option('--retry-delay <ms>', 'first retry delay').argParser(intArg('--retry-delay', 0, 60_000)).hideHelp())
    .addOption(storeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  redline track                          # every page of ./snapshots\n  redline track --shard 2/4 --push       # one of 4 parallel jobs sharing one git remote (docs/sharding.md)\n\nExit codes: 0 done; 2 trouble (no store, store locked, bad arguments); 3 some pages failed or were refused, or --push failed.\n',
    )
    .action(
      async (
        ids: string[],
        flags: StoreFlag & {
          accept?: boolean;
          push?: boolean;
          concurrency: number;
          hostConcurrency?: number;
          hostDelay?: number;
          shard?: string;
          timeout?: number;
          deadline?: number;
          retries?: number;
          maxSize?: number;
          verbose?: boolean;
          retryDelay?: number;
        },
      ) => {
        const { openStore, readSources, trackPages, parseShard, shardOf, DEFAULT_POLITENESS, REVIEWS_FILE } = await store();
        const shard = flags.shard === undefined ? null : parseShard(flags.shard);
        const dir = storeDir(io, flags);
        const st = await openStore(dir, { write: 'track', notice: notice(io) });
        try {
          const src = readSources(dir);
          const edited = await st.commitConfig('Update sources and reviews', [src.name, REVIEWS_FILE]);
          if (edited) notice(io)(`committed the edited ${edited.files.join(' and ')}`);
          const unknown = ids.filter((id) => !src.entries.some((e) => e.id === id));
          if (unknown.length) throw new UserError(`not in ${src.name}: ${unknown.join(', ')} (add pages with redline add ID URL)`);
          const listed = ids.length ? src.entries.filter((e) => ids.includes(e.id)) : src.entries;
          const entries = shard ? listed.filter((e) => shardOf(e.id, shard.count) === shard.index) : listed;
          if (!entries.length) {
            io.stdout.write(shard ? `no pages in shard ${shard.index}/${shard.count} (of ${listed.length})\n` : `no pages to track (add one with redline add ID URL)\n`);
            setCode(0);
            return;
          }
          const tty = !!io.stderr.isTTY;
          let progress = false;
          const clear = () => {
            if (progress) io.stderr.write('\r\x1b[K');
            progress = false;
          };
          const active = new Set<string>();
          let finished = 0;
          const draw = () => {
            if (!tty) return;
            clear();
            io.stderr.write(`[${finished}/${entries.length}] ${[...active].slice(0, 3).join(', ')}`.slice(0, (io.stderr.columns || 80) - 1));
            progress = true;
          };
          const result = await trackPages(st, entries, {
            accept: flags.accept,
            concurrency: flags.concurrency,
            politeness: {
              perHost: flags.hostConcurrency ?? DEFAULT_POLITENESS.perHost,
              delayMs: flags.hostDelay ?? DEFAULT_POLITENESS.delayMs,
            },
            fetch: { timeoutMs: flags.timeout, deadlineMs: flags.deadline, retries: flags.retries, maxBytes: flags.maxSize, backoffMs: flags.retryDelay },
            onEvent: (e) => {
              if (e.type === 'page') {
                active.add(e.id);
                draw();
              } else if (e.type === 'retry') {
                if (tty) {
                  clear();
                  io.stderr.write(`redline: ${e.id}: ${e.reason}, retrying\n`);
                  draw();
                }
              } else if (e.type === 'done') {
                active.delete(e.outcome.id);
                finished = e.finished;
                clear();
                const o = e.outcome;
                if (o.status === 'recorded') io.stdout.write(`recorded   ${o.id}  ${o.message}\n`);
                else if (o.status === 'failed' || o.status === 'rejected') io.stderr.write(`redline: ${o.id}: ${o.message}\n`);
                else if (flags.verbose) io.stdout.write(`unchanged  ${o.id}${o.message === 'unchanged' ? '' : `  ${o.message}`}\n`);
                draw();
              }
            },
          });
          clear();
          const of = shard ? ` (shard ${shard.index}/${shard.count} of ${listed.length})` : '';
          io.stdout.write(
            `tracked ${result.pages.length} page${result.pages.length === 1 ? '' : 's'}${of}: ${result.recorded} recorded, ${result.unchanged} unchanged, ${result.failed} failed\n`,
          );
          let code = result.failed ? EXIT_PARTIAL : 0;
          code = Math.max(code, await pushIfAsked(flags, io, st));
          setCode(code);
        } finally {
          st.close();
        }
      },
    );

  program
    .command('import')
    .description('record a file as a version of a page, with its date; or a folder of dated files: a whole history in one go')
    .argument('<id>', 'page id')
    .argument('<path>', 'the page version (HTML, Markdown or text), or a folder of versions: files named NN-YYYY-MM-DD-....md (or YYYY-MM-DD....md), or listed with dates in its manifest.json')
    .option('--date <iso>', 'a file\'s version date, e.g. 2023-05-01 (default: now)')
    .option('--url <url>', 'where the versions came from (recorded in meta.json, credentials masked)')
    .addOption(inputFormatOption())
    .addOption(legacyFormatOption())
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .option('--accept', 'record it even if it looks like an error page')
    .option('--push', 'push the store to its git remote afterwards')
    .addOption(storeOption())
    .addHelpText('after', '\nExamples:\n  redline import kms/rotate-keys old.md --date 2021-04-16\n  redline import kms/rotate-keys history/        # 00-2017-11-15-980f865.md, 01-2018-03-16-22ea05d.md, ...\n')
    .action(
      async (
        id: string,
        path: string,
        flags: StoreFlag & { date?: string; url?: string; inputFormat?: Format; format?: Format; select?: string; remove: string[]; accept?: boolean; push?: boolean },
      ) => {
        const { openStore, importFile, importHistory, historyFiles, parseVersionDate } = await store();
        const { checkPageId } = await import('../store/ids.js');
        const { statSync } = await import('node:fs');
        checkPageId(id);
        const abs = resolve(io.cwd, path);
        const folder = (() => {
          try {
            return statSync(abs).isDirectory();
          } catch {
            return false;
          }
        })();
        if (folder && flags.date) throw new UserError(`--date is for one file; the versions of ${path} carry their own dates`);
        if (folder) historyFiles(abs); // a folder that cannot be read as a history fails before the store is touched
        if (flags.date) parseVersionDate(flags.date);
        const dir = storeDir(io, flags);
        const st = await openStore(dir, { write: 'import', notice: notice(io) });
        const opts = { url: flags.url, format: inputFormatOf(flags, io, 'import'), select: flags.select, remove: flags.remove.length ? flags.remove : undefined, accept: flags.accept };
        const show = (name: string, r: Awaited<ReturnType<typeof importFile>>) => {
          const day = r.date.slice(0, 10);
          if (r.kind === 'rejected') throw new UserError(`${name}: ${r.reasons.join('; ')}: not recorded (--accept records it anyway)`);
          if (r.kind === 'unchanged') io.stdout.write(`unchanged  ${id}@${day}: same content as the version in force then; nothing recorded\n`);
          else io.stdout.write(`recorded   ${id}@${day}  ${r.subject}${r.restored ? ' (older than the latest version: history ordered by date)' : ''}\n`);
        };
        try {
          if (folder) {
            const all = await importHistory(st, id, abs, opts, (f, r) => show(f.file, r));
            const n = all.filter((r) => r.kind === 'recorded').length;
            io.stdout.write(`imported ${all.length} file${all.length === 1 ? '' : 's'} of ${path}: ${n} recorded, ${all.length - n} unchanged\n`);
          } else {
            show(path, await importFile(st, id, abs, { ...opts, date: flags.date }));
          }
          setCode(await pushIfAsked(flags, io, st));
        } finally {
          st.close();
        }
      },
    );

  program
    .command('remove')
    .description('stop tracking a page: its entry leaves the sources file; its recorded history stays')
    .argument('<id>', 'page id')
    .option('--push', 'push the store to its git remote afterwards')
    .addOption(storeOption())
    .addHelpText('after', '\nExample:\n  redline remove kms/rotate-keys     # redline log kms/rotate-keys still shows its versions\n')
    .action(async (id: string, flags: StoreFlag & { push?: boolean }) => {
      const { openStore, removeSource } = await store();
      const { checkPageId } = await import('../store/ids.js');
      checkPageId(id);
      const st = await openStore(storeDir(io, flags), { write: 'remove', notice: notice(io) });
      try {
        const r = await removeSource(st, id);
        io.stdout.write(`removed ${id} (${r.url}) from ${r.file}; its ${r.versions} recorded version${r.versions === 1 ? '' : 's'} stay in the store\n`);
        setCode(await pushIfAsked(flags, io, st));
      } finally {
        st.close();
      }
    });

  program
    .command('log')
    .description('the versions of a page, newest first: date, version id, severity, the key change (the highest-severity one) and the counts')
    .argument('<id>', 'page id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--all', 'also show technical commits (renormalize, restore)')
    .addOption(storeOption())
    .action(async (id: string, flags: StoreFlag & { format: 'text' | 'json'; all?: boolean }) => {
      const { openStore, pageLog, logLine } = await store();
      const { checkPageId } = await import('../store/ids.js');
      const { sanitizeLine } = await import('../util/sanitize.js');
      checkPageId(id);
      const st = await openStore(storeDir(io, flags));
      const entries = await pageLog(st, id, { technical: !!flags.all });
      if (!entries.length) throw new UserError(`${id} has no recorded versions in this store (see redline pages)`);
      if (flags.format === 'json') {
        io.stdout.write(JSON.stringify({ id, versions: entries }, null, 2) + '\n');
      } else {
        for (const e of entries) {
          const mark = e.kind === 'technical' ? '  [technical]' : e.recomputed ? '  (summary recomputed by date)' : '';
          io.stdout.write(`${e.date.slice(0, 10)}  ${e.rev.slice(0, 10)}  ${pad(sevText(e.severity), 6)}  ${sanitizeLine(logLine(id, e))}${mark}\n`);
        }
      }
      setCode(0);
    });

  program
    .command('pages')
    .description('the pages in the store, with their latest version date and last change severity')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(storeOption())
    .action(async (flags: StoreFlag & { format: 'text' | 'json' }) => {
      const { openStore, readSources, pageRows } = await store();
      const dir = storeDir(io, flags);
      const st = await openStore(dir);
      const rows = await pageRows(st, readSources(dir).entries);
      if (flags.format === 'json') {
        io.stdout.write(JSON.stringify({ pages: rows }, null, 2) + '\n');
      } else if (!rows.length) {
        io.stdout.write('no pages yet (add one with redline add ID URL)\n');
      } else {
        const w = maxOf(rows.map((r) => r.id.length));
        for (const r of rows) {
          const latest = r.latest ? r.latest.slice(0, 10) : 'never';
          const sev = r.versions === 0 ? '-' : r.versions === 1 ? 'new' : sevText(r.severity);
          const note = r.tracked ? '' : '  (imported only)';
          io.stdout.write(`${pad(r.id, w)}  ${pad(latest, 10)}  ${pad(sev, 6)}  ${r.versions} version${r.versions === 1 ? '' : 's'}${note}\n`);
        }
      }
      setCode(0);
    });

  program
    .command('renormalize')
    .description('rewrite canonical files with the current normalizer, in one technical commit')
    .option('--push', 'push the store to its git remote afterwards')
    .addOption(storeOption())
    .action(async (flags: StoreFlag & { push?: boolean }) => {
      const { openStore, renormalizeStore } = await store();
      const dir = storeDir(io, flags);
      const st = await openStore(dir, { write: 'renormalize', notice: notice(io) });
      try {
        const r = await renormalizeStore(st);
        if (!r.rev) io.stdout.write('nothing to renormalize: every page is canonical for this normalizer\n');
        else io.stdout.write(`${r.subject} (${r.pages.length} page${r.pages.length === 1 ? '' : 's'})\n`);
        setCode(await pushIfAsked(flags, io, st));
      } finally {
        st.close();
      }
    });
}
