import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';

const txt = (s: string) => normalizeText(s, 'text').markdown;

describe('plain-text normalization', () => {
  it('recovers the title from "Title - Service" followed by the title line', () => {
    const r = normalizeText('Data protection - Amazon X\n\nData protection\n\nSome text.\n', 'text');
    expect(r.title).toBe('Data protection');
    expect(r.markdown).toBe('# Data protection\n\nSome text.\n');
  });

  it('bare short lines between blank lines are headings; sentences are not', () => {
    const src = 'Page\n\nIntro sentence.\n\nTraffic privacy\n\nYou can do this.\n\nThis allows the following:\n\n  • one\n';
    expect(txt(src)).toBe('# Page\n\nIntro sentence.\n\n## Traffic privacy\n\nYou can do this.\n\nThis allows the following:\n\n- one\n');
  });

  it('bullet indentation gives nesting; indented paragraphs stay inside their item', () => {
    const src = 'T\n\nIntro.\n\n  • A: first.\n\n    More about A.\n\n    • nested one\n\n    • nested two\n\n  • B.\n';
    expect(txt(src)).toBe('# T\n\nIntro.\n\n- A: first.\n\n  More about A.\n\n  - nested one\n  - nested two\n- B.\n');
  });

  it('literal Markdown characters in text are escaped, not interpreted', () => {
    expect(txt('T\n\nUse kms:Get* and # not a heading.\n')).toBe('# T\n\nUse kms:Get\\* and # not a heading.\n');
  });

  it('tab-separated rows become a table', () => {
    expect(txt('T\n\nName\tQuota\nKeys\t10,000\n')).toBe('# T\n\n| Name | Quota |\n| --- | --- |\n| Keys | 10,000 |\n');
  });

  it('the flagship rendered page: headings, the nested key-task list, no stray headings', () => {
    const r = normalizeText(readFileSync('snapshots/devops-guru.2024.rendered.txt', 'utf8'), 'text');
    const headings = r.markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Data protection in Amazon DevOps Guru',
      '## Data encryption in DevOps Guru',
      '## How DevOps Guru uses grants in AWS KMS',
      '## Monitoring your encryption keys in DevOps Guru',
      '## Create a customer managed key',
      '## Key policy',
      '## Traffic privacy',
    ]);
    expect(r.markdown).toContain('\n  - Establishing and maintaining key policies\n  - Establishing and maintaining IAM policies and grants\n');
  });
});
