// `redline track` end to end, in-process: a real HTTP server on 127.0.0.1 whose page changes
// between runs (v1 -> v2 -> v2 -> v3), error pages of every kind, a real git store in a temp folder.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NORMALIZER_VERSION } from '../../src/normalize/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCanonical } from '../../src/pipeline.js';
import { resolveStoreRef, storeDiffPair } from '../../src/store/index.js';
import { docHtml, git, htmlPage, redline, startServer, tempDir, type TestServer } from './helpers.js';

const PAGE = 'devops-guru/data-protection';
const V1: [string, string][] = [
  ['Data encryption', 'We recommend TLS 1.2 or later. Data at rest is encrypted with AWS KMS keys.'],
  ['Key management', 'You can use a customer managed key. Keys are rotated every year.'],
  ['Monitoring', 'Use CloudTrail to log key usage. Alarms notify you of unusual activity in your account.'],
];
const V2: [string, string][] = [
  ['Data encryption', 'We require TLS 1.2 and recommend TLS 1.3. Data at rest is encrypted with AWS KMS keys.'],
  V1[1],
  V1[2],
];
const V3: [string, string][] = [V2[0], ['Key management', 'You must use a customer managed key. Keys are rotated every year.'], V2[2]];

let srv: TestServer;
let version: [string, string][] = V1;
const t = tempDir();
const store = join(t.dir, 'store');
const S = ['--store', store];
// /slow never answers, so it times out whatever the timeout; the others finish long before it
// (0.5 s once timed out the good page on a loaded machine)
const fastFetch = ['--retries', '1', '--retry-delay', '1', '--timeout', '3', '--max-size', '1'];

function versionCommits(): string[] {
  return git(store, 'log', '--format=%s', '--', `pages/${PAGE}/page.md`).trim().split('\n').filter(Boolean);
}

beforeAll(async () => {
  srv = await startServer();
  srv.routes.set('/guide/data-protection.html', htmlPage(() => docHtml('Data protection in Amazon DevOps Guru', version), { etag: true }));
  srv.routes.set('/500', (_q, res) => (res.writeHead(500), res.end('down')));
  srv.routes.set('/slow', () => undefined); // never answers
  srv.routes.set('/loop', (_q, res) => (res.writeHead(302, { location: '/loop' }), res.end()));
  srv.routes.set('/big', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(Buffer.alloc(2 * 1024 * 1024, 'x'))));
  srv.routes.set('/json', (_q, res) => (res.writeHead(200, { 'content-type': 'application/json' }), res.end('{}')));
});
afterAll(async () => {
  await srv.close();
  t.cleanup();
});

