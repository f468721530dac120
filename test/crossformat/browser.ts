// Whole-page text as a real browser gives it: headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core) loads a rendering with every network request refused and returns
// document.body.innerText. Used to make the committed innerText fixtures and to check them.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Browser {
  innerText(html: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'redline-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  // nothing leaves the machine: stylesheets, scripts and images of the templates are refused
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  return {
    async innerText(html: string) {
      await page.setContent(html, { waitUntil: 'load' });
      return page.evaluate(() => document.body.innerText);
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
