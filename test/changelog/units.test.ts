// The changelog's parts on hand-made data: changed sentences, product-name masking, grouping
// thresholds, merging into a hand-written CHANGELOG.md, and hostile page text in every format.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changedSentences, entryFromReport, groupSharedChanges, maskedWords, productNames, toDays, type Changelog, type ChangelogEntry } from '../../src/changelog/index.js';
import { changelogMarkers, mergeChangelogMarkdown, renderChangelogAtom, renderChangelogJson, renderChangelogMarkdown, xmlEscape } from '../../src/present/changelog.js';
import type { Change, ChangeReport, SectionDiff, Severity } from '../../src/types.js';

const REV = (n: number) => n.toString(16).padStart(40, 'a');

function change(old: string | null, nw: string | null, severity: Severity = 'medium', extra: Partial<Change> = {}): Change {
  return { type: old === null ? 'added' : nw === null ? 'removed' : 'changed', old, new: nw, category: 'content', severity, summary: `${old === null ? 'Added' : nw === null ? 'Removed' : 'Changed'}: ${nw ?? old}`.slice(0, 60), ...extra };
}

function report(sections: { heading: string; status?: SectionDiff['status']; changes: Change[] }[]): ChangeReport {
  return {
    schemaVersion: 1,
    old: { label: 'a', format: 'markdown', title: null },
    new: { label: 'b', format: 'markdown', title: null },
    summary: { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, severity: 'none', counts: { none: 0, low: 0, medium: 0, high: 0 } },
    sections: sections.map((s) => ({
      status: s.status ?? 'modified',
      oldHeading: s.heading,
      newHeading: s.heading,
      oldPath: [s.heading],
      newPath: [s.heading],
      anchor: null,
      moved: false,
      severity: s.changes.reduce<Severity>((m, c) => (['none', 'low', 'medium', 'high'].indexOf(c.severity) > ['none', 'low', 'medium', 'high'].indexOf(m) ? c.severity : m), 'none'),
      changes: s.changes,
    })),
    fallbacks: [],
  };
}

let n = 0;
function entry(page: string, title: string, day: string, sections: Parameters<typeof report>[0]): ChangelogEntry {
  n++;
  return entryFromReport({ id: page, title, url: `https://docs.example.com/${page}.html` }, { rev: REV(n), date: `${day}T00:00:00.000Z` }, { rev: REV(1000 + n), date: '2019-01-01T00:00:00.000Z' }, report(sections));
}

function changelog(entries: ChangelogEntry[]): Changelog {
  const ordered = [...entries].sort((a, b) => (a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.page < b.page ? -1 : 1));
  const groups = groupSharedChanges(ordered);
  const pages = [...new Set(ordered.map((e) => e.page))].sort().map((id) => ({ id, title: ordered.find((e) => e.page === id)!.title, url: ordered.find((e) => e.page === id)!.url }));
  return { schemaVersion: 1, since: null, until: null, now: '2024-06-01T00:00:00.000Z', pages, days: toDays(ordered), groups };
}

describe('changed sentences', () => {
  it('drops the sentences both sides share around the change', () => {
    expect(changedSentences('Use MFA. Use SSL/TLS to communicate with AWS resources. Set up logging.', 'Use MFA. Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later. Set up logging.')).toEqual({
      old: null,
      new: 'We recommend TLS 1.2 or later.',
    });
    expect(changedSentences('A one. We recommend TLS 1.2 or later. C three.', 'A one. We require TLS 1.2 and recommend TLS 1.3. C three.')).toEqual({
      old: 'We recommend TLS 1.2 or later.',
      new: 'We require TLS 1.2 and recommend TLS 1.3.',
    });
    expect(changedSentences(null, 'Added text.')).toEqual({ old: null, new: 'Added text.' });
  });
});

