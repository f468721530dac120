// The HTML reports in a real browser: Debian's Chromium (installed by .ci/run), driven by
// playwright-core, opens each report from disk (file://) and checks with the DOM what a reader
// gets: the flagship pair's TLS change first with `require` and `TLS 1.3` marked as inserted,
// readable at 1280x800, 390x844 and in dark mode; the formatting and view toggles, with the
// script and without it; the script's filters and keys; no request ever leaving the page; a
// hostile page's markup shown as text with its script never run; the Content-Security-Policy
// blocking what an attacker would inject into the file; folder and changelog reports; and
// axe-core finding no WCAG 2.1 A or AA violation. Screenshots go to test/browser/artifacts/.
// Nothing here waits on time: every step waits for a load event or a selector.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cli, ROOT } from '../helpers/cli.js';
import { makeTrees, sampleTrees } from '../batch/trees.js';
import { renderBatchHtml } from '../../src/present/html/folder.js';
import type { BatchReport } from '../../src/batch/types.js';
import { allVersions, MANIFEST, seedStore } from '../changelog/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ART = join(ROOT, 'test/browser/artifacts');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TLS = 'TLS: 1.2 recommended -> required; 1.3 now recommended';

/** Page text an attacker controls, in every place a report shows page text. */
const HOSTILE = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '[click me](javascript:window.pwned=1)',
  '<a href="javascript:window.pwned=1">click</a>',
  '</style><script>window.pwned=1</script>',
  '"><svg onload="window.pwned=1">',
];

const dir = mkdtempSync(join(tmpdir(), 'redline-browser-'));
const at = (name: string) => join(dir, name);
let ctx: BrowserContext;
let hits = 0; // requests that reached the local HTTP server the hostile pages point at
let server: Server;
let port = 0;

function buildReports(): void {
  const flagship = cli(['diff', 'snapshots/devops-guru.2021.awsdocs.md', 'snapshots/devops-guru.2024.rendered.txt', '-f', 'html', '-o', at('flagship.html')]);
  expect(flagship.stderr).toBe('');

  // a hostile page pair, as plain text (kept verbatim) and as Markdown, under a hostile file name
  const body = (extra: string) => `Hostile page\n\nIntro ${HOSTILE.join(' ')} ${extra}\n\n${HOSTILE.map((h) => `${h} heading`).join('\n\n')}\n`;
  const remote = `<img src="http://127.0.0.1:${port}/beacon.png"> <link rel="stylesheet" href="http://127.0.0.1:${port}/x.css">`;
  const name = 'page<img src=x onerror=window.pwned=1>';
  mkdirSync(at('hostile'));
  writeFileSync(at(`hostile/${name}.old.txt`), body('old words'));
  writeFileSync(at(`hostile/${name}.new.txt`), body(`new words ${remote}`) + `\nAdded ${remote} ${HOSTILE[0]}\n`);
  const h = cli(['diff', at(`hostile/${name}.old.txt`), at(`hostile/${name}.new.txt`), '-f', 'html', '-o', at('hostile.html')]);
  expect(h.stderr).toBe('');
  // Markdown keeps markup as text in code spans and escapes; links keep their targets in the canonical text
  const md = (extra: string) =>
    `# Hostile \`<script>window.pwned=1</script>\`\n\nUse \`<img src=x onerror="window.pwned=1">\` and \\<script>window.pwned=1\\</script> ${extra}.\n\n[click me](javascript:window.pwned=1)\n`;
  writeFileSync(at('hostile/old.md'), md('here'));
  writeFileSync(at('hostile/new.md'), `${md('there')}\n## Added \`</style><script>window.pwned=1</script>\`\n\nSee [more](javascript:window.pwned=1) and \`<svg onload="window.pwned=1">\`.\n`);
  expect(cli(['diff', at('hostile/old.md'), at('hostile/new.md'), '-f', 'html', '-o', at('hostile-md.html')]).stderr).toBe('');

  // what an attacker who can edit the file would add: the policy must stop it
  const flagshipHtml = readFileSync(at('flagship.html'), 'utf8');
  writeFileSync(at('tampered.html'), flagshipHtml.replace('<main', `<script>window.pwned=2</script><img src="http://127.0.0.1:${port}/t.png"><div style="color:red" id="inline-style">x</div><main`));

  // the small folder pair, as one file and split into parts
  const { root } = makeTrees(sampleTrees().old, sampleTrees().new);
  expect(cli(['diff', 'old', 'new', '-f', 'html', '-o', at('folder.html'), '-j', '1'], { cwd: root }).stderr).toBe('');
  const batch = JSON.parse(cli(['diff', 'old', 'new', '-f', 'json', '-j', '1'], { cwd: root }).stdout) as BatchReport;
  const one = renderBatchHtml(batch, { split: true, budget: 1e9 }).pages[0].html;
  const split = renderBatchHtml(batch, { split: true, pagesDir: 'split-pages', indexName: 'split.html', budget: Buffer.byteLength(one) - 1 });
  mkdirSync(at('split-pages'));
  writeFileSync(at('split.html'), split.index);
  for (const p of split.pages) writeFileSync(at(p.file), p.html);
}

