// The sources file: which pages a store tracks (id, URL, optional selectors and format).
// YAML (`redline.sources.yaml`) or JSON (`redline.sources.json`); parsed and validated here,
// edited with the yaml Document API so a hand-written file keeps its comments.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Document } from 'yaml';
import type { Format } from '../types.js';
import { UserError } from '../types.js';
import { parseFormat } from '../read/index.js';
import { isPageId } from './ids.js';
import { hasLiteralCredentials, redactUrl } from './redact.js';
import { sanitizeLine } from '../util/sanitize.js';

export const SOURCES_FILES = ['redline.sources.yaml', 'redline.sources.yml', 'redline.sources.json'] as const;

export interface SourceEntry {
  id: string;
  url: string;
  select?: string;
  remove?: string[];
  format?: Format;
}

export interface SourcesFile {
  /** file name inside the store */
  name: string;
  entries: SourceEntry[];
}

// yaml (about 20 ms to load) is loaded only when a sources file with pages in it is read or edited
let yamlModule: typeof import('yaml') | null = null;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** A YAML sources file that lists no page: nothing but comments, blank lines and `pages: []` (the
 * file `redline init` writes, kept by stores that only import). Read without the YAML parser. */
const NO_PAGES_YAML = /^(?:[ \t]*(?:#[^\n]*)?\n)*pages:[ \t]*\[[ \t]*\](?:[ \t]+#[^\n]*)?[ \t]*(?:\n(?:[ \t]*(?:#[^\n]*)?)?)*$/;

/** Alias expansions allowed when reading a sources file (a real one needs a handful). */
const MAX_ALIASES = 1000;

export function findSourcesFile(dir: string): string | null {
  for (const n of SOURCES_FILES) if (existsSync(join(dir, n))) return n;
  return null;
}

export const EMPTY_SOURCES_YAML = `# redline sources: the pages this store tracks. Edit by hand or with \`redline add\`.
# Each page: id (a slug, at most one "/"), url, and optionally select / remove (CSS selectors)
# and format (html, markdown, text, asciidoc, rst). Secrets in URLs: write \${ENV_VAR}, never the value.
pages: []
`;

/** Check a URL written in a sources entry: http(s), no literal credentials. Returns an error or null. */
export function urlProblem(url: string): string | null {
  const probe = url.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'x');
  let u: URL;
  try {
    u = new URL(probe);
  } catch {
    return `not a URL: "${redactUrl(url)}"`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `only http and https URLs can be tracked, not ${u.protocol.replace(':', '')}`;
  if (hasLiteralCredentials(url)) {
    return 'the URL carries a credential (user:password or a token in the query), which would be committed to the store: write it as ${ENV_VAR} instead, e.g. https://host/page?token=${DOCS_TOKEN}';
  }
  return null;
}

function selectorProblem(sel: string): string | null {
  if (!sel.trim()) return 'empty CSS selector';
  if (/[{};]/.test(sel)) return `"${sel}" is not a CSS selector`;
  return null;
}

/**
 * Check that an entry's CSS selectors parse, with the selector engine that will run them
 * (cheerio, loaded only here and only when there are selectors). Done when a page is added, so
 * a typo is refused at once instead of failing every later `track` of the page.
 */
export async function checkSelectors(e: SourceEntry, where: string): Promise<void> {
  const sels = [...(e.select ? [e.select] : []), ...(e.remove ?? [])];
  if (!sels.length) return;
  const { load } = await import('cheerio');
  const $ = load('<html><body></body></html>');
  for (const sel of sels) {
    try {
      $(sel);
    } catch (err) {
      const why = sanitizeLine((err as Error).message).trim().replace(/found$/, 'found the end of the selector');
      throw new UserError(`${where} (${e.id}): invalid CSS selector ${JSON.stringify(sel)}: ${why}`);
    }
  }
}

/** Validate one raw entry; `where` names it in messages. */
export function checkEntry(raw: unknown, where: string): SourceEntry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UserError(`${where}: each page must be a mapping with id and url`);
  const r = raw as Record<string, unknown>;
  const known = new Set(['id', 'url', 'select', 'remove', 'format']);
  for (const k of Object.keys(r)) if (!known.has(k)) throw new UserError(`${where}: unknown field "${k}" (use id, url, select, remove, format)`);
  if (typeof r.id !== 'string' || !isPageId(r.id)) {
    throw new UserError(`${where}: invalid page id ${JSON.stringify(r.id)} (lowercase slug, at most one "/", e.g. devops-guru/data-protection)`);
  }
  const id = r.id;
  if (typeof r.url !== 'string') throw new UserError(`${where} (${id}): url is missing`);
  const up = urlProblem(r.url);
  if (up) throw new UserError(`${where} (${id}): ${up}`);
  const e: SourceEntry = { id, url: r.url };
  if (r.select !== undefined && r.select !== null) {
    if (typeof r.select !== 'string') throw new UserError(`${where} (${id}): select must be a CSS selector string`);
    const p = selectorProblem(r.select);
    if (p) throw new UserError(`${where} (${id}): ${p}`);
    e.select = r.select;
  }
  if (r.remove !== undefined && r.remove !== null) {
    const list = typeof r.remove === 'string' ? [r.remove] : r.remove;
    if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) throw new UserError(`${where} (${id}): remove must be a list of CSS selectors`);
    for (const s of list as string[]) {
      const p = selectorProblem(s);
      if (p) throw new UserError(`${where} (${id}): ${p}`);
    }
    if (list.length) e.remove = list as string[];
  }
  if (r.format !== undefined && r.format !== null) {
    if (typeof r.format !== 'string') throw new UserError(`${where} (${id}): format must be html, markdown, text, asciidoc or rst`);
    try {
      e.format = parseFormat(r.format);
    } catch (err) {
      throw new UserError(`${where} (${id}): ${(err as Error).message}`);
    }
  }
  return e;
}

