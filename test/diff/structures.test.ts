// Issue 13: tables as tables (rows paired by key, cells named by their column), JSON and YAML
// blocks as data, renames rated the same across a page and across pages. Real page versions from
// test/fixtures/issue13 (see its manifest.json) and excerpts named by page and version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { harmonizeRenames } from '../../src/classify/index.js';
import { diffData, MAX_DATA_EDITS, parseData } from '../../src/diff/data.js';
import type { Change, ChangeReport } from '../../src/types.js';

const FX = 'test/fixtures/issue13';
const md = (label: string, text: string) => ({ label, text, format: 'markdown' as const });
const pair = (a: string, b: string): ChangeReport => compare(md('old.md', a), md('new.md', b));
const files = (a: string, b: string): ChangeReport => compare(md(a, readFileSync(`${FX}/${a}`, 'utf8')), md(b, readFileSync(`${FX}/${b}`, 'utf8')));
const shown = (r: ChangeReport): Change[] => r.sections.flatMap((s) => s.changes).filter((c) => c.category !== 'formatting');
const lines = (r: ChangeReport) => shown(r).map((c) => `${c.severity} ${c.summary}`);

const table = (rows: string[]) => `# Rate limits\n\n## Failed validation limit\n\n| Rate limit | Blocked for | Scope | Reset |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;

describe('tables: rows paired by key, cells named by column', () => {
  it('issue 13: every row changed only its values: each row pairs with itself and names row and column', () => {
    const r = pair(table(['| 120/day | 30 days | account | weekly |', '| 40/day | 92 days | IP | monthly |']), table(['| 120/day | 10 days | account | weekly |', '| 40/day | 30 days | IP | monthly |']));
    expect(lines(r)).toEqual(["medium Rate limit 120/day: 'Blocked for' 30 -> 10 days", "medium Rate limit 40/day: 'Blocked for' 92 -> 30 days"]);
    expect(shown(r)[0].row).toEqual({ columns: ['Rate limit', 'Blocked for', 'Scope', 'Reset'], key: 0, old: ['120/day', '30 days', 'account', 'weekly'], new: ['120/day', '10 days', 'account', 'weekly'] });
  });

  it('rows whose other cells all changed (too different to pair by similarity) still pair by key', () => {
    const r = pair(
      table(['| 120/day | 30 days after the last failed attempt | per account | every week |', '| 40/day | 92 days after the last failed attempt | per IP address | every month |']),
      table(['| 120/day | until support unblocks it | whole organization | never |', '| 40/day | one hour | single domain name | daily |']),
    );
    expect(shown(r).map((c) => [c.type, c.row?.old?.[0], c.row?.new?.[0]])).toEqual([
      ['changed', '120/day', '120/day'],
      ['changed', '40/day', '40/day'],
    ]);
  });

  it('ory/rate-limits 14 -> 15 (2025-12-03): rows keyed under a spanned "Environment" column; new limits listed row by row', () => {
    const l = lines(files('ory.rate-limits.14-2025-11-26.mdx', 'ory.rate-limits.15-2025-12-03.mdx'));
    expect(l).toContain("medium Development / Staging, /sessions/whoami: 'Environment' reordered: \"Development / Staging\"; 'Sustained (rpm)' 30 -> 300");
    expect(l).toContain("medium Row added: Development / Staging, POST /admin/identities ('Burst (rps)' 1; 'Sustained (rpm)' 10)");
    // the two plans' tables were not joined into one text diff ("Limit: 120 removed; 30: 40 days added")
    expect(l.filter((x) => /^\w+ (Added|Removed|Changed):/.test(x))).toEqual([]);
  });

  it('azure-cli/azure-cli-support-lifecycle 08 -> 09 (2025-07-09): an end-of-support date set in the table is a lifecycle event', () => {
    const l = lines(files('azure-cli.support-lifecycle.08-2025-05-28.md', 'azure-cli.support-lifecycle.09-2025-07-09.md'));
    expect(l).toContain('high Debian: End of support: 2026-08-31');
    expect(l).toContain("medium Row added: RHEL, 10 ('End of support' May 31, 2035)");
  });

  it('derived from iam/reference_iam-quotas (2019-2020 headers): a renamed column is the same column', () => {
    const a = '# IAM quotas\n\n## Quotas\n\n| Resource | Default Limit |\n| --- | --- |\n| Groups in an AWS account | 300 |\n| Roles in an AWS account | 1000 |\n';
    const b = '# IAM quotas\n\n## Quotas\n\n| Resource | Default quota | Maximum autoapproval |\n| --- | --- | --- |\n| Groups in an AWS account | 300 | 500 |\n| Roles in an AWS account | 1000 | 5000 |\n';
    expect(lines(pair(a, b))).toEqual([
      'low Columns: "Default Limit" -> "Default quota"; "Maximum autoapproval" added',
      "medium Groups in an AWS account: 'Maximum autoapproval' 500 added",
      "medium Roles in an AWS account: 'Maximum autoapproval' 5000 added",
    ]);
  });
});

// iam/id_credentials_passwords_account-policy 10 (2022-02-17): the policy that allows managing the password policy
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'FullAccessPasswordPolicy', Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy', 'iam:DeleteAccountPasswordPolicy', 'iam:UpdateAccountPasswordPolicy'], Resource: '*' }],
};
const page = (body: string) => `# Password policy\n\n## Permissions\n\n\`\`\`json\n${body}\n\`\`\`\n`;
const json = (v: unknown) => page(JSON.stringify(v, null, 4));

