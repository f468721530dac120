// Store inputs an attacker or a careless hand controls (issue 17, items 6-10, store side): control
// characters in page text on their way into commit messages, a `.git` that points elsewhere, CSS
// selectors that cannot parse, secrets in URL fragments, a YAML alias bomb as the sources file.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/store/index.js';
import { docHtml, git, htmlPage, redline, startServer, tempDir, type TestServer } from './helpers.js';

/** What must never reach git or a terminal raw: C0 (but \t, \n), DEL, C1, bidi overrides and isolates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const t = tempDir('redline-hostile-');
afterAll(t.cleanup);

describe('control characters in page text never reach a commit message raw', () => {
  const store = join(t.dir, 'ctl');
  const S = ['--store', store];

  it('ESC [31m, an OSC title sequence and U+202E in a heading and a changed sentence', async () => {
    await redline(['init', ...S], t.dir);
    const heading = '## Setup \x1b[31mred\x1b[0m \u202eevil';
    writeFileSync(join(t.dir, 'v1.md'), `# Guide\n\n${heading}\n\nWe recommend TLS 1.2 for all connections.\n`);
    writeFileSync(join(t.dir, 'v2.md'), `# Guide\n\n${heading}\n\nWe require TLS 1.2 for all \u202e connections \x1b]0;pwned\x07 now.\n`);
    expect((await redline(['import', 'ctl/page', join(t.dir, 'v1.md'), '--date', '2020-01-01', ...S], t.dir)).code).toBe(0);
    const r = await redline(['import', 'ctl/page', join(t.dir, 'v2.md'), '--date', '2021-01-01', ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
    const body = git(store, 'log', '-1', '--format=%B');
    expect(body).not.toMatch(RAW_CONTROL);
    // shown as visible escapes, as on a terminal
    expect(body).toContain('- high: Guide > Setup \\x1b[31mred\\x1b[0m \\u202eevil: TLS: 1.2 recommended -> required');
    expect(git(store, 'log', '--format=%B')).not.toMatch(RAW_CONTROL);
    const log = await redline(['log', 'ctl/page', ...S], t.dir);
    expect(log.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('a store whose .git is not a folder inside it is refused', () => {
  const other = join(t.dir, 'other-repo');
  const store = join(t.dir, 'linked');
  const S = ['--store', store];

  beforeAll(async () => {
    git(t.dir, 'init', '-q', other);
    await redline(['init', ...S], t.dir);
    writeFileSync(join(t.dir, 'page.md'), '# Page\n\nSome text of the page.\n');
  });

  it('.git as a symbolic link to another repository: every command refuses, nothing is written there', async () => {
    rmSync(join(store, '.git'), { recursive: true, force: true });
    symlinkSync(join(other, '.git'), join(store, '.git'));
    const msg = `redline: store ${store}: .git is a symbolic link; refusing a store whose git data is not inside it\n`;
    for (const argv of [
      ['import', 'x/page', join(t.dir, 'page.md'), '--date', '2020-01-01'],
      ['track'],
      ['add', 'x/other', 'https://example.com/a'],
      ['log', 'x/page'],
      ['pages'],
      ['renormalize'],
      ['init', store],
    ]) {
      const r = await redline([...argv, ...(argv[0] === 'init' ? [] : S)], t.dir);
      expect(r, argv.join(' ')).toMatchObject({ code: 2, stderr: msg });
    }
    expect(git(other, 'rev-list', '--all')).toBe('');
  });

  it('.git as a gitdir: file, and .git/objects as a link', async () => {
    rmSync(join(store, '.git'), { force: true });
    writeFileSync(join(store, '.git'), `gitdir: ${join(other, '.git')}\n`);
    expect(await redline(['pages', ...S], t.dir)).toMatchObject({
      code: 2,
      stderr: `redline: store ${store}: .git is not a folder (a git worktree or submodule file?); a store keeps its own .git folder\n`,
    });
    rmSync(join(store, '.git'));
    const fresh = join(t.dir, 'objects-linked');
    await redline(['init', fresh], t.dir);
    rmSync(join(fresh, '.git', 'objects'), { recursive: true });
    symlinkSync(join(other, '.git', 'objects'), join(fresh, '.git', 'objects'));
    expect(await redline(['import', 'x/page', join(t.dir, 'page.md'), '--store', fresh], t.dir)).toMatchObject({
      code: 2,
      stderr: `redline: store ${fresh}: .git/objects is a symbolic link; refusing a store whose git data is not inside it\n`,
    });
  });
});

describe('CSS selectors are checked when a page is added', () => {
  const store = join(t.dir, 'sel');
  const S = ['--store', store];
  beforeAll(() => redline(['init', ...S], t.dir));

  it.each([
    [['--select', 'div['], 'invalid CSS selector "div[": Expected name, found the end of the selector'],
    [['--select', 'a:has('], 'invalid CSS selector "a:has(": Missing closing parenthesis in :has (a:has()'],
    [['--select', 'main', '--remove', ':frobnicate'], 'invalid CSS selector ":frobnicate": Unknown pseudo-class :frobnicate'],
  ])('add %j is refused with one line, and nothing is written or committed', async (flags, why) => {
    const before = readFileSync(join(store, 'redline.sources.yaml'), 'utf8');
    const head = git(store, 'rev-parse', 'HEAD');
    const r = await redline(['add', 'sel/page', 'https://example.com/docs/page', ...flags, ...S], t.dir);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `redline: redline add (sel/page): ${why}\n` });
    expect(readFileSync(join(store, 'redline.sources.yaml'), 'utf8')).toBe(before);
    expect(git(store, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('valid selectors are accepted', async () => {
    const r = await redline(['add', 'sel/page', 'https://example.com/docs/page', '--select', 'main, article[data-x="1"]', '--remove', 'div:nth-child(2n+1) > .toc', ...S], t.dir);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('secrets in URL fragments are masked like query strings', () => {
  const store = join(t.dir, 'frag');
  const S = ['--store', store];
  let srv: TestServer;
  const SECRET = 'sEcReT-4f1d9a77c2';
  const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
  beforeAll(async () => {
    srv = await startServer();
    srv.routes.set('/docs/page', htmlPage(() => docHtml('Page', [['Overview', 'A page whose URL carries a token in its fragment, as OAuth does.']])));
    await redline(['init', ...S], t.dir);
  });
  afterAll(() => srv.close());

  it('redactUrl masks fragment parameters, a route query in a fragment and a bare token', () => {
    expect(redactUrl(`https://h.example/p#access_token=${SECRET}&state=abc`)).toBe('https://h.example/p#access_token=***&state=abc');
    expect(redactUrl(`https://h.example/p#/callback?id_token=${SECRET}&x=1`)).toBe('https://h.example/p#/callback?id_token=***&x=1');
    expect(redactUrl(`https://h.example/p#${JWT}`)).toBe('https://h.example/p#***');
    expect(redactUrl('https://h.example/p#section-2')).toBe('https://h.example/p#section-2');
    expect(redactUrl(`https://h.example/p?api_key=${SECRET}#code-sample`)).toBe('https://h.example/p?api_key=***#code-sample');
  });

  it('add refuses a literal token in a fragment; ${ENV} in a fragment is tracked, masked in meta.json, commits, log, pages and changelog', async () => {
    const lit = await redline(['add', 'frag/lit', `${srv.url}/docs/page#access_token=${SECRET}`, ...S], t.dir);
    expect(lit.code).toBe(2);
    expect(lit.stderr).toContain('the URL carries a credential');
    expect(lit.stderr).not.toContain(SECRET);

    process.env.REDLINE_TEST_FRAGMENT_TOKEN = SECRET;
    try {
      expect((await redline(['add', 'frag/page', `${srv.url}/docs/page#access_token=\${REDLINE_TEST_FRAGMENT_TOKEN}&view=full`, ...S], t.dir)).code).toBe(0);
      const tr = await redline(['track', ...S], t.dir);
      expect(tr.code, tr.stderr).toBe(0);
      const imp = await redline(['import', 'frag/imported', join(t.dir, 'page.md'), '--date', '2020-01-01', '--url', `https://h.example/p#access_token=${SECRET}`, ...S], t.dir);
      expect(imp.code, imp.stderr).toBe(0);
      const outputs = [
        tr.stdout + tr.stderr + imp.stdout + imp.stderr,
        readFileSync(join(store, 'pages', 'frag', 'page', 'meta.json'), 'utf8'),
        readFileSync(join(store, 'pages', 'frag', 'imported', 'meta.json'), 'utf8'),
        git(store, 'log', '-p', '--all'),
        (await redline(['log', 'frag/page', '--format', 'json', ...S], t.dir)).stdout,
        (await redline(['pages', '--format', 'json', ...S], t.dir)).stdout,
        (await redline(['changelog', '--format', 'json', ...S], t.dir)).stdout,
        (await redline(['changelog', ...S], t.dir)).stdout,
      ];
      for (const [i, o] of outputs.entries()) expect(o, `output ${i}`).not.toContain(SECRET);
      expect(JSON.parse(outputs[2]).url).toBe('https://h.example/p#access_token=***');
      expect(git(store, 'log', '--format=%B', '--', 'pages/frag/imported')).toContain('Redline-Url: https://h.example/p#access_token=***');
      expect(outputs[7]).toContain('#access_token=***');
    } finally {
      delete process.env.REDLINE_TEST_FRAGMENT_TOKEN;
    }
  });
});

describe('a YAML alias bomb as the sources file', () => {
  const store = join(t.dir, 'bomb');
  const S = ['--store', store];

  it('track, pages and add say so in one line (not "internal error: Excessive alias count")', async () => {
    await redline(['init', ...S], t.dir);
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const lines = levels.map((l, i) => (i === 0 ? `${l}: &${l} [x, x, x, x, x, x, x, x, x]` : `${l}: &${l} [${Array(9).fill(`*${levels[i - 1]}`).join(', ')}]`));
    writeFileSync(join(store, 'redline.sources.yaml'), `${lines.join('\n')}\npages: *h\n`);
    const msg = 'redline: redline.sources.yaml: invalid YAML (more than 1000 alias expansions, as in an alias bomb: write the pages out)\n';
    for (const argv of [['track'], ['pages'], ['add', 'x/y', 'https://example.com/y']]) {
      const r = await redline([...argv, ...S], t.dir);
      expect(r, argv[0]).toMatchObject({ code: 2, stderr: expect.stringContaining(msg) });
      expect(r.stderr).not.toContain('internal error');
    }
    expect(existsSync(join(store, 'pages'))).toBe(false);
  });
});

mkdirSync(t.dir, { recursive: true });
writeFileSync(join(t.dir, 'page.md'), '# Page\n\nSome text of the page, long enough to be a page.\n');