describe('redline init / add', () => {
  it('creates a store that plain git can read', async () => {
    const r = await redline(['init', ...S], t.dir);
    expect(r).toMatchObject({ code: 0, stdout: `created a redline store in ${store}\n` });
    expect(git(store, 'log', '--format=%s')).toBe('Initialize redline store\n');
    expect(git(store, 'status', '--porcelain')).toBe('');
    expect((await redline(['init', ...S], t.dir)).stdout).toMatch(/already a redline store/);
  });

  it('adds pages with validation', async () => {
    const add = (id: string, path: string, ...rest: string[]) => redline(['add', id, `${srv.url}${path}`, ...rest, ...S], t.dir);
    expect(await add(PAGE, '/guide/data-protection.html', '--select', 'main')).toMatchObject({ code: 0 });
    for (const [id, path] of [
      ['err/not-found', '/gone'],
      ['err/server', '/500'],
      ['err/slow', '/slow'],
      ['err/loop', '/loop'],
      ['err/big', '/big'],
      ['err/json', '/json'],
    ]) {
      expect((await add(id, path)).code).toBe(0);
    }
    expect(await add('../escape', '/x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/invalid page id "..\/escape"/) });
    expect(await add(PAGE, '/other')).toMatchObject({ code: 2, stderr: expect.stringMatching(/already in redline.sources.yaml/) });
    const secret = await redline(['add', 'x', 'https://bob:hunter2@docs.example.com/p', ...S], t.dir);
    expect(secret).toMatchObject({ code: 2, stderr: expect.stringMatching(/credential.*\$\{ENV_VAR\}/) });
    expect(secret.stderr).not.toContain('hunter2');
    expect(readFileSync(join(store, 'redline.sources.yaml'), 'utf8')).toContain(`id: ${PAGE}`);
    expect(git(store, 'status', '--porcelain')).toBe('');
    expect(git(store, 'log', '-1', '--format=%s')).toBe('Track err/json\n');
  });
});

describe('redline track', () => {
  it('first run: records the good page, reports every error page and records none of them (exit 3)', async () => {
    srv.hits.delete('/500');
    const r = await redline(['track', ...fastFetch, ...S], t.dir);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`recorded   ${PAGE}  Add ${PAGE}\n`);
    expect(r.stdout).toMatch(/tracked 7 pages: 1 recorded, 0 unchanged, 6 failed\n$/);
    const err = r.stderr;
    expect(err).toContain('redline: err/not-found: HTTP 404: not recorded (--accept records it anyway)');
    expect(err).toContain('redline: err/server: HTTP 500 Internal Server Error (2 attempts)');
    expect(err).toContain('redline: err/slow: timed out after 3s (2 attempts)');
    expect(err).toMatch(/redline: err\/loop: redirect loop/);
    expect(err).toMatch(/redline: err\/big: response is over the 1048576-byte limit/);
    expect(err).toMatch(/redline: err\/json: unsupported content type application\/json/);
    expect(srv.hits.get('/500')).toBe(2);
    expect(readdirSync(join(store, 'pages'))).toEqual(['devops-guru']);
    expect(versionCommits()).toEqual([`Add ${PAGE}`]);
    expect(git(store, 'status', '--porcelain')).toBe('');
  });

  it('stores raw source, canonical Markdown and metadata', () => {
    const dir = join(store, 'pages', PAGE);
    expect(readdirSync(dir).sort()).toEqual(['meta.json', 'page.md', 'source.html']);
    expect(readFileSync(join(dir, 'source.html'), 'utf8')).toBe(docHtml('Data protection in Amazon DevOps Guru', V1));
    const md = readFileSync(join(dir, 'page.md'), 'utf8');
    expect(md).toContain('We recommend TLS 1.2 or later.');
    expect(md).not.toContain('Copyright'); // --select main
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({
      id: PAGE,
      url: `${srv.url}/guide/data-protection.html`,
      origin: 'track',
      status: 200,
      format: 'html',
      source: 'source.html',
      select: 'main',
      normalizerVersion: NORMALIZER_VERSION,
      title: 'Data protection in Amazon DevOps Guru',
      contentType: 'text/html; charset=utf-8',
    });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.etag).toMatch(/^"/);
    expect(meta.fetchedAt).toBe(meta.date);
    const msg = git(store, 'log', '-1', '--format=%B');
    expect(msg).toContain(`Redline-Page: ${PAGE}`);
    expect(msg).toContain(`Redline-Normalizer: ${NORMALIZER_VERSION}`);
  });

  it('v2: records one commit whose message carries the change summary', async () => {
    version = V2;
    const r = await redline(['track', PAGE, ...S], t.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^recorded   ${PAGE}  Update ${PAGE}: 1 high\n`));
    expect(versionCommits()).toEqual([`Update ${PAGE}: 1 high`, `Add ${PAGE}`]);
    const body = git(store, 'log', '-1', '--format=%b');
    expect(body).toMatch(/- high: .*Data encryption: .*TLS/);
    expect(body).toContain('Redline-Severity: high');
  });

  it('v2 again: unchanged, nothing recorded, and the request was conditional (304)', async () => {
    const before = git(store, 'rev-parse', 'HEAD');
    const r = await redline(['track', PAGE, '-v', ...S], t.dir);
    expect(r).toMatchObject({ code: 0, stdout: `unchanged  ${PAGE}  not modified (HTTP 304)\ntracked 1 page: 0 recorded, 1 unchanged, 0 failed\n` });
    expect(git(store, 'rev-parse', 'HEAD')).toBe(before);
    const last = srv.requests.filter((q) => q.path === '/guide/data-protection.html').at(-1)!;
    expect(last.headers['if-none-match']).toMatch(/^"/);
    expect(last.headers['user-agent']).toBe('redline/0.1 (+docs change monitor)');
  });

  it('a 200 with the same content (new ETag) is unchanged too', async () => {
    const before = git(store, 'rev-parse', 'HEAD');
    writeFileSync(join(store, '.redline-cache.json'), '{}'); // forget the validators
    const r = await redline(['track', PAGE, '-v', ...S], t.dir);
    expect(r.stdout).toContain(`unchanged  ${PAGE}\n`);
    expect(git(store, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('v3: records again; log lists the versions newest first with severity', async () => {
    version = V3;
    expect((await redline(['track', PAGE, ...S], t.dir)).code).toBe(0);
    expect(versionCommits()).toHaveLength(3);
    const log = await redline(['log', PAGE, ...S], t.dir);
    const lines = log.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // the key change first (the highest-severity one), the counts after it
    expect(lines[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\d  [0-9a-f]{10}  high    Data protection in Amazon DevOps Guru > Key management: Obligation stronger \\(optional -> required\\): .*  \\[1 high\\]$`),
    );
    expect(lines[2]).toMatch(new RegExp(`-       Add ${PAGE}$`));
    const json = JSON.parse((await redline(['log', PAGE, '--format', 'json', ...S], t.dir)).stdout);
    expect(json.versions.map((v: { severity: string | null }) => v.severity)).toEqual(['high', 'high', null]);
    expect(json.versions[0].rev).toMatch(/^[0-9a-f]{40}$/);
  });

  it('shows progress on a terminal (stderr), the summary line either way', async () => {
    const r = await redline(['track', PAGE, 'err/not-found', '--concurrency', '1', ...S], t.dir, { tty: true });
    expect(r.stderr).toContain(`[0/2] ${PAGE}`);
    expect(r.stderr).toContain('\r\x1b[K');
    expect(r.stderr).toContain('redline: err/not-found: HTTP 404');
    expect(r.stdout).toBe('tracked 2 pages: 0 recorded, 1 unchanged, 1 failed\n');
    const plain = await redline(['track', PAGE, ...S], t.dir);
    expect(plain.stderr).toBe('');
  });

  it('pages lists the tracked pages with latest date and last severity', async () => {
    const r = await redline(['pages', ...S], t.dir);
    expect(r.stdout).toMatch(new RegExp(`^${PAGE}  \\d{4}-\\d\\d-\\d\\d  high    3 versions\n`, 'm'));
    expect(r.stdout).toMatch(/^err\/not-found\s+never\s+-\s+0 versions$/m);
    const j = JSON.parse((await redline(['pages', '--format', 'json', ...S], t.dir)).stdout);
    expect(j.pages.find((p: { id: string }) => p.id === PAGE)).toMatchObject({ tracked: true, versions: 3, severity: 'high' });
  });

  it('resolves store references for redline diff: ID, ID@~N, ID@commit, and the last pair', async () => {
    const pair = await storeDiffPair(PAGE, store);
    expect(pair.old.doc.markdown).toContain('You can use a customer managed key.');
    expect(pair.new.doc.markdown).toContain('You must use a customer managed key.');
    expect(pair.new.doc.label).toMatch(new RegExp(`^${PAGE}@\\d{4}-\\d\\d-\\d\\d \\([0-9a-f]{10}\\)$`));
    const report = compareCanonical(pair.old.doc, pair.new.doc);
    expect(report.summary.modified).toBe(1);
    const latest = await resolveStoreRef(PAGE, store);
    expect(latest!.rev).toBe(pair.new.rev);
    const first = await resolveStoreRef(`${PAGE}@~2`, store);
    expect(first!.doc.markdown).toContain('We recommend TLS 1.2 or later.');
    expect(first!.doc.anchors).toEqual({});
    expect((await resolveStoreRef(`${PAGE}@${first!.rev.slice(0, 8)}`, store))!.rev).toBe(first!.rev);
    await expect(resolveStoreRef(`${PAGE}@~3`, store)).rejects.toThrow(/has only 3 version/);
    await expect(resolveStoreRef('err/not-found@~1', store)).rejects.toThrow(/no recorded versions/);
    expect(await resolveStoreRef('old.md', store)).toBeNull(); // not a page: a file for the caller
    expect(await resolveStoreRef('./old.md', store)).toBeNull();
    await expect(resolveStoreRef('nope@~1', store)).rejects.toThrow(/no page nope in the store/);
    await expect(storeDiffPair('err/big', store)).rejects.toThrow(/no recorded versions yet/);
  });
});