describe('JSON and YAML blocks as data', () => {
  it('an IAM action added to the real policy: one change, with its path (medium)', () => {
    const next = structuredClone(POLICY);
    next.Statement[0].Action.push('iam:GetAccountSummary');
    const [c] = shown(pair(json(POLICY), json(next)));
    expect(c.data).toEqual({ format: 'json', edits: [{ path: 'Statement[0].Action', kind: 'added', new: '"iam:GetAccountSummary"' }] });
    expect([c.severity, c.summary]).toEqual(['medium', 'JSON value changed: Statement[0].Action: "iam:GetAccountSummary" added']);
  });

  it('Effect "Allow" -> "Deny" is high; a statement paired by its Sid even when it moved', () => {
    const next = { ...POLICY, Statement: [{ Sid: 'Other', Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }, { ...POLICY.Statement[0], Effect: 'Deny' }] };
    const [c] = shown(pair(json(POLICY), json(next)));
    expect(c.severity).toBe('high');
    expect(c.data!.edits).toContainEqual({ path: 'Statement[1].Effect', kind: 'changed', old: '"Allow"', new: '"Deny"' });
    expect(c.data!.edits).toContainEqual({ path: 'Statement[0]', kind: 'added', new: expect.stringContaining('"Sid":"Other"') });
  });

  it('keys reordered and reindented: formatting only', () => {
    const r = pair(json(POLICY), page(JSON.stringify({ Statement: POLICY.Statement, Version: POLICY.Version })));
    expect(shown(r)).toEqual([]);
  });

  it('a cipher removed from a JSON security policy is caught like the same removal in a table (same version summary)', () => {
    const doc = (ciphers: string[]) => page(JSON.stringify({ SecurityPolicyName: 'Example-2020-06', SshCiphers: ciphers }, null, 2));
    const rows = (ciphers: string[]) => `# Security policies\n\n## Permissions\n\n| Cipher | Supported |\n| --- | --- |\n${ciphers.map((c) => `| ${c} | yes |`).join('\n')}\n`;
    const before = ['aes256-ctr', 'aes192-ctr', 'aes256-cbc', 'aes192-cbc'];
    const after = ['aes256-ctr', 'aes192-ctr'];
    const [data] = shown(pair(doc(before), doc(after)));
    expect(data.summary).toBe('AES: 256-CBC, 192-CBC removed; JSON values changed: SshCiphers: "aes256-cbc" removed; SshCiphers: "aes192-cbc" removed');
    expect(data.severity).toBe('medium');
    const inTable = shown(pair(rows(before), rows(after))).map((c) => c.summary);
    expect(inTable).toEqual(["Row removed: Cipher aes256-cbc ('Supported' yes); AES: 256-CBC removed", "Row removed: Cipher aes192-cbc ('Supported' yes); AES: 192-CBC removed"]);
  });

  it('cert-manager/vault 05 -> 06 (2019-11-15): a YAML Issuer, path -> mountPath', () => {
    const r = files('cert-manager.vault.05-2019-11-12.md', 'cert-manager.vault.06-2019-11-15.md');
    const c = shown(r).find((x) => x.data)!;
    expect(c.data!.format).toBe('yaml');
    expect(c.summary).toBe('YAML values changed: spec.vault.auth.kubernetes.path: "/kubernetes/cluster-1" removed; spec.vault.auth.kubernetes.mountPath: "/v1/auth/kubernetes" added');
    expect(c.severity).toBe('medium');
  });

  it('plain code stays a line diff (kms/pqtls 2020: a Java line)', () => {
    const code = (l: string) => `# PQ TLS\n\n## Example\n\n\`\`\`\nSdkAsyncHttpClient awsCrtHttpClient = AwsCrtAsyncHttpClient.builder()\n          .tlsCipherPreference(${l})\n          .build();\n\`\`\`\n`;
    const [c] = shown(pair(code('TLS_CIPHER_KMS_PQ_TLSv1_0_2019_06'), code('TLS_CIPHER_PREF_KMS_PQ_TLSv1_0_2020_07')));
    expect([c.data, c.summary, c.old]).toEqual([undefined, 'Code example changed', '          .tlsCipherPreference(TLS_CIPHER_KMS_PQ_TLSv1_0_2019_06)']);
  });

  it('not data: a shell command with a colon, a YAML scalar', () => {
    expect(parseData('aws kms create-key --description "key: test"')).toBeNull();
    expect(parseData('just: one line')).toBeNull();
    expect(parseData('name: a\nvalue: b')).toEqual({ format: 'yaml', value: { name: 'a', value: 'b' } });
  });

  it('a walk past its bounds stops and says so (20,000 values, 1,000 differences)', () => {
    const big = Array.from({ length: 30_000 }, (_, i) => ({ id: i, v: i }));
    const out = diffData(big, big.map((x) => ({ ...x, v: x.v + 1 })));
    expect(out.truncated).toBe(true);
    expect(out.edits).toHaveLength(MAX_DATA_EDITS);
    const r = pair(json({ list: big.slice(0, 1500) }), json({ list: big.slice(0, 1500).map((x) => ({ ...x, v: -1 })) }));
    expect(r.fallbacks).toContain('section "Permissions": a JSON block with over 20,000 values, 1,000 differences or 64 levels was compared in part');
  });
});