describe('product names', () => {
  it('come from the page id and the title, and are masked with their vendor word', () => {
    const iam = productNames('iam/data-protection', 'Data protection in AWS Identity and Access Management');
    expect(maskedWords('AWS Identity and Access Management (IAM) conforms to the model.', iam)).toEqual(['\u0000product', 'conforms', 'to', 'the', 'model']);
    const guru = productNames('devops-guru/data-protection', 'Data protection in Amazon DevOps Guru');
    expect(maskedWords('Any data that you enter into DevOps Guru or other services', guru).join(' ')).toBe('any data that you enter into \u0000product or other services');
    const rg = productNames('resource-groups/security_data-protection', 'Data Protection in AWS Resource Groups');
    expect(maskedWords('Any data that you enter into Resource Groups or other services', rg)).toEqual(maskedWords('Any data that you enter into DevOps Guru or other services', guru));
    // another product's name stays
    expect(maskedWords('Use Amazon Macie with IAM.', rg)).toEqual(['use', 'amazon', 'macie', 'with', 'iam']);
  });
});

describe('grouping shared changes', () => {
  const tls = (page: string, title: string, day: string) => entry(page, title, day, [{ heading: title, changes: [change('We recommend TLS 1.2 or later.', 'We require TLS 1.2 and recommend TLS 1.3.', 'high')] }]);

  it('the same sentence change on three pages is one group, oldest page first', () => {
    const log = changelog([tls('iam/dp', 'Data protection in IAM', '2023-05-11'), tls('kms/dp', 'Data protection in KMS', '2023-06-01'), tls('s3/dp', 'Data protection in S3', '2023-05-20')]);
    expect(log.groups).toHaveLength(1);
    expect(log.groups[0].pages).toEqual(['iam/dp', 's3/dp', 'kms/dp']);
    expect(log.groups[0].members.map((m) => m.day)).toEqual(['2023-05-11', '2023-05-20', '2023-06-01']);
    const md = renderChangelogMarkdown(log);
    expect(md.split('> **After:** We require TLS 1.2 and recommend TLS 1.3.').length - 1).toBe(1);
    // written out at the newest page (met first), the others point to it
    expect(md.indexOf('**same change on 3 pages:**')).toBeLessThan(md.indexOf('## 2023-05-20'));
    expect(md.split('same change on 3 pages, quoted under 2023-06-01').length - 1).toBe(2);
  });

  it('near-identical wording (similarity >= 0.9 on both sides) groups; a different change does not', () => {
    const a = entry('a/dp', 'Data protection in Alpha', '2022-01-01', [{ heading: 'X', changes: [change('For data protection purposes, we recommend that you protect AWS account credentials and set up individual user accounts with IAM.', 'For data protection purposes, we recommend that you protect AWS account credentials and set up individual users with IAM Identity Center or IAM.')] }]);
    const b = entry('b/dp', 'Data protection in Beta', '2022-01-02', [{ heading: 'X', changes: [change('For data protection purposes, we recommend that you protect AWS account credentials and set up individual user accounts with AWS IAM.', 'For data protection purposes, we recommend that you protect AWS account credentials and set up individual users with IAM Identity Center or AWS IAM.')] }]);
    const c = entry('c/dp', 'Data protection in Gamma', '2022-01-03', [{ heading: 'X', changes: [change('For data protection purposes, we recommend that you protect AWS account credentials.', 'For data protection purposes, we require MFA on every account.')] }]);
    const log = changelog([a, b, c]);
    expect(log.groups).toHaveLength(1);
    expect(log.groups[0].pages).toEqual(['a/dp', 'b/dp']);
    expect(c.changes[0].group).toBeNull();
  });

  it('one page twice is no group; editorial changes are never grouped', () => {
    const one = [tls('iam/dp', 'Data protection in IAM', '2023-05-11'), tls('iam/dp', 'Data protection in IAM', '2023-07-01')];
    expect(changelog(one).groups).toEqual([]);
    const ed = (page: string) => entry(page, 'T', '2023-01-01', [{ heading: 'H', changes: [change('customer master key', 'KMS key', 'low', { category: 'editorial' })] }]);
    const log = changelog([ed('a/x'), ed('b/x')]);
    expect(log.groups).toEqual([]);
    expect(log.days[0].entries[0].editorial).toEqual([{ section: 'H', count: 1 }]);
  });
});

