// The store's pure pieces: page ids, credential redaction, the sources file, version picking, the lock.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { isPageId } from '../../src/store/ids.js';
import { expandEnv, hasLiteralCredentials, redactText, redactUrl } from '../../src/store/redact.js';
import { appendEntry, EMPTY_SOURCES_YAML, parseSources } from '../../src/store/sources.js';
import { dateCutoff, pickVersion } from '../../src/store/resolve.js';
import { parseStoreRef } from '../../src/store/ref.js';
import { acquireLock, LOCK_FILE } from '../../src/store/lock.js';
import type { VersionInfo } from '../../src/store/store.js';
import { tempDir } from './helpers.js';

describe('page ids', () => {
  it.each(['kms', 'devops-guru/data-protection', 'a.b_c-d/e1', 'iam/2023.quotas'])('accepts %s', (id) => expect(isPageId(id)).toBe(true));
  it.each(['', '../etc', 'a/../b', 'a/b/c', '/abs', 'A', 'a//b', '-opt', '.hidden', 'a/.x', 'a b', 'a..b', 'a\\b', 'a/'])('refuses %j', (id) =>
    expect(isPageId(id)).toBe(false),
  );
});

describe('redaction', () => {
  it('masks user:password and secret query values, keeps the rest', () => {
    expect(redactUrl('https://bob:hunter2@docs.example.com/p?lang=en&token=abc123')).toBe('https://***@docs.example.com/p?lang=en&token=***');
    expect(redactUrl('https://s3.example.com/b/k?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=deadbeef&versionId=3')).toBe(
      'https://s3.example.com/b/k?X-Amz-Credential=***&X-Amz-Signature=***&versionId=3',
    );
    for (const p of ['access_token', 'key', 'apikey', 'api_key', 'signature', 'sig', 'password', 'secret', 'client_secret']) {
      expect(redactUrl(`https://h/p?${p}=s3cr3t`)).toBe(`https://h/p?${p}=***`);
    }
    expect(redactUrl('https://h/p?page=2')).toBe('https://h/p?page=2');
  });
  it('masks URLs inside free text and remembered secrets', () => {
    expect(redactText('fetch https://u:pw@h.example.com/x?sig=1 failed')).toBe('fetch https://***@h.example.com/x?sig=*** failed');
    const { url, missing } = expandEnv('https://h/p?token=${RL_TEST_TOKEN}', { RL_TEST_TOKEN: 'tok-98765' });
    expect(missing).toEqual([]);
    expect(url).toBe('https://h/p?token=tok-98765');
    expect(redactText('server said: bad token tok-98765')).toBe('server said: bad token ***');
    expect(expandEnv('https://h/${RL_NOPE}', {}).missing).toEqual(['RL_NOPE']);
  });
  it('tells literal credentials from ${ENV} placeholders', () => {
    expect(hasLiteralCredentials('https://u:p@h/')).toBe(true);
    expect(hasLiteralCredentials('https://h/?token=abc')).toBe(true);
    expect(hasLiteralCredentials('https://h/?token=${DOCS_TOKEN}')).toBe(false);
    expect(hasLiteralCredentials('https://h/?page=1')).toBe(false);
  });
});

