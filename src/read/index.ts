// read: bytes from a file or stdin -> RawPage (decoded text + detected format).
// Decoding is strict: BOMs are honoured (UTF-8, UTF-16), HTML may declare a charset,
// anything else must be valid UTF-8. Binary input and oversize input are refused with a
// UserError (exit 2) rather than diffed into garbage.

import { readFileSync, statSync } from 'node:fs';
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
};

export function parseFormat(name: string): Format {
  const f = FORMATS[name.toLowerCase()];
  if (!f) throw new UserError(`unknown format "${name}" (use html, markdown or text)`);
  return f;
}

/** Guess the format from the content, helped by the file extension. */
export function detectFormat(text: string, filename?: string): Format {
  const ext = filename ? extname(filename).slice(1).toLowerCase() : '';
  const head = text.slice(0, 4096).trimStart();
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  const sample = text.slice(0, 65536);
  const tags = (sample.match(/<\/?(p|div|span|a|ul|li|h[1-6]|table|body|head|section|article|main)\b[^>]*>/gi) || []).length;
  const mdSignals =
    (sample.match(/^#{1,6} \S/gm) || []).length * 3 +
    (sample.match(/^ {0,3}[-+*] \S/gm) || []).length +
    (sample.match(/\]\([^)\s]+\)/g) || []).length +
    (sample.match(/^```/gm) || []).length * 2 +
    (sample.match(/\\[.()\-_]/g) || []).length +
    (/^(---|\+\+\+)\n/.test(sample) ? 5 : 0);
  if (tags > 8 && tags > mdSignals * 2) return 'html';
  if (mdSignals >= 3) return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (/^\s*[•◦▪]/m.test(sample)) return 'text';
  return mdSignals > 0 ? 'markdown' : 'text';
}

function decodeStrict(buf: Buffer, encoding: string, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
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

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (e) {
    throw new UserError(`-: cannot read standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Read a page from a path ('-' = stdin). */
export function readSource(path: string, opts: ReadOptions = {}): RawPage {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  if (path === '-') {
    buf = readStdin();
  } else {
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new UserError(`${path}: is a directory (give two directories to compare whole trees)`);
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code})`);
    }
    if (size > max) throw new UserError(`${path}: input is ${(size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(0)} MB limit (--max-size)`);
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code})`);
    }
  }
  if (buf.length > max) throw new UserError(`${path}: input is over the ${(max / 1048576).toFixed(0)} MB limit (--max-size)`);
  const text = decode(buf, path);
  return { label: path, text, format: opts.format ?? detectFormat(text, path === '-' ? undefined : path), select: opts.select, remove: opts.remove };
}
