// The JSON Schemas published in docs/ (docs/diff.schema.json for a pair, docs/diff-folders.schema.json
// for two folders), checked against real output of the built CLI: the flagship pair, formatting
// shown, a coarse diff, a store pair, and a folder diff with every page status and an error page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers/cli.js';
import { makeTrees, sampleTrees } from '../batch/trees.js';

const OLD = 'snapshots/devops-guru.2021.awsdocs.md';
const NEW = 'snapshots/devops-guru.2024.rendered.txt';
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'docs', name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema('diff.schema.json'));
const pair = ajv.getSchema('urn:redline:schema:diff:1')!;
const folders = ajv.compile(schema('diff-folders.schema.json'));

const json = (args: string[]) => {
  const r = cli(['diff', ...args, '--format', 'json']);
  expect(r.code, r.stderr).not.toBeNull();
  return JSON.parse(r.stdout);
};
const errors = (v: { errors?: unknown[] | null }) => JSON.stringify(v.errors?.slice(0, 3));

describe('docs/diff.schema.json', () => {
  it('validates real reports: the flagship pair, with formatting shown, and a coarse diff', () => {
    const { root } = makeTrees({}, {});
    // a 60 KB page rewritten from top to bottom gets the coarse diff, with its reason in fallbacks
    const page = (word: string) => `# Big\n\n${Array.from({ length: 2000 }, (_, i) => `${word} ${i} ${word}s ${i * 7}.`).join('\n\n')}\n`;
    writeFileSync(join(root, 'a.md'), page('apple'));
    writeFileSync(join(root, 'b.md'), page('pear'));
    const coarse = json([join(root, 'a.md'), join(root, 'b.md')]);
    expect(coarse.fallbacks[0]).toMatch(/^page rewritten from top to bottom/);
    for (const args of [[OLD, NEW], [OLD, NEW, '--show-formatting'], [join(root, 'a.md'), join(root, 'b.md')], [OLD, OLD]]) {
      const doc = json(args);
      expect(pair(doc), `${args.join(' ')}: ${errors(pair)}`).toBe(true);
    }
    const flagship = json([OLD, NEW]);
    // strict: a misspelt or missing field does not validate
    expect(pair({ ...flagship, schemaVersion: 2 })).toBe(false);
    expect(pair({ ...flagship, sections: [{ ...flagship.sections[0], severity: 'urgent' }] })).toBe(false);
    const { fallbacks: _f, ...missing } = flagship;
    expect(pair(missing)).toBe(false);
  });
});

describe('docs/diff-folders.schema.json', () => {
  it('validates a real folder report: modified, renamed, added, removed, unchanged and error pages, skipped files, groups', () => {
    const t = sampleTrees();
    t.old['broken.md'] = Buffer.from([0, 1, 2, 3]);
    t.new['broken.md'] = Buffer.from([0, 1, 2, 4]);
    t.new['._keys.md'] = Buffer.from([0, 5]);
    const { oldDir, newDir } = makeTrees(t.old, t.new);
    const doc = json([oldDir, newDir]);
    expect(folders(doc), errors(folders)).toBe(true);
    expect(new Set(doc.pages.map((p: { status: string }) => p.status))).toEqual(new Set(['modified', 'renamed', 'added', 'removed', 'unchanged', 'error']));
    expect(doc.groups.length).toBeGreaterThan(0);
    expect(doc.new.skipped).toEqual(['._keys.md']);
    expect(folders({ ...doc, counts: { ...doc.counts, broken: 1 } })).toBe(false);
    expect(folders({ ...doc, old: { ...doc.old, skipped: undefined } })).toBe(false);
  });
});
