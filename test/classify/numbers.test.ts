import { describe, expect, it } from 'vitest';
import { diffQuantities, extractQuantities } from '../../src/classify/numbers.js';
import { check, type Case } from './support/cases.js';

describe('extractQuantities', () => {
  it('folds an echo: "every three years (1095 days)" is one quantity (kms/rotate-keys 31, 2022-04-21)', () => {
    const q = extractQuantities('AWS KMS automatically rotates AWS managed keys every three years (1095 days).');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ dim: 'time', display: 'every 3 years', value: 3 });
  });

  it('reads "every year" as one year', () => {
    expect(extractQuantities('AWS KMS rotates the KMS key automatically every year.')).toMatchObject([{ dim: 'time', base: 365 * 86_400, display: 'every year' }]);
  });

  it('reads a range as one quantity: "7 – 30 days" (kms/deleting-keys 23, 2021-03-30)', () => {
    const q = extractQuantities('AWS KMS requires you to set a waiting period of 7 – 30 days.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ dim: 'time', display: '7 – 30 days' });
  });

  it('skips versions, years and identifiers', () => {
    const s = 'Starting January 5, 2023, Amazon S3 supports TLS 1.2 in us-east-1 for account 111122223333 with the AWS SDK for Java 2.x.';
    expect(extractQuantities(s, [[s.indexOf('TLS'), s.indexOf('TLS') + 7]])).toEqual([]);
  });

  it('sizes glued to the number and spelled counts', () => {
    const q = extractQuantities('If the size of your deployment package exceeds 3MB, you can use five layers.');
    expect(q.map((x) => [x.dim, x.value])).toEqual([
      ['size', 3],
      ['count:layer', 5],
    ]);
  });
});

describe('diffQuantities', () => {
  it('cancels equal values written differently: "365 days" vs "one year (approximately 365 days)" (kms/rotate-keys 32, 2022-05-03)', () => {
    const a = 'AWS KMS automatically rotates the KMS key 365 days after the enable date and every 365 days thereafter.';
    const b = 'AWS KMS automatically rotates the KMS key one year (approximately 365 days) after the enable date and every year thereafter.';
    expect(diffQuantities(a, extractQuantities(a), b, extractQuantities(b))).toEqual([]);
  });
});