async function buildChangelog(): Promise<void> {
  // two pages that share a change, a few versions each
  const pages = MANIFEST.pages.filter((p) => p.id === 'iam/data-protection' || p.id === 'resource-groups/security_data-protection');
  await seedStore(at('store'), allVersions(pages));
  const r = cli(['changelog', '--store', at('store'), '-f', 'html', '-o', at('changelog.html')]);
  expect(r.stderr).toBe('');
}

interface Opened {
  page: Page;
  /** every URL the page asked for, routed or not. */
  requests: string[];
}

async function open(file: string, opts: { width?: number; height?: number; scheme?: 'light' | 'dark'; hash?: string; context?: BrowserContext; route?: boolean } = {}): Promise<Opened> {
  const page = await (opts.context ?? ctx).newPage();
  await page.setViewportSize({ width: opts.width ?? 1280, height: opts.height ?? 800 });
  await page.emulateMedia({ colorScheme: opts.scheme ?? 'light' });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // anything but the report's own files is refused before it leaves (unless the test wants to see what the page itself lets through)
  if (opts.route !== false) await page.route('**/*', (route) => (route.request().url().startsWith(pathToFileURL(dir).href) ? route.continue() : route.abort()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(file).href + (opts.hash ?? ''), { waitUntil: 'load' });
  return { page, requests };
}

/** Content-Security-Policy violations the page reported (directive and blocked URI). */
const csp = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const r = await (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }, WCAG);
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(ART, { recursive: true });
  await page.screenshot({ path: join(ART, name), fullPage });
}

/** What the reader sees of an element: box on screen and the styles that mark it. */
async function looks(page: Page, selector: string): Promise<{ text: string; decoration: string; background: string; fontSize: number; top: number; bottom: number; width: number }[]> {
  return page.$$eval(selector, (els) =>
    els.map((e) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return { text: e.textContent ?? '', decoration: s.textDecorationLine, background: s.backgroundColor, fontSize: parseFloat(s.fontSize), top: r.top, bottom: r.bottom, width: r.width };
    }),
  );
}

