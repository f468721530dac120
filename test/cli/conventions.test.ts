// The command line as git, ripgrep and difftastic users expect it (issue 14): arguments that name
// URLs, files and store pages with the right error for each; --color with a flag that beats
// NO_COLOR; a pager only on a terminal; Ctrl-C exits 130; examples and exit codes in every
// --help without doubled defaults; one meaning for --format; shell completion; non-regular
// inputs refused; changelog -o never writing into someone else's Markdown.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cli, cliAsync } from '../helpers/cli.js';
import { docHtml, startServer, type TestServer } from '../store/helpers.js';
import { run, type Io } from '../../src/cli/index.js';
import { COMMAND_HELP } from '../../src/cli/help.js';

const OLD = 'snapshots/devops-guru.2021.awsdocs.md';
const NEW = 'snapshots/devops-guru.2024.rendered.txt';
const TLS = 'TLS: 1.2 recommended -> required; 1.3 now recommended';
const tmp = mkdtempSync(join(tmpdir(), 'redline-conv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
  const page = (rec: string) => docHtml('Data protection', [['Encryption in transit', `We ${rec} TLS 1.2 or later for every connection to the service endpoints.`]]);
  srv.routes.set('/v1/page.html', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), res.end(page('recommend'))));
  srv.routes.set('/v2/page.html', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), res.end(page('require'))));
  srv.routes.set('/empty.html', (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end('')));
});
afterAll(() => srv.close());

/** A store with the flagship pair recorded as two versions of one page. */
function flagshipStore(): string {
  const store = join(mkdtempSync(join(tmp, 'store-')), 's');
  expect(cli(['init', store]).code).toBe(0);
  expect(cli(['import', 'devops-guru/data-protection', OLD, '--date', '2021-04-16', '--store', store]).code).toBe(0);
  expect(cli(['import', 'devops-guru/data-protection', NEW, '--date', '2024-03-01', '--store', store]).code).toBe(0);
  return store;
}

