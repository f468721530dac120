// Every command block of README.md, run as written: each ```sh block is one bash script, run from
// this checkout (so `R=$PWD` is the checkout) with HOME set to a temp folder, each line's exit
// code and output checked against the expectations below. A README line without an expectation
// fails the test, so a new command in the README must come with one.
//
// What is not run as written, and why (each is a named exception below):
// - `npm ci` (before `&&`): it needs the npm registry and minutes; the suite runs from a checkout
//   that is already installed, so the rest of the line runs.
// - `npm test`: the suite itself. `npm run bench`: minutes of measurement, not a test.
//   `npm run build`: global setup ran it before the suite; rebuilding dist/ while other test
//   files run the CLI would race them.
// - `https://docs.aws.amazon.com/` (add + track): tests talk only to 127.0.0.1, so this test
//   rewrites that URL prefix, and only it, to a local HTTP server serving a page at the same path.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { docHtml, startServer, type TestServer } from '../store/helpers.js';
import { loadConfig } from '../../src/classify/config.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The fenced blocks of one language, in order. */
function blocks(lang: string): string[] {
  return [...README.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]);
}

interface Expect {
  /** matches the README line (before any rewriting) */
  line: RegExp;
  code?: number;
  stdout?: (string | RegExp)[];
  /** not run; the reason */
  skip?: string;
  /** run only the part after `npm ci && ` */
  afterInstall?: boolean;
  /** a file the command writes in the checkout: checked, then removed */
  file?: string;
}

const TLS = 'TLS: 1.2 recommended -> required; 1.3 now recommended';

const EXPECTED: Expect[] = [
  { line: /^npm ci && node bin\/redline\.js diff --fail-on never snapshots\//, afterInstall: true, code: 0, stdout: [TLS, '§ Key policy  [added]'] },
  { line: /^npm test\b/, skip: 'the test suite itself' },
  { line: /^node bin\/redline\.js diff snapshots\/.* -f html -o report\.html$/, code: 1, file: 'report.html' },
  { line: /^chromium --headless .*--screenshot=docs\/report\.png report\.html$/, skip: 'remakes the README screenshot; test/browser opens the same report in Chromium' },
  { line: /^npm run build\b/, skip: 'global setup built dist/ with it before the suite' },
  { line: /^npm run bench\b/, skip: 'minutes of measurement, not a test' },
  { line: /^R=\$PWD; mkdir -p ~\/docs-watch && cd ~\/docs-watch$/, code: 0 },
  { line: /redline\.js init\b/, code: 0, stdout: [/^created a redline store in .*\/docs-watch\/snapshots$/m] },
  { line: /redline\.js import devops-guru\/data-protection .*2021\.awsdocs\.md --date 2021-04-16$/, code: 0, stdout: ['recorded   devops-guru/data-protection@2021-04-16  Add devops-guru/data-protection'] },
  { line: /redline\.js import devops-guru\/data-protection .*2024\.rendered\.txt --date 2024-03-01$/, code: 0, stdout: [/^recorded   devops-guru\/data-protection@2024-03-01  Update devops-guru\/data-protection: 3 high/m] },
  { line: /redline\.js log devops-guru\/data-protection$/, code: 0, stdout: [/^2024-03-01  [0-9a-f]{10}  high {4}Data protection in Amazon DevOps Guru: TLS: 1\.2 recommended -> required/m, /^2021-04-16  [0-9a-f]{10}  - {7}Add/m] },
  { line: /redline\.js diff devops-guru\/data-protection@2021-12-01 devops-guru\/data-protection\b/, code: 1, stdout: [/^redline devops-guru\/data-protection@2021-04-16 \(\w+\) \(markdown\) → devops-guru\/data-protection@2024-03-01/m, TLS] },
  { line: /redline\.js add kms\/rotate-keys https:\/\/docs\.aws\.amazon\.com\//, code: 0, stdout: [/^added kms\/rotate-keys \(http:\/\/127\.0\.0\.1:\d+\/kms\/latest\/developerguide\/rotate-keys\.html\)/m] },
  { line: /redline\.js track\b/, code: 0, stdout: ['recorded   kms/rotate-keys  Add kms/rotate-keys', 'tracked 1 page: 1 recorded, 0 unchanged, 0 failed'] },
  // no terminal here: review prints the unreviewed changes as text, with diff's exit code
  { line: /redline\.js review\b/, code: 1, stdout: [TLS] },
  { line: /redline\.js changelog -o CHANGELOG\.md$/, code: 0, stdout: ['CHANGELOG.md: written, 3 page versions added'] },
];

const expectationFor = (line: string): Expect => {
  const e = EXPECTED.find((x) => x.line.test(line));
  if (!e) throw new Error(`README line without an expectation in test/cli/readme.test.ts: ${line}`);
  return e;
};

interface LineRun {
  line: string;
  code: number;
  stdout: string;
  stderr: string;
}

let srv: TestServer;
const home = mkdtempSync(join(tmpdir(), 'redline-readme-'));

beforeAll(async () => {
  srv = await startServer();
  srv.routes.set('/kms/latest/developerguide/rotate-keys.html', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(docHtml('Rotating AWS KMS keys', [['Automatic key rotation', 'AWS KMS rotates AWS managed keys every year.']]));
  });
});
afterAll(async () => {
  await srv.close();
  rmSync(home, { recursive: true, force: true });
});

/** Run the README lines as one bash script (so `cd` and variables carry over); output split per line. */
function runBlock(lines: string[], env: Record<string, string>): Promise<LineRun[]> {
  const mark = (i: number) => `@@redline-readme-line ${i}@@`;
  const script = ['set +e', ...lines.flatMap((l, i) => [l, `printf '\\n${mark(i)} %s\\n' $? ; printf '\\n${mark(i)}\\n' >&2`])].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const runs: LineRun[] = [];
      let o = out;
      let e = err;
      lines.forEach((line, i) => {
        const m = new RegExp(`\\n?${mark(i)} (\\d+)\\n`).exec(o);
        const me = new RegExp(`\\n?${mark(i)}\\n`).exec(e);
        if (!m || !me) throw new Error(`no marker after README line ${line}\n${o}\n${e}`);
        runs.push({ line, code: Number(m[1]), stdout: o.slice(0, m.index), stderr: e.slice(0, me.index) });
        o = o.slice(m.index + m[0].length);
        e = e.slice(me.index + me[0].length);
      });
      resolve(runs);
    });
  });
}

