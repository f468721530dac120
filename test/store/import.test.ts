// Seeding a store with a page's history: five versions of the AWS KMS "Rotating keys" page
// (awsdocs/aws-kms-developer-guide doc_source/rotate-keys.md, 2017-11-15 .. 2022-10-03), imported
// out of date order; log and date lookups must follow the version dates. Then renormalize.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize, normalizeText, NORMALIZER_VERSION } from '../../src/normalize/index.js';
import { compareCanonical } from '../../src/pipeline.js';
import { openStore, renormalizeStore, resolveStoreRef, storeDiffPair } from '../../src/store/index.js';
import { git, redline, tempDir } from './helpers.js';

const FIX = join(import.meta.dirname, '../fixtures/store/kms-rotate-keys');
const manifest = JSON.parse(readFileSync(join(FIX, 'manifest.json'), 'utf8')) as { versions: { version: string; file: string; date: string }[] };
const byVersion = new Map(manifest.versions.map((v) => [v.version, v]));
const canonical = (version: string) => normalizeText(readFileSync(join(FIX, byVersion.get(version)!.file), 'utf8'), 'markdown').markdown;
const ID = 'kms/rotate-keys';
const IMPORT_ORDER = ['35', '00', '20', '10', '30'];

const t = tempDir();
const store = join(t.dir, 'store');
const S = ['--store', store];

beforeAll(async () => {
  expect((await redline(['init', ...S], t.dir)).code).toBe(0);
});
afterAll(t.cleanup);

