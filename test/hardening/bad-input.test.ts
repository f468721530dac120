// Broken and hostile inputs through the real CLI (bin/redline.js as a child process), each with the
// one outcome a user should get: a one-line error on stderr and exit 2, or a report (exit 0/1),
// coarser where a bound was hit and then saying so in `fallbacks`. docs/hardening.md has the table.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, type CliResult } from '../helpers/cli.js';
import type { ChangeReport } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'redline-bad-input-'));
const f = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = '# Guide\n\nIntro sentence.\n\n## Limits\n\nUp to 10 requests per second.\n\n## Security\n\nWe recommend TLS 1.2 or later.\n';

function write(name: string, data: string | Buffer): string {
  writeFileSync(f(name), data);
  return f(name);
}

/** Exit 2 with exactly one line on stderr, nothing on stdout, never a stack trace. */
function expectError(r: CliResult, line: string | RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  if (typeof line === 'string') expect(r.stderr).toBe(`redline: ${line}\n`);
  else expect(r.stderr).toMatch(line);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

const json = (r: CliResult) => JSON.parse(r.stdout) as ChangeReport;
/** Sections that changed in some way (the JSON report lists unchanged ones too). */
const changed = (r: CliResult) => json(r).sections.filter((s) => s.status !== 'unchanged');

// Raw control characters a terminal acts on (C0 but \t \n, DEL, C1, bidi overrides and isolates).
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

beforeAll(() => {
  write('page.md', PAGE);
});

describe('empty pages are pages', () => {
  it('empty and blank files are an empty page: no changes between them; normalize prints an empty document', () => {
    write('empty.md', '');
    write('blank.md', '  \n\n\t\n');
    const r = cli(['diff', f('empty.md'), f('blank.md')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/No changes\.\n$/);
    expect(cli(['normalize', f('empty.md')])).toMatchObject({ code: 0, stdout: '\n', stderr: '' });
  });

  it('empty -> page: every section added (exit 1); page -> empty: every section removed', () => {
    const added = cli(['diff', f('empty.md'), f('page.md'), '--format', 'json']);
    expect(added.code).toBe(1);
    expect(json(added).summary).toMatchObject({ added: 3, removed: 0, modified: 0 });
    expect(json(added).sections.map((s) => [s.status, s.newHeading])).toEqual([
      ['added', 'Guide'],
      ['added', 'Limits'],
      ['added', 'Security'],
    ]);
    const removed = cli(['diff', f('page.md'), f('empty.md'), '--format', 'json']);
    expect(removed.code).toBe(1);
    expect(json(removed).summary).toMatchObject({ added: 0, removed: 3 });
  });
});

describe('bytes that are not a text page: exit 2, one line', () => {
  it.each([
    ['a PNG image', 'image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary input (NUL bytes), not a text page'],
    ['a gzip file', 'page.md.gz', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0x4b, 0x4c]), 'binary input (NUL bytes), not a text page'],
    ['a NUL byte in text', 'nul.md', Buffer.from('# T\n\nab\0cd\n'), 'binary input (NUL bytes), not a text page'],
    ['a NUL byte after the first 8 KB', 'late-nul.md', Buffer.concat([Buffer.from('# T\n\n' + 'word '.repeat(3000)), Buffer.from([0]), Buffer.from('\n')]), 'binary input (NUL bytes), not a text page'],
    ['invalid UTF-8', 'bad-utf8.md', Buffer.from([0x23, 0x20, 0x54, 0x0a, 0x61, 0xc3, 0x28, 0x62, 0xff, 0x0a]), 'input is not valid UTF-8 text (undecodable bytes)'],
    ['UTF-16 without a BOM', 'utf16-nobom.md', Buffer.from(PAGE, 'utf16le'), 'binary input (NUL bytes), not a text page'],
    ['UTF-16LE with a BOM and an odd byte count', 'utf16-odd.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# T\n', 'utf16le'), Buffer.from([0x41])]), 'input is not valid UTF-16LE text (undecodable bytes)'],
    ['an unknown meta charset', 'klingon.html', Buffer.from('<html><head><meta charset="x-klingon"></head><body><p>x</p></body></html>'), 'unsupported character encoding "x-klingon"'],
  ])('%s', (_what, name, bytes, message) => {
    const path = write(name, bytes);
    expectError(cli(['diff', f('page.md'), path]), `${path}: ${message}`);
  });

  it('a symlink loop and a dangling symlink', () => {
    symlinkSync('loop.md', f('loop.md'));
    symlinkSync(join(dir, 'nowhere.md'), f('dangling.md'));
    expectError(cli(['diff', f('loop.md'), f('page.md')]), `${f('loop.md')}: cannot read (ELOOP)`);
    expectError(cli(['diff', f('dangling.md'), f('page.md')]), `${f('dangling.md')}: no such file`);
  });
});