describe('sources file', () => {
  it('reads YAML with comments and JSON, and validates every entry', () => {
    const yaml = `# mine\npages:\n  - id: kms/rotate-keys\n    url: https://docs.example.com/kms/rotate-keys.html\n    select: main\n    remove: nav\n    format: html\n`;
    expect(parseSources(yaml, 'redline.sources.yaml')).toEqual([
      { id: 'kms/rotate-keys', url: 'https://docs.example.com/kms/rotate-keys.html', select: 'main', remove: ['nav'], format: 'html' },
    ]);
    expect(parseSources('{"pages":[{"id":"a","url":"http://h/a"}]}', 'redline.sources.json')).toEqual([{ id: 'a', url: 'http://h/a' }]);
    expect(parseSources(EMPTY_SOURCES_YAML, 'redline.sources.yaml')).toEqual([]);
  });
  it('reads a file listing no page as the YAML parser does, and hands anything more to the parser', () => {
    for (const text of ['pages: []', 'pages: [ ]  # none yet\n\n', '# a\n\n  # b\npages: []\n# c\n', EMPTY_SOURCES_YAML + '\n']) {
      expect(parseSources(text, 'redline.sources.yaml')).toEqual([]);
    }
    expect(parseSources('pages: []\npages2: 1\n', 'redline.sources.yaml')).toEqual([]);
    expect(() => parseSources('pages: []\n  - id: a\n', 'redline.sources.yaml')).toThrow(/invalid YAML/);
    expect(() => parseSources('pages: []\npages: []\n', 'redline.sources.yaml')).toThrow(/invalid YAML/);
  });
  it.each([
    ['pages:\n  - id: ../x\n    url: http://h/\n', /invalid page id/],
    ['pages:\n  - id: a\n    url: ftp://h/\n', /only http and https/],
    ['pages:\n  - id: a\n    url: https://u:pw@h/\n', /credential.*ENV_VAR/],
    ['pages:\n  - id: a\n    url: http://h/\n  - id: a\n    url: http://h/b\n', /listed twice/],
    ['pages:\n  - id: a\n    url: http://h/\n    colour: red\n', /unknown field "colour"/],
    ['pages:\n  - id: a\n    url: http://h/\n    format: pdf\n', /unknown format/],
    ['pages: [\n', /invalid YAML/],
  ])('refuses a bad file (%#)', (text, re) => {
    expect(() => parseSources(text, 'redline.sources.yaml')).toThrow(re);
  });
  it('appends an entry keeping the comments', () => {
    const text = appendEntry(`# keep me\npages:\n  - id: a\n    url: http://h/a # and me\n`, 'redline.sources.yaml', { id: 'b', url: 'http://h/b', select: 'main' });
    expect(text).toContain('# keep me');
    expect(text).toContain('# and me');
    expect(parseSources(text, 'redline.sources.yaml').map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('store references', () => {
  it('parses ID and ID@REV, and leaves file paths alone', () => {
    expect(parseStoreRef('kms/rotate-keys')).toEqual({ id: 'kms/rotate-keys', rev: null });
    expect(parseStoreRef('kms/rotate-keys@~1')).toEqual({ id: 'kms/rotate-keys', rev: '~1' });
    expect(parseStoreRef('snapshots/devops-guru.2021.awsdocs.md')).not.toBeNull(); // a valid id; the store decides
    expect(parseStoreRef('./old.md')).toBeNull();
    expect(parseStoreRef('/tmp/x.html')).toBeNull();
    expect(parseStoreRef('Old.md')).toBeNull();
    expect(parseStoreRef('a@')).toBeNull();
  });

  const v = (rev: string, date: string, seq: number): VersionInfo => ({ rev, id: 'p', kind: 'version', date, subject: '', severity: null, counts: null, base: null, seq });
  // newest first
  const versions = [v('c'.repeat(40), '2022-10-03T00:00:00.000Z', 1), v('b'.repeat(40), '2020-06-19T00:00:00.000Z', 2), v('a'.repeat(40), '2017-11-15T00:00:00.000Z', 0)];

  it('picks by ~N, by date (the version in force that day) and by id prefix', () => {
    expect(pickVersion('p', versions, null).rev[0]).toBe('c');
    expect(pickVersion('p', versions, '~1').rev[0]).toBe('b');
    expect(pickVersion('p', versions, '~2').rev[0]).toBe('a');
    expect(() => pickVersion('p', versions, '~3')).toThrow(/only 3 version/);
    expect(pickVersion('p', versions, '2020-06-19').rev[0]).toBe('b');
    expect(pickVersion('p', versions, '2020-06-18').rev[0]).toBe('a');
    expect(pickVersion('p', versions, '2030-01-01').rev[0]).toBe('c');
    expect(() => pickVersion('p', versions, '2017-11-14')).toThrow(/no version of p on or before 2017-11-14 \(first version: 2017-11-15\)/);
    expect(pickVersion('p', versions, 'bbbb').rev[0]).toBe('b');
    expect(() => pickVersion('p', versions, 'dddd')).toThrow(/not a version of p/);
    expect(() => pickVersion('p', versions, 'yesterday')).toThrow(/unknown version/);
    expect(dateCutoff('2023-05-01')).toBe('2023-05-01T23:59:59.999Z');
    expect(dateCutoff('2023-13-45')).toBeNull();
  });
});

describe('the writer lock', () => {
  const t = tempDir();
  afterAll(t.cleanup);

  it('refuses a second writer while the first runs, and takes over a dead writer\'s lock with a notice', () => {
    mkdirSync(join(t.dir, '.git')); // a store: the lock's temp files go there
    const a = acquireLock(t.dir, 'track', () => undefined);
    expect(JSON.parse(readFileSync(join(t.dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'track' });
    expect(() => acquireLock(t.dir, 'import', () => undefined)).toThrow(new RegExp(`locked by redline track \\(pid ${process.pid}, since .*\\); wait for it to finish, or delete`));
    a.release();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(t.dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: '2020-01-01T00:00:00Z', command: 'track' }));
    const notes: string[] = [];
    const b = acquireLock(t.dir, 'track', (s) => notes.push(s));
    expect(notes.join()).toMatch(new RegExp(`stale lock from pid ${dead}`));
    expect(b.staleFrom?.pid).toBe(dead);
    b.release();
  });
});