const cases: Case[] = [
  {
    name: 'iam/reference_iam-quotas 30 (2023-01-13): MFA devices per IAM user 1 -> 8',
    old: 'MFA devices in use by an IAM user | 1',
    new: 'MFA devices in use by an IAM user | 8',
    block: 'table-row',
    heading: 'IAM object quotas',
    severity: 'medium',
    category: 'number',
    summary: 'MFA devices in use by an IAM user: 1 -> 8',
    rules: ['number.changed', 'number.increased'],
  },
  {
    name: 'kms/rotate-keys 32 (2022-05-03): AWS managed key rotation every 3 years -> every year',
    old: 'You cannot manage key rotation for AWS managed keys. AWS KMS automatically rotates AWS managed keys every three years (1095 days).',
    new: 'AWS KMS automatically rotates AWS managed keys every year (approximately 365 days). You cannot enable or disable key rotation for AWS managed keys.',
    heading: 'AWS managed keys',
    severity: 'high',
    includes: ['AWS managed key rotation: every 3 years -> every year'],
    rules: ['number.decreased'],
  },
  {
    name: 'kms/rotate-keys 32 (2022-05-03): "rotates the key material for AWS managed KMS keys every three years" -> "every year"',
    old: 'AWS KMS supports automatic key rotation only for symmetric encryption KMS keys with key material that AWS KMS creates. Automatic rotation is optional for customer managed KMS keys. AWS KMS always rotates the key material for AWS managed KMS keys every three years. Rotation of AWS owned KMS keys varies.',
    new: 'AWS KMS supports automatic key rotation only for symmetric encryption KMS keys with key material that AWS KMS creates. Automatic rotation is optional for customer managed KMS keys. AWS KMS always rotates the key material for AWS managed KMS keys every year. Rotation of AWS owned KMS keys varies.',
    severity: 'high',
    summary: 'AWS managed KMS key rotation: every 3 years -> every year',
  },
  {
    name: 'lambda/gettingstarted-limits 12 (2018-10-11): function timeout 300 -> 900 seconds',
    old: 'Maximum execution duration per request | 300 seconds (5 minutes)',
    new: 'Maximum execution duration per request | 900 seconds (15 minutes)',
    block: 'table-row',
    severity: 'medium',
    summary: 'Maximum execution duration per request: 300 seconds -> 900 seconds',
    rules: ['number.increased'],
  },
  {
    name: 'codepipeline/limits 23 (2021-03-11): pipelines per Region 300 -> 1000',
    old: 'Maximum number of total pipelines per Region in an AWS account | 300 Pipelines configured for either polling or event-based change detection are counted toward this quota.',
    new: 'Maximum number of total pipelines per Region in an AWS account | 1000 Pipelines configured for either polling or event-based change detection are counted toward this quota.',
    block: 'table-row',
    severity: 'medium',
    includes: ['Maximum number of total pipelines per Region in an AWS account: 300 -> 1000'],
  },
  {
    name: 'kms/deleting-keys 23 (2021-03-30): a deletion waiting period appears (high: deletion)',
    old: 'Because it is destructive and potentially dangerous to delete a CMK, AWS KMS enforces a waiting period.',
    new: 'Because it is destructive and potentially dangerous to delete a CMK, AWS KMS requires you to set a waiting period of 7 – 30 days.',
    severity: 'high',
    includes: ['7 – 30 days added'],
  },
  {
    name: 'seeds devops-guru: a retention period shortened (derived: "one year" -> "90 days")',
    old: 'Data stored in Kinesis can be retained for up to one year and depends on the policies set.',
    new: 'Data stored in Kinesis can be retained for up to 90 days and depends on the policies set.',
    severity: 'high',
    summary: 'Retention of data stored in Kinesis: 1 year -> 90 days',
  },
  {
    name: 'synthetic: "per object" belongs to the subject; the verb names it',
    old: 'You can store up to 5 GB per object.',
    new: 'You can store up to 5 TB per object.',
    severity: 'medium',
    summary: 'Storage per object: 5 GB -> 5 TB',
  },
  {
    name: 'synthetic: a spelled count after "up to" ("five" -> "eight" MFA devices)',
    old: 'Each account can have up to five MFA devices.',
    new: 'Each account can have up to eight MFA devices.',
    severity: 'medium',
    summary: 'MFA devices: 5 -> 8',
  },
  // must not trigger
  {
    name: 'lambda/gettingstarted-limits: "1000" -> "1,000" is editorial',
    old: 'Concurrent executions | 1000',
    new: 'Concurrent executions | 1,000',
    block: 'table-row',
    severity: 'low',
    category: 'editorial',
    notRules: ['number.'],
  },
  {
    name: 'lambda/gettingstarted-limits: "5 layers" -> "five layers" is editorial',
    old: 'Function layers | 5 layers',
    new: 'Function layers | five layers',
    block: 'table-row',
    severity: 'low',
    category: 'editorial',
    notRules: ['number.'],
  },
  {
    name: 'lambda/gettingstarted-limits 04 (2018-05-03): "300 seconds" -> "300 seconds (5 minutes)" restates the same value',
    old: 'Maximum execution duration per request | 300 seconds',
    new: 'Maximum execution duration per request | 300 seconds (5 minutes)',
    block: 'table-row',
    severity: 'low',
    notRules: ['number.'],
  },
  {
    name: 'kms/rotate-keys 32 (2022-05-03): "365 days" restated as "one year (approximately 365 days)"',
    old: 'When you enable (or re-enable) automatic key rotation, AWS KMS automatically rotates the KMS key 365 days after the enable date and every 365 days thereafter.',
    new: 'When you enable (or re-enable) automatic key rotation, AWS KMS automatically rotates the KMS key one year (approximately 365 days) after the enable date and every year thereafter.',
    severity: 'low',
    category: 'editorial',
    notRules: ['number.'],
  },
  {
    name: 'iam/id_credentials_passwords_account-policy 04 (2018-06-08): a sentence split keeps "90 days"',
    old: 'When you set a password expiration period, the expiration period is enforced immediately. For example, when you set a password expiration period of 90 days, all IAM users that currently have an existing password that is more than 90 days old are forced to change their password at next sign-in.',
    new: 'When you set a password expiration period, the expiration period is enforced immediately. For example, assume that you set a password expiration period of 90 days. In that case, all IAM users that currently have an existing password that is older than 90 days are required to change their password at next sign-in.',
    notRules: ['number.'],
  },
];

describe('number rules on real edits', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});