describe('encodings a page may legitimately use', () => {
  it('UTF-16 with a BOM (LE and BE) and UTF-8 with a BOM read as the same page', () => {
    const le = write('utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]));
    const be = write('utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PAGE, 'utf16le').swap16()]));
    const bom8 = write('utf8bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]));
    for (const p of [le, be, bom8]) {
      const r = cli(['diff', p, f('page.md')]);
      expect(r.code, `${p}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/No changes\.\n$/);
    }
    expect(cli(['normalize', be]).stdout).toBe(cli(['normalize', f('page.md')]).stdout);
  });

  it('Latin-1 HTML with a meta charset reads as browsers read it (windows-1252: curly quotes, dash, euro)', () => {
    const body = (s: string) => `<!DOCTYPE html><html><head>${s}<title>Caf\u00e9</title></head><body><main><h1>Caf\u00e9</h1><p>`;
    const latin = write(
      'latin1.html',
      Buffer.concat([
        Buffer.from(body('<meta charset="iso-8859-1">'), 'latin1'),
        Buffer.from([0x93, ...Buffer.from('Cr\u00e8me br\u00fbl\u00e9e', 'latin1'), 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]),
        Buffer.from('.</p></main></body></html>'),
      ]),
    );
    const cp1252 = write('cp1252.html', Buffer.from(readLatin(latin).replace('charset="iso-8859-1"', 'http-equiv="Content-Type" content="text/html; charset=windows-1252"'), 'latin1'));
    const utf8 = write('utf8.html', `${body('<meta charset="utf-8">')}“Crème brûlée” – 5 €.</p></main></body></html>`);
    expect(cli(['normalize', latin])).toMatchObject({ code: 0, stdout: '# Café\n\n“Crème brûlée” – 5 €.\n' });
    for (const p of [latin, cp1252]) {
      const r = cli(['diff', p, utf8]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  });
});

function readLatin(path: string): string {
  return spawnSync('cat', [path]).stdout.toString('latin1');
}

describe('size limits', () => {
  it('a 50 MB page is refused before it is read (default limit 25 MB)', () => {
    const big = f('big.html');
    const fd = openSync(big, 'w');
    const chunk = Buffer.from(`<p>${'word '.repeat(200)}</p>\n`);
    for (let n = 0; n < 50 * 1024 * 1024; n += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    expectError(cli(['diff', big, f('page.md')]), `${big}: input is 50.0 MB, over the 25 MB limit (--max-size)`);
    expectError(cli(['diff', f('page.md'), big, '--max-size', '10']), `${big}: input is 50.0 MB, over the 10 MB limit (--max-size)`);
    rmSync(big);
  });

  it('standard input over the limit, and one that never ends, stop at the limit', () => {
    expectError(cli(['diff', '-', f('page.md'), '--max-size', '1'], { input: Buffer.alloc(3 * 1024 * 1024, 'a') }), '-: input is over the 1 MB limit (--max-size)');
    // an endless stream on stdin was read until memory ran out; a device given as a file is refused
    const zero = openSync('/dev/zero', 'r');
    const r = spawnSync(process.execPath, [BIN, 'diff', '-', f('page.md')], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    closeSync(zero);
    expectError({ code: r.status, stdout: r.stdout, stderr: r.stderr }, '-: input is over the 25 MB limit (--max-size)');
    expectError(cli(['diff', '/dev/zero', f('page.md'), '--max-size', '2']), '/dev/zero: not a regular file (a device); give - to read standard input');
  });
});

describe('structure at the extremes', () => {
  it.each([
    ['<div>', (n: number) => '<div>'.repeat(n) + '<p>inner text 1.2</p>' + '</div>'.repeat(n)],
    ['<blockquote>', (n: number) => '<blockquote>'.repeat(n) + '<p>inner text 1.2</p>' + '</blockquote>'.repeat(n)],
    ['<ul><li>', (n: number) => '<ul><li>'.repeat(n) + 'inner text 1.2' + '</li></ul>'.repeat(n)],
    ['<table><tr><td>', (n: number) => '<table><tr><td>'.repeat(n) + 'inner text 1.2' + '</td></tr></table>'.repeat(n)],
    ['unclosed <b><i>', (n: number) => '<b><i>'.repeat(n) + 'inner text 1.2'],
  ])('HTML nested 10,000 levels deep (%s): bounded, text kept', (_what, make) => {
    const p = write(`deep-${_what.replace(/\W+/g, '')}.html`, `<!DOCTYPE html><html><body><main><h1>Deep</h1>${make(10_000)}</main></body></html>`);
    const n = cli(['normalize', p]);
    expect(n.code, n.stderr).toBe(0);
    expect(n.stdout).toMatch(/^# Deep\n\n[^]*inner text 1\.2/);
    expect(n.stdout).not.toMatch(/^\\\*\\\*$/m);
  });

  it.each([
    ['block quotes', '>'.repeat(10_000) + ' inner text 1.2'],
    ['bullets', '- '.repeat(10_000) + 'inner text 1.2'],
    ['emphasis', '*'.repeat(10_000) + 'inner text 1.2' + '*'.repeat(10_000)],
  ])('Markdown nested 10,000 deep (%s): no stack overflow', (_what, body) => {
    const p = write(`deep-${_what.replace(/\W+/g, '')}.md`, `# Deep\n\n${body}\n`);
    const n = cli(['normalize', p]);
    expect(n.code, n.stderr).toBe(0);
    expect(n.stdout).toMatch(/^# Deep\n[^]*inner text 1\.2/);
  });

  it('unclosed tags read like their closed version', () => {
    const open = write('unclosed.html', '<html><body><main><h1>T</h1><p>a<p>b<div>c<table><tr><td>x<td>y<tr><td>1<td>2</main>');
    const closed = write('closed.html', '<html><body><main><h1>T</h1><p>a</p><p>b</p><div>c</div><table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table></main></body></html>');
    const r = cli(['diff', open, closed]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/No changes\.\n$/);
    // an unclosed <b> runs on into the next paragraph: only a formatting difference
    const b1 = write('ub.html', '<html><body><main><h1>T</h1><p><b>Note: text</p><p>more</p></main>');
    const b2 = write('cb.html', '<html><body><main><h1>T</h1><p><b>Note: text</b></p><p>more</p></main>');
    expect(cli(['diff', b1, b2]).code).toBe(0);
  });

  it('a Markdown file that is one 1 MB line: a bounded coarser diff that says why', () => {
    const words = (k: number) => Array.from({ length: 170_000 }, (_, i) => (i === 90_000 ? `changed${k}` : `word${i % 97}`)).join(' ');
    const a = write('line-a.md', `# One\n\n${words(1)}\n`);
    const b = write('line-b.md', `# One\n\n${words(2)}\n`);
    const r = cli(['diff', a, b, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const rep = json(r);
    expect(rep.summary).toMatchObject({ modified: 1, added: 0, removed: 0 });
    expect(rep.fallbacks).toEqual([
      'section "One": a sentence over 4,000 characters was compared in pieces cut at words',
      'a paragraph is over 20,000 characters: its sentences were split at punctuation, not by the sentence segmenter',
    ]);
    expect(cli(['diff', a, a]).code).toBe(0);
  });

  it('headings only: one more heading is one added section', () => {
    const heads = (n: number) => Array.from({ length: n }, (_, i) => `## Heading ${i}`).join('\n\n') + '\n';
    const a = write('heads-a.md', heads(50));
    const b = write('heads-b.md', heads(51));
    expect(cli(['diff', a, a]).code).toBe(0);
    const r = cli(['diff', a, b, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r).summary).toMatchObject({ added: 1, removed: 0, modified: 0, renamed: 0 });
    expect(changed(r).map((s) => s.newHeading)).toEqual(['Heading 50']);
  });

  it('no headings at all: one untitled section, modified', () => {
    const paras = (k: number) => Array.from({ length: 50 }, (_, i) => `Paragraph ${i} allows ${i === 7 ? k : i} requests.`).join('\n\n') + '\n';
    const a = write('flat-a.md', paras(7));
    const b = write('flat-b.md', paras(70));
    const r = cli(['diff', a, b, '--format', 'json']);
    expect(r.code).toBe(1);
    const rep = json(r);
    expect(rep.sections).toHaveLength(1);
    expect(rep.sections[0]).toMatchObject({ status: 'modified', oldHeading: null, newHeading: null });
    expect(rep.sections[0].changes.map((c) => [c.old, c.new])).toEqual([['Paragraph 7 allows 7 requests.', 'Paragraph 7 allows 70 requests.']]);
    expect(cli(['diff', a, b]).stdout).toContain('§ (untitled)  [modified]');
  });

  it('5,000 sections: one changed number is one modified section, in bounded time', () => {
    const page = (k: number) =>
      '# Big\n\n' + Array.from({ length: 5000 }, (_, i) => `## Section ${i}\n\nSection ${i} allows ${i === 4321 ? k : i} requests per second.`).join('\n\n') + '\n';
    const a = write('s5k-a.md', page(4321));
    const b = write('s5k-b.md', page(9999));
    const r = cli(['diff', a, b, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(json(r).summary).toMatchObject({ added: 0, removed: 0, modified: 1, renamed: 0, moved: 0 });
    expect(changed(r).map((s) => s.newHeading)).toEqual(['Section 4321']);
  });

  it('duplicate headings are told apart by position', () => {
    const page = (second: string, third = '## Notes\n\nThird notes.\n') => `# Dup\n\n## Notes\n\nFirst notes.\n\n## Notes\n\n${second}\n\n${third}`;
    const a = write('dup-a.md', page('Second notes.'));
    const r = cli(['diff', a, write('dup-b.md', page('Second notes, changed.')), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r).summary).toMatchObject({ modified: 1, added: 0, removed: 0 });
    expect(changed(r).map((s) => s.changes.map((c) => [c.old, c.new]))).toEqual([[['Second notes.', 'Second notes, changed.']]]);
    const gone = cli(['diff', a, write('dup-c.md', page('Second notes.', '')), '--format', 'json']);
    expect(json(gone).summary).toMatchObject({ removed: 1, modified: 0, added: 0 });
  });

  it('CRLF and CR-only line endings read like LF', () => {
    const lf = write('lf.md', '# Title\n\nHello world\nwrapped line.\n\n- a\n- b\n');
    for (const [name, text] of [
      ['crlf.md', '# Title\r\n\r\nHello world\r\nwrapped line.\r\n\r\n- a\r\n- b\r\n'],
      ['cr.md', '# Title\r\rHello world\rwrapped line.\r\r- a\r- b\r'],
      ['crlf.html', '<html>\r\n<body>\r\n<main><h1>Title</h1>\r\n<p>Hello world\r\nwrapped line.</p>\r\n<ul><li>a</li>\r\n<li>b</li></ul></main></body></html>\r\n'],
    ]) {
      const r = cli(['diff', write(name, text), lf]);
      expect(r.code, `${name}: ${r.stdout}`).toBe(0);
    }
  });
});

describe('text that would drive a terminal', () => {
  const EVIL = 'red \x1b[31mALERT\x1b[0m clip \x1b]52;c;ZXZpbA==\x07 bel \x07 c1 \x9b31m nel \x85 rtl \u202eevil\u202c iso \u2066x\u2069 del \x7f end';

  it('never reaches stdout raw: text and Markdown show visible escapes, JSON escapes per JSON', () => {
    const a = write('esc-a.md', '# Title \x1b[2J\n\n## Sec \x1b[31mred\n\nPlain sentence one.\n\nKeep this.\n');
    const b = write('esc-b.md', `# Title \x1b[2J\n\n## Sec \x1b[31mred\n\nPlain sentence one ${EVIL}.\n\nKeep this.\n\n## Added \x1b]0;title\x07\n\n${EVIL}\n`);
    for (const format of ['text', 'markdown', 'json']) {
      const r = cli(['diff', a, b, '--format', format]);
      expect(r.code, r.stderr).toBe(1);
      const bad = RAW_CONTROL.exec(r.stdout);
      expect(bad, `${format}: raw U+${bad?.[0].charCodeAt(0).toString(16)}`).toBeNull();
    }
    const t = cli(['diff', a, b]);
    expect(t.code, t.stderr).toBe(1);
    const text = t.stdout;
    expect(text).toContain('{+ red \\x1b[31mALERT\\x1b[0m clip \\x1b]52;c;ZXZpbA==\\x07 bel \\x07 c1 \\x9b31m nel \\x85 rtl \\u202eevil\\u202c iso \\u2066x\\u2069 del \\x7f end+}');
    expect(text).toContain('§ Added \\x1b]0;title\\x07  [added]');
    // Markdown escapes the backslash of the visible escape too: it renders as \x1b
    expect(cli(['diff', a, b, '--format', 'markdown']).stdout).toContain('## Added \\\\x1b\\]0;title\\\\x07');
    const j = cli(['diff', a, b, '--format', 'json']);
    expect(j.stdout).toContain('\\u001b[31mALERT');
    expect(j.stdout).toContain('\\u009b31m nel \\u0085 rtl \\u202eevil\\u202c iso \\u2066x\\u2069 del \\u007f end');
    // the JSON still carries the exact text
    const added = json(j).sections.find((s) => s.status === 'added')!;
    expect(added.changes[0].new).toBe(EVIL);
    expect(json(j).new.title).toBe('Title \x1b[2J');
  });

  it('normalize, error messages and file names too', () => {
    const b = write('esc-n.md', `# T\n\n${EVIL}\n`);
    const n = cli(['normalize', b]);
    expect(n.code).toBe(0);
    expect(RAW_CONTROL.test(n.stdout)).toBe(false);
    expect(n.stdout).toContain('\\x1b\\[31mALERT');
    const evilName = f('x\x1b[31m\u202e.md');
    write('x\x1b[31m\u202e.md', `# T\n\n${EVIL}\n`);
    const r = cli(['diff', evilName, f('page.md')]);
    expect(RAW_CONTROL.test(r.stdout)).toBe(false);
    expect(r.stdout).toContain('x\\x1b[31m\\u202e.md');
    expectError(cli(['diff', f('nope\x1b[2J.md'), f('page.md')]), `${f('nope\\x1b[2J.md')}: no such file`);
  });
});

describe('right-to-left and emoji text', () => {
  it('is compared and shown as it is', () => {
    const a = write('rtl-a.md', '# دليل الأمان 🔒\n\n## التشفير\n\nنوصي باستخدام TLS 1.2 أو أحدث. 👩‍💻 🇩🇪 👍🏽\n\n## הצפנה\n\nאנו ממליצים על TLS 1.2.\n');
    const b = write('rtl-b.md', '# دليل الأمان 🔒\n\n## التشفير\n\nنطلب استخدام TLS 1.2 ونوصي بـ TLS 1.3. 👩‍💻 🇩🇪 👍🏽\n\n## הצפנה\n\nאנו ממליצים על TLS 1.2.\n');
    expect(cli(['diff', a, a]).code).toBe(0);
    const r = cli(['diff', a, b, '--format', 'json']);
    expect(r.code).toBe(1);
    const rep = json(r);
    expect(rep.new.title).toBe('دليل الأمان 🔒');
    expect(rep.summary).toMatchObject({ modified: 1, added: 0, removed: 0 });
    const [sec] = changed(r);
    const c = sec.changes.find((x) => x.words)!;
    expect(sec.newHeading).toBe('التشفير');
    expect(c.words!.filter(([op]) => op !== '-').map(([, t]) => t).join('')).toBe(c.new);
    expect(c.words!.filter(([op]) => op !== '+').map(([, t]) => t).join('')).toBe(c.old);
    expect(c.new).toContain('نطلب استخدام TLS 1.2');
    // emoji sequences survive (flags, skin tones; the zero-width joiner inside 👩‍💻 is one of the
    // invisible characters normalization drops, on both sides alike)
    expect(cli(['normalize', b]).stdout).toContain('🇩🇪 👍🏽');
    const text = cli(['diff', a, b]).stdout;
    expect(text).toContain('§ التشفير  [modified]');
  });
});
