// Boilerplate learned from many pages of one site, and its use in folder mode. The page bodies
// are the opening paragraphs of real corpus pages (AWS data-protection pages of five services,
// 2024); the site around them is one no platform pack knows (its footer lines read as sentences).

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { learnBoilerplate } from '../../src/normalize/text-boilerplate.js';
import { readTextNotes } from '../../src/normalize/text.js';
import { diffTrees } from '../../src/batch/index.js';

const BODIES: Record<string, string[]> = {
  'Data protection in AWS Key Management Service': [
    'AWS Key Management Service stores and protects your encryption keys to make them highly available while providing you with strong and flexible access control.',
    'Use multi-factor authentication (MFA) with each account.',
  ],
  'Data protection in AWS CodePipeline': [
    'The AWS shared responsibility model applies to data protection in AWS CodePipeline.',
    'Use multi-factor authentication (MFA) with each account.',
  ],
  'Data protection in AWS Lambda': [
    'The AWS shared responsibility model applies to data protection in AWS Lambda.',
    'Use multi-factor authentication (MFA) with each account.',
  ],
  'Data protection in Amazon S3': [
    'Amazon S3 provides a highly durable storage infrastructure designed for mission-critical and primary data storage.',
    'Use multi-factor authentication (MFA) with each account.',
  ],
  'Data protection in AWS Resource Groups': [
    'The AWS shared responsibility model applies to data protection in AWS Resource Groups.',
    'Use multi-factor authentication (MFA) with each account.',
  ],
};

/** A page of the site: its header and navigation, the title, the body, its footer. */
const page = (title: string, body: string[]) =>
  [
    'Northwind Cloud Docs',
    'Guides',
    'Reference',
    title,
    '',
    ...[body[1], body[0], `This page applies to ${title.replace('Data protection in ', '')}.`].flatMap((p) => [p, '']),
    'Questions about this page? Ask the Northwind community forum.',
    'Northwind Cloud is a trading name of Northwind Traders Ltd.',
  ].join('\n');

const pages = Object.entries(BODIES).map(([t, b]) => page(t, b));

describe('learnBoilerplate', () => {
  it('learns the lines near the top or bottom of most pages, not the sentence every page shares in its body', () => {
    const b = learnBoilerplate(pages);
    expect(b.pages).toBe(5);
    expect([...b.lines].sort()).toEqual([
      'guides',
      'northwind cloud docs',
      'northwind cloud is a trading name of northwind traders ltd.',
      'questions about this page? ask the northwind community forum.',
      'reference',
    ]);
  });

  it('learns nothing from two pages (shared chrome and shared content cannot be told apart)', () => {
    expect(learnBoilerplate(pages.slice(0, 2)).lines.size).toBe(0);
  });

  it('the text reader drops learned lines where chrome stands; without them the footer sentences stay', () => {
    const b = learnBoilerplate(pages);
    const without = readTextNotes(pages[0]).model;
    const withIt = readTextNotes(pages[0], { boilerplate: b.lines }).model;
    const plain = (m: typeof without) => m.blocks.map((x) => (x as { plain?: string }).plain ?? '');
    expect(plain(without)).toContain('Questions about this page? Ask the Northwind community forum.');
    const body = BODIES['Data protection in AWS Key Management Service'];
    expect(plain(withIt)).toEqual(['Data protection in AWS Key Management Service', body[1], body[0], 'This page applies to AWS Key Management Service.']);
  });
});

describe('folder mode learns each side from its own text pages', () => {
  const root = mkdtempSync(join(tmpdir(), 'redline-boilerplate-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('an edited sentence is the only change; the footer the site reworded on every page is not reported', async () => {
    const names = Object.keys(BODIES).map((t) => t.toLowerCase().replace(/\W+/g, '-'));
    for (const side of ['old', 'new']) mkdirSync(join(root, side));
    names.forEach((n, i) => {
      writeFileSync(join(root, 'old', `${n}.txt`), pages[i]);
      const next = (i === 0 ? pages[i].replace('strong and flexible', 'strong, flexible') : pages[i]).replace(
        'Questions about this page? Ask the Northwind community forum.',
        'Questions? Ask the Northwind community forum or open a support case.',
      );
      writeFileSync(join(root, 'new', `${n}.txt`), next);
    });
    const r = await diffTrees(join(root, 'old'), join(root, 'new'), { jobs: 1 });
    expect(r.counts.modified).toBe(1);
    expect(r.fallbacks).toEqual([
      'old: 5 line(s) of site chrome learned from 5 whole-page text files (lines on 60% of them, near the top or bottom) and dropped where chrome stands',
      'new: 5 line(s) of site chrome learned from 5 whole-page text files (lines on 60% of them, near the top or bottom) and dropped where chrome stands',
    ]);
    const changed = r.pages.find((p) => p.status === 'modified')!;
    const changes = changed.report!.sections.flatMap((s) => s.changes.filter((c) => !c.formatting));
    expect(changes.map((c) => c.words?.filter(([op]) => op !== '=').map(([op, w]) => op + w.trim()))).toEqual([['-and', '+,']]);
  });
});
