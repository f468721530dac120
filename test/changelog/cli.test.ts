// `redline changelog` end to end on a real store: writing CHANGELOG.md, rerunning (nothing
// added), recording more versions and rerunning (only they are added, in date order, the rest of
// the file kept), JSON and Atom to files, and the usage errors.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redlineIn } from '../helpers/run.js';
import { changelogMarkers } from '../../src/present/changelog.js';
import { allVersions, FIX, maskRevs, seedStore, tempDir } from './helpers.js';

const redline = (argv: string[], cwd: string) => redlineIn(argv, cwd);

const CUT = '2021-06-30';
const t = tempDir();
const store = join(t.dir, 'store');
const S = ['--store', store];
const file = join(t.dir, 'CHANGELOG.md');

beforeAll(async () => {
  await seedStore(store, allVersions().filter((v) => v.version.date <= CUT));
});
afterAll(t.cleanup);

const days = (md: string) => [...md.matchAll(/^## (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1]);

/** Every line of `a` appears in `b`, in the same order. */
function keptInOrder(a: string, b: string): boolean {
  const bl = b.split('\n');
  let j = 0;
  for (const line of a.split('\n')) {
    while (j < bl.length && bl[j] !== line) j++;
    if (j === bl.length) return false;
    j++;
  }
  return true;
}

describe('redline changelog -o CHANGELOG.md', () => {
  let first = '';

  it('writes the file, and a rerun adds nothing', async () => {
    const r = await redline(['changelog', ...S, '-o', 'CHANGELOG.md'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    const n = allVersions().filter((v) => v.version.date <= CUT).length;
    expect(r.stdout).toBe(`CHANGELOG.md: written, ${n} page versions added\n`);
    first = readFileSync(file, 'utf8');
    expect(changelogMarkers(first).size).toBe(n);
    const again = await redline(['changelog', ...S, '-o', 'CHANGELOG.md'], t.dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`CHANGELOG.md: up to date (${n} page versions in the window, all listed already)\n`);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('after more versions are recorded, adds only those, newest day first, keeping the rest of the file', async () => {
    // a reader's note in the file survives
    const edited = first.replace('\n## ', '\nNotes by the docs team stay where they are.\n\n## ');
    writeFileSync(file, edited);
    await seedStore(store, allVersions().filter((v) => v.version.date > CUT));
    const r = await redline(['changelog', ...S, '-o', 'CHANGELOG.md'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    const later = allVersions().filter((v) => v.version.date > CUT).length;
    expect(r.stdout).toBe(`CHANGELOG.md: updated, ${later} page versions added\n`);
    const md = readFileSync(file, 'utf8');
    expect(keptInOrder(edited, md)).toBe(true);
    const ds = days(md);
    expect(ds).toEqual([...new Set(ds)].sort().reverse());
    const markers = [...md.matchAll(/<!-- redline:(\S+) -->/g)].map((m) => m[1]);
    expect(markers).toHaveLength(allVersions().length);
    expect(new Set(markers).size).toBe(markers.length);
    // the new versions sit above the old ones, under the title, the note and the intro
    expect(md.indexOf('Notes by the docs team')).toBeLessThan(md.indexOf('## 2023-05-11'));
    expect(md.indexOf('## 2023-05-11')).toBeLessThan(md.indexOf('## 2021-05-03'));
    // the wave that spans the cut: quoted in the new part, with all five pages
    expect(md).toContain('**same change on 5 pages:** [iam/data-protection]');
    const masked = await maskRevs(store, md);
    const golden = join(FIX, 'incremental.golden.md');
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, masked);
    expect(masked, 'incremental.golden.md: output differs; if a classifier or renderer change meant this, check the diff by eye and rerun with UPDATE_GOLDEN=1').toBe(readFileSync(golden, 'utf8'));
    // and once more: idempotent
    const again = await redline(['changelog', ...S, '-o', 'CHANGELOG.md'], t.dir);
    expect(again.stdout).toMatch(/up to date/);
    expect(readFileSync(file, 'utf8')).toBe(md);
  });

  it('writes JSON and Atom to files; prints Markdown without -o', async () => {
    const j = await redline(['changelog', ...S, '--format', 'json', '-o', 'log.json', 'iam/data-protection'], t.dir);
    expect(j.code, j.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(t.dir, 'log.json'), 'utf8'));
    expect(new Set(doc.entries.map((e: { page: string }) => e.page))).toEqual(new Set(['iam/data-protection']));
    const a = await redline(['changelog', ...S, '--format', 'atom', '--since', '2023-01-01', '--title', 'IAM & friends <3'], t.dir);
    expect(a.code, a.stderr).toBe(0);
    expect(XMLValidator.validate(a.stdout)).toBe(true);
    expect(a.stdout).toContain('<title type="text">IAM &amp; friends &lt;3</title>');
    expect(a.stdout.match(/<entry>/g)).toHaveLength(3);
    const m = await redline(['changelog', ...S, '--since', '2023-05-01'], t.dir);
    expect(m.stdout).toMatch(/^# Changelog\n/);
    expect(days(m.stdout)).toEqual(['2023-05-11']);
    // --jobs 2 (a worker thread, when the built one is there) prints the same, byte for byte
    const one = await redline(['changelog', ...S, '--format', 'json'], t.dir);
    const two = await redline(['changelog', ...S, '--format', 'json', '--jobs', '2'], t.dir);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('usage errors exit 2 with one line', async () => {
    const bad = await redline(['changelog', ...S, '--since', 'yesterday'], t.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('redline: invalid --since "yesterday" (use a date like 2023-05-01 or an ISO 8601 time)\n');
    const unknown = await redline(['changelog', ...S, 'nope/page'], t.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no recorded versions of nope\/page/);
    const noStore = await redline(['changelog', '--store', join(t.dir, 'missing')], t.dir);
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toMatch(/no redline store/);
    const fmt = await redline(['changelog', ...S, '--format', 'rss'], t.dir);
    expect(fmt.code).toBe(2);
    const feed = await redline(['changelog', ...S, '--format', 'atom', '--feed-url', 'javascript:alert(1)'], t.dir);
    expect(feed.code).toBe(2);
  });
});
