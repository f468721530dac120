// The HTML reports without a browser: golden files for the flagship seed pair and the small
// folder pair of the batch tests (written from the CLI's output once and checked by eye in a
// browser; UPDATE_GOLDEN=1 rewrites them), the Content-Security-Policy's hashes, every page
// string escaped, anchors that survive edits elsewhere on the page, and a split folder report
// whose links all land. The browser tests (test/browser) check what a reader sees.
import * as cheerio from 'cheerio';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change, ChangeReport, SectionDiff } from '../../src/types.js';
import type { BatchReport } from '../../src/batch/types.js';
import { renderHtml } from '../../src/present/html/report.js';
import { renderBatchHtml } from '../../src/present/html/folder.js';
import { CSP } from '../../src/present/html/page.js';
import { cli } from '../helpers/cli.js';
import { makeTrees, sampleTrees } from '../batch/trees.js';

const FIX = join(import.meta.dirname, '../fixtures/html-report');

function golden(name: string, text: string): void {
  const file = join(FIX, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
  expect(existsSync(file), `${name} is missing: write it with UPDATE_GOLDEN=1 and check it by eye in a browser`).toBe(true);
  expect(text, `${name}: output differs; if a presenter or classifier change meant this, check the report in a browser and rerun with UPDATE_GOLDEN=1`).toBe(readFileSync(file, 'utf8'));
}

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('golden HTML', () => {
  it('flagship pair: redline diff -f html', () => {
    const r = cli(['diff', 'snapshots/devops-guru.2021.awsdocs.md', 'snapshots/devops-guru.2024.rendered.txt', '-f', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    golden('flagship.golden.html', r.stdout);
    // the TLS change leads the key changes, its new words inserted
    const $ = cheerio.load(r.stdout);
    const first = $('.keylist > li').first();
    expect(first.find('a.sum').text()).toBe('TLS: 1.2 recommended -> required; 1.3 now recommended');
    expect(first.find('ins').map((_, e) => $(e).text()).get()).toEqual(['require', 'and recommend TLS 1.3']);
    expect(first.find('del').map((_, e) => $(e).text()).get()).toEqual(['recommend', 'or later']);
  });

  it('small folder pair: one file with the shared change once', () => {
    const { root } = makeTrees(sampleTrees().old, sampleTrees().new);
    const r = cli(['diff', 'old', 'new', '-f', 'html', '-j', '1'], { cwd: root });
    expect(r.stderr).toBe('');
    golden('folder.golden.html', r.stdout);
    const $ = cheerio.load(r.stdout);
    // the rotation change made on two pages: written out once, each page points at it
    const shared = $('section[aria-labelledby="shared-h"] .chg');
    expect(shared).toHaveLength(1);
    expect(shared.find('.group-pages a').map((_, e) => $(e).text()).get()).toEqual(['guide/keys.md', 'guide/policy.md']);
    const refs = $('.page .shared-ref a');
    expect(refs).toHaveLength(2);
    expect(new Set(refs.map((_, e) => $(e).attr('href')).get())).toEqual(new Set([`#${shared.attr('id')}`]));
    // pages by severity: the two high pages lead the table
    expect($('.pages tbody tr td:first-child').map((_, e) => $(e).text()).get().slice(0, 2)).toEqual(['guide/keys.md', 'guide/policy.md']);
  });
});

describe('Content-Security-Policy', () => {
  const html = renderHtml(report([section('modified', 'A', [change('a b', 'a c')])]));
  const $ = cheerio.load(html);
  it('allows exactly the inline style and script the file carries, and no loads', () => {
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(CSP);
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain(`style-src ${sha($('style').html()!)}`);
    expect(CSP).toContain(`script-src ${sha($('script').html()!)}`);
    expect($('script')).toHaveLength(1);
    expect($('style')).toHaveLength(1);
    expect($('[style], [src], link, img, iframe, object, embed, base, form')).toHaveLength(0);
  });
});

const HOSTILE = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '[click](javascript:window.pwned=1)',
  '</style><script>window.pwned=1</script>',
  '"><svg onload=window.pwned=1>',
  "'; window.pwned=1; '",
  '\u001b[31mred\u202eevil',
];

function change(old: string | null, nw: string | null, extra: Partial<Change> = {}): Change {
  const type = old === null ? 'added' : nw === null ? 'removed' : 'changed';
  const words: Change['words'] = type === 'changed' ? [['=', ''], ['-', old!], ['+', nw!]] : undefined;
  return { type, old, new: nw, category: 'content', severity: 'medium', summary: `${type}: ${nw ?? old}`, words, ...extra };
}

function section(status: SectionDiff['status'], heading: string, changes: Change[]): SectionDiff {
  return { status, oldHeading: heading, newHeading: heading, oldPath: ['Top', heading], newPath: ['Top', heading], anchor: null, moved: false, severity: 'medium', changes };
}

function report(sections: SectionDiff[], extra: Partial<ChangeReport> = {}): ChangeReport {
  return {
    schemaVersion: 1,
    old: { label: 'old.md', format: 'markdown', title: 'Page' },
    new: { label: 'new.md', format: 'markdown', title: 'Page' },
    summary: { added: 0, removed: 0, modified: sections.length, renamed: 0, moved: 0, severity: 'medium', counts: { none: 0, low: 0, medium: 1, high: 0 } },
    sections,
    fallbacks: [],
    ...extra,
  };
}

describe('page text is never markup', () => {
  it('escapes every string a report carries', () => {
    const h = HOSTILE.join(' ');
    const r = report(
      HOSTILE.map((x) => section('renamed', x, [change(x, `${x} new`, { summary: x, silenced: x }), change(null, x, { summary: x, block: 'code' }), change(x, null, { formatting: true })])),
      { old: { label: h, format: 'text', title: h }, new: { label: `${h}@2024-01-01 (0123456789)`, format: 'html', title: `${h}!` }, fallbacks: HOSTILE },
    );
    for (const s of r.sections) s.oldHeading = `${s.oldHeading} old`;
    const html = renderHtml(r);
    const $ = cheerio.load(html);
    expect($('script')).toHaveLength(1);
    expect($('style')).toHaveLength(1);
    expect($('img, svg, a[href^="javascript"], [onerror], [onload]')).toHaveLength(0);
    // every href is a fragment of this page (no page string became a link)
    expect($('a').map((_, e) => $(e).attr('href')).get().every((h) => /^#[a-z0-9-]+$/.test(h))).toBe(true);
    // the text is all there, as text
    for (const x of HOSTILE.slice(0, 6)) expect($('body').text()).toContain(x);
    // control characters and bidi overrides are shown, not obeyed
    expect(html).not.toMatch(/[\u001b\u202e]/);
    expect($('body').text()).toContain('\\x1b[31mred\\u202eevil');
  });

  it('links only http(s) URLs from changelog data', async () => {
    const { externalLink } = await import('../../src/present/html/page.js');
    expect(externalLink('x', 'javascript:alert(1)')).toBe('x');
    expect(externalLink('x', 'data:text/html,<b>')).toBe('x');
    expect(externalLink('<b>', 'https://example.com/a"b<c>')).toBe('<a href="https://example.com/a%22b%3Cc%3E" rel="noopener noreferrer">&lt;b&gt;</a>');
  });
});

describe('inputs', () => {
  it("shows a store version's page, date and revision, and each side's format", () => {
    const r = report([section('modified', 'A', [change('a b', 'a c')])], {
      old: { label: 'kms/rotate-keys@2021-04-16 (0123456789)', format: 'markdown', title: 'Rotating keys' },
      new: { label: 'kms/rotate-keys@2024-03-01 (abcdef0123)', format: 'html', title: 'Rotating AWS KMS keys' },
    });
    const $ = cheerio.load(renderHtml(r));
    expect($('.inputs dd').map((_, e) => $(e).text()).get()).toEqual([
      'kms/rotate-keys · version of 2021-04-16 · revision 0123456789 (Markdown) · “Rotating keys”',
      'kms/rotate-keys · version of 2024-03-01 · revision abcdef0123 (HTML) · “Rotating AWS KMS keys”',
    ]);
  });
});

describe('anchors', () => {
  const tls = change('We recommend TLS 1.2 or later.', 'We require TLS 1.2 and recommend TLS 1.3.', { summary: 'TLS: 1.2 recommended -> required; 1.3 now recommended', severity: 'high' });
  const idOf = (html: string) => cheerio.load(html)('.sec .chg.sev-high').attr('id');
  it('come from the content, so a link to a change survives edits elsewhere on the page', () => {
    const before = idOf(renderHtml(report([section('modified', 'Data protection', [tls])])));
    const after = idOf(renderHtml(report([section('added', 'New first section', [change(null, 'Hello.')]), section('modified', 'Data protection', [change('a', 'b'), tls])])));
    expect(before).toMatch(/^c-tls-1-2-recommended-required-1-[0-9a-f]{8}$/);
    expect(after).toBe(before);
  });
  it('stay unique when the same change occurs twice in a section', () => {
    const $ = cheerio.load(renderHtml(report([section('modified', 'A', [change('x', 'y'), change('x', 'y')])])));
    const ids = $('[id]').map((_, e) => $(e).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a folder report past the size budget', () => {
  it('splits into an index and parts under the budget whose links all land', () => {
    const { root } = makeTrees(sampleTrees().old, sampleTrees().new);
    const r = cli(['diff', 'old', 'new', '-f', 'json', '-j', '1'], { cwd: root });
    const batch = JSON.parse(r.stdout) as BatchReport;
    // a budget one byte short of what one part holding every page takes
    const all = renderBatchHtml(batch, { split: true, budget: 1e9 }).pages;
    expect(all).toHaveLength(1);
    const { index, pages } = renderBatchHtml(batch, { split: true, pagesDir: 'report-pages', indexName: 'report.html', budget: Buffer.byteLength(all[0].html) - 1 });
    const files = new Map([['report.html', index], ...pages.map((p) => [p.file, p.html] as [string, string])]);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.file)).toEqual(pages.map((_, i) => `report-pages/part-${i + 1}.html`));
    const ids = new Map([...files].map(([f, html]) => [f, new Set(cheerio.load(html)('[id]').map((_, e) => cheerio.load(html)(e).attr('id')).get())]));
    let links = 0;
    for (const [file, html] of files) {
      const $ = cheerio.load(html);
      $('a[href]').each((_, e) => {
        const href = $(e).attr('href')!;
        if (/^https?:/.test(href)) return;
        const [path, frag] = href.split('#');
        const target = path ? resolve('/', dirname(file), path).slice(1) : file;
        expect(files.has(target), `${file}: ${href}`).toBe(true);
        if (frag) expect(ids.get(target)!.has(frag), `${file}: ${href}`).toBe(true);
        links++;
      });
    }
    expect(links).toBeGreaterThan(20);
  });

  it('is written beside the index by the CLI when one file would pass 1 MB', () => {
    // 60 pages, 50 sentences each changed: past 1 MB in one file (each sentence its own words, so few shared changes)
    const para = (n: number, v: string) => Array.from({ length: 50 }, (_, i) => `Item n${n}i${i} of the catalogue says ${v} about keys and tokens.`).join(' ');
    const old: Record<string, string> = {};
    const nw: Record<string, string> = {};
    for (let n = 0; n < 60; n++) {
      old[`p${n}.md`] = `# Page ${n}\n\n## Keys\n\n${para(n, 'this')}\n`;
      nw[`p${n}.md`] = `# Page ${n}\n\n## Keys\n\n${para(n, 'that')}\n`;
    }
    const { root } = makeTrees(old, nw);
    const r = cli(['diff', 'old', 'new', '-f', 'html', '-o', 'report.html', '-j', '1'], { cwd: root });
    expect(r.stderr).toBe('');
    const parts = readdirSync(join(root, 'report-pages')).sort();
    expect(parts.length).toBeGreaterThan(1);
    for (const f of ['report.html', ...parts.map((p) => `report-pages/${p}`)]) expect(readFileSync(join(root, f)).length).toBeLessThanOrEqual(1_000_000);
    expect(readFileSync(join(root, 'report.html'), 'utf8')).toContain('href="report-pages/part-1.html#');
  });
});