function pagesOf(data: unknown, name: string): unknown[] {
  if (data === null || data === undefined) return [];
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && 'pages' in (data as object)) {
    const p = (data as { pages: unknown }).pages;
    if (p === null || p === undefined) return [];
    if (Array.isArray(p)) return p;
  }
  throw new UserError(`${name}: expected "pages:" with a list of pages`);
}

export function parseSources(text: string, name: string): SourceEntry[] {
  let data: unknown;
  if (name.endsWith('.json')) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new UserError(`${name}: invalid JSON (${(e as Error).message})`);
    }
  } else if (NO_PAGES_YAML.test(text)) {
    data = { pages: [] };
  } else {
    const doc = yaml().parseDocument(text);
    if (doc.errors.length) throw new UserError(`${name}: invalid YAML (${doc.errors[0].message.split('\n')[0]})`);
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      // yaml throws a ReferenceError for an alias bomb ("billion laughs")
      const why = /alias/i.test((e as Error).message) ? `more than ${MAX_ALIASES} alias expansions, as in an alias bomb: write the pages out` : (e as Error).message.split('\n')[0];
      throw new UserError(`${name}: invalid YAML (${why})`);
    }
  }
  const entries = pagesOf(data, name).map((r, i) => checkEntry(r, `${name}: page ${i + 1}`));
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new UserError(`${name}: page id "${e.id}" is listed twice`);
    seen.add(e.id);
  }
  return entries;
}

export function readSources(dir: string): SourcesFile {
  const name = findSourcesFile(dir);
  if (!name) throw new UserError(`no sources file in ${dir} (expected ${SOURCES_FILES[0]})`);
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch (e) {
    throw new UserError(`${join(dir, name)}: cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  return { name, entries: parseSources(text, name) };
}

function plainEntry(e: SourceEntry): Record<string, unknown> {
  const o: Record<string, unknown> = { id: e.id, url: e.url };
  if (e.select) o.select = e.select;
  if (e.remove?.length) o.remove = e.remove;
  if (e.format) o.format = e.format;
  return o;
}

/** The sources file text with one entry appended, comments and layout of the rest kept. */
export function appendEntry(text: string, name: string, entry: SourceEntry): string {
  if (name.endsWith('.json')) {
    const data = text.trim() ? (JSON.parse(text) as unknown) : { pages: [] };
    const obj = Array.isArray(data) ? { pages: data } : ((data ?? { pages: [] }) as { pages?: unknown[] });
    obj.pages = [...(Array.isArray(obj.pages) ? obj.pages : []), plainEntry(entry)];
    return JSON.stringify(Array.isArray(data) ? obj.pages : obj, null, 2) + '\n';
  }
  const { isDocument, parseDocument, YAMLSeq } = yaml();
  const doc: Document = parseDocument(text || 'pages: []\n');
  if (!isDocument(doc)) throw new UserError(`${name}: cannot edit`);
  const node = doc.createNode(plainEntry(entry));
  if (doc.contents instanceof YAMLSeq) {
    doc.contents.add(node);
  } else {
    const pages = doc.get('pages', true);
    if (pages instanceof YAMLSeq) {
      pages.flow = false;
      pages.add(node);
    } else doc.set('pages', doc.createNode([plainEntry(entry)]));
  }
  return doc.toString();
}

/** The sources file text without the entry of `id`, comments and layout of the rest kept. */
export function removeEntry(text: string, name: string, id: string): string {
  if (name.endsWith('.json')) {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data) ? data : ((data as { pages?: unknown[] })?.pages ?? []);
    const kept = list.filter((e) => (e as { id?: unknown })?.id !== id);
    return JSON.stringify(Array.isArray(data) ? kept : { ...(data as object), pages: kept }, null, 2) + '\n';
  }
  const { isMap, parseDocument, YAMLSeq } = yaml();
  const doc: Document = parseDocument(text);
  const seq = doc.contents instanceof YAMLSeq ? doc.contents : doc.get('pages', true);
  if (!(seq instanceof YAMLSeq)) return text;
  const i = seq.items.findIndex((it) => isMap(it) && it.get('id') === id);
  if (i >= 0) seq.items.splice(i, 1);
  return doc.toString();
}
