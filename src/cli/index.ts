// The command line: argument parsing, commands, exit codes. The only place that writes to
// stdout/stderr for commands and decides exit codes; stages throw UserError and return data.
// Heavy modules (Ink, git) are imported lazily so `redline diff` starts fast. main() is the
// process entry (signals: Ctrl-C exits 130, as shells expect); run() is the same without it.

import { Command, CommanderError } from 'commander';
import type { Format } from '../types.js';
import { UserError } from '../types.js';
import { readSource } from '../read/index.js';
import { normalize } from '../normalize/index.js';
import { registerDiffCommand, collect, sizeArg } from './diff.js';
import { registerStoreCommands } from './store.js';
import { registerReviewCommand } from './review.js';
import { registerChangelogCommand } from './changelog.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import type { Io } from './io.js';
import { addExamples, configureHelp } from './help.js';
import { completionScript } from './completion.js';
import { inputFormatOf, inputFormatOption, legacyFormatOption } from './input-format.js';
import { colorArgv, isPaging } from './output.js';

export const VERSION = '0.1.0';

export type { Io } from './io.js';
export { writeFileAtomic } from './io.js';
export { emitReport, renderReport, reportCode, addDiffOptions, type DiffFlags } from './diff.js';

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
  configureHelp(program);

  registerDiffCommand(program, io, setCode);
  registerStoreCommands(program, io, setCode);
  registerReviewCommand(program, io, setCode);
  registerChangelogCommand(program, io, setCode);

  program
    .command('normalize')
    .description('print the canonical Markdown of a page')
    .argument('<file>', 'a file, or - for standard input')
    .addOption(inputFormatOption())
    .addOption(legacyFormatOption())
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25)', sizeArg)
    .action((file: string, flags: { inputFormat?: Format; format?: Format; select?: string; remove: string[]; maxSize?: number }) => {
      const format = inputFormatOf(flags, io, 'normalize');
      const doc = normalize(readSource(file, { format, select: flags.select, remove: flags.remove, maxBytes: flags.maxSize }));
      if (flags.select && !doc.matched) throw new UserError(`${file}: --select "${flags.select}" matched nothing`);
      // page text: control characters shown as visible escapes, like every other presenter
      io.stdout.write(sanitize(doc.markdown));
      setCode(0);
    });

  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', 'bash, zsh or fish')
    .action((shell: string) => {
      io.stdout.write(completionScript(shell, program));
      setCode(0);
    });

  addExamples(program);
  return program;
}

/** Exit codes for signals, as shells report them (128 + the signal number). */
const SIGNAL_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * The process entry: run() with signal handling. An interrupted command exits 128 + the signal
 * (130 for Ctrl-C) through process.exit, so 'exit' handlers run (the store's lock is released,
 * the review screen restored). While a pager shows a report, Ctrl-C is the pager's (as in git).
 */
export async function main(argv: string[]): Promise<number> {
  for (const [sig, code] of Object.entries(SIGNAL_CODES)) {
    process.on(sig, () => {
      if (sig === 'SIGINT' && isPaging()) return;
      process.exit(code);
    });
  }
  return run(argv);
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (n) => (code = n));
  try {
    await program.parseAsync(colorArgv(argv), { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; usage errors were already printed by commander
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UserError) {
      // messages can quote file names and server replies: no raw control characters
      io.stderr.write(`redline: ${sanitizeLine(e.message)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`redline: internal error: ${sanitizeLine(err && err.message ? err.message.split('\n')[0] : String(e))}\n`);
    if (process.env.REDLINE_DEBUG) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
