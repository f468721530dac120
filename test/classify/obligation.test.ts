import { describe, expect, it } from 'vitest';
import { findCues, strengthOf } from '../../src/classify/obligation.js';
import { check, type Case } from './support/cases.js';

describe('strengthOf', () => {
  it.each([
    ['We require TLS 1.2.', 3],
    ['You must enable MFA.', 3],
    ['Amazon S3 only supports symmetric encryption KMS keys.', 3],
    ['We strongly recommend that you never put confidential or sensitive information into tags.', 2],
    ['You should regularly check security advisories posted in Trusted Advisor for your AWS account.', 2],
    ['You can use AWS CloudTrail to track requests.', 1],
    ['Automatic rotation is optional for customer managed KMS keys.', 1],
    ['AWS KMS rotates the key material every year.', 0],
  ] as const)('%s -> %i', (text, level) => {
    expect(strengthOf(text).level).toBe(level);
  });

  it('a reader\'s condition is not an obligation: "If you require FIPS 140-2 validated cryptographic modules"', () => {
    expect(strengthOf('If you require FIPS 140-2 validated cryptographic modules when accessing AWS, use a FIPS endpoint.').level).toBe(0);
  });

  it('"does not require" lifts the requirement (devops-guru data protection)', () => {
    expect(findCues('Some encryption, such as for data in transit, is provided by default and does not require you to do anything.')[0]).toMatchObject({ level: 1 });
  });

  it('"the permissions required to" is an adjective, not a requirement (codepipeline/data-protection 04, 2020-12-01)', () => {
    expect(strengthOf('That way each user is given only the permissions required to fulfill their job duties.').level).toBe(0);
  });
});

const TRUSTED_ADVISOR_OLD = 'You should regularly check security advisories posted in Trusted Advisor for your AWS account. In particular, note warnings about Amazon S3 buckets with "open access permissions." You can do this programmatically using describe-trusted-advisor-checks.';

const cases: Case[] = [
  {
    name: 'derived from s3/security-best-practices 12 (2023-04-28): "should" -> "must" on a security topic',
    old: 'You should allow only encrypted connections over HTTPS (TLS) using the aws:SecureTransport condition on Amazon S3 bucket policies.',
    new: 'You must allow only encrypted connections over HTTPS (TLS) using the aws:SecureTransport condition on Amazon S3 bucket policies.',
    severity: 'high',
    category: 'obligation',
    includes: ['Obligation stronger (recommended -> required)'],
    rules: ['obligation.stronger'],
  },
  {
    name: 'derived from s3/security-best-practices 12 (2023-04-28): "should" -> "can" (weaker)',
    old: TRUSTED_ADVISOR_OLD,
    new: TRUSTED_ADVISOR_OLD.replace('You should regularly check', 'You can regularly check'),
    severity: 'medium',
    includes: ['Obligation weaker (recommended -> optional)'],
    rules: ['obligation.weaker'],
  },
  // must not trigger
  {
    name: 's3/security-best-practices 13 (2023-05-19): "You should allow" -> "We recommend allowing" keeps the strength',
    old: 'You can use HTTPS (TLS) to help prevent potential attackers from eavesdropping on or manipulating network traffic using person-in-the-middle or similar attacks. You should allow only encrypted connections over HTTPS (TLS) using the aws:SecureTransport condition on Amazon S3 bucket policies.',
    new: 'You can use HTTPS (TLS) to help prevent potential attackers from eavesdropping on or manipulating network traffic by using person-in-the-middle or similar attacks. We recommend allowing only encrypted connections over HTTPS (TLS) by using the aws:SecureTransport condition in your Amazon S3 bucket policies.',
    notRules: ['obligation.', 'version.'],
  },
  {
    name: 's3/security-best-practices 13 (2023-05-19): "You should regularly check" -> "We recommend that you regularly check"',
    old: TRUSTED_ADVISOR_OLD,
    new: 'We recommend that you regularly check the security advisories posted in Trusted Advisor for your AWS account. In particular, look for warnings about Amazon S3 buckets with "open access permissions." You can do this programmatically by using describe-trusted-advisor-checks.',
    notRules: ['obligation.'],
  },
  {
    name: 'codepipeline/data-protection 04 (2020-12-01): "permissions required" -> "permissions necessary" is not a weaker obligation',
    old: 'For data protection purposes, we recommend that you protect AWS account credentials and set up individual user accounts with AWS Identity and Access Management (IAM) so that each user is given only the permissions required to fulfill their job duties. We also recommend that you secure your data in the following ways:',
    new: 'For data protection purposes, we recommend that you protect AWS account credentials and set up individual user accounts with AWS Identity and Access Management (IAM). That way each user is given only the permissions necessary to fulfill their job duties. We also recommend that you secure your data in the following ways:',
    notRules: ['obligation.'],
  },
  {
    name: 'iam/reference_iam-quotas 05 (2018-03-29): "must be unique ..., and can contain" split in two sentences',
    old: 'Policy names for inline policies must be unique to the user, group, or role they are embedded in, and can contain any Basic Latin (ASCII) characters minus the following reserved characters: backward slash (\\), forward slash (/), asterisk (*), question mark (?), and white space. These characters are reserved according to RFC 3986.',
    new: 'Policy names for inline policies must be unique to the user, group, or role they are embedded in. The names can contain any Basic Latin (ASCII) characters minus the following reserved characters: backward slash (\\), forward slash (/), asterisk (*), question mark (?), and white space. These characters are reserved according to RFC 3986.',
    notRules: ['obligation.'],
  },
  {
    name: 'kms/rotate-keys 31 (2022-04-21): "only" moved in the sentence (word order)',
    old: 'The Key rotation tab only appears on the detail page of symmetric KMS keys with key material that AWS KMS generated.',
    new: 'The Key rotation tab appears only on the detail page of symmetric KMS keys with key material that AWS KMS generated.',
    severity: 'low',
    category: 'editorial',
    rules: ['editorial.reordered'],
    notRules: ['obligation.'],
  },
];

describe('obligation rules on real edits', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});
