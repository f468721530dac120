import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReport, exceeds, filterReport } from '../../src/classify/index.js';
import type { ChangeReport, SectionDiff } from '../../src/types.js';
import { change } from './support/cases.js';
import { miniDiff } from './support/mini-diff.js';

function section(status: SectionDiff['status'], heading: string, changes: SectionDiff['changes']): SectionDiff {
  return {
    status,
    oldHeading: status === 'added' ? null : heading,
    newHeading: status === 'removed' ? null : heading,
    oldPath: status === 'added' ? null : ['Data protection in Amazon DevOps Guru', heading],
    newPath: status === 'removed' ? null : ['Data protection in Amazon DevOps Guru', heading],
    anchor: null,
    moved: false,
    severity: 'none',
    changes,
  };
}

/** The seeds' devops-guru 2021 -> 2024 pair, as the diff stage would hand it over (abridged). */
function devopsGuruReport(): ChangeReport {
  return {
    schemaVersion: 1,
    old: { label: 'devops-guru.2021.awsdocs.md', format: 'markdown', title: 'Data protection in Amazon DevOps Guru' },
    new: { label: 'devops-guru.2024.rendered.txt', format: 'text', title: 'Data protection in Amazon DevOps Guru' },
    summary: { added: 1, removed: 0, modified: 2, renamed: 0, moved: 0, severity: 'none', counts: { none: 0, low: 0, medium: 0, high: 0 } },
    sections: [
      section('modified', 'Data protection in Amazon DevOps Guru', [
        change('Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later.', 'Use SSL/TLS to communicate with AWS resources. We require TLS 1.2 and recommend TLS 1.3.', 'changed', { block: 'list-item' }),
        change('That way each user is given only the permissions necessary to fulfill their job duties.', 'That way, each user is given only the permissions necessary to fulfill their job duties.'),
        change('see [FIPS 140-2](http://aws.amazon.com/compliance/fips/).', 'see FIPS 140-2.', 'changed', { formatting: true }),
      ]),
      section('modified', 'Data encryption in DevOps Guru', [
        change('Encryption of data in-transit: protected using TLS.', 'Encryption of data in-transit: protected using TLS.', 'moved'),
        change('certificates managed by AWS Certificate Manager Private Certificate Authority.', 'certificates managed by AWS Private Certificate Authority.'),
      ]),
      section('added', 'Key policy', [change(null, 'Key policies control access to your customer managed key. Every customer managed key must have exactly one key policy.', 'added')]),
      section('renamed', 'Traffic privacy', []),
    ],
    fallbacks: [],
  };
}

describe('classifyReport', () => {
  it('fills every change, section severities and the page summary (seeds devops-guru 2021 -> 2024)', () => {
    const input = devopsGuruReport();
    const frozen = JSON.stringify(input);
    const r = classifyReport(input);
    expect(JSON.stringify(input)).toBe(frozen); // pure
    const all = r.sections.flatMap((s) => s.changes);
    for (const c of all) {
      expect(c.summary).not.toBe('');
      expect(c.rules?.length).toBeGreaterThan(0);
    }
    expect(r.sections.map((s) => s.severity)).toEqual(['high', 'low', 'medium', 'none']);
    expect(r.summary.severity).toBe('high');
    expect(r.summary.counts).toEqual({ none: 2, low: 2, medium: 1, high: 1 });
    expect(r.sections[2].changes[0].summary).toBe('Section added: Key policy');
  });

  it('silences by section and by pattern, with the reason kept', () => {
    const r = classifyReport(devopsGuruReport(), {
      silence: [
        { section: 'key policy', reason: 'reviewed in SEC-12' },
        { pattern: 'TLS 1\\.3', reason: 'TLS tracked elsewhere' },
      ],
    });
    const tls = r.sections[0].changes[0];
    expect(tls).toMatchObject({ severity: 'none', silenced: 'TLS tracked elsewhere' });
    expect(tls.summary).toContain('TLS:');
    expect(r.sections[2].changes[0]).toMatchObject({ severity: 'none', silenced: 'reviewed in SEC-12' });
    expect(r.summary.severity).toBe('low');
  });

  it('user patterns and topics raise severity and can set the summary', () => {
    const r = classifyReport(devopsGuruReport(), {
      patterns: [
        { id: 'acm', pattern: 'Certificate\\s+Manager', severity: 'high', category: 'vendor', summary: 'ACM wording changed: {match}' },
        // present on both sides and untouched by the edit: does not fire
        { id: 'managed', pattern: 'certificates managed by', severity: 'high' },
      ],
      topics: [{ id: 'iam-duties', keywords: ['job duties'], severity: 'high' }],
    });
    const pca = r.sections[1].changes[1];
    expect(pca).toMatchObject({ severity: 'high', category: 'vendor' });
    expect(pca.summary.startsWith('ACM wording changed: Certificate Manager')).toBe(true);
    expect(pca.rules).toContain('user.acm');
    expect(r.sections.flatMap((s) => s.changes).flatMap((c) => c.rules ?? [])).not.toContain('user.managed');
    // a comma is editorial: a user topic does not make a punctuation fix high
    expect(r.sections[0].changes[1].severity).toBe('low');
  });
});