describe('never record garbage', () => {
  const g = tempDir();
  const gs = ['--store', join(g.dir, 's')];
  let body = '';
  let shrinkBody = '';
  afterAll(g.cleanup);

  it('refuses a page that lost most of its content, an empty body and an unmatched selector, unless --accept', async () => {
    const long = docHtml('Guide', V1.concat(V2, V3).map(([h, p], i) => [`${h} ${i}`, p]));
    shrinkBody = long;
    body = docHtml('Guide', V1);
    srv.routes.set('/shrink', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(shrinkBody)));
    srv.routes.set('/empty', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(body)));
    srv.routes.set('/sel', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(body)));
    await redline(['init', ...gs], g.dir);
    await redline(['add', 'g/shrink', `${srv.url}/shrink`, ...gs], g.dir);
    await redline(['add', 'g/empty', `${srv.url}/empty`, ...gs], g.dir);
    await redline(['add', 'g/sel', `${srv.url}/sel`, '--select', 'main', ...gs], g.dir);
    expect((await redline(['track', ...gs], g.dir)).stdout).toContain('3 recorded');

    shrinkBody = '<html><body><main><h1>Guide</h1><p>Service temporarily unavailable.</p></main></body></html>';
    body = '';
    srv.routes.set('/sel', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end('<html><body><div>Sign in to continue</div></body></html>')));
    const r = await redline(['track', ...gs], g.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/g\/shrink: lost most of its content \(\d+ chars, previous version \d+\): not recorded/);
    expect(r.stderr).toMatch(/g\/empty: empty body: not recorded/);
    expect(r.stderr).toMatch(/g\/sel: selector "main" matched nothing: not recorded/);
    expect(r.stdout).toContain('0 recorded, 0 unchanged, 3 failed');

    const a = await redline(['track', 'g/shrink', '--accept', ...gs], g.dir);
    expect(a).toMatchObject({ code: 0, stdout: expect.stringMatching(/recorded   g\/shrink  Update g\/shrink: .*\(accepted: lost most of its content/) });
    const meta = JSON.parse(readFileSync(join(g.dir, 's', 'pages', 'g', 'shrink', 'meta.json'), 'utf8'));
    expect(meta.accepted[0]).toMatch(/^lost most of its content/);
  });
});

