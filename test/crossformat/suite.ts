// The cross-format suite, one form at a time: every rendering of a page version (template x
// form) against its own Markdown must report no change at all, and against the next version's
// Markdown must report exactly the sections (status and headings) that the Markdown-to-Markdown
// diff reports. Cases listed in known-failures.json are expected to fail (it.fails), so the list
// can only shrink: a listed case that starts passing fails until it is taken off the list
// (CROSSFORMAT_KNOWN=write rewrites the list from the run).

import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { safeCompare, safeNormalize } from '../../src/bounded.js';
import { hasChanges } from '../../src/classify/index.js';
import type { NormalizeResult } from '../../src/normalize/index.js';
import type { ChangeReport, Format } from '../../src/types.js';
import { TEMPLATES, VERSIONS, nextOf, renderingId, renderingOf, type Form, type Version } from './cases.js';
import type { Template } from './templates/index.js';

const KNOWN_FILE = new URL('./known-failures.json', import.meta.url);
type Known = Record<Form, string[]>;
const known = JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as Known;

const formatOf = (form: Form): Format => (form === 'html' ? 'html' : 'text');

const mdCache = new Map<Version, NormalizeResult>();
function mdDoc(v: Version): NormalizeResult {
  let d = mdCache.get(v);
  if (!d) mdCache.set(v, (d = safeNormalize({ label: v.file, text: v.md, format: 'markdown' }, [])));
  return d;
}

interface Rendered {
  doc: NormalizeResult;
  notes: string[];
}

/** A section as the suite compares it: status and headings. */
const sectionKey = (s: ChangeReport['sections'][number]) =>
  `${s.status}: ${s.oldHeading ?? '(none)'}${s.status === 'renamed' || s.oldHeading !== s.newHeading ? ` -> ${s.newHeading ?? '(none)'}` : ''}`;

function describeChanges(r: ChangeReport, max = 12): string {
  const lines: string[] = [];
  for (const s of r.sections) {
    const changes = s.changes.filter((c) => !c.formatting && !c.silenced);
    if (s.status === 'unchanged' && !changes.length) continue;
    lines.push(`  section ${sectionKey(s)}`);
    for (const c of changes.slice(0, 3)) {
      const text = (c.type === 'added' ? `+ ${c.new}` : c.type === 'removed' ? `- ${c.old}` : `~ ${c.old} => ${c.new}`).replace(/\s+/g, ' ');
      lines.push(`    ${c.severity} ${text.slice(0, 160)}`);
    }
    if (changes.length > 3) lines.push(`    ... ${changes.length - 3} more`);
    if (lines.length >= max) break;
  }
  if (r.fallbacks.length) lines.push(`  fallbacks: ${r.fallbacks.join(' | ')}`);
  return lines.join('\n');
}

function sectionDiff(expected: string[], actual: string[]): string {
  const out: string[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] === actual[i]) continue;
    out.push(`  #${i}: expected ${expected[i] ?? '(nothing)'} | got ${actual[i] ?? '(nothing)'}`);
    if (out.length >= 8) break;
  }
  return out.join('\n');
}

export function crossformatSuite(form: Form, available: boolean, why = ''): void {
  const renderings = new Map<string, Rendered>();
  const rendered = (v: Version, t: Template): Rendered => {
    const id = renderingId(v, t);
    let r = renderings.get(id);
    if (!r) {
      const notes: string[] = [];
      const doc = safeNormalize({ label: `${id}.${form}`, text: renderingOf(form, v, t), format: formatOf(form) }, notes);
      renderings.set(id, (r = { doc, notes }));
    }
    return r;
  };

  const own = VERSIONS.flatMap((v) => TEMPLATES.map((t) => ({ name: `${form}/${t.id}/${v.page}.${v.version} own`, v, t })));
  const next = VERSIONS.flatMap((v) => {
    const n = nextOf(v);
    return n ? TEMPLATES.map((t) => ({ name: `${form}/${t.id}/${v.page}.${v.version} next`, v, t, n })) : [];
  });
  const failed: string[] = [];
  const listed = new Set(known[form] ?? []);
  const test = (name: string) => (listed.has(name) ? it.fails : it);

  describe.skipIf(!available)(`cross-format ${form}${available ? '' : ` (skipped: ${why})`}`, () => {
    afterAll(() => {
      if (process.env.CROSSFORMAT_KNOWN !== 'write') return;
      const all = JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as Known;
      all[form] = failed.sort();
      writeFileSync(KNOWN_FILE, JSON.stringify(all, null, 1) + '\n');
    });

    for (const c of own) {
      test(c.name)(c.name, () => {
        const { doc, notes } = rendered(c.v, c.t);
        const r = safeCompare(doc, mdDoc(c.v), {}, [...notes]);
        const ok = !hasChanges(r);
        if (!ok) failed.push(c.name);
        expect(ok, `${c.name}: the rendering against its own Markdown reports changes:\n${describeChanges(r)}`).toBe(true);
      });
    }
    for (const c of next) {
      test(c.name)(c.name, () => {
        const { doc, notes } = rendered(c.v, c.t);
        const expected = safeCompare(mdDoc(c.v), mdDoc(c.n)).sections.map(sectionKey);
        const r = safeCompare(doc, mdDoc(c.n), {}, [...notes]);
        const actual = r.sections.map(sectionKey);
        const ok = JSON.stringify(actual) === JSON.stringify(expected);
        if (!ok) failed.push(c.name);
        expect(ok, `${c.name}: sections differ from the Markdown-to-Markdown diff (${c.v.version} -> ${c.n.version}):\n${sectionDiff(expected, actual)}\n${describeChanges(r)}`).toBe(true);
      });
    }
  });
}