describe('version facts across a removed and an added block', () => {
  const FIPS = (v: string) =>
    `If you require FIPS ${v} validated cryptographic modules when accessing AWS through a command line interface or an API, use a FIPS endpoint. For more information about the available FIPS endpoints, see Federal Information Processing Standard (FIPS) ${v}.`;
  const report = (oldText: string, newText: string): ChangeReport => ({
    ...devopsGuruReport(),
    sections: [section('modified', 'Data protection in AWS CodePipeline', [change(oldText, null, 'removed', { block: 'list-item' }), change(null, newText, 'added', { block: 'list-item' })])],
  });

  it('seeds codepipeline (2021) -> live codepipeline/data-protection 00: the FIPS bullet split by the diff still reads 140-2 -> 140-3', () => {
    const [removed, added] = classifyReport(report(FIPS('140-2'), FIPS('140-3'))).sections[0].changes;
    expect(added).toMatchObject({ severity: 'high' });
    expect(added.summary).toContain('FIPS: 140-2 -> 140-3');
    expect(removed.summary).not.toContain('FIPS: ');
    expect(removed.rules).not.toContain('version.changed');
  });

  it('the same facts re-cut into other blocks are not a version change', () => {
    const [removed, added] = classifyReport(report(FIPS('140-2'), FIPS('140-2').replace('use a FIPS endpoint', 'use one of the FIPS endpoints'))).sections[0].changes;
    expect([...(removed.rules ?? []), ...(added.rules ?? [])]).not.toContain('version.changed');
  });
});

describe('filterReport and exceeds', () => {
  const r = classifyReport(devopsGuruReport());

  it('hides formatting unless asked, and recounts what is shown', () => {
    const shown = filterReport(r, {});
    expect(shown.sections.flatMap((s) => s.changes).some((c) => c.category === 'formatting')).toBe(false);
    expect(shown.summary.counts.none).toBe(1); // the move
    expect(filterReport(r, { showFormatting: true }).summary.counts.none).toBe(2);
  });

  it('drops changes below the threshold and sections left empty; keeps a rename only down to low', () => {
    const medium = filterReport(r, { minSeverity: 'medium' });
    expect(medium.sections.map((s) => s.newHeading)).toEqual(['Data protection in Amazon DevOps Guru', 'Key policy']);
    expect(medium.summary.counts).toEqual({ none: 0, low: 0, medium: 1, high: 1 });
    const low = filterReport(r, { minSeverity: 'low' });
    expect(low.sections.map((s) => s.status)).toEqual(['modified', 'modified', 'added', 'renamed']);
    expect(filterReport(r, { minSeverity: 'high' }).summary.severity).toBe('high');
  });

  it('exceeds is true when any change is at or above the level', () => {
    expect(exceeds(r, 'high')).toBe(true);
    const quiet = classifyReport(devopsGuruReport(), { silence: [{ pattern: 'TLS|Key policies', reason: 'ok' }] });
    expect(exceeds(quiet, 'high')).toBe(false);
    expect(exceeds(quiet, 'medium')).toBe(false);
    expect(exceeds(quiet, 'low')).toBe(true);
  });
});

const H = '/work/shared/corpus/history';
describe.skipIf(!existsSync(H))('whole version pairs (rough diff from test/classify/support)', () => {
  const pair = (page: string, a: string, b: string) => classifyReport(miniDiff(readFileSync(`${H}/${page}/${a}`, 'utf8'), readFileSync(`${H}/${page}/${b}`, 'utf8')));

  it('iam/data-protection 09 -> 10 (2023-05-11) is high for TLS', () => {
    const r = pair('iam/data-protection', '09-2023-02-17-30b967c.md', '10-2023-05-11-651083f.md');
    expect(r.summary.severity).toBe('high');
    expect(r.sections.flatMap((s) => s.changes).map((c) => c.summary)).toContain('TLS: 1.2 recommended -> required; 1.3 now recommended');
  });

  it('iam/reference_iam-quotas 29 -> 30 (2023-01-13): two MFA quotas, nothing high', () => {
    const r = pair('iam/reference_iam-quotas', '29-2022-12-30-149cf97.md', '30-2023-01-13-f2ca9dd.md');
    const summaries = r.sections.flatMap((s) => s.changes).filter((c) => c.category === 'number').map((c) => c.summary);
    expect(summaries).toEqual(['MFA devices in use by an IAM user: 1 -> 8', 'MFA devices in use by the AWS account root user: 1 -> 8']);
    expect(r.summary.severity).toBe('medium');
  });

  it('kms/pqtls 03 -> 04 (2020-03-30): headings re-cased only, nothing above low', () => {
    const r = pair('kms/pqtls', '03-2020-02-05-e3a212d.md', '04-2020-03-30-94bfa88.md');
    expect(exceeds(r, 'medium')).toBe(false);
  });
});
