// The committed innerText renderings are what a real browser gives: a few are rendered again in
// headless Chromium and must equal the fixtures byte for byte. With CROSSFORMAT_WRITE=1 every
// rendering is made again and written (after a template or a page changed).

import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Browser } from './browser.js';
import { TEMPLATES, VERSIONS, htmlOf, innerTextFile, innerTextOf, renderingId } from './cases.js';

const WRITE = process.env.CROSSFORMAT_WRITE === '1';
// one version of each generator, through every template
const SAMPLE = VERSIONS.filter((v, i) => VERSIONS.findIndex((w) => w.generator === v.generator) === i);
const cases = (WRITE ? VERSIONS : SAMPLE).flatMap((v) => TEMPLATES.map((t) => ({ name: renderingId(v, t), v, t })));

describe.skipIf(!hasChromium())('innerText fixtures equal a live Chromium rendering (skipped: /usr/bin/chromium missing; .ci/run installs it)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('$name', async ({ v, t }) => {
    const text = await browser.innerText(htmlOf(v, t));
    if (WRITE) {
      const file = innerTextFile(v, t);
      mkdirSync(new URL('.', file), { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(innerTextOf(v, t));
  });
});