describe('entries', () => {
  it('sorts changes into policy, other, editorial and sections added or removed', () => {
    const e = entry('p/q', 'Page', '2023-01-01', [
      { heading: 'Keys', changes: [change('a', 'b', 'low', { category: 'editorial' }), change('Keys rotate yearly.', 'Keys rotate every 90 days.', 'high'), change('Old words here.', 'New words here.', 'low')] },
      { heading: 'Gone', status: 'removed', changes: [change('All of it.', null, 'medium', { category: 'structure' })] },
      { heading: 'New', status: 'added', changes: [change(null, 'Fresh.', 'low', { category: 'structure' })] },
    ]);
    expect(e.changes.map((c) => c.kind)).toEqual(['editorial', 'policy', 'other', 'structure', 'structure']);
    expect(e.sectionsRemoved).toEqual([{ heading: 'Gone', severity: 'medium' }]);
    expect(e.sectionsAdded).toEqual([{ heading: 'New', severity: 'low' }]);
    expect(e.severity).toBe('high');
    const md = renderChangelogMarkdown(changelog([e]));
    expect(md).toContain('#### Policy changes\n\n- **high** · Changed: Keys rotate every 90 days. — _Keys_\n\n  > **Before:** Keys rotate yearly.\n  >\n  > **After:** Keys rotate every 90 days.');
    expect(md).toContain('#### Other changes\n\n- **low** · Changed: New words here. — _Keys_');
    expect(md).toContain('**Sections added:** New (low)');
    expect(md).toContain('**Sections removed:** Gone (medium)');
    expect(md).toContain('**Editorial:** 1 change (Keys: 1)');
    expect(md.indexOf('Policy changes')).toBeLessThan(md.indexOf('Other changes'));
  });

  it('a first version and a formatting-only version say so', () => {
    const first = entryFromReport({ id: 'a/b', title: null, url: null }, { rev: REV(7), date: '2020-01-01T00:00:00.000Z' }, null, null);
    const fmt = entryFromReport({ id: 'a/b', title: null, url: null }, { rev: REV(8), date: '2020-02-01T00:00:00.000Z' }, { rev: REV(7), date: '2020-01-01T00:00:00.000Z' }, report([]));
    expect(first.first && !first.formattingOnly).toBe(true);
    expect(fmt.formattingOnly).toBe(true);
    const md = renderChangelogMarkdown(changelog([first, fmt]));
    expect(md).toContain('`a/b` · first version recorded');
    expect(md).toContain('`a/b` · compared with the version of 2020-01-01\n\nFormatting changes only.');
    expect(md).toContain('### a/b\n'); // no title, no URL: the id, unlinked
  });
});