describe('redline import: a page history, out of date order', () => {
  it('records each file with its manifest date as the git author and committer date', async () => {
    for (const v of IMPORT_ORDER) {
      const m = byVersion.get(v)!;
      const r = await redline(['import', ID, join(FIX, m.file), '--date', m.date, '--url', 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html', ...S], t.dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^recorded   ${ID}@${m.date}  (Add|Update) ${ID}`));
    }
    // history keeps recording order...
    const subjects = git(store, 'log', '--reverse', '--format=%s|%aI|%cI', '--', `pages/${ID}/page.md`).trim().split('\n');
    expect(subjects[0]).toBe(`Add ${ID}|2022-10-03T00:00:00+00:00|2022-10-03T00:00:00+00:00`);
    expect(subjects.filter((s) => s.includes('[technical]'))).toHaveLength(IMPORT_ORDER.length - 1);
    // ...and the page's current files are still its latest version by date
    expect(readFileSync(join(store, 'pages', ID, 'page.md'), 'utf8')).toBe(canonical('35'));
    expect(JSON.parse(readFileSync(join(store, 'pages', ID, 'meta.json'), 'utf8'))).toMatchObject({ date: '2022-10-03T00:00:00.000Z', origin: 'import', file: byVersion.get('35')!.file });
    expect(git(store, 'status', '--porcelain')).toBe('');
  });

  it('log orders by version date, summarising each version against the one before it by date', async () => {
    const r = await redline(['log', ID, '--format', 'json', ...S], t.dir);
    const versions = JSON.parse(r.stdout).versions as { date: string; summary: string; recomputed?: boolean; kind: string }[];
    expect(versions.map((v) => v.date.slice(0, 10))).toEqual(['2022-10-03', '2022-01-24', '2020-06-19', '2019-04-25', '2017-11-15']);
    expect(versions.every((v) => v.kind === 'version')).toBe(true);
    expect(versions.at(-1)!.summary).toBe(`Add ${ID}`);
    expect(versions.slice(0, -1).every((v) => v.summary.startsWith(`Update ${ID}: `))).toBe(true);
    // 2022-10-03 was imported first ("Add"), so its summary is recomputed against 2022-01-24
    expect(versions[0].recomputed).toBe(true);
    const text = (await redline(['log', ID, ...S], t.dir)).stdout;
    // each line names its key change (the highest-severity one), then the counts
    expect(text.split('\n')[0]).toMatch(
      /^2022-10-03  [0-9a-f]{10}  high    Rotating AWS KMS keys: AWS managed KMS key rotation: every 3 years -> every year  \[\d+ high, \d+ medium, \d+ low\]  \(summary recomputed by date\)$/,
    );
    expect(text.trim().split('\n').at(-1)).toMatch(/^2017-11-15  [0-9a-f]{10}  -       Add kms\/rotate-keys$/);
    expect((versions[0] as { key?: string }).key).toBe('Rotating AWS KMS keys: AWS managed KMS key rotation: every 3 years -> every year');
    const all = (await redline(['log', ID, '--all', ...S], t.dir)).stdout;
    expect(all.match(/\[technical\]/g)).toHaveLength(4);
  });

  it('diff by dates picks the versions in force on those days', async () => {
    const a = await resolveStoreRef(`${ID}@2020-01-01`, store);
    const b = await resolveStoreRef(`${ID}@2022-06-01`, store);
    expect(a!.date).toBe('2019-04-25T00:00:00.000Z');
    expect(a!.doc.markdown).toBe(canonical('10'));
    expect(b!.date).toBe('2022-01-24T00:00:00.000Z');
    expect(b!.doc.markdown).toBe(canonical('30'));
    expect((await resolveStoreRef(`${ID}@2017-11-15`, store))!.doc.markdown).toBe(canonical('00'));
    expect((await resolveStoreRef(`${ID}@2022-01-24`, store))!.doc.markdown).toBe(canonical('30'));
    await expect(resolveStoreRef(`${ID}@2017-11-14`, store)).rejects.toThrow('no version of kms/rotate-keys on or before 2017-11-14 (first version: 2017-11-15)');
    const report = compareCanonical(a!.doc, b!.doc);
    expect(report.old.label).toMatch(/^kms\/rotate-keys@2019-04-25 \([0-9a-f]{10}\)$/);
    expect(report.sections.some((s) => s.status !== 'unchanged')).toBe(true);
    const pair = await storeDiffPair(ID, store);
    expect([pair.old.date, pair.new.date]).toEqual(['2022-01-24T00:00:00.000Z', '2022-10-03T00:00:00.000Z']);
    expect((await resolveStoreRef(`${ID}@~4`, store))!.date).toBe('2017-11-15T00:00:00.000Z');
  });

  it('importing the same content again records nothing', async () => {
    const before = git(store, 'rev-parse', 'HEAD');
    const r = await redline(['import', ID, join(FIX, byVersion.get('30')!.file), '--date', '2022-02-01', ...S], t.dir);
    expect(r).toMatchObject({ code: 0, stdout: `unchanged  ${ID}@2022-02-01: same content as the version in force then; nothing recorded\n` });
    expect(git(store, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('refuses bad input with one-line errors', async () => {
    expect(await redline(['import', ID, join(FIX, 'nope.md'), ...S], t.dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/nope\.md: no such file\n$/) });
    expect(await redline(['import', ID, join(FIX, 'manifest.json'), '--date', 'last tuesday', ...S], t.dir)).toMatchObject({
      code: 2,
      stderr: 'redline: invalid date "last tuesday" (use ISO 8601, e.g. 2023-05-01 or 2023-05-01T12:00:00Z)\n',
    });
    expect((await redline(['import', 'a/b/c', join(FIX, 'manifest.json'), ...S], t.dir)).stderr).toMatch(/invalid page id "a\/b\/c"/);
  });

  it('pages shows an imported-only page', async () => {
    expect((await redline(['pages', ...S], t.dir)).stdout).toMatch(/^kms\/rotate-keys  2022-10-03  \w+\s+5 versions  \(imported only\)\n$/);
  });
});

describe('redline renormalize', () => {
  it('has nothing to do while the normalizer is unchanged', async () => {
    expect((await redline(['renormalize', ...S], t.dir)).stdout).toBe('nothing to renormalize: every page is canonical for this normalizer\n');
  });

  it('rewrites canonical files in one technical commit that log does not show as a change', async () => {
    // the next normalizer version, one that writes one more line
    const next = NORMALIZER_VERSION + 1;
    const v2 = { version: next, normalize: (raw: Parameters<typeof normalize>[0]) => { const d = normalize(raw); return { ...d, markdown: d.markdown + '\nNormalized by v2.\n' }; } };
    const st = await openStore(store, { write: 'renormalize' });
    let r;
    try {
      r = await renormalizeStore(st, v2);
    } finally {
      st.close();
    }
    expect(r.subject).toBe(`Renormalize: normalizer v${NORMALIZER_VERSION} -> v${next} [technical]`);
    expect(git(store, 'log', '-1', '--format=%s')).toBe(`Renormalize: normalizer v${NORMALIZER_VERSION} -> v${next} [technical]\n`);
    expect(git(store, 'show', '--stat', '--format=', 'HEAD')).toMatch(/pages\/kms\/rotate-keys\/meta\.json.*\n.*pages\/kms\/rotate-keys\/page\.md/);
    expect(readFileSync(join(store, 'pages', ID, 'page.md'), 'utf8')).toBe(canonical('35') + '\nNormalized by v2.\n');
    expect(JSON.parse(readFileSync(join(store, 'pages', ID, 'meta.json'), 'utf8')).normalizerVersion).toBe(next);
    const log = (await redline(['log', ID, ...S], t.dir)).stdout;
    expect(log).not.toContain('Renormalize');
    expect(log.trim().split('\n')).toHaveLength(5);
    expect((await redline(['log', ID, '--all', ...S], t.dir)).stdout).toContain(`Renormalize: normalizer v${NORMALIZER_VERSION} -> v${next}  [technical]`);
    // old versions still read back with the normalizer in use (v1 here): no spurious change
    expect((await resolveStoreRef(`${ID}@2020-01-01`, store))!.doc.markdown).toBe(canonical('10'));
    expect(git(store, 'status', '--porcelain')).toBe('');
  });
});
