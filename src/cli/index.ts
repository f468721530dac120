// The command line: argument parsing, commands, exit codes. The only place that writes to
// stdout/stderr for commands and decides exit codes; stages throw UserError and return data.
// Heavy modules (Ink, git) are imported lazily so `redline diff` starts fast.

import { Command, CommanderError } from 'commander';
import type { Format } from '../types.js';
import { UserError } from '../types.js';
import { readSource } from '../read/index.js';
import { normalize } from '../normalize/index.js';
import { registerDiffCommand, collect, formatArg, sizeArg } from './diff.js';
import { registerStoreCommands } from './store.js';
import { registerReviewCommand } from './review.js';
import { registerChangelogCommand } from './changelog.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import type { Io } from './io.js';

export const VERSION = '0.1.0';

export type { Io } from './io.js';
export { writeFileAtomic } from './io.js';
export { emitReport, addDiffOptions, type DiffFlags } from './diff.js';

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

  registerDiffCommand(program, io, setCode);
  registerStoreCommands(program, io, setCode);
  registerReviewCommand(program, io, setCode);
  registerChangelogCommand(program, io, setCode);

  program
    .command('normalize')
    .description('print the canonical Markdown of a page')
    .argument('<file>', 'a file, or - for standard input')
    .option('--format <format>', 'force the input format (html, markdown, text, asciidoc, rst)', formatArg)
    .option('--select <css>', 'HTML: keep only the content matching this CSS selector')
    .option('--remove <css>', 'HTML: drop elements matching this CSS selector (repeatable)', collect, [])
    .option('--max-size <MB>', 'refuse inputs larger than this (default 25)', sizeArg)
    .action((file: string, flags: { format?: Format; select?: string; remove: string[]; maxSize?: number }) => {
      const doc = normalize(readSource(file, { format: flags.format, select: flags.select, remove: flags.remove, maxBytes: flags.maxSize }));
      if (flags.select && !doc.matched) throw new UserError(`${file}: --select "${flags.select}" matched nothing`);
      // page text: control characters shown as visible escapes, like every other presenter
      io.stdout.write(sanitize(doc.markdown));
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
