// The changelog over a real store: six AWS data-protection pages (2020-2023, 26 versions) whose
// shared text changed in waves, imported into a temporary git store. Golden files hold the
// Markdown with version ids masked (they differ per run: the store's first commit is dated now);
// they were written from the output once and checked by eye. UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangelog, type Changelog } from '../../src/changelog/index.js';
import { changelogMarkers, mergeChangelogMarkdown, renderChangelogAtom, renderChangelogJson, renderChangelogMarkdown } from '../../src/present/changelog.js';
import { openStore, versionDoc } from '../../src/store/index.js';
import { PairWorker, pairWorkerUrl, startPairWorker } from '../../src/changelog/thread.js';
import { compareCanonical } from '../../src/pipeline.js';
import { allVersions, FIX, maskRevs, seedStore, tempDir } from './helpers.js';

const NOW = new Date('2024-06-01T12:00:00Z');
const t = tempDir();
const store = join(t.dir, 'store');
let log: Changelog;

async function build(opts: Parameters<typeof buildChangelog>[1] = {}): Promise<Changelog> {
  const st = await openStore(store);
  try {
    return await buildChangelog(st, { now: NOW, ...opts });
  } finally {
    st.close();
  }
}

async function golden(name: string, text: string): Promise<void> {
  const masked = await maskRevs(store, text);
  const file = join(FIX, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, masked);
  expect(masked, `${name}: output differs; if a classifier or renderer change meant this, check the diff by eye and rerun with UPDATE_GOLDEN=1`).toBe(readFileSync(file, 'utf8'));
}

beforeAll(async () => {
  await seedStore(store);
  log = await build();
});
afterAll(t.cleanup);

const entries = (l: Changelog) => l.days.flatMap((d) => d.entries);

