import { describe, expect, it } from 'vitest';
import { describeFormatting, judgeEdit } from '../../src/classify/editorial.js';
import { check, type Case } from './support/cases.js';

describe('judgeEdit', () => {
  it('punctuation only', () => {
    expect(judgeEdit('That way each user is given only the permissions necessary.', 'That way, each user is given only the permissions necessary.')).toMatchObject({
      editorial: true,
      kind: 'punctuation',
    });
  });
  it('a word swapped for another is content', () => {
    expect(judgeEdit('use the Feedback link in the lower right corner', 'use the Feedback link in the upper right corner').editorial).toBe(false);
  });
  it('"increase" -> "decrease" is not a typo', () => {
    expect(judgeEdit('You can request a quota increase.', 'You can request a quota decrease.').editorial).toBe(false);
  });
});

describe('describeFormatting', () => {
  it('names dropped links (seeds devops-guru 2021 -> 2024)', () => {
    expect(
      describeFormatting(
        'see [Federal Information Processing Standard (FIPS) 140-2](http://aws.amazon.com/compliance/fips/).',
        'see Federal Information Processing Standard (FIPS) 140-2.',
      ),
    ).toBe('Formatting: links removed');
  });
  it('names link target changes (iam/reference_iam-quotas 01, 2017-12-04)', () => {
    expect(describeFormatting('use the [GetAccountSummary](http://alpha-docs-aws.amazon.com/IAM/x.html) API', 'use the [GetAccountSummary](http://docs.aws.amazon.com/IAM/x.html) API')).toBe(
      'Formatting: link targets changed',
    );
  });
});

const cases: Case[] = [
  {
    name: 'seeds devops-guru 2021 -> 2024: "That way each" -> "That way, each"',
    old: 'That way each user is given only the permissions necessary to fulfill their job duties.',
    new: 'That way, each user is given only the permissions necessary to fulfill their job duties.',
    severity: 'low',
    category: 'editorial',
    summary: 'Punctuation: "That way each" -> "That way, each"',
  },
  {
    name: 'seeds devops-guru 2021 -> 2024: ACM PCA renamed AWS Private Certificate Authority',
    old: 'All DevOps Guru endpoints use certificates managed by AWS Certificate Manager Private Certificate Authority.',
    new: 'All DevOps Guru endpoints use certificates managed by AWS Private Certificate Authority.',
    severity: 'low',
    category: 'editorial',
    includes: ['Renamed:', '"AWS Private Certificate Authority"'],
  },
  {
    name: 'product rename: Amazon Elasticsearch Service -> Amazon OpenSearch Service',
    old: 'You can send the logs to Amazon Elasticsearch Service for analysis.',
    new: 'You can send the logs to Amazon OpenSearch Service for analysis.',
    severity: 'low',
    category: 'editorial',
    rules: ['editorial.renamed'],
  },
  {
    name: 'codepipeline/limits 19 (2020-07-06): typo "haveonly" -> "have only"',
    old: 'Pipeline tag key names | Any combination of Unicode letters, numbers, spaces, and allowed characters in UTF-8 between 1 and 128 characters in length. Allowed characters are + - = . _ : / @ Tag key names must be unique, and each key can haveonly one value.',
    new: 'Pipeline tag key names | Any combination of Unicode letters, numbers, spaces, and allowed characters in UTF-8 between 1 and 128 characters in length. Allowed characters are + - = . _ : / @ Tag key names must be unique, and each key can have only one value.',
    block: 'table-row',
    severity: 'low',
    category: 'editorial',
    notRules: ['number.', 'obligation.'],
  },
  {
    name: 'iam/reference_iam-quotas 05 (2018-03-29): "whitespace" -> "white space"',
    old: 'IAM does not count whitespace when calculating the size of a policy against this limit.',
    new: 'IAM does not count white space when calculating the size of a policy against this limit.',
    severity: 'low',
    category: 'editorial',
    notRules: ['negation.'],
  },
  {
    name: 'kms/rotate-keys 26 (2021-09-04): "CMKs" -> "keys" beside "by default" is a rename, not a new default',
    old: 'Automatic key rotation is disabled by default on customer managed CMKs.',
    new: 'Automatic key rotation is disabled by default on customer managed keys.',
    severity: 'low',
    category: 'editorial',
    notRules: ['default.'],
  },
  {
    name: 'kms/rotate-keys 03 (2018-05-23): sentences reordered inside a paragraph',
    old: "Key rotation changes only the CMK's backing key, which is the cryptographic material that is used in encryption operations. The properties of the CMK do not change, as shown in the following image. The CMK is the same logical resource, regardless of whether or how many times its backing key changes.",
    new: "Key rotation changes only the CMK's backing key, which is the cryptographic material that is used in encryption operations. The CMK is the same logical resource, regardless of whether or how many times its backing key changes. The properties of the CMK do not change, as shown in the following image.",
    severity: 'low',
    category: 'editorial',
    rules: ['editorial.reordered'],
  },
  {
    name: 'kms/pqtls 11 (2022-02-22): "lower right" -> "upper right" is a low content edit',
    old: 'To provide feedback on this topic, use the Feedback link in the lower right corner of this page.',
    new: 'To provide feedback on this topic, use the Feedback link in the upper right corner of this page.',
    severity: 'low',
    category: 'content',
    summary: 'Changed: "lower" -> "upper"',
  },
  {
    name: 'seeds devops-guru 2021 -> 2024: IAM Identity Center added to an identity recommendation (medium: identity topic)',
    old: 'For data protection purposes, we recommend that you protect AWS account credentials and set up individual user accounts with AWS Identity and Access Management (IAM).',
    new: 'For data protection purposes, we recommend that you protect AWS account credentials and set up individual users with AWS IAM Identity Center or AWS Identity and Access Management (IAM).',
    severity: 'medium',
    category: 'content',
    includes: ['added "AWS IAM Identity Center or"'],
    rules: ['topic.identity'],
  },
  {
    name: 'formatting-only change from the diff: severity none',
    old: 'see [Federal Information Processing Standard (FIPS) 140-2](http://aws.amazon.com/compliance/fips/).',
    new: 'see Federal Information Processing Standard (FIPS) 140-2.',
    formatting: true,
    severity: 'none',
    category: 'formatting',
    notRules: ['version.'],
  },
];

describe('editorial and content edits', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});
