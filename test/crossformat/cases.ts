// The inputs of the cross-format suite: real page versions (test/fixtures/crossformat/pages,
// manifest.json says where each came from), each rendered through every page template to HTML
// and to whole-page text in two ways: a real browser's innerText (committed fixtures made by
// browser.test.ts) and `w3m -dump` (run live; Debian w3m).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { renderContent, type Generator } from './content.js';
import { TEMPLATES, type Template } from './templates/index.js';

const FIXTURES = new URL('../fixtures/crossformat/', import.meta.url);

export interface Version {
  page: string;
  version: string;
  file: string;
  generator: Generator;
  source: string;
  /** the page's file name on its site. */
  slug: string;
  md: string;
}

interface ManifestEntry {
  page: string;
  version: string;
  file: string;
  generator: Generator;
  source: string;
}

const manifest = JSON.parse(readFileSync(new URL('pages/manifest.json', FIXTURES), 'utf8')) as ManifestEntry[];

export const VERSIONS: Version[] = manifest.map((m) => ({
  ...m,
  slug: m.source.split('/').slice(-2)[0],
  md: readFileSync(new URL(`pages/${m.file}`, FIXTURES), 'utf8'),
}));

/** The next version of the same page in the manifest, if any. */
export function nextOf(v: Version): Version | null {
  const i = VERSIONS.indexOf(v);
  const n = VERSIONS[i + 1];
  return n && n.page === v.page ? n : null;
}

export const FORMS = ['html', 'innertext', 'w3m'] as const;
export type Form = (typeof FORMS)[number];

export const UPDATED = '2025-03-14';

export const renderingId = (v: Version, t: Template) => `${v.page}.${v.version}.${t.id}`;

const htmlCache = new Map<string, string>();
export function htmlOf(v: Version, t: Template): string {
  const id = renderingId(v, t);
  let html = htmlCache.get(id);
  if (html === undefined) {
    html = t.render(renderContent(v.md, v.generator), { slug: v.slug, updated: UPDATED });
    htmlCache.set(id, html);
  }
  return html;
}

export const innerTextFile = (v: Version, t: Template) => new URL(`innertext/${renderingId(v, t)}.txt`, FIXTURES);

/** The committed innerText rendering (made by browser.test.ts with CROSSFORMAT_WRITE=1). */
export function innerTextOf(v: Version, t: Template): string {
  return readFileSync(innerTextFile(v, t), 'utf8');
}

export const hasW3m = (() => {
  try {
    return spawnSync('w3m', ['-version'], { encoding: 'utf8' }).status === 0;
  } catch {
    return false;
  }
})();

export function w3mDump(html: string): string {
  return execFileSync('w3m', ['-dump', '-T', 'text/html', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8'], {
    input: html,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** A rendering of a version through a template, in one of the three forms. */
export function renderingOf(form: Form, v: Version, t: Template): string {
  if (form === 'html') return htmlOf(v, t);
  if (form === 'innertext') return innerTextOf(v, t);
  return w3mDump(htmlOf(v, t));
}

export const innerTextsPresent = () => VERSIONS.every((v) => TEMPLATES.every((t) => existsSync(innerTextFile(v, t))));

export { TEMPLATES };