describe('changelog of a store', () => {
  it('has an entry per page version, newest day first, pages by id within a day', () => {
    const es = entries(log);
    expect(es).toHaveLength(allVersions().length);
    const days = log.days.map((d) => d.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(days).size).toBe(days.length);
    for (const d of log.days) expect(d.entries.map((e) => e.page)).toEqual(d.entries.map((e) => e.page).sort());
    expect(days[0]).toBe('2023-05-11');
    expect(days.at(-1)).toBe('2020-06-16');
    const firsts = es.filter((e) => e.first).map((e) => e.page).sort();
    expect(firsts).toEqual(['codepipeline/data-protection', 'devops-guru/data-protection', 'iam/data-protection', 'kms/data-protection', 'lambda/security-dataprotection', 'resource-groups/security_data-protection']);
  });

  it('finds the 2020 TLS wave as one change on four pages, in the order they got it', () => {
    const tls = log.groups.filter((g) => g.quote.new === 'We recommend TLS 1.2 or later.');
    expect(tls).toHaveLength(1);
    expect(tls[0].severity).toBe('high');
    expect(tls[0].members.map((m) => `${m.day} ${m.page}`)).toEqual([
      '2020-10-05 iam/data-protection',
      '2020-10-09 lambda/security-dataprotection',
      '2020-10-15 resource-groups/security_data-protection',
      '2020-12-01 codepipeline/data-protection',
    ]);
  });

  it('groups a rewrite that names each page\'s own product ("into IAM or other services") across five pages', () => {
    const g = log.groups.filter((x) => x.quote.new === 'Any data that you enter into tags or free-form fields used for names may be used for billing or diagnostic logs.');
    expect(g).toHaveLength(1);
    expect(g[0].pages).toEqual(['iam/data-protection', 'lambda/security-dataprotection', 'resource-groups/security_data-protection', 'codepipeline/data-protection', 'devops-guru/data-protection']);
    // the newest occurrence is the one quoted: DevOps Guru's own wording
    expect(g[0].quote.old).toBe('Any data that you enter into DevOps Guru or other services might get picked up for inclusion in diagnostic logs.');
    const olds = g[0].members.map((m) => entries(log).find((e) => e.key === m.entry)!.changes[m.change].quote.old);
    expect(olds).toContain('Any data that you enter into Lambda or other services might get picked up for inclusion in diagnostic logs.');
    expect(olds).toContain('Any data that you enter into Resource Groups or other services might get picked up for inclusion in diagnostic logs.');
  });

  it('leaves a change one page alone made ungrouped', () => {
    const iam2023 = entries(log).find((e) => e.page === 'iam/data-protection' && e.day === '2023-05-11')!;
    expect(iam2023.changes.map((c) => [c.severity, c.summary, c.group])).toEqual([['high', 'TLS: 1.2 recommended -> required; 1.3 now recommended', null]]);
    for (const g of log.groups) expect(new Set(g.pages).size).toBeGreaterThanOrEqual(2);
  });

  it('Markdown: quotes each shared change once, lists its pages once, refers to it elsewhere', async () => {
    const md = renderChangelogMarkdown(log);
    await golden('all.golden.md', md);
    const count = (s: string) => md.split(s).length - 1;
    expect(count('> **Added:** We recommend TLS 1.2 or later.')).toBe(1);
    expect(count('> **After:** Any data that you enter into tags or free-form fields used for names may be used for billing or diagnostic logs.')).toBe(1);
    expect(count('TLS: 1.2 or later now recommended · **same change on 4 pages:**')).toBe(1);
    // the shared TLS change is written out under the newest page to get it; the older ones point there
    const at = md.indexOf('> **Added:** We recommend TLS 1.2 or later.');
    expect(md.lastIndexOf('## 2020-12-01', at)).toBeGreaterThan(md.lastIndexOf('## 2020-12-08', at));
    expect(count('same change on 4 pages, quoted under 2020-12-01')).toBe(6);
    // one hidden marker per page version
    expect([...changelogMarkers(md)].sort()).toEqual(entries(log).map((e) => e.key).sort());
    expect(md).toContain('## 2023-05-11\n\n### [Data protection in AWS Identity and Access Management](https://docs.aws.amazon.com/IAM/latest/UserGuide/data-protection.html)');
    expect(md).not.toMatch(/2024-06-01/); // no "now" in the output
  });

  it('a window (--since/--until) keeps the versions in it, compared with the version before each even outside it', async () => {
    const w = await build({ since: '2021-01-01', until: '2021-12-31' });
    expect(w.days.map((d) => d.day)).toEqual(['2021-11-01', '2021-09-14', '2021-08-05', '2021-07-23', '2021-05-03', '2021-01-11', '2021-01-08']);
    const cp = entries(w).find((e) => e.key.startsWith('codepipeline/') && e.day === '2021-01-11')!;
    expect(cp.first).toBe(false);
    expect(cp.baseDate).toBe('2020-12-01T00:00:00.000Z');
    await golden('window-2021.golden.md', renderChangelogMarkdown(w));
    const only = await build({ ids: ['kms/data-protection', 'iam/data-protection'], since: '2023-01-01' });
    expect(entries(only).map((e) => `${e.day} ${e.page}`)).toEqual(['2023-05-11 iam/data-protection', '2023-02-17 iam/data-protection']);
    // with IAM alone, the "text" edit it shares with Resource Groups is no group
    expect(only.groups).toEqual([]);
    await expect(build({ ids: ['s3/nope'] })).rejects.toThrow('no recorded versions of s3/nope in this store');
    await expect(build({ since: '2023-02-30x' })).rejects.toThrow('invalid --since');
    await expect(build({ since: '2023-01-01', until: '2022-01-01' })).rejects.toThrow('is after --until');
  });

  // the worker runs the built dist/changelog/worker.js (npm run build): skipped when it is not built
  it.skipIf(!pairWorkerUrl())('a worker thread comparing pairs gives the same changelog, and the same report for a pair as this thread', async () => {
    const two = await build({ worker: startPairWorker() });
    expect(renderChangelogJson(two)).toBe(renderChangelogJson(log));
    // one pair through the worker itself (above, how many it took depends on timing)
    const st = await openStore(store);
    const w = new PairWorker(pairWorkerUrl()!);
    try {
      const [nv, ov] = (await st.allVersions()).get('iam/data-protection')!;
      const [a, b] = await Promise.all([st.load('iam/data-protection', ov.rev), st.load('iam/data-protection', nv.rev)]);
      const job = { id: 1, old: versionDoc(a, 'old'), new: versionDoc(b, 'new') };
      expect(await w.started()).toBe(true);
      w.configure(null);
      const got = await w.run(job);
      expect(got).not.toBeNull();
      expect(JSON.stringify(got)).toBe(JSON.stringify(compareCanonical(job.old, job.new)));
    } finally {
      w.stop();
      st.close();
    }
  });

  it('JSON validates against its schema and keeps shared changes as groups', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/present/changelog.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const doc = JSON.parse(renderChangelogJson(log));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.entries).toHaveLength(allVersions().length);
    expect(doc.groups.length).toBe(log.groups.length);
    for (const g of doc.groups) {
      for (const m of g.members) {
        const e = doc.entries.find((x: { key: string }) => x.key === m.entry);
        expect(e.changes[m.change].group).toBe(g.id);
      }
    }
    // a broken document does not validate (the schema is strict)
    expect(validate({ ...doc, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...doc, entries: [{ ...doc.entries[0], severity: 'urgent' }] })).toBe(false);
    expect(validate({ ...doc, extra: 1 })).toBe(false);
    expect(JSON.stringify(doc)).not.toContain('2024-06-01');
  });

  it('Atom: a well-formed feed with the required elements, an entry per page version, newest first', async () => {
    const xml = renderChangelogAtom(log, { title: 'AWS data protection', feedUrl: 'https://example.com/feeds/aws.xml' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.com/feeds/aws.xml');
    expect(feed.title['#text']).toBe('AWS data protection');
    expect(feed.updated).toBe('2023-05-11T00:00:00.000Z');
    expect(feed.author.name).toBe('redline');
    const links = [feed.link].flat();
    expect(links.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe('https://example.com/feeds/aws.xml');
    const es = [feed.entry].flat();
    expect(es).toHaveLength(allVersions().length);
    const ids = es.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = entries(log).map((e) => e.key);
    expect(ids).toEqual(keys.map((k) => `tag:redline,2024:${k}`));
    for (const e of es) {
      expect(e.title['#text']).toBeTruthy();
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(e.content['@type']).toBe('html');
      expect(e.link['@href']).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
    const dates = es.map((e: { updated: string }) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(es[0].title['#text']).toBe('Data protection in AWS Identity and Access Management (2023-05-11): TLS: 1.2 recommended -> required; 1.3 now recommended');
    // the content is HTML once the XML is read: the quoted sentences are there
    expect(es[0].content['#text']).toContain('<strong>After:</strong> We require TLS 1.2 and recommend TLS 1.3.');
    // stable: the same store gives the same feed
    expect(renderChangelogAtom(await build(), { title: 'AWS data protection', feedUrl: 'https://example.com/feeds/aws.xml' })).toBe(xml);
  });

  it('an empty window gives an empty but valid changelog in every format', async () => {
    const empty = await build({ since: '2024-01-01' });
    expect(empty.days).toEqual([]);
    expect(renderChangelogMarkdown(empty)).toContain('No page versions in this window.');
    const xml = renderChangelogAtom(empty);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`<updated>${NOW.toISOString()}</updated>`);
    expect(JSON.parse(renderChangelogJson(empty))).toMatchObject({ entries: [], groups: [], since: '2024-01-01T00:00:00.000Z', until: null });
  });

  it('merging into an existing changelog adds nothing when everything is listed', () => {
    const md = renderChangelogMarkdown(log);
    const again = mergeChangelogMarkdown(md, log);
    expect(again.added).toEqual([]);
    expect(again.text).toBe(md);
  });
});
