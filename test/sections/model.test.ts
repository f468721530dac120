// The pipeline builds sections from the model normalize already has (no second parse); the store
// builds them from canonical text. Both must give the same tree, or a file diff and a store diff of
// the same versions would disagree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { detectFormat } from '../../src/read/index.js';
import { buildSections, sectionsOfModel } from '../../src/sections/index.js';

const files = [
  ...readdirSync('snapshots').map((f) => join('snapshots', f)),
  ...readdirSync('test/fixtures/corpus', { recursive: true }).map(String).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join('test/fixtures/corpus', f)),
  ...readdirSync('test/fixtures/html').filter((f) => f.endsWith('.html')).map((f) => join('test/fixtures/html', f)),
];

const shape = (t: ReturnType<typeof buildSections>) =>
  t.sections.map((s) => ({ h: s.heading, k: s.headingKey, l: s.level, a: s.anchor, b: s.blocks.map((b) => [b.kind, b.plain, b.key, b.markdown, b.depth]) }));

describe('sections from the model == sections from the canonical text', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const r = normalizeText(text, detectFormat(text, file), file);
    expect(r.model).toBeDefined();
    expect(shape(sectionsOfModel(r.model!, r.anchors))).toEqual(shape(buildSections(r.markdown, r.anchors)));
  });
});
