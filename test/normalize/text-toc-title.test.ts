// innerText of a docs page whose sidebar lists the page and whose "On this page" box lists its
// sections right above the title (Starlight's layout): the title is the line under the box,
// whatever stands under the title.
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../src/normalize/index.js';
import { guideTextSides } from '../../src/normalize/text-guided.js';

const txt = (s: string) => normalizeText(s, 'text').markdown;
/** The text read with the Markdown version as its guide (what `redline diff page.md page.txt` does). */
const guided = (text: string, md: string) =>
  guideTextSides(normalize({ label: 't', text, format: 'text' }), normalize({ label: 'md', text: md, format: 'markdown' })).a.markdown;
const chrome = (title: string, entries: string[]) =>
  ['Starlight', 'Search', 'Start Here', 'Getting Started', title, 'Authoring Content', 'Pages', 'GitHub', 'On this page', 'Overview', ...entries, title];

describe('the title under an "On this page" box (innerText)', () => {
  it('over a note label and its text', () => {
    const page = [...chrome('Default encryption', ['Using the console']), '', 'Important', 'Encryption is now on by default for all new buckets.', '',
      'Using the console', 'Section titled “Using the console”', '', 'Open the console and choose the bucket.', ''].join('\n');
    expect(txt(page)).toBe('# Default encryption\n\n**Important** Encryption is now on by default for all new buckets.\n\n## Using the console\n\nOpen the console and choose the bucket.\n');
  });

  // (unguided, the title is the last heading-like line over the first sentence, the section's
  // heading here; with the other version's title known it is found)
  it('over the first section heading, listed in the box (guided by the Markdown)', () => {
    const page = [...chrome('Quotas', ['Compute and storage', 'Other services']), 'Compute and storage', 'Section titled “Compute and storage”', '',
      'Lambda sets quotas for compute and storage.', '', 'Other services', 'Section titled “Other services”', '', 'Other services have quotas too.', ''].join('\n');
    const md = '# Quotas\n\n## Compute and storage\n\nLambda sets quotas for compute and storage.\n\n## Other services\n\nOther services have quotas too.\n';
    expect(guided(page, md)).toBe('# Quotas\n\n## Compute and storage\n\nLambda sets quotas for compute and storage.\n\n## Other services\n\nOther services have quotas too.\n');
  });

  it('over a link line whose sentence goes on in lower case', () => {
    const page = [...chrome('Data protection', ['Data encryption']), '', 'The shared responsibility model', '', 'applies to data protection in this service.', '',
      'Data encryption', 'Section titled “Data encryption”', '', 'Data is encrypted at rest.', ''].join('\n');
    expect(txt(page)).toMatch(/^# Data protection\n\nThe shared responsibility model\n\napplies to data protection in this service\.\n\n## Data encryption\n/);
  });

  it('right over a sentence with no blank line (a note box under the heading)', () => {
    const page = [...chrome('CA', ['Deployment']), '⚠️ CA issuers are generally for demos or for advanced users with tooling.', '',
      'Use a different issuer type otherwise.', '', 'Deployment', 'Section titled “Deployment”', '', 'Create the secret first.', ''].join('\n');
    expect(txt(page)).toMatch(/^# CA\n\n⚠️ CA issuers are generally for demos/);
  });

  it("a topics list's last entry over a pager ('previous' / title / 'next' / title) is an entry too", () => {
    const page = ['Guide', '', 'Intro text of the page goes here.', '', 'Topics', '', 'Configure server-side encryption for artifacts stored in Amazon S3',
      'Use a secrets manager to track database passwords or API keys', '', 'previous', '', 'Data loading', '', 'next', '', 'Model training', ''].join('\n');
    expect(txt(page)).not.toContain('secrets manager');
  });
});
