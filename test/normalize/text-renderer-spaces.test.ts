// Spaces a renderer leaves where a page draws something that is not text (an anchor icon before
// a heading, a badge inside a sentence) must not change what a line of whole-page text is.
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../src/normalize/index.js';
import { guideTextSides } from '../../src/normalize/text-guided.js';

const txt = (s: string) => normalizeText(s, 'text').markdown;
/** The text read with the Markdown version as its guide (what `redline diff page.md page.txt` does). */
const guided = (text: string, md: string) =>
  guideTextSides(normalize({ label: 't', text, format: 'text' }), normalize({ label: 'md', text: md, format: 'markdown' })).a.markdown;
/** Words filled into lines of at most `width` columns, as a text browser wraps. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) (out.push(line), (line = ''));
    line = line ? `${line} ${w}` : w;
  }
  return line ? [...out, line] : out;
}
const FILL = 'The quick brown fox jumps over the lazy dog and keeps on running far';

describe('renderer spaces in text renderings', () => {
  it('a heading one column in (an anchor icon before it) is a heading', () => {
    const page = ' Guide\n\nIntro text of the page goes here.\n\n Deployment\n\nDeploy it with the tool.\n';
    expect(txt(page)).toBe('# Guide\n\nIntro text of the page goes here.\n\n## Deployment\n\nDeploy it with the tool.\n');
  });

  it('a wrapped line with one double space (a badge the renderer dropped) goes on the line above', () => {
    const para = wrap(`${FILL} over the hills. `.repeat(6), 80);
    const full = 'keeps running far over the hills, and the last version of it to support Internet'; // 80 columns
    const wrapped = ['Guide', '', ...para, full, 'Explorer is  4.6.3.', '', ...wrap(`${FILL} again. `.repeat(4), 80), ''].join('\n');
    expect(txt(wrapped)).toContain('to support Internet Explorer is 4.6.3.');
  });

  it("a w3m table's wrapped cells are still a table (cells padded to their column)", () => {
    const table = [
      'Quotas', '',
      `${FILL} over the hills`, `${FILL} over the hills`, `${FILL} over the hills`, `${FILL} over the hills`,
      '',
      'Resource            Quota',
      'Deployment package  50 MB (zipped, for direct upload) 250 MB (unzipped) This',
      '(.zip file archive) quota applies to all the files you upload, including layers',
      'size                and custom runtimes. 3 MB (console editor)',
      'Test events         10',
      '',
    ].join('\n');
    const md = txt(table);
    expect(md).toContain('| Resource | Quota |');
    expect(md).toMatch(/\| Deployment package \(\.zip file archive\) size \| 50 MB .* and custom runtimes\. 3 MB \(console editor\) \|/);
  });

  it("a list item's last wrapped line right above the footer is content, not footer", () => {
    const page = [
      'Guide', '',
      'Intro text of the page goes here.', '',
      '  • Internet Explorer - no support, mainly due to missing support for custom',
      '    properties. The last version to support Internet',
      '    Explorer  is  4.6.3.', '',
      '© 2025, Example Inc. or its affiliates. All rights reserved.',
      'Did this page help you?', 'Yes No Provide feedback', '',
    ].join('\n');
    const md = txt(page);
    expect(md).toContain('Explorer is 4.6.3.');
    expect(md).not.toContain('All rights reserved');
  });

  it('a heading one column in right under a list (innerText: no blank line, no bullets) closes the list', () => {
    const md = '# Guide\n\nDo this:\n\n- Use MFA with each account.\n- Use TLS 1.2 or later.\n\n## Data encryption\n\nData is encrypted.\n';
    const text = ' Guide\n\nDo this:\n\nUse MFA with each account.\nUse TLS 1.2 or later.\n Data encryption\n\nData is encrypted.\n';
    expect(guided(text, md)).toBe(normalizeText(md, 'markdown').markdown);
  });

  it("a table of contents' last entry right above the footer is an entry, not a heading over the footer's text", () => {
    const page = [
      'Guide', '', 'Intro text of the page goes here.', '', 'Topics', '',
      'Configure server-side encryption for artifacts stored in Amazon S3',
      'Use a secrets manager to track database passwords or API keys', '',
      'Back to top', '', 'Copyright © 2019-2025 Acme, Inc. Distributed under a CC BY 4.0 license.', '',
      'Page last modified: Mar 14 2025 at 12:00 AM.', '',
    ].join('\n');
    expect(txt(page)).toBe('# Guide\n\nIntro text of the page goes here.\n');
  });
});

describe('procedure titles in text (bold paragraphs in the Markdown)', () => {
  const md = (steps: string[]) => `# Policies\n\n## Console\n\n${steps.map((s) => `**${s}**\n\n1. Open the console.\n2. Choose the policy.\n`).join('\n')}`;
  it('a removed one, guided by a version that has two others, is a paragraph, not a section', () => {
    const text = 'Policies\n\nConsole\n\nTo create a policy (console)\n\nOpen the console.\nChoose the policy.\n\nTo change a policy (console)\n\nOpen the console.\nChoose the policy.\n\nTo delete a policy (console)\n\nOpen the console.\nChoose the policy.\n';
    const out = guided(text, md(['To create a policy (console)', 'To change a policy (console)']));
    expect(out).toContain('To delete a policy (console)');
    expect(out).not.toMatch(/^#+ To delete/m);
  });

  it('with only one such paragraph, the line stays a heading', () => {
    const text = 'Policies\n\nConsole\n\nTo create a policy (console)\n\nOpen the console.\nChoose the policy.\n\nTo delete a policy (console)\n\nOpen the console.\nChoose the policy.\n';
    expect(guided(text, md(['To create a policy (console)']))).toMatch(/^## To delete a policy \(console\)$/m);
  });
});

describe('page tools run together on one line', () => {
  it('links each ending with "(opens in a new tab)" that are all page tools are chrome; a content link is kept', () => {
    // (page tools stand at the page's edges: here right under the title)
    const page = 'Guide\n\nQuestion? Give us feedback → (opens in a new tab)Edit this page (opens in a new tab)Scroll to top\n\nIntro text of the page goes here.\n\nRead the release notes (opens in a new tab) for details.\n\nMore text of the page goes here.\n';
    const md = txt(page);
    expect(md).not.toContain('Edit this page');
    expect(md).toContain('Read the release notes (opens in a new tab) for details.');
  });
});

describe("a footer's lines as text browsers write them", () => {
  it("icons' alt texts before page tools, a copyright after the site's name, and the table of contents after the footer are chrome", () => {
    const page = [
      'Guide', '', 'Intro text of the page goes here.', '', 'Keys', '', 'Keys are rotated every year.', '',
      '[calendar] March 14, 2025', '[edit] Edit this page', 'Previous Configuration Storage Next',
      'Acme Platform Docs - © 2025 Acme Corp. Content licensed under CC BY 4.0.', '', '  • Keys', '',
    ].join('\n');
    expect(txt(page)).toBe('# Guide\n\nIntro text of the page goes here.\n\n## Keys\n\nKeys are rotated every year.\n');
  });
});

describe('list items whose text w3m puts under the marker', () => {
  it('a lone bullet with an indented line under it is one item (an icon-only block opened the item)', () => {
    const page = 'Guide\n\nCopy page\n\n  • \n    Copy as Markdown\n  • \n    View as Markdown\n\nIntro text of the page goes here.\n\n  • \n    First real item\n  • Second real item\n';
    expect(txt(page)).toBe('# Guide\n\nIntro text of the page goes here.\n\n- First real item\n- Second real item\n');
  });
});