describe('credentials never reach the store or the output', () => {
  const c = tempDir();
  const cs = ['--store', join(c.dir, 's')];
  afterAll(c.cleanup);

  it('expands ${ENV} in URLs, sends it, and masks it and signed redirect URLs everywhere', async () => {
    process.env.RL_TEST_DOCS_TOKEN = 'tok-sekrit-4711';
    let seen = '';
    srv.routes.set('/private', (req, res) => {
      seen = req.url ?? '';
      res.writeHead(302, { location: '/signed?X-Amz-Credential=AKIAQQQQ&X-Amz-Signature=SIGsecret999' });
      res.end();
    });
    srv.routes.set('/signed', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(docHtml('Private', V1))));
    await redline(['init', ...cs], c.dir);
    const add = await redline(['add', 'priv', `${srv.url}/private?token=\${RL_TEST_DOCS_TOKEN}`, ...cs], c.dir);
    expect(add.code).toBe(0);
    const r = await redline(['track', ...cs], c.dir);
    expect(r.code).toBe(0);
    expect(seen).toBe('/private?token=tok-sekrit-4711');
    const meta = JSON.parse(readFileSync(join(c.dir, 's', 'pages', 'priv', 'meta.json'), 'utf8'));
    expect(meta.url).toBe(`${srv.url}/private?token=***`);
    expect(meta.finalUrl).toBe(`${srv.url}/signed?X-Amz-Credential=***&X-Amz-Signature=***`);
    const everything = [
      r.stdout,
      r.stderr,
      add.stdout,
      execFileSync('git', ['-C', join(c.dir, 's'), 'log', '-p', '--all', '--format=%B']).toString(),
      execFileSync('grep', ['-r', '-a', '', join(c.dir, 's')]).toString(),
    ].join('\n');
    for (const s of ['tok-sekrit-4711', 'SIGsecret999', 'AKIAQQQQ']) expect(everything).not.toContain(s);
    delete process.env.RL_TEST_DOCS_TOKEN;
    const missing = await redline(['track', ...cs], c.dir);
    expect(missing).toMatchObject({ code: 3, stderr: 'redline: priv: the URL needs environment variable RL_TEST_DOCS_TOKEN\n' });
  });
});

