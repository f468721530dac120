// Headings' anchor labels in whole-page text (screen-reader text of permalinks) are not content.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';

const txt = (s: string) => normalizeText(s, 'text').markdown;

describe('heading anchor labels in text renderings', () => {
  it('a line quoting the heading with anchor words, under or over it, is dropped', () => {
    const page = 'Guide\n\nIntro text of the page goes here.\n\nEncryption at rest\nSection titled “Encryption at rest”\n\nData is encrypted.\n\nPermalink to "Keys"\nKeys\n\nKeys are rotated.\n';
    expect(txt(page)).toBe('# Guide\n\nIntro text of the page goes here.\n\n## Encryption at rest\n\nData is encrypted.\n\n## Keys\n\nKeys are rotated.\n');
  });

  it('bare labels go; a line saying the heading with other words stays', () => {
    expect(txt('Guide\n\nIntro text here.\n\nSetup\n\nLink to this heading\n\nRun it.\n')).toBe('# Guide\n\nIntro text here.\n\n## Setup\n\nRun it.\n');
    const kept = 'Guide\n\nIntro text here.\n\nSetup\n\nSetup the cluster first\n\nRun it.\n';
    expect(txt(kept)).toContain('Setup the cluster first');
  });
});

describe("permalink signs glued to a page's headings", () => {
  it('a sign ending two or more headings is dropped from each (pydata-sphinx-theme: "Encryption at rest#")', () => {
    const page = 'Guide#\n\nIntro text of the page goes here.\n\nEncryption at rest#\n\nData is encrypted.\n\nKeys#\n\nKeys are rotated.\n';
    expect(txt(page)).toBe('# Guide\n\nIntro text of the page goes here.\n\n## Encryption at rest\n\nData is encrypted.\n\n## Keys\n\nKeys are rotated.\n');
  });

  it('one line ending with "#", and a language named with "#", keep it', () => {
    expect(txt('Guide\n\nIntro text here.\n\nNumbering with #\n\nRun it.\n')).toContain('## Numbering with \\#');
    expect(txt('Guide\n\nIntro text here.\n\nUsing C#\n\nRun it.\n\nWhy F#\n\nRun that.\n')).toMatch(/## Using C#\n[\s\S]*## Why F#\n/);
  });
});