const shBlocks = blocks('sh');

describe('README command blocks, run as written', () => {
  it('has the blocks this test knows: Quick start (exactly two commands), the first session, the HTML report, Development', () => {
    expect(shBlocks).toHaveLength(4);
    const quick = shBlocks[0].trim().split('\n');
    expect(quick).toHaveLength(2);
    expect(quick[0]).toMatch(/^npm ci && node bin\/redline\.js diff .*snapshots\//);
    expect(quick[1]).toBe('npm test');
  });

  it.each(shBlocks.map((b, i) => [i, b] as const))('block %i', async (_i, block) => {
    const lines = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    const plan = lines.map((line) => ({ line, e: expectationFor(line) }));
    const run = plan
      .filter(({ e }) => !e.skip)
      .map(({ line, e }) => ({ line, e, cmd: (e.afterInstall ? line.replace(/^npm ci && /, '') : line).replace('https://docs.aws.amazon.com/', `${srv.url}/`) }));
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8' };
    const results = await runBlock(
      run.map((r) => r.cmd),
      env,
    );
    for (const [k, r] of results.entries()) {
      const e = run[k].e;
      expect(r.code, `${r.line}\n${r.stderr}`).toBe(e.code);
      expect(r.stderr, r.line).not.toMatch(/\n\s+at |internal error/);
      for (const want of e.stdout ?? []) {
        if (typeof want === 'string') expect(r.stdout, r.line).toContain(want);
        else expect(r.stdout, r.line).toMatch(want);
      }
      if (e.file) {
        const written = join(ROOT, e.file);
        try {
          expect(readFileSync(written, 'utf8'), r.line).toMatch(/^<!doctype html>[^]*TLS 1\.3/i);
        } finally {
          rmSync(written, { force: true });
        }
      }
    }
  }, 600_000);

  it('the configuration example is a valid config', () => {
    const [yaml] = blocks('yaml');
    const dir = mkdtempSync(join(tmpdir(), 'redline-readme-config-'));
    try {
      writeFileSync(join(dir, 'redline.config.yaml'), yaml);
      const config = loadConfig(undefined, dir);
      expect(config).toBeTruthy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