describe('--push and plain-git clones', () => {
  const p = tempDir();
  afterAll(p.cleanup);

  it('pushes to the configured remote; a clone is a store', async () => {
    const s = join(p.dir, 's');
    const bare = join(p.dir, 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', bare]);
    await redline(['init', s], p.dir);
    const noRemote = await redline(['add', 'a', `${srv.url}/guide/data-protection.html`, '--push', '--store', s], p.dir);
    expect(noRemote).toMatchObject({ code: 3, stderr: expect.stringMatching(/has no git remote to push to: git -C .* remote add origin URL/) });
    git(s, 'remote', 'add', 'origin', bare);
    const r = await redline(['track', '--push', '--store', s], p.dir);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('pushed main to origin\n') });
    expect(git(bare, 'log', '--format=%s', 'main')).toMatch(/^Add a\nTrack a\nInitialize redline store\n$/);
    const clone = join(p.dir, 'clone');
    execFileSync('git', ['clone', '-q', bare, clone]);
    const log = await redline(['log', 'a', '--store', clone], p.dir);
    expect(log.stdout).toMatch(/  Add a\n$/);
  });
});

describe('a folder that is not a store', () => {
  const n = tempDir();
  afterAll(n.cleanup);

  it('gives a clear error, and init refuses a folder of example pages', async () => {
    const snaps = join(n.dir, 'snapshots');
    mkdirSync(snaps);
    cpSync(join(import.meta.dirname, '../../snapshots/codepipeline.awsdocs.md'), join(snaps, 'codepipeline.awsdocs.md'));
    for (const args of [['log', 'x'], ['pages'], ['track'], ['renormalize']]) {
      const r = await redline(args, n.dir);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `redline: no redline store at ${snaps}: the folder holds other files (create a store elsewhere with redline init DIR, then use --store DIR)\n` });
    }
    expect((await redline(['init'], n.dir)).stderr).toMatch(/exists and is not empty, and is not a redline store/);
    expect(existsSync(join(snaps, '.git'))).toBe(false);
    expect(await resolveStoreRef('codepipeline.awsdocs.md', snaps)).toBeNull();
    await expect(resolveStoreRef('codepipeline@~1', snaps)).rejects.toThrow(/no redline store at/);
    expect((await redline(['pages', '--store', 'elsewhere'], n.dir)).stderr).toBe(`redline: no redline store at ${join(n.dir, 'elsewhere')} (run redline init)\n`);
  });
});