describe('merging into an existing CHANGELOG.md', () => {
  const e1 = () => entry('p/a', 'Page A', '2023-01-10', [{ heading: 'H', changes: [change('Old one.', 'New one.', 'medium')] }]);
  const e2 = () => entry('p/b', 'Page B', '2023-03-01', [{ heading: 'H', changes: [change('Old two.', 'New two.', 'medium')] }]);
  const e3 = () => entry('p/c', 'Page C', '2023-01-10', [{ heading: 'H', changes: [change('Old three.', 'New three.', 'medium')] }]);
  const e0 = () => entry('p/d', 'Page D', '2022-06-01', [{ heading: 'H', changes: [change('Old four.', 'New four.', 'medium')] }]);

  it('a Keep a Changelog file: new dated sections go at the top under the title, the rest is kept byte for byte', () => {
    const existing = '# Changelog\n\nAll notable changes.\n\n## [1.0.0] - 2022-01-01\n\n### Added\n\n- Things.\n';
    const a = e1();
    const r = mergeChangelogMarkdown(existing, changelog([a]));
    expect(r.added).toEqual([a.key]);
    expect(r.text.startsWith('# Changelog\n\nAll notable changes.\n\n## 2023-01-10\n\n### [Page A](https://docs.example.com/p/a.html)\n\n<!-- redline:p/a@')).toBe(true);
    expect(r.text.endsWith('\n\n## [1.0.0] - 2022-01-01\n\n### Added\n\n- Things.\n')).toBe(true);
  });

  it('puts each new version under its day, or a new day where it belongs; CRLF files stay CRLF', () => {
    const a = e1();
    const base = renderChangelogMarkdown(changelog([a])).replace(/\n/g, '\r\n');
    const b = e2();
    const c = e3();
    const d = e0();
    const r = mergeChangelogMarkdown(base, changelog([a, b, c, d]));
    expect(r.added.sort()).toEqual([b.key, c.key, d.key].sort());
    expect(r.text).not.toMatch(/[^\r]\n/);
    const text = r.text.replace(/\r\n/g, '\n');
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['2023-03-01', '2023-01-10', '2022-06-01']);
    // p/c joins the existing 2023-01-10 section, at its top
    const day = text.slice(text.indexOf('## 2023-01-10'), text.indexOf('## 2022-06-01'));
    expect(day.indexOf('Page C')).toBeLessThan(day.indexOf('Page A'));
    expect([...changelogMarkers(text)].sort()).toEqual([a.key, b.key, c.key, d.key].sort());
    // and again: nothing to add, same bytes
    expect(mergeChangelogMarkdown(r.text, changelog([a, b, c, d]))).toEqual({ text: r.text, added: [] });
  });

  it('an empty file gets the whole changelog, without what would go stale on reruns', () => {
    const a = e1();
    const log = { ...changelog([a]), since: '2023-01-01T00:00:00.000Z' };
    expect(renderChangelogMarkdown(log)).toContain('_Versions since 2023-01-01._');
    const text = mergeChangelogMarkdown('', log).text;
    expect(text).toBe(renderChangelogMarkdown(log, { forFile: true }));
    expect(text).not.toContain('_Versions since');
    // nothing yet: a title and an intro; the first versions then go below them
    const none = mergeChangelogMarkdown('\n', changelog([])).text;
    expect(none).not.toContain('No page versions');
    const later = mergeChangelogMarkdown(none, changelog([a]));
    expect(later.text).toBe(`${none}\n${later.text.slice(none.length + 1)}`);
    expect(later.text.slice(none.length + 1)).toMatch(/^## 2023-01-10\n\n### \[Page A\]/);
  });
});

describe('hostile page text', () => {
  const evil = 'Use <script>alert(1)</script> & ]]> \u001b[31mred\u001b[0m \u0000nul \u202eevil\u202c *bold* [x](javascript:alert(1)) \ud800 end.';
  const e = () =>
    entryFromReport(
      { id: 'x/y', title: `Title ${evil}`, url: 'javascript:alert(1)' },
      { rev: REV(99), date: '2023-01-01T00:00:00.000Z' },
      { rev: REV(98), date: '2022-01-01T00:00:00.000Z' },
      report([{ heading: `Head ${evil}`, changes: [change(`Old ${evil}`, `New ${evil}`, 'high')] }]),
    );

  it('Atom stays well-formed XML with no control characters, and a javascript: URL is no link', () => {
    const xml = renderChangelogAtom(changelog([e()]), { title: evil });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('href="javascript');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    expect(doc.feed.entry.link).toBeUndefined();
    expect(doc.feed.entry.content['#text']).not.toContain('<script>');
    expect(doc.feed.entry.content['#text']).toContain('&lt;script&gt;');
    expect(xmlEscape('a\u0001b\ud800c&<>"')).toBe('a\\x01bc&amp;&lt;&gt;&quot;');
  });

  it('Markdown escapes it and links nothing but http(s)', () => {
    const md = renderChangelogMarkdown(changelog([e()]));
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(md).not.toMatch(/(^|[^\\])<script/m); // escaped, so never raw HTML
    expect(md).toContain('\\<script');
    expect(md).not.toMatch(/[^\\]\]\(javascript/);
    expect(md).toContain('\\[x\\](javascript:alert(1))');
  });

  it('JSON carries the text as data', () => {
    const doc = JSON.parse(renderChangelogJson(changelog([e()])));
    expect(doc.entries[0].changes[0].new).toBe(`New ${evil}`);
  });
});

describe('product names from titles', () => {
  it('take only a capitalized tail after "in" or "for"', () => {
    expect(productNames('kms/quotas', 'Quotas in the console').phrases).toEqual([]);
    expect(productNames('lambda/security', 'Security for AWS Lambda').phrases).toEqual([['aws', 'lambda'], ['lambda']]);
    expect(productNames('x/y', null)).toEqual({ phrases: [], idKey: 'x' });
  });
});