const visibleCount = (page: Page, selector: string) => page.$$eval(selector, (els) => els.filter((e) => e.getClientRects().length > 0).length);
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)('HTML reports in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = createServer((_, res) => {
      hits++;
      res.end('');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    port = (server.address() as AddressInfo).port;
    buildReports();
    await buildChangelog();
    ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'redline-chromium-')), { executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await new Promise((ok) => server?.close(ok));
  });

  describe('the flagship pair', () => {
    it('shows the TLS change first, require and TLS 1.3 marked as inserted, at 1280x800', async () => {
      const { page, requests } = await open(at('flagship.html'));
      await shot(page, 'flagship-1280x800.png');
      const first = page.locator('.keylist > li').first();
      expect(await first.locator('a.sum').textContent()).toBe(TLS);
      const ins = await looks(page, '.keylist > li:first-child ins');
      expect(ins.map((i) => i.text)).toEqual(['require', 'and recommend TLS 1.3']);
      const bodyBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      for (const i of ins) {
        // on screen without scrolling, underlined, on a background of its own, at a readable size
        expect(i.top).toBeGreaterThan(0);
        expect(i.bottom).toBeLessThan(800);
        expect(i.decoration).toContain('underline');
        expect(i.background).not.toBe(bodyBg);
        expect(i.fontSize).toBeGreaterThanOrEqual(16);
      }
      const del = await looks(page, '.keylist > li:first-child del');
      expect(del.map((d) => [d.text, d.decoration])).toEqual([
        ['recommend', 'line-through'],
        ['or later', 'line-through'],
      ]);
      expect(await overflowsSideways(page)).toBe(false);
      expect(requests).toEqual([pathToFileURL(at('flagship.html')).href]);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it('is readable at 390x844 (phone width)', async () => {
      const { page, requests } = await open(at('flagship.html'), { width: 390, height: 844 });
      await shot(page, 'flagship-390x844.png');
      expect(await overflowsSideways(page)).toBe(false);
      expect(await page.locator('.keylist > li a.sum').first().textContent()).toBe(TLS);
      await page.locator('.keylist > li:first-child ins').last().scrollIntoViewIfNeeded();
      const ins = await looks(page, '.keylist > li:first-child ins');
      for (const i of ins) {
        expect(i.fontSize).toBeGreaterThanOrEqual(16);
        expect(i.width).toBeLessThanOrEqual(390);
        expect(i.decoration).toContain('underline');
      }
      // side by side stacks: each column fits the screen
      await page.locator('label', { hasText: 'side by side' }).click();
      await page.locator('.sec .sbs').first().waitFor({ state: 'visible' });
      const cols = await looks(page, '.sec .sbs > div');
      expect(Math.max(...cols.map((c) => c.width))).toBeLessThanOrEqual(390);
      expect(await overflowsSideways(page)).toBe(false);
      await shot(page, 'flagship-390x844-side-by-side.png');
      expect(requests).toHaveLength(1);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it('follows the dark scheme', async () => {
      const { page } = await open(at('flagship.html'), { scheme: 'dark' });
      await shot(page, 'flagship-1280x800-dark.png');
      const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(luminance(bg)).toBeLessThan(0.05);
      expect(luminance(fg)).toBeGreaterThan(0.6);
      const ins = await looks(page, '.keylist > li:first-child ins');
      expect(ins.map((i) => i.text)).toEqual(['require', 'and recommend TLS 1.3']);
      for (const i of ins) expect(i.decoration).toContain('underline');
      expect(await axe(page)).toEqual([]);
      await page.locator('label', { hasText: 'Show formatting-only changes' }).click();
      await page.locator('.chg.fmt').first().waitFor({ state: 'visible' });
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it('hides formatting-only changes until asked, and shows side by side on request', async () => {
      const { page } = await open(at('flagship.html'));
      expect(await page.locator('.chg.fmt').count()).toBe(3);
      expect(await visibleCount(page, '.chg.fmt')).toBe(0);
      await page.locator('label', { hasText: 'Show formatting-only changes (3)' }).click();
      await page.locator('.chg.fmt').last().waitFor({ state: 'visible' });
      expect(await visibleCount(page, '.chg.fmt')).toBe(3);
      await page.locator('label', { hasText: 'Show formatting-only changes (3)' }).click();
      await page.locator('.chg.fmt').first().waitFor({ state: 'hidden' });
      expect(await visibleCount(page, '.chg.fmt')).toBe(0);

      expect(await visibleCount(page, '.sec .sbs')).toBe(0);
      await page.locator('label', { hasText: 'side by side' }).click();
      await page.locator('.sec .sbs').first().waitFor({ state: 'visible' });
      expect(await visibleCount(page, '.sec .inline')).toBe(0);
      // old on the left without the new words, new on the right without the old ones
      const tls = page.locator('.sec .chg.sev-high', { hasText: TLS });
      expect(await tls.locator('.sbs > div').first().locator('ins').count()).toBe(0);
      expect(await tls.locator('.sbs > div').last().locator('ins').allTextContents()).toEqual(['require', 'and recommend TLS 1.3']);
      expect(await tls.locator('.sbs > div').last().locator('del').count()).toBe(0);
      await shot(page, 'flagship-side-by-side.png');
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it('opens a shared link to one change on that change, even a hidden formatting one', async () => {
      const html = readFileSync(at('flagship.html'), 'utf8');
      const tlsId = /<li class="chg sev-high" id="([^"]+)"><div class="chg-h"><span class="sev sev-high">high<\/span><span class="sum">TLS:/.exec(html)![1];
      const { page } = await open(at('flagship.html'), { hash: `#${tlsId}` });
      const box = await looks(page, `[id="${tlsId}"]`);
      expect(box[0].top).toBeGreaterThanOrEqual(0);
      expect(box[0].top).toBeLessThan(800);
      await page.close();
      const fmtId = /<li class="chg sev-none fmt" id="([^"]+)"/.exec(html)![1];
      const second = await open(at('flagship.html'), { hash: `#${fmtId}` });
      expect(await visibleCount(second.page, `[id="${fmtId}"]`)).toBe(1);
      await second.page.close();
    });

    it('filters by severity and text, and moves between changes with j and k (script on)', async () => {
      const { page } = await open(at('flagship.html'));
      await page.locator('.filters').waitFor();
      const shown = () => page.locator('.shown').textContent();
      expect(await shown()).toBe('17 of 20 changes shown');
      await page.locator('.filters button', { hasText: 'low' }).click();
      expect(await page.locator('.filters button', { hasText: 'low' }).getAttribute('aria-pressed')).toBe('false');
      expect(await visibleCount(page, '.chg.sev-low')).toBe(0);
      expect(await shown()).toBe('13 of 20 changes shown');
      await page.locator('.filters button', { hasText: 'low' }).click();
      await page.locator('.filters input[type=search]').fill('TLS 1.3');
      expect(await visibleCount(page, '.sec .chg')).toBe(1);
      expect(await page.locator('.sec .chg').filter({ visible: true }).locator('.sum').textContent()).toBe(TLS);
      await page.locator('.filters input[type=search]').fill('');
      await page.locator('h1').click();
      const ids = await page.$$eval('.chg', (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.id));
      await page.keyboard.press('j');
      expect(await page.evaluate(() => [location.hash, document.activeElement?.id])).toEqual([`#${ids[0]}`, ids[0]]);
      await page.keyboard.press('j');
      expect(await page.evaluate(() => location.hash)).toBe(`#${ids[1]}`);
      await page.keyboard.press('k');
      expect(await page.evaluate(() => location.hash)).toBe(`#${ids[0]}`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
      await page.close();
    });

    it('works with the script off: every change shown, both toggles work', async () => {
      const noJs = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'redline-chromium-nojs-')), { executablePath: CHROMIUM, headless: true, args: ARGS, javaScriptEnabled: false });
      try {
        const { page } = await open(at('flagship.html'), { context: noJs });
        expect(await page.locator('.filters').count()).toBe(0);
        expect(await visibleCount(page, '.sec .chg')).toBe(17);
        await page.locator('label', { hasText: 'Show formatting-only changes' }).click();
        await page.locator('.chg.fmt').last().waitFor({ state: 'visible' });
        expect(await visibleCount(page, '.sec .chg')).toBe(20);
        await page.locator('label', { hasText: 'side by side' }).click();
        await page.locator('.sec .sbs').first().waitFor({ state: 'visible' });
        expect(await visibleCount(page, '.sec .inline')).toBe(0);
        await shot(page, 'flagship-no-script.png');
      } finally {
        await noJs.close();
      }
    });
  });

  describe('hostile pages', () => {
    for (const file of ['hostile.html', 'hostile-md.html']) {
      it(`${file}: shows the page's markup as text and runs none of it`, async () => {
        const { page, requests } = await open(at(file));
        const fmt = page.locator('label', { hasText: 'Show formatting-only changes' });
        if (await fmt.count()) await fmt.click();
        expect(await page.evaluate(() => typeof (window as unknown as { pwned?: unknown }).pwned)).toBe('undefined');
        expect(await page.evaluate(() => document.querySelectorAll('img, svg, iframe, object, embed, link, [onerror], [onload], a[href^="javascript"]').length)).toBe(0);
        expect(await page.evaluate(() => document.scripts.length)).toBe(1);
        expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
        // the text is there, visible, as the page wrote it
        const text = await page.locator('main').innerText();
        expect(text).toContain('<script>window.pwned=1</script>');
        expect(text).toContain('<img src=x onerror="window.pwned=1">');
        expect(await page.locator('main').getByText('<script>window.pwned=1</script>').first().isVisible()).toBe(true);
        expect(text).toContain('</style><script>window.pwned=1</script>');
        if (file === 'hostile.html') expect(await page.locator('.inputs').innerText()).toContain('page<img src=x onerror=window.pwned=1>.old.txt');
        // every link stays inside the report
        expect(await page.$$eval('a[href]', (as) => as.every((a) => a.getAttribute('href')!.startsWith('#')))).toBe(true);
        expect(requests).toEqual([pathToFileURL(at(file)).href]);
        expect(await csp(page)).toEqual([]);
        expect(hits).toBe(0);
        await shot(page, file.replace('.html', '.png'));
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }

    it('the Content-Security-Policy stops a script, an image and a style attribute added to the file', async () => {
      // no route here: the policy alone must keep the image request from reaching the local server
      const { page } = await open(at('tampered.html'), { route: false });
      expect(await page.evaluate(() => typeof (window as unknown as { pwned?: unknown }).pwned)).toBe('undefined');
      const blocked = await csp(page);
      expect(blocked.some((v) => v.startsWith('script-src'))).toBe(true);
      expect(blocked.some((v) => v.startsWith('img-src'))).toBe(true);
      expect(blocked.some((v) => v.startsWith('style-src'))).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('inline-style')!).color)).not.toBe('rgb(255, 0, 0)');
      // the report's own script still ran
      await page.locator('.filters').waitFor();
      expect(hits).toBe(0);
      await page.close();
    });
  });

  describe('folders', () => {
    it('one file: pages by severity, the shared change once with its pages', async () => {
      const { page, requests } = await open(at('folder.html'));
      await shot(page, 'folder-1280x800.png');
      const shared = page.locator('section[aria-labelledby="shared-h"] .chg');
      expect(await shared.count()).toBe(1);
      expect(await shared.locator('.group-pages a').allTextContents()).toEqual(['guide/keys.md', 'guide/policy.md']);
      expect(await page.locator('.pages tbody tr td:first-child').allTextContents()).toEqual(['guide/keys.md', 'guide/policy.md', 'launch.txt', 'retired.md', 'mfa-fido.md']);
      // on each page the shared change is named and points to where it is written out
      const ref = page.locator('.page .shared-ref a').first();
      await ref.click();
      expect(await page.evaluate(() => location.hash)).toBe(`#${await shared.getAttribute('id')}`);
      expect(requests).toEqual([pathToFileURL(at('folder.html')).href]);
      expect(await axe(page)).toEqual([]);
      await page.close();
      const phone = await open(at('folder.html'), { width: 390, height: 844 });
      expect(await overflowsSideways(phone.page)).toBe(false);
      await shot(phone.page, 'folder-390x844.png');
      expect(await axe(phone.page)).toEqual([]);
      await phone.page.close();
    });

    it('split: the index links into its parts and back', async () => {
      const { page, requests } = await open(at('split.html'));
      const link = page.locator('.pages tbody a').first();
      const target = (await link.getAttribute('href'))!;
      expect(target).toMatch(/^split-pages\/part-\d+\.html#p-/);
      await Promise.all([page.waitForURL(`**/${target}`), link.click()]);
      expect(await page.locator(`[id="${target.split('#')[1]}"]`).count()).toBe(1);
      expect(await axe(page)).toEqual([]);
      await Promise.all([page.waitForURL('**/split.html'), page.locator('a', { hasText: 'Summary and all pages' }).click()]);
      expect(requests.every((u) => u.startsWith(pathToFileURL(dir).href))).toBe(true);
      await page.close();
    });
  });

  it('changelog: policy changes first, each linking to its entry, shared changes quoted once', async () => {
    const { page, requests } = await open(at('changelog.html'));
    await shot(page, 'changelog-1280x800.png');
    const first = page.locator('.keylist > li').first();
    expect(await first.locator('.sev').textContent()).toBe('high');
    const href = (await first.locator('a.sum').getAttribute('href'))!;
    expect(await page.locator(`[id="${href.slice(1)}"]`).count()).toBe(1);
    expect(await page.locator('.group-pages').count()).toBeGreaterThan(0);
    expect(requests).toEqual([pathToFileURL(at('changelog.html')).href]);
    expect(await axe(page)).toEqual([]);
    const dark = await open(at('changelog.html'), { scheme: 'dark', width: 390, height: 844 });
    expect(await overflowsSideways(dark.page)).toBe(false);
    expect(await axe(dark.page)).toEqual([]);
    await dark.page.close();
    await page.close();
  });
});

if (!hasChromium) {
  describe('HTML reports in Chromium', () => {
    it.skip(`needs ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`, () => undefined);
  });
}
