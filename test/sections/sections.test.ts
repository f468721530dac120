import { describe, expect, it } from 'vitest';
import { buildSections } from '../../src/sections/index.js';

describe('section tree', () => {
  const tree = buildSections(
    'Banner above the title.\n\n# Page\n\nIntro.\n\n## A\n\n- one\n- two\n\n### A.1\n\n| k | v |\n| --- | --- |\n| x | 1 |\n\n## B\n\n```\ncode\n```\n',
    { 1: 'a-anchor' },
  );

  it('headings give sections with levels, paths, parents and anchors', () => {
    expect(tree.sections.map((s) => [s.heading, s.level, s.path.join(' > '), s.parent, s.anchor])).toEqual([
      ['Page', 1, 'Page', null, null],
      ['A', 2, 'Page > A', 0, 'a-anchor'],
      ['A.1', 3, 'Page > A > A.1', 1, null],
      ['B', 2, 'Page > B', 0, null],
    ]);
  });

  it('text above the H1 belongs to the page intro', () => {
    expect(tree.sections[0].blocks.map((b) => b.plain)).toEqual(['Banner above the title.', 'Intro.']);
  });

  it('bodies are leaf blocks: list items, table rows, code', () => {
    expect(tree.sections[1].blocks.map((b) => [b.kind, b.plain, b.depth])).toEqual([
      ['list-item', 'one', 1],
      ['list-item', 'two', 1],
    ]);
    expect(tree.sections[1].blocks[0].group).toBe(tree.sections[1].blocks[1].group);
    expect(tree.sections[2].blocks.map((b) => [b.kind, b.plain])).toEqual([
      ['table-row', 'k | v'],
      ['table-row', 'x | 1'],
    ]);
    expect(tree.sections[3].blocks.map((b) => [b.kind, b.plain])).toEqual([['code', 'code']]);
  });

  it('keys fold case, typography and markup', () => {
    const a = buildSections('# T\n\nDon’t use **TLS 1.0** – ever.\n').sections[0].blocks[0].key;
    const b = buildSections("# T\n\ndon't use TLS 1.0 - ever.\n").sections[0].blocks[0].key;
    expect(a).toBe(b);
  });

  it('a page with no headings is one untitled section', () => {
    const t = buildSections('just text\n\nmore text\n');
    expect(t.sections).toHaveLength(1);
    expect(t.sections[0].heading).toBeNull();
    expect(t.sections[0].blocks).toHaveLength(2);
  });
});