describe('renames rated the same everywhere', () => {
  it('s3/default-bucket-encryption 04 -> 05 (2021-09-09): every CMK -> (KMS) key edit is LOW (two were MEDIUM)', () => {
    const r = files('s3.default-bucket-encryption.04-2021-07-16.md', 's3.default-bucket-encryption.05-2021-09-09.md');
    const cmk = shown(r).filter((c) => /\bCMKs?\b/.test(c.old ?? ''));
    expect(cmk.length).toBeGreaterThan(8);
    expect(cmk.map((c) => c.severity).filter((s) => s !== 'low')).toEqual([]);
    expect(shown(r).filter((c) => c.rules?.includes('editorial.page-rename')).map((c) => c.summary)).toContain('Renamed: "CMK" -> "key"; "CMK" -> "KMS key"');
  });

  it('across pages: a substitution judged a rename on one page re-rates the same edit on another', () => {
    const rep = (summary: string, rules: string[], old: string, nw: string): ChangeReport => ({
      schemaVersion: 1,
      old: { label: 'a', format: 'markdown', title: null },
      new: { label: 'b', format: 'markdown', title: null },
      summary: { added: 0, removed: 0, modified: 1, renamed: 0, moved: 0, severity: 'medium', counts: { none: 0, low: 0, medium: 1, high: 0 } },
      sections: [{ status: 'modified', oldHeading: 'S', newHeading: 'S', oldPath: ['S'], newPath: ['S'], anchor: null, moved: false, severity: 'medium', changes: [{ type: 'changed', old, new: nw, category: 'content', severity: 'medium', summary, rules }] }],
      fallbacks: [],
    });
    // codepipeline/S3-artifact-encryption 09 (2021-09-14), and a page that judged the same substitution a rename
    const a = rep('Changed: "Ops" -> "Operations"', ['content.changed', 'topic.key-management'], 'Rotate the key with the Ops console.', 'Rotate the key with the Operations console.');
    const b = rep('Renamed: "Ops" -> "Operations"', ['editorial.renamed'], 'Ops keeps logs.', 'Operations keeps logs.');
    const [ha, hb] = harmonizeRenames([a, b]);
    expect(ha.sections[0].changes[0]).toMatchObject({ severity: 'low', category: 'editorial', summary: 'Renamed: "Ops" -> "Operations"' });
    expect(ha.summary.severity).toBe('low');
    expect(hb).toBe(b);
  });
});
