// One title model: a front-matter title, a body H1 and a rendered <h1> are one title, and a
// page's other headings are made relative to it (title the one H1, top sections H2).
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { splitFrontMatter } from '../../src/normalize/markdown.js';
import { compare } from '../../src/pipeline.js';
import { filterReport } from '../../src/classify/index.js';

const G = 'test/fixtures/generators';
const read = (p: string) => readFileSync(`${G}/${p}`, 'utf8');
const md = (s: string) => normalizeText(s, 'markdown');

/** A Hugo Docsy page as the site renders it: the front-matter title as <h1>, then the body. */
function docsy(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title} | Docs</title></head><body>
<header><nav class="td-navbar"><a href="/">Docs</a><a href="/docs/">Documentation</a></nav></header>
<div class="td-main"><aside class="td-sidebar"><nav><ul><li><a href="/a/">Another page</a></li></ul></nav></aside>
<main role="main"><div class="td-content"><h1>${title}</h1>\n${body}</div></main></div>
<footer><small>&copy; 2024 The Authors</small></footer></body></html>`;
}

describe('one title model', () => {
  it('cert-manager/remove-deprecated-apis 02 (2022-01-11): Hugo `#` sections under a front-matter title read as the rendered Docsy page', () => {
    const source = md(read('cert-manager/remove-deprecated-apis/02-2022-01-11-ec8813b.md'));
    const rendered = normalizeText(read('rendered/cert-manager-remove-deprecated-apis-02.html'), 'html');
    expect(source.markdown).toBe(rendered.markdown);
    expect(source.title).toBe('Migrating Deprecated API Resources');
    expect(source.markdown).toMatch(/^# Migrating Deprecated API Resources\n[\s\S]*\n## Upgrading existing cert-manager resources\n/);
    const report = filterReport(
      compare(
        { label: 'md', text: read('cert-manager/remove-deprecated-apis/02-2022-01-11-ec8813b.md'), format: 'markdown' },
        { label: 'html', text: read('rendered/cert-manager-remove-deprecated-apis-02.html'), format: 'html' },
      ),
    );
    expect(report.sections.filter((s) => s.changes.length)).toEqual([]);
  });

  it('seeds/sdk-go-v2.hugo.md: a Hugo page with front matter and its Docsy rendering report nothing', () => {
    const text = read('seeds/sdk-go-v2.hugo.md');
    const { title, body } = splitFrontMatter(text);
    const html = docsy(title!, marked.parse(body, { async: false }) as string);
    const report = filterReport(compare({ label: 'md', text, format: 'markdown' }, { label: 'html', text: html, format: 'html' }));
    expect(report.old.title).toBe('Data Protection in this AWS Product or Service');
    expect(report.new.title).toBe(report.old.title);
    expect(report.sections.filter((s) => s.changes.length)).toEqual([]);
    expect(report.summary.added + report.summary.removed + report.summary.renamed).toBe(0);
  });

  it('azure-cli/authenticate-azure-cli-service-principal 12 (2026-08-06): Microsoft Learn shows the body H1, not the front-matter title', () => {
    const r = md(read('azure-cli/authenticate-azure-cli-service-principal/12-2026-08-06-268cac9.md'));
    expect(r.title).toBe('Sign into Azure with a service principal using the Azure CLI');
    expect(r.markdown.startsWith('# Sign into Azure with a service principal using the Azure CLI\n')).toBe(true);
    expect(r.markdown).not.toContain('Sign in with Azure CLI using a service principal');
  });

  it('ory/password-policy 12 (2025-10-15): a Docusaurus page without a body H1 gets its front-matter title on top', () => {
    const r = md(read('ory/password-policy/12-2025-10-15-c8f83f2.mdx'));
    expect(r.title).toBe('Password policy');
    expect(r.markdown.startsWith('# Password policy\n')).toBe(true);
  });

  it.each([
    ['Docusaurus: the opening H1 is shown instead of the front-matter title', '---\ntitle: Meta title\nsidebar_label: Short\n---\n\n# Shown title\n\nText.\n\n## Part\n\nMore.\n', '# Shown title\n\nText.\n\n## Part\n\nMore.\n'],
    ['Hugo: front-matter title on top, every `#` is a section', '---\ntitle: Shown title\nweight: 3\n---\n\n# Overview\n\nText.\n\n## Detail\n\nMore.\n', '# Shown title\n\n## Overview\n\nText.\n\n### Detail\n\nMore.\n'],
    ['TOML front matter is Hugo too', '+++\ntitle = "Shown title"\n+++\n\n# Overview\n\nText.\n', '# Shown title\n\n## Overview\n\nText.\n'],
    ['a YAML title with the body starting with text: sections keep their place under it', '---\ntitle: T\n---\n\nIntro.\n\n# A\n\nx\n\n# B\n\ny\n', '# T\n\nIntro.\n\n## A\n\nx\n\n## B\n\ny\n'],
    ['several H1s without front matter: the first is the title, the others are sections', '# T\n\nIntro.\n\n# A\n\n## A1\n\nx\n', '# T\n\nIntro.\n\n## A\n\n### A1\n\nx\n'],
    ['sections that start at H3 under the title move up to H2', '# T\n\n### A\n\n#### A1\n\nx\n', '# T\n\n## A\n\n### A1\n\nx\n'],
    ['a note-box heading keeps its level (it is a label, not a section)', '# T\n\n### A\n\n###### Important\n\nOnly this.\n', '# T\n\n## A\n\n**Important** Only this.\n'],
  ])('%s', (_name, input, expected) => {
    expect(md(input).markdown).toBe(expected);
  });

  it.each([
    ['AWS pages (title H1, sections from H2) are untouched', '# Data protection\n\nIntro.\n\n## Encryption at rest\n\nx\n\n### Keys\n\ny\n'],
    ['a page without a title keeps its levels', '## A\n\nx\n\n### B\n\ny\n'],
    ['a banner above the H1 stays above it', 'Banner text.\n\n# T\n\nBody.\n\n## A\n\nx\n'],
  ])('does not fire: %s', (_name, input) => {
    expect(md(input).markdown).toBe(input);
  });

  it('codepipeline/S3-artifact-encryption 09 -> 10: sections moved from H3 to H2 under the title now read the same', () => {
    const a = md('# Configure server-side encryption\n\nIntro.\n\n### View your AWS managed key\n\nx\n');
    const b = md('# Configure server-side encryption\n\nIntro.\n\n## View your AWS managed key\n\nx\n');
    expect(a.markdown).toBe(b.markdown);
  });
});
