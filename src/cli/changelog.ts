// `redline changelog`: what changed across a store's pages over time, as Markdown (a
// CHANGELOG.md that reruns only add to), JSON, an Atom feed or a self-contained HTML page. Parsing and printing only; the
// work is in src/changelog and src/present/changelog.ts, imported lazily so other commands
// never load git or the changelog code.
//
// Exit codes: 0 written (whether or not anything changed in the window); 2 usage or store error,
// or -o naming a Markdown file redline did not write (unless --force).

import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../types.js';
import type { Io } from './io.js';
import type { PairWorker } from '../changelog/thread.js';

/** Words of the intro every changelog file redline writes starts with (it may have no entries yet). */
const WRITTEN_BY = 'recorded by redline';

interface ChangelogFlags {
  store?: string;
  since?: string;
  until?: string;
  format: 'markdown' | 'json' | 'atom' | 'html';
  output?: string;
  title?: string;
  feedUrl?: string;
  config?: string;
  force?: boolean;
  jobs: number;
}

function jobsArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UserError(`invalid --jobs "${v}" (a whole number of threads, 1-256)`);
  return n;
}

function readExisting(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new UserError(`${path}: cannot read (${code ?? (e as Error).message})`);
  }
}

export function registerChangelogCommand(program: Command, io: Io, setCode: (n: number) => void): void {
  program
    .command('changelog')
    .description('what changed in the store\'s pages over time, newest first: Markdown (reruns add only new versions to the file), JSON, an Atom feed or HTML')
    .argument('[ids...]', 'page ids (default: every page in the store)')
    .option('--since <date>', 'only versions on or after this date (2023-05-01, or an ISO 8601 time)')
    .option('--until <date>', 'only versions on or before this date (the whole day for a plain date)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json', 'atom', 'html']).default('markdown'))
    .option('-o, --output <file>', 'write to a file; an existing Markdown changelog gets only the page versions it does not list yet')
    .option('--force', 'add to an existing Markdown file even if redline did not write it')
    .option('--title <text>', 'document or feed title (default "Changelog" / "Documentation changes")')
    .option('--feed-url <url>', 'Atom: the URL the feed is published at (its self link and id)')
    .option('--config <file>', 'classification rules (default: redline.config.json/.yaml in the current folder)')
    .addOption(new Option('--store <dir>', 'the snapshot store (default: ./snapshots)'))
    .option('-j, --jobs <n>', 'threads comparing versions: 2 or more adds a worker thread for long histories on an idle multi-core machine (default 1)', jobsArg, 1)
    .action(async (ids: string[], flags: ChangelogFlags) => {
      // a second thread compares versions too: started first, so its module load overlaps this
      // thread's (buildChangelog keeps it only for a long enough history). Opt-in: a worker costs
      // a module load and a cold JIT (about 0.15 s of CPU), which only pays on an idle second core.
      const worker = flags.jobs >= 2 ? (await import('../changelog/thread.js')).startPairWorker() : null;
      try {
        await run(ids, flags, worker);
      } finally {
        worker?.stop();
      }
    });

  async function run(ids: string[], flags: ChangelogFlags, worker: PairWorker | null): Promise<void> {
    const [{ openStore, readSources }, { buildChangelog, parseWindow }, report, { loadConfig }, { writeFileAtomic }] = await Promise.all([
      import('../store/index.js'),
      import('../changelog/index.js'),
      import('../present/changelog.js'),
      import('../classify/config.js'),
      import('./io.js'),
    ]);
    parseWindow(flags.since, flags.until); // bad dates fail before the store is opened
    if (flags.feedUrl && !/^https?:\/\/\S+$/.test(flags.feedUrl)) throw new UserError(`invalid --feed-url "${flags.feedUrl}" (an http or https URL)`);
    const config = loadConfig(flags.config, io.cwd);
    const dir = resolve(io.cwd, flags.store ?? './snapshots');
    const store = await openStore(dir);
    let log;
    try {
      // URLs of tracked pages, for versions recorded without one (read only if one is met); a
      // sources file that does not parse only costs those links
      const urls = (): Record<string, string> => {
        try {
          return Object.fromEntries(readSources(dir).entries.map((e) => [e.id, e.url]));
        } catch {
          return {};
        }
      };
      log = await buildChangelog(store, { since: flags.since, until: flags.until, ids, config, urls, now: new Date(), worker });
    } finally {
      store.close();
    }
    const entries = log.days.reduce((n, d) => n + d.entries.length, 0);
    const out = flags.output ? resolve(io.cwd, flags.output) : null;

    if (flags.format === 'markdown' && out) {
      const existing = readExisting(out);
      // a Markdown file redline did not write is someone's notes: never add to it unasked
      if (existing !== null && existing.trim() && !flags.force && !report.changelogMarkers(existing).size && !existing.includes(WRITTEN_BY)) {
        throw new UserError(`${flags.output}: not a changelog redline wrote (no redline entries in it); --force adds to it anyway`);
      }
      const merged = report.mergeChangelogMarkdown(existing ?? '', log, { title: flags.title });
      if (existing === null || merged.text !== existing) writeFileAtomic(out, merged.text);
      const n = merged.added.length;
      io.stdout.write(
        existing !== null && !n ? `${flags.output}: up to date (${entries} page version${entries === 1 ? '' : 's'} in the window, all listed already)\n` : `${flags.output}: ${existing === null ? 'written' : 'updated'}, ${n} page version${n === 1 ? '' : 's'} added\n`,
      );
      setCode(0);
      return;
    }
    const text =
      flags.format === 'html'
        ? (await import('../present/html/changelog.js')).renderChangelogHtml(log, { title: flags.title })
        : flags.format === 'json'
        ? report.renderChangelogJson(log)
        : flags.format === 'atom'
          ? report.renderChangelogAtom(log, { title: flags.title, feedUrl: flags.feedUrl })
          : report.renderChangelogMarkdown(log, { title: flags.title });
    if (out) writeFileAtomic(out, text);
    else io.stdout.write(text);
    setCode(0);
  }
}
