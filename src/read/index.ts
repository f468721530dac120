// read: bytes from a file or stdin -> RawPage (decoded text + detected format).
// Decoding is strict: BOMs are honoured (UTF-8, UTF-16), HTML may declare a charset,
// anything else must be valid UTF-8. Binary input, oversize input and things that are not files
// (a named pipe with no writer would block forever, a device never ends) are refused with a
// UserError (exit 2) rather than diffed into garbage or waited on.

import { closeSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import type { Format, RawPage } from '../types.js';
import { UserError } from '../types.js';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

export interface ReadOptions {
  format?: Format;
  maxBytes?: number;
  select?: string;
  remove?: string[];
}

const FORMATS: Record<string, Format> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  txt: 'text',
  text: 'text',
  adoc: 'asciidoc',
  asciidoc: 'asciidoc',
  rst: 'rst',
  rest: 'rst',
};

export function parseFormat(name: string): Format {
  const f = FORMATS[name.toLowerCase()];
  if (!f) throw new UserError(`unknown format "${name}" (use html, markdown, text, asciidoc or rst)`);
  return f;
}

/** Lines only AsciiDoc or reStructuredText write (headings, directives, block delimiters, link forms). */
function markupSignals(sample: string): { asciidoc: number; rst: number } {
  const count = (re: RegExp) => (sample.match(re) || []).length;
  return {
    asciidoc:
      count(/^={1,5} \S/gm) * 2 +
      count(/^\[(?:source|NOTE|TIP|IMPORTANT|WARNING|CAUTION|role=|\[|#)[^\]\n]*\]$/gm) * 2 +
      count(/^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): \S/gm) +
      count(/^(?:----|====|\|===|\*\*\*\*)$/gm) +
      count(/\b(?:link|xref|image):\S*\[/g) +
      count(/^(?:include|ifdef|ifndef|ifeval|endif)::/gm) * 2,
    rst:
      count(/^\.\. [\w:-]+::/gm) * 2 +
      count(/^\.\. _[^:\n]+:/gm) * 2 +
      count(/`[^`\n]+ <[^>\n]+>`__?/g) +
      count(/:(?:ref|doc|pep|rfc|func|class|meth|term):`/g) +
      count(/^[ \t]*::$|\S ::$/gm),
  };
}

/** Guess the format from the content, helped by the file extension. */
export function detectFormat(text: string, filename?: string): Format {
  const ext = filename ? extname(filename).slice(1).toLowerCase() : '';
  const head = text.slice(0, 4096).trimStart();
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  if (FORMATS[ext] === 'asciidoc' || FORMATS[ext] === 'rst') return FORMATS[ext];
  const sample = text.slice(0, 65536);
  // a PEP (RFC 2822 header, then reST), whatever its extension
  if (/^PEP:[ \t]*\d+[ \t]*\n(?:[\w-]+:.*\n|[ \t]+.*\n)*?Title:/.test(head)) return 'rst';
  const markup = markupSignals(sample);
  const tags = (sample.match(/<\/?(p|div|span|a|ul|li|h[1-6]|table|body|head|section|article|main)\b[^>]*>/gi) || []).length;
  const mdSignals =
    (sample.match(/^#{1,6} \S/gm) || []).length * 3 +
    (sample.match(/^ {0,3}[-+*] \S/gm) || []).length +
    (sample.match(/\]\([^)\s]+\)/g) || []).length +
    (sample.match(/^```/gm) || []).length * 2 +
    (sample.match(/\\[.()\-_]/g) || []).length +
    (/^(---|\+\+\+)\n/.test(sample) ? 5 : 0);
  if (tags > 8 && tags > mdSignals * 2) return 'html';
  const plainText = ext === 'txt' || ext === 'text';
  if (!plainText && markup.asciidoc >= 3 && markup.asciidoc > mdSignals) return 'asciidoc';
  if (!plainText && markup.rst >= 3 && markup.rst > mdSignals) return 'rst';
  if (mdSignals >= 3) return 'markdown';
  if (plainText) return 'text';
  if (/^\s*[•◦▪]/m.test(sample)) return 'text';
  return mdSignals > 0 ? 'markdown' : 'text';
}

// WHATWG labels of windows-1252 (what browsers read "iso-8859-1" and "us-ascii" pages as).
const WINDOWS_1252 = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);
// Bytes 0x80-0x9F in windows-1252; the five unassigned ones stay C1 controls (WHATWG index).
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Bytes in a named encoding, strictly. windows-1252 (and its labels latin1, iso-8859-1, ascii) is
 * decoded here: Node's TextDecoder gives 0x80-0x9F as C1 controls since 20.18.3 (nodejs/node#60888),
 * which turned curly quotes, dashes and the euro sign of legacy pages into control characters.
 * Throws RangeError for an unknown encoding, TypeError for bytes that are not valid in it.
 */
export function decodeWith(buf: Buffer, encoding: string): string {
  if (WINDOWS_1252.has(encoding.trim().toLowerCase())) {
    return buf.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return new TextDecoder(encoding, { fatal: true }).decode(buf);
}

function decodeStrict(buf: Buffer, encoding: string, label: string): string {
  try {
    return decodeWith(buf, encoding);
  } catch (e) {
    if (e instanceof RangeError) throw new UserError(`${label}: unsupported character encoding "${encoding}"`);
    throw new UserError(`${label}: input is not valid ${encoding.toUpperCase()} text (undecodable bytes)`);
  }
}

/** Decode bytes into text: BOM first, then an HTML meta charset, else strict UTF-8. */
export function decode(buf: Buffer, label: string): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeStrict(buf.subarray(3), 'utf-8', label);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return decodeStrict(buf.subarray(2), 'utf-16le', label);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return decodeStrict(buf.subarray(2), 'utf-16be', label);
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new UserError(`${label}: binary input (NUL bytes), not a text page`);
  const head = probe.toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (meta) {
    const cs = meta[1].toLowerCase();
    if (cs !== 'utf-8' && cs !== 'utf8') return decodeStrict(buf, cs, label);
  }
  const text = decodeStrict(buf, 'utf-8', label);
  if (text.includes('\u0000')) throw new UserError(`${label}: binary input (NUL bytes), not a text page`);
  return text;
}

/** A file descriptor up to `max` bytes (and one byte more, to tell that it is over): an endless
 * pipe or device (`cat /dev/zero | redline diff - x`, `diff /dev/zero x`, `<(...)`) stops at the
 * limit instead of filling memory. Errors are thrown as they come. */
function readBounded(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (total <= max) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10); // a non-blocking pipe with nothing yet
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function readStdin(max: number): Buffer {
  try {
    return readBounded(0, max);
  } catch (e) {
    throw new UserError(`-: cannot read standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** True for a path that names a pipe the shell already opened (`<(...)`, /dev/fd/N): it has a
 * writer, so reading it cannot block forever the way opening a named pipe can. Linux only. */
function isOpenPipe(path: string): boolean {
  let p = path;
  for (let i = 0; i < 4; i++) {
    try {
      p = readlinkSync(p);
    } catch {
      return false;
    }
    if (p.startsWith('pipe:')) return true;
  }
  return false;
}

/** /dev/null: empty and never blocking, the usual stand-in for "no file" in diff tools. */
function isNullDevice(st: Stats): boolean {
  try {
    return st.isCharacterDevice() && st.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

function kindOfSpecial(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** Read a page from a path ('-' = stdin). */
export function readSource(path: string, opts: ReadOptions = {}): RawPage {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  if (path === '-') {
    buf = readStdin(max);
  } else {
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new UserError(`${path}: is a directory (give two directories to compare whole trees)`);
      if (!st.isFile() && !isOpenPipe(path) && !isNullDevice(st)) throw new UserError(`${path}: not a regular file (${kindOfSpecial(st)}); give - to read standard input`);
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code})`);
    }
    if (size > max) throw new UserError(`${path}: input is ${(size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(0)} MB limit (--max-size)`);
    let fd: number | null = null;
    try {
      fd = openSync(path, 'r');
      buf = readBounded(fd, max);
    } catch (e) {
      throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code})`);
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }
  if (buf.length > max) throw new UserError(`${path}: input is over the ${(max / 1048576).toFixed(0)} MB limit (--max-size)`);
  const text = decode(buf, path);
  return { label: path, text, format: opts.format ?? detectFormat(text, path === '-' ? undefined : path), select: opts.select, remove: opts.remove };
}