describe('arguments: files, URLs and store pages, each with its own error', () => {
  let store: string;
  beforeAll(() => {
    store = flagshipStore();
  });

  it('diff URL URL fetches both (as track does) and compares them', async () => {
    const r = await cliAsync(['diff', `${srv.url}/v1/page.html`, `${srv.url}/v2/page.html`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`redline ${srv.url}/v1/page.html (html) → ${srv.url}/v2/page.html (html)`);
    expect(r.stdout).toContain('We [-recommend-]{+require+} TLS 1.2');
  });

  it('a URL against a file, and against a store page', async () => {
    const f = join(tmp, 'v1.md');
    writeFileSync(f, '# Data protection\n\n## Encryption in transit\n\nWe recommend TLS 1.2 or later for every connection to the service endpoints.\n');
    const a = await cliAsync(['diff', f, `${srv.url}/v2/page.html`]);
    expect(a.code, a.stderr).toBe(1);
    expect(a.stdout).toContain('We [-recommend-]{+require+} TLS 1.2');
    const b = await cliAsync(['diff', 'devops-guru/data-protection@2021-04-16', `${srv.url}/v2/page.html`, '--store', store]);
    expect(b.code, b.stderr).toBe(1);
    expect(b.stdout).toMatch(/^redline devops-guru\/data-protection@2021-04-16 \(\w+\) \(markdown\) → http:/);
  });

  it('error pages at a URL are refused with the reason, not compared', async () => {
    const gone = await cliAsync(['diff', `${srv.url}/gone.html`, `${srv.url}/v2/page.html`]);
    expect(gone).toMatchObject({ code: 2, stdout: '', stderr: `redline: ${srv.url}/gone.html: HTTP 404: an error page, not compared\n` });
    const empty = await cliAsync(['diff', `${srv.url}/empty.html`, OLD]);
    expect(empty).toMatchObject({ code: 2, stderr: `redline: ${srv.url}/empty.html: empty response, not compared\n` });
    expect(cli(['diff', 'ftp://example.com/a.md', OLD])).toMatchObject({ code: 2, stderr: 'redline: ftp://example.com/a.md: only http:// and https:// URLs can be fetched\n' });
  });

  it('a bare store ID works on either side, and ID@REV alone is that version against the latest', () => {
    for (const args of [
      ['devops-guru/data-protection@2021-12-01', 'devops-guru/data-protection'],
      ['devops-guru/data-protection@~1', 'devops-guru/data-protection'],
      ['devops-guru/data-protection@~1'],
      ['devops-guru/data-protection'],
    ]) {
      const r = cli(['diff', ...args, '--store', store]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stdout).toContain(TLS);
    }
  });

  it('says "no such page" for a page the store does not have, "no such file" for a missing file', () => {
    expect(cli(['diff', 'kms/nope', OLD, '--store', store])).toMatchObject({ code: 2, stderr: `redline: kms/nope: no such page in the store at ${store} (redline pages lists them)\n` });
    expect(cli(['diff', 'kms/nope', '--store', store])).toMatchObject({ code: 2, stderr: `redline: kms/nope: no such page in the store at ${store} (redline pages lists them)\n` });
    expect(cli(['diff', 'missing.md', OLD])).toMatchObject({ code: 2, stderr: 'redline: missing.md: no such file\n' });
    expect(cli(['diff', 'kms/nope', OLD])).toMatchObject({ code: 2, stderr: 'redline: kms/nope: no such file, and no redline store at snapshots to look up a page ID in (--store DIR)\n' });
  });

  it('review ID shows that page, review OLD NEW takes URLs and store pages, review DIR DIR two folders (text without a terminal)', async () => {
    const one = cli(['review', 'devops-guru/data-protection', '--store', store]);
    expect(one.code, one.stderr).toBe(1);
    expect(one.stdout).toContain(TLS);
    const urls = await cliAsync(['review', `${srv.url}/v1/page.html`, `${srv.url}/v2/page.html`]);
    expect(urls.code, urls.stderr).toBe(1);
    expect(urls.stdout).toContain('We [-recommend-]{+require+} TLS 1.2');
    const a = join(tmp, 'tree-a');
    const b = join(tmp, 'tree-b');
    for (const [d, f] of [[a, OLD], [b, NEW]]) {
      execFileSync('mkdir', ['-p', d]);
      writeFileSync(join(d, 'data-protection.md'), readFileSync(join(ROOT, f)));
    }
    const dirs = cli(['review', a, b]);
    expect(dirs.code, dirs.stderr).toBe(1);
    expect(dirs.stdout).toMatch(/^ {2}M HIGH {3}data-protection\.md/m);
    expect(dirs.stdout).toContain(TLS);
  });
});

describe('inputs that are not regular files', () => {
  it('a named pipe with no writer is refused at once (it used to wait forever); - and <(...) are read', () => {
    const fifo = join(tmp, 'page.md');
    execFileSync('mkfifo', [fifo]);
    expect(cli(['diff', fifo, OLD])).toMatchObject({ code: 2, stderr: `redline: ${fifo}: not a regular file (a named pipe); give - to read standard input\n` });
    expect(cli(['normalize', fifo]).code).toBe(2);
    const sub = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} diff <(cat ${OLD}) ${NEW}`], { cwd: ROOT, encoding: 'utf8' });
    expect(sub.status, sub.stderr).toBe(1);
    expect(sub.stdout).toContain(TLS);
    expect(cli(['diff', '/dev/null', OLD]).code).toBe(1);
  });
});

describe('--color', () => {
  const colours = (args: string[], env: Record<string, string> = {}) => (cli(['diff', OLD, NEW, ...args], { env }).stdout.match(/\x1b\[/g) ?? []).length;

  it('auto: off when piped, and NO_COLOR keeps it off; always/never (and --color alone) win over NO_COLOR', () => {
    expect(colours([])).toBe(0);
    expect(colours(['--color', 'auto'], { FORCE_COLOR: '1' })).toBeGreaterThan(0);
    expect(colours(['--color', 'auto'], { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(0);
    for (const args of [['--color'], ['--color=always'], ['--color', 'always']]) expect(colours(args, { NO_COLOR: '1' }), args.join(' ')).toBeGreaterThan(0);
    for (const args of [['--color', 'never'], ['--no-color']]) expect(colours(args, { FORCE_COLOR: '1' }), args.join(' ')).toBe(0);
    // --color before the file names does not swallow one
    expect(cli(['diff', '--color', OLD, NEW]).code).toBe(1);
    expect(cli(['diff', OLD, NEW, '--color=sometimes'])).toMatchObject({ code: 2, stderr: 'redline: invalid --color "sometimes" (use auto, always or never)\n' });
  });
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _e: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

describe('the pager', () => {
  /** `redline ARGS` in-process with standard output a terminal of `rows` rows; the pager writes to a file. */
  async function onTerminal(args: string[], env: Record<string, string | undefined>, rows = 24) {
    const paged = join(tmp, `paged-${Math.random().toString(36).slice(2)}.txt`);
    const out = Object.assign(new Sink(), { isTTY: true, rows, columns: 100 });
    const err = new Sink();
    const saved = { ...process.env };
    for (const k of ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'REDLINE_PAGER', 'NO_COLOR']) delete process.env[k];
    // the pager: a script that keeps what it is given (PAGER runs without a shell)
    const script = join(tmp, 'keep-pager.sh');
    writeFileSync(script, '#!/bin/sh\ncat > "$REDLINE_TEST_PAGED"\n', { mode: 0o755 });
    Object.assign(process.env, { PAGER: script, REDLINE_TEST_PAGED: paged }, env);
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
    try {
      const code = await run(args, { stdout: out as unknown as NodeJS.WriteStream, stderr: err as unknown as NodeJS.WriteStream, cwd: ROOT });
      return { code, stdout: out.text, paged: existsSync(paged) ? readFileSync(paged, 'utf8') : null };
    } finally {
      process.env = saved;
    }
  }

  it('pages a long report on a terminal through $PAGER, with the same text and exit code', async () => {
    const r = await onTerminal(['diff', OLD, NEW, '--color', 'never'], {});
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.paged).toBe(cli(['diff', OLD, NEW]).stdout);
  });

  it('not with --no-pager, under CI, for a report shorter than the terminal, or with PAGER=cat', async () => {
    for (const [args, env] of [
      [['--no-pager'], {}],
      [[], { CI: 'true' }],
      [[], { PAGER: 'cat' }],
      [[], { REDLINE_PAGER: '' }],
    ] as [string[], Record<string, string>][]) {
      const r = await onTerminal(['diff', OLD, NEW, '--color', 'never', ...args], env);
      expect(r.paged, JSON.stringify([args, env])).toBeNull();
      expect(r.stdout).toContain(TLS);
    }
    const short = await onTerminal(['diff', OLD, OLD], {}, 24);
    expect(short).toMatchObject({ code: 0, paged: null, stdout: expect.stringContaining('No changes.') });
  });
});

describe('Ctrl-C exits 130', () => {
  it('while diff waits for a URL, and while track holds the store lock (the lock is released)', async () => {
    let hang: (() => void) | null = null;
    const hung = new Promise<void>((r) => (hang = r));
    srv.routes.set('/hang.html', () => hang!()); // answers nothing; tells the test the request arrived
    let pid = 0;
    const diff = cliAsync(['diff', `${srv.url}/hang.html`, OLD], { onSpawn: (p) => (pid = p) });
    await hung;
    process.kill(pid, 'SIGINT');
    expect((await diff).code).toBe(130);

    const store = join(mkdtempSync(join(tmp, 'int-')), 's');
    expect(cli(['init', store]).code).toBe(0);
    writeFileSync(join(store, 'redline.sources.yaml'), `pages:\n  - id: slow/page\n    url: "${srv.url}/hang.html"\n`);
    const again = new Promise<void>((r) => (hang = r));
    const track = cliAsync(['track', '--store', store], { onSpawn: (p) => (pid = p) });
    await again;
    expect(existsSync(join(store, '.redline.lock'))).toBe(true);
    process.kill(pid, 'SIGINT');
    expect((await track).code).toBe(130);
    expect(existsSync(join(store, '.redline.lock'))).toBe(false);
  });
});

describe('--help', () => {
  const commands = /\nCommands:\n([^]*?)\n\n/.exec(cli(['--help']).stdout)![1];
  const names = (commands.match(/^ {2}[a-z]+/gm) ?? []).map((l) => l.trim()).filter((n) => n !== 'help');

  it('every command has examples and its exit codes (src/cli/help.ts)', () => {
    expect(names).toEqual(expect.arrayContaining(['diff', 'normalize', 'review', 'init', 'add', 'track', 'import', 'log', 'pages', 'renormalize', 'changelog', 'completion']));
    for (const n of names) {
      expect(COMMAND_HELP[n], `add examples and exit codes for "${n}" to src/cli/help.ts`).toBeTruthy();
      const h = cli([n, '--help']);
      expect(h.code, n).toBe(0);
      expect(h.stdout, n).toMatch(/\nExamples:\n {2}redline /);
      expect(h.stdout, n).toMatch(/\nExit status:\n {2}0 /);
      expect(h.stdout, n).toMatch(/^ {2}130 interrupted \(Ctrl-C\)$/m);
      // one "(default ...)" per option at most, and none for empty lists
      const options = h.stdout.split(/\n(?= {2}-)/).map((o) => o.replace(/\n\s+/g, ' '));
      for (const o of options) expect(o.match(/\(default|, default:/g)?.length ?? 0, `${n}: ${o}`).toBeLessThan(2);
      expect(h.stdout, n).not.toContain('default: []');
    }
  });

  it('--format names the output format; normalize takes --input-format (the old --format still works, with a notice)', () => {
    for (const c of ['normalize', 'add', 'import']) {
      const h = cli([c, '--help']).stdout;
      expect(h, c).not.toMatch(/--format\b/);
      expect(h, c).toMatch(/--input-format <format>/);
    }
    const now = cli(['normalize', OLD, '--input-format', 'text']);
    const old = cli(['normalize', OLD, '--format', 'text']);
    expect(now.code).toBe(0);
    expect(old.stdout).toBe(now.stdout);
    expect(old.stderr).toBe('redline: notice: normalize --format is now --input-format (--format names the output format in every command)\n');
    expect(now.stdout).not.toBe(cli(['normalize', OLD]).stdout); // the forced format was used
  });
});

describe('shell completion', () => {
  const has = (sh: string) => spawnSync(sh, ['-c', 'exit 0']).status === 0;

  it('bash: commands, options of the command, and option values', () => {
    const script = join(tmp, 'redline.bash');
    writeFileSync(script, cli(['completion', 'bash']).stdout);
    const complete = (...words: string[]) =>
      spawnSync('bash', ['-c', `source ${script}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _redline; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(complete('redline', 'd')).toEqual(['diff']);
    expect(complete('redline', 'diff', '--fail')).toEqual(['--fail-on']);
    expect(complete('redline', 'diff', '--fail-on', '')).toEqual(['none', 'low', 'medium', 'high', 'never']);
    expect(complete('redline', 'changelog', '-f', '')).toEqual(['markdown', 'json', 'atom', 'html']);
    expect(complete('redline', 'normalize', '--in')).toEqual(['--input-format']);
  });

  it('fish: the same completions through fish itself', (ctx) => {
    if (!has('fish')) return ctx.skip('fish is not installed (apt-get install -y fish; .ci/run installs it)');
    const script = join(tmp, 'redline.fish');
    writeFileSync(script, cli(['completion', 'fish']).stdout);
    const complete = (line: string) => spawnSync('fish', ['-c', `source ${script}; complete -C '${line}'`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    expect(complete('redline di')).toEqual(['diff']);
    expect(complete('redline diff --fail-on ')).toEqual(expect.arrayContaining(['never', 'high']));
  });

  it('zsh: a valid completion function that registers itself for redline', (ctx) => {
    if (!has('zsh')) return ctx.skip('zsh is not installed (apt-get install -y zsh; .ci/run installs it)');
    const script = join(tmp, '_redline');
    writeFileSync(script, cli(['completion', 'zsh']).stdout);
    expect(spawnSync('zsh', ['-n', script]).status).toBe(0);
    const r = spawnSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source ${script} && print -r -- $_comps[redline]`], { encoding: 'utf8', env: { ...process.env, HOME: tmp } });
    expect(r.stdout.trim(), r.stderr).toBe('_redline');
  });

  it('refuses an unknown shell', () => {
    expect(cli(['completion', 'tcsh'])).toMatchObject({ code: 2, stderr: 'redline: unknown shell "tcsh" (use bash, zsh or fish)\n' });
  });
});

describe('changelog -o', () => {
  it('refuses to add to a Markdown file redline did not write, unless --force', () => {
    const store = flagshipStore();
    const notes = join(tmp, 'notes.md');
    const mine = '# My notes\n\nThings to remember.\n';
    writeFileSync(notes, mine);
    expect(cli(['changelog', '-o', notes, '--store', store])).toMatchObject({ code: 2, stdout: '', stderr: `redline: ${notes}: not a changelog redline wrote (no redline entries in it); --force adds to it anyway\n` });
    expect(readFileSync(notes, 'utf8')).toBe(mine);
    const forced = cli(['changelog', '-o', notes, '--store', store, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^# My notes\n[^]*<!-- redline:devops-guru\/data-protection@/);
    // a file redline wrote, even one with no entries yet, is added to as before
    const own = join(tmp, 'CHANGELOG.md');
    expect(cli(['changelog', '-o', own, '--store', store, '--until', '2000-01-01']).code).toBe(0);
    expect(cli(['changelog', '-o', own, '--store', store])).toMatchObject({ code: 0, stdout: `${own}: updated, 2 page versions added\n` });
  });
});

describe('the Markdown report', () => {
  it('marks insertions with <ins>, not bold (bold is the page\'s own emphasis)', () => {
    const md = cli(['diff', OLD, NEW, '--format', 'markdown']).stdout;
    expect(md).toContain('We ~~recommend~~<ins>require</ins> TLS 1.2 ~~or later~~<ins>and recommend TLS 1.3</ins>.');
    expect(md).not.toMatch(/\*\*require\*\*/);
  });
});
