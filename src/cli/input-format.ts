// `--input-format`: the format of a page being read, for the commands that read one page
// (normalize, add, import). `--format` names the output format in every command; these
// commands' old `--format` still works, hidden from --help, with a notice on standard error.

import { Option } from 'commander';
import type { Format } from '../types.js';
import { parseFormat } from '../read/index.js';
import type { Io } from './io.js';

export function inputFormatOption(what = 'the page format'): Option {
  return new Option('--input-format <format>', `${what}: html, markdown or text (default: detected)`).argParser(parseFormat);
}

/** The old spelling, kept working. */
export function legacyFormatOption(): Option {
  return new Option('--format <format>').argParser(parseFormat).hideHelp();
}

/** The forced input format, if any; says so when the old spelling was used. */
export function inputFormatOf(flags: { inputFormat?: Format; format?: Format }, io: Io, command: string): Format | undefined {
  if (flags.format) io.stderr.write(`redline: notice: ${command} --format is now --input-format (--format names the output format in every command)\n`);
  return flags.inputFormat ?? flags.format;
}
