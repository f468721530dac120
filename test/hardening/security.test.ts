// Security: nothing a page id, a file name, a cloned store or a URL carries can make redline step
// outside its store, leak a credential to disk or output, or run a shell.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { join, sep, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { docHtml, git, redline, tempDir } from '../store/helpers.js';
import { openStore } from '../../src/store/index.js';

/** Everything under a folder, as relative paths (links not followed). */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      out.push(relative(dir, p));
      if (lstatSync(p).isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Every byte the store holds: history with patches, every object (reachable or not), the files. */
function everythingIn(store: string): string {
  const objects = spawnSync('git', ['-C', store, 'cat-file', '--batch-all-objects', '--batch'], { maxBuffer: 256 * 1024 * 1024 }).stdout.toString('latin1');
  const files = execFileSync('grep', ['-r', '-a', '-h', '', store], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
  return [git(store, 'log', '-p', '--all', '--format=%B'), objects, files].join('\n');
}

const PAGE = docHtml('Guide', [['Overview', 'This guide has enough words in it to be recorded as a page.']]);

describe('page ids cannot leave the store', () => {
  const t = tempDir('redline-ids-');
  const store = join(t.dir, 's');
  const S = ['--store', store];
  afterAll(t.cleanup);

  const BAD = ['../x', '/etc/passwd', 'a/../../b', '..', 'a\0b', 'a\\b', '..\\..\\x', '.git', 'a/.git', 'pages/../x', '-rf', '--output=x', 'a/b/c', 'A/B', ' a', 'a/', '', 'a\nb', '%2e%2e/x', 'x'.repeat(201)];

  beforeAll(async () => {
    await redline(['init', ...S], t.dir);
    writeFileSync(join(t.dir, 'page.html'), PAGE);
  });

  it.each(BAD.map((id) => [JSON.stringify(id), id]))('%s: add, import and log refuse it with one line', async (_shown, id) => {
    // after "--", so that ids that look like options reach the id check too
    for (const argv of [
      ['add', ...S, '--', id, 'https://example.com/page'],
      ['import', ...S, '--', id, join(t.dir, 'page.html')],
      ['log', ...S, '--', id],
    ]) {
      const r = await redline(argv, t.dir);
      expect(r.code, `${argv[0]}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^redline: (redline add: )?invalid page id .*\n$/);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  });

  it('a hand-edited sources file with such an id is refused before anything is fetched', async () => {
    const before = readFileSync(join(store, 'redline.sources.yaml'), 'utf8');
    writeFileSync(join(store, 'redline.sources.yaml'), 'pages:\n  - id: ../../escape\n    url: https://example.com/x\n');
    const r = await redline(['track', ...S], t.dir);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('redline: redline.sources.yaml: page 1: invalid page id "../../escape" (lowercase slug, at most one "/", e.g. devops-guru/data-protection)\n');
    writeFileSync(join(store, 'redline.sources.yaml'), before);
  });

  it('nothing was written anywhere: the store is as init left it, its folder holds only it', () => {
    expect(git(store, 'log', '--format=%s')).toBe('Initialize redline store\n');
    expect(git(store, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(readdirSync(t.dir).sort()).toEqual(['page.html', 's']);
    expect(existsSync(join(store, 'pages'))).toBe(false);
  });
});

describe('a cloned store with links pointing out of it', () => {
  const t = tempDir('redline-links-');
  const store = join(t.dir, 's');
  const outside = join(t.dir, 'outside');
  const S = ['--store', store];
  let srv: Server;
  let url = '';
  afterAll(async () => {
    await new Promise<void>((r) => srv.close(() => r()));
    t.cleanup();
  });

  beforeAll(async () => {
    srv = createServer((_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(PAGE)));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const a = srv.address();
    url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    mkdirSync(outside);
    writeFileSync(join(outside, 'source.txt'), 'a file of the user, next to the store');
    writeFileSync(join(outside, 'page.md'), 'another one');
    await redline(['init', ...S], t.dir);
    await redline(['add', 'ev', `${url}/ev`, ...S], t.dir);
    await redline(['add', 'deep/page', `${url}/deep`, ...S], t.dir);
    // what a malicious store repository would contain: committed symbolic links under pages/
    mkdirSync(join(store, 'pages'));
    symlinkSync('../../outside', join(store, 'pages', 'ev'));
    symlinkSync('../../outside', join(store, 'pages', 'deep'));
    git(store, 'add', 'pages');
    git(store, '-c', 'user.name=mallory', '-c', 'user.email=m@example.com', 'commit', '-q', '-m', 'links');
  });

  it('track refuses to write through them; the files they point at are untouched', async () => {
    const r = await redline(['track', ...S], t.dir);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      `redline: deep/page: store ${store}: pages/deep is a symbolic link; refusing to write deep/page outside the store`,
      `redline: ev: store ${store}: pages/ev is a symbolic link; refusing to write ev outside the store`,
    ]);
    expect(readdirSync(outside).sort()).toEqual(['page.md', 'source.txt']);
    expect(readFileSync(join(outside, 'source.txt'), 'utf8')).toBe('a file of the user, next to the store');
    expect(readFileSync(join(outside, 'page.md'), 'utf8')).toBe('another one');
  });

  it('the store does not read page files through them either, nor a meta.json naming a path', async () => {
    writeFileSync(join(outside, 'meta.json'), JSON.stringify({ id: 'ev', source: 'source.txt', date: '2024-01-01T00:00:00.000Z' }));
    const st = await openStore(store);
    expect(st.currentMeta('ev')).toBeNull();
    expect(st.currentFiles('ev')).toBeNull();
    st.close();
    // a real page folder whose meta.json names a file elsewhere
    mkdirSync(join(store, 'pages', 'ok'), { recursive: true });
    writeFileSync(join(store, 'pages', 'ok', 'page.md'), '# OK\n');
    writeFileSync(join(store, 'pages', 'ok', 'meta.json'), JSON.stringify({ id: 'ok', source: '../../../outside/source.txt' }));
    const st2 = await openStore(store);
    expect(st2.currentFiles('ok')).toBeNull();
    st2.close();
  });
});

describe('credentials in URLs never reach the disk or the output', () => {
  const t = tempDir('redline-creds-');
  const store = join(t.dir, 's');
  const S = ['--store', store];
  const SECRETS = { user: 'rl-user-3141', pass: 'rl-pass-5926', token: 'rl-token-5358', sig: 'rl-sig-9793', cred: 'AKIARLCRED2384', session: 'rl-session-6264' };
  const seen: { server: 'a' | 'b'; url: string; headers: IncomingHttpHeaders }[] = [];
  let a: Server;
  let b: Server;
  let aUrl = '';
  let bUrl = '';
  afterAll(async () => {
    await Promise.all([a, b].map((s) => new Promise<void>((r) => s.close(() => r()))));
    for (const k of ['RL_SEC_USER', 'RL_SEC_PASS', 'RL_SEC_TOKEN']) delete process.env[k];
    t.cleanup();
  });

  beforeAll(async () => {
    const listen = async (s: Server) => {
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      const ad = s.address();
      return `http://127.0.0.1:${typeof ad === 'object' && ad ? ad.port : 0}`;
    };
    a = createServer((req, res) => {
      seen.push({ server: 'a', url: req.url ?? '', headers: req.headers });
      if (req.url?.startsWith('/loop')) return res.writeHead(302, { location: req.url }).end();
      // to another origin, with a signed URL, as object stores do
      res.writeHead(302, { location: `${bUrl}/signed?X-Amz-Credential=${SECRETS.cred}&X-Amz-Signature=${SECRETS.sig}&session=${SECRETS.session}` }).end();
    });
    b = createServer((req, res) => {
      seen.push({ server: 'b', url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    aUrl = await listen(a);
    bUrl = await listen(b);
    process.env.RL_SEC_USER = SECRETS.user;
    process.env.RL_SEC_PASS = SECRETS.pass;
    process.env.RL_SEC_TOKEN = SECRETS.token;
    await redline(['init', ...S], t.dir);
  });

  it('literal credentials are refused by add, without echoing them', async () => {
    for (const u of [
      `https://${SECRETS.user}:${SECRETS.pass}@docs.example.com/page`,
      `https://docs.example.com/page?token=${SECRETS.token}`,
      `https://docs.example.com/page?a=1&X-Amz-Signature=${SECRETS.sig}`,
    ]) {
      const r = await redline(['add', 'lit/page', u, ...S], t.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^redline: redline add \(lit\/page\): the URL carries a credential .*write it as \$\{ENV_VAR\} instead/);
      for (const s of Object.values(SECRETS)) expect(r.stderr + r.stdout).not.toContain(s);
    }
  });

  it('${ENV} credentials are sent where they belong, and masked everywhere else', async () => {
    const outputs: string[] = [];
    const run = async (argv: string[]) => {
      const r = await redline(argv, t.dir);
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    expect((await run(['add', 'sec/page', `http://\${RL_SEC_USER}:\${RL_SEC_PASS}@${aUrl.slice(7)}/private?token=\${RL_SEC_TOKEN}`, ...S])).code).toBe(0);
    expect((await run(['add', 'sec/loop', `${aUrl}/loop?token=\${RL_SEC_TOKEN}`, ...S])).code).toBe(0);
    const closed = createServer();
    const port = await new Promise<number>((r) => closed.listen(0, '127.0.0.1', () => r((closed.address() as { port: number }).port)));
    await new Promise<void>((r) => closed.close(() => r()));
    expect((await run(['add', 'sec/refused', `http://127.0.0.1:${port}/x?token=\${RL_SEC_TOKEN}&api_key=\${RL_SEC_PASS}`, ...S])).code).toBe(0);
    const r = await run(['track', '--retries', '0', '--timeout', '5', ...S]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('recorded   sec/page  Add sec/page');
    expect(r.stderr).toContain(`redline: sec/loop: redirect loop (${aUrl}/loop?token=*** again after 1 redirects)`);
    expect(r.stderr).toContain('redline: sec/refused: connection refused');
    await run(['log', 'sec/page', ...S]);
    await run(['log', 'sec/page', '--format', 'json', ...S]);
    await run(['pages', '--format', 'json', ...S]);
    await run(['diff', 'sec/page@~0', 'sec/page', '--store', store, '--format', 'json']);

    // the first server got the credentials; the second (another origin) got none of them
    const first = seen.find((x) => x.server === 'a' && x.url.startsWith('/private'))!;
    expect(first.url).toBe(`/private?token=${SECRETS.token}`);
    expect(first.headers.authorization).toBe(`Basic ${Buffer.from(`${SECRETS.user}:${SECRETS.pass}`).toString('base64')}`);
    const second = seen.find((x) => x.server === 'b')!;
    expect(second.headers.authorization).toBeUndefined();

    const meta = JSON.parse(readFileSync(join(store, 'pages', 'sec', 'page', 'meta.json'), 'utf8'));
    expect(meta.url).toBe(`http://***@${aUrl.slice(7)}/private?token=***`);
    expect(meta.finalUrl).toBe(`${bUrl}/signed?X-Amz-Credential=***&X-Amz-Signature=***&session=***`);
    const all = everythingIn(store) + outputs.join('\n');
    for (const [name, s] of Object.entries(SECRETS)) expect(all.includes(s), `${name} leaked`).toBe(false);
  });

  it('import --url masks them too', async () => {
    writeFileSync(join(t.dir, 'v1.html'), PAGE);
    const r = await redline(
      ['import', 'sec/imported', join(t.dir, 'v1.html'), '--date', '2024-01-01', '--url', `https://${SECRETS.user}:${SECRETS.pass}@docs.example.com/p?token=${SECRETS.token}&X-Amz-Signature=${SECRETS.sig}`, ...S],
      t.dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(store, 'pages', 'sec', 'imported', 'meta.json'), 'utf8'));
    expect(meta.url).toBe('https://***@docs.example.com/p?token=***&X-Amz-Signature=***');
    const all = everythingIn(store) + r.stdout + r.stderr;
    for (const [name, s] of Object.entries(SECRETS)) expect(all.includes(s), `${name} leaked`).toBe(false);
  });
});

describe('no shell, and git gets page-derived strings only as paths after "--"', () => {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ f, text: readFileSync(join(ROOT, 'src', f), 'utf8') }));

  // The one exception, with its reason: the pager (src/cli/output.ts) runs the user's own $PAGER
  // (or less), without a shell; page text only reaches its standard input.
  const PROCESS_ALLOWED: Record<string, RegExp[]> = { 'cli/output.ts': [/\bchild_process\b/, /(?<![.\w]|(?:private|public|function|async) )spawn(Sync)?\s*\(/] };

  it('src/ never starts a process itself: no child_process, exec, spawn or shell: true (but the pager; git from src/store/gitproc.ts and docutils from the reST reader, tested below)', () => {
    expect(files.length).toBeGreaterThan(50);
    const hits = files.filter(({ f }) => f !== 'normalize/rst.ts').flatMap(({ f, text }) =>
      // (a method named spawn, like the batch worker pool's, is not a process)
      [/\bchild_process\b/, /(?<![.\w])exec(Sync)?\s*\(/, /\bexecFile(Sync)?\s*\(/, /(?<![.\w]|(?:private|public|function|async) )spawn(Sync)?\s*\(/, /\bshell\s*:\s*true\b/, /\bnew Function\s*\(/, /(?<![.\w])eval\s*\(/]
        .filter((re) => re.test(text) && !(PROCESS_ALLOWED[f.split(sep).join('/')] ?? []).some((ok) => ok.source === re.source))
        .map((re) => `${f}: ${re}`),
    );
    expect(hits.filter((h) => !h.startsWith('store/gitproc.ts: '))).toEqual([]);
    const proc = files.find(({ f }) => f === 'store/gitproc.ts')!.text;
    // every process it starts is git, with an argument array
    const starts = [...proc.matchAll(/\bspawn(Sync)?\(([^,]+),/g)].map((m) => m[2].trim());
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(starts)).toEqual(new Set(["'git'"]));
    expect(proc).not.toMatch(/\bshell\s*:/);
    expect(files.filter(({ text }) => /from 'simple-git'/.test(text))).toEqual([]);
  });

  it('the reST reader runs docutils with a constant script as an argument array, the page on stdin, no shell', () => {
    const rst = files.find(({ f }) => f === 'normalize/rst.ts')!.text;
    const calls = [...rst.matchAll(/spawnSync\((.*)\);$/gm)].map((m) => m[1]);
    expect(calls).toEqual(["p, ['-c', 'import docutils'], { stdio: 'ignore' }", "findPython(), ['-c', SCRIPT], { input: src, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 }"]);
    expect(rst).not.toMatch(/\bshell\s*:|(?<![.\w])exec(File)?(Sync)?\s*\(|\bexecFile/);
    // the interpreters tried are fixed names, and the script turns file inclusion and raw HTML off
    expect(rst).toMatch(/const PYTHONS = \['\/usr\/bin\/python3', 'python3'\];/);
    expect(rst).toMatch(/'file_insertion_enabled': False, 'raw_enabled': False/);
  });

  it('git is driven only from src/store, through raw([...]) / rawSync([...]) / pipe([...]) argument arrays', () => {
    const users = files.filter(({ text }) => /from '\.\/gitproc\.js'|from '\.\.\/store\/gitproc\.js'/.test(text)).map(({ f }) => f);
    expect(users.every((f) => f.startsWith('store/'))).toBe(true);
  });

  it('every value in a git command line before "--" is a literal or a checked value', () => {
    const store = files.filter(({ f }) => f.startsWith('store/')).map(({ text }) => text).join('\n');
    // values allowed before "--", each with the reason it cannot carry page text
    const CHECKED = new Map([
      ['LOG_FORMAT', 'a constant'],
      ['INIT_MESSAGE', 'a constant message'],
      ['`branch.${branch}.remote`', "one argument: the branch name from symbolic-ref, behind 'branch.'"],
      ['remote', 'a configured remote name, from git config'],
      ['`HEAD:refs/heads/${branch}`', "one argument, behind 'HEAD:'"],
      ['`refs/heads/${branch}`', "one argument, behind 'refs/heads/'"],
      ['checked(head)', 'checked: 40 or 64 hex digits'],
      ['`^${checked(upstream)}`', "checked hex, behind '^'"],
      ['checked(tip)', 'checked: 40 or 64 hex digits'],
      ['type', "the object type, 'tree' or 'commit' (a parameter typed so, from the store's own writer)"],
    ]);
    const calls = [...store.matchAll(/\.(?:raw|rawSync|pipe|use(?:<[^>]*>)?)\(\[([^\]]*)\]/g)].map((m) => m[1]);
    expect(calls.length).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const call of calls) {
      const args = call.split(/,(?![^(]*\))(?![^{]*\})/).map((a) => a.trim());
      const dashes = args.indexOf("'--'");
      args.forEach((a, i) => {
        if (dashes >= 0 && i > dashes) return; // paths: page ids, checked by checkPageId, after "--"
        if (/^'[^']*'$/.test(a) || /^`[^`$]*`$/.test(a)) return; // literal
        if (!CHECKED.has(a)) bad.push(`[${call}]: ${a}`);
      });
    }
    expect(bad).toEqual([]);
  });
});
