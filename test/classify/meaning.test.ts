// Issue 13, rule by rule, on real sentences (named by page and version) and on cases that must not
// fire: obligations with direction, a service's own promises, versions that keep their modality,
// lifecycle events, sentences split or merged. Tables, data and page-level renames: tables.test.ts.
import { describe, expect, it } from 'vitest';
import { findCues, promiseOf, strengthOf } from '../../src/classify/obligation.js';
import { dateIn, lifecycleIn } from '../../src/classify/lifecycle.js';
import { check, type Case } from './support/cases.js';

const DG_OLD_URL = "When you provide a URL to an external server, don't include credentials information in the URL to validate your request to that server.";
const DG_NEW_URL = 'If you provide a URL to an external server, we strongly recommend that you do not include credentials information in the URL to validate your request to that server.';

describe('the obligation scale', () => {
  it.each([
    // devops-guru/data-protection 02 (2021-05-03) and 03 (2021-11-01)
    [DG_OLD_URL, 4, true],
    [DG_NEW_URL, 3, true],
    // devops-guru/data-protection 03 (2021-11-01)
    ["We strongly recommend that you never put confidential or sensitive information, such as your customers' email addresses, into tags or free-form text fields such as a Name field.", 3, true],
    // kms/deleting-keys 06 (2018-11-10)
    ['Do not use the region selector in the navigation bar (top right corner).', 4, true],
    // s3/security-best-practices 13 (2023-05-19)
    ['We recommend that you regularly check the security advisories posted in Trusted Advisor for your AWS account.', 2, false],
  ] as const)('%s -> grade %i, against %s', (text, grade, against) => {
    const s = strengthOf(text);
    expect(s.grade).toBe(grade);
    expect(s.top?.against).toBe(against);
  });

  it('a clause that is not an imperative is not a prohibition: "and any such changes also don\'t benefit" (python-peps/pep-0466 03, 2014-03-24)', () => {
    expect(strengthOf("it's going to take time for those efforts to start having an impact on end users' choice of version, and any such changes also don't benefit the core platform infrastructure that runs in the integrated system Python").grade).toBeLessThan(2);
  });

  it('"non mandatory" lifts the requirement (keycloak/session-timeouts)', () => {
    expect(findCues('This field is non mandatory and if nothing is specified it defaults to the value configured at User-Initiated Action Lifespan.')[0]).toMatchObject({ grade: 1 });
  });

  it('"If your use case requires higher limits" is the reader\'s condition (ory/rate-limits 08, 2025-02-21)', () => {
    expect(strengthOf('If your use case requires higher limits, please get in touch with us to discuss your requirements.').grade).toBe(0);
  });
});

describe('promiseOf: a service\'s own commitments and best efforts', () => {
  it.each([
    // kms/rotate-keys 35 (2022-10-03)
    ['AWS KMS automatically rotates AWS managed keys every year (approximately 365 days).', 'commit', 'rotates AWS managed keys every year'],
    // devops-guru/data-protection (live, 2024): "DevOps Guru automatically enables encryption at rest..."
    ['DevOps Guru automatically enables encryption at rest using AWS owned keys to protect sensitive metadata at no charge.', 'commit', 'enables encryption at rest using AWS owned keys'],
    ["We'll do our best to send you expiration emails.", 'best-effort', 'send you expiration emails'],
    ['AWS KMS attempts to rotate AWS managed keys every year.', 'best-effort', 'rotate AWS managed keys every year'],
  ] as const)('%s -> %s', (text, kind, what) => {
    expect(promiseOf(text)).toMatchObject({ kind, what });
  });

  it('not a promise: "You will be charged" (the reader), "If you try to access" (kms/resource-limits)', () => {
    expect(promiseOf('You will be charged for each custom key store.')).toBeNull();
    expect(promiseOf('If you try to create more, the CreateCustomKeyStore operation fails.')).toBeNull();
  });
});

const cases: Case[] = [
  {
    name: 'devops-guru/data-protection 02 -> 03 (2021-11-01): "don\'t include credentials" -> "we strongly recommend that you do not include"',
    old: DG_OLD_URL,
    new: DG_NEW_URL,
    severity: 'high',
    category: 'obligation',
    includes: ['Obligation weaker (prohibited -> strongly recommended against)', '"include credentials information in the URL"'],
    rules: ['obligation.weaker', 'obligation.weakened'],
  },
  {
    name: 'issue 13 example, derived from devops-guru/data-protection 02 (2021-05-03): "Do not include credentials in the URL" -> "We recommend that you do not include..."',
    old: 'Do not include credentials information in the URL to validate your request to that server.',
    new: 'We recommend that you do not include credentials information in the URL to validate your request to that server.',
    severity: 'high',
    includes: ['Obligation weaker (prohibited -> recommended against)'],
    rules: ['obligation.weaker'],
  },
  {
    name: 'derived from kms/rotate-keys 35 (2022-10-03): a service promise weakened ("automatically rotates" -> "attempts to rotate")',
    old: 'AWS KMS automatically rotates AWS managed keys every year (approximately 365 days).',
    new: 'AWS KMS attempts to rotate AWS managed keys every year (approximately 365 days).',
    severity: 'high',
    category: 'promise',
    includes: ['Promise weakened (automatically -> best effort): "rotate AWS managed keys every year"'],
    rules: ['promise.weakened'],
  },
  {
    name: 'issue 13 example: "we\'ll automatically send" -> "we\'ll do our best to send"',
    old: "If you give us an email address, we'll automatically send you expiration emails.",
    new: "If you give us an email address, we'll do our best to send you expiration emails.",
    severity: 'high',
    rules: ['promise.weakened'],
  },
  {
    name: 'derived from kms/rotate-keys 35: a best effort made a commitment is a promise strengthened (medium)',
    old: 'AWS KMS attempts to rotate AWS managed keys every year.',
    new: 'AWS KMS rotates AWS managed keys every year.',
    severity: 'medium',
    rules: ['promise.strengthened'],
  },
  {
    name: 'issue 13 example, derived from devops-guru/data-protection 02: a recommended version moved is not a minimum raised',
    old: 'Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later.',
    new: 'Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.3.',
    severity: 'medium',
    summary: 'TLS: recommended version 1.2 or later -> 1.3',
    notRules: ['obligation.'],
  },
  {
    name: 'seeds devops-guru 2021 -> 2024 (flagship): still "1.2 recommended -> required; 1.3 now recommended"',
    old: 'Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later.',
    new: 'Use SSL/TLS to communicate with AWS resources. We require TLS 1.2 and recommend TLS 1.3.',
    severity: 'high',
    summary: 'TLS: 1.2 recommended -> required; 1.3 now recommended',
  },
  {
    name: 'a required minimum raised is still a minimum raised (high)',
    old: 'We require TLS 1.2 or later.',
    new: 'We require TLS 1.3 or later.',
    severity: 'high',
    summary: 'TLS: minimum raised 1.2 -> 1.3',
  },
  {
    name: 'devops-guru/data-protection live 04: the end-of-support banner above the title',
    old: null,
    new: 'End of support notice: On September 30, 2027, AWS will end support for Amazon DevOps Guru. After September 30, 2027, you will no longer be able to access the Amazon DevOps Guru console or Amazon DevOps Guru resources. For more information, see Amazon DevOps Guru end of support.',
    severity: 'high',
    category: 'lifecycle',
    includes: ['End of support: 2027-09-30'],
    rules: ['lifecycle.end-of-support', 'lifecycle.added'],
  },
  {
    name: 'azure-cli/azure-cli-support-lifecycle 02 (2024-07-29): "Microsoft is no longer providing updates or bug fixes"',
    old: null,
    new: 'Microsoft is no longer providing updates or bug fixes for this distribution.',
    severity: 'high',
    rules: ['lifecycle.end-of-support'],
  },
  {
    name: 'cert-manager/remove-deprecated-apis 01 (2021-11-23): a removal notice goes away (medium)',
    old: 'These APIs will be removed in cert-manager v1.6.0.',
    new: 'These APIs were removed in cert-manager v1.6.0.',
    severity: 'medium',
    rules: ['lifecycle.removed', 'lifecycle.removed'],
  },
  // must not fire
  {
    name: 'keycloak/password-policies 10 -> 11 (2017-02-17): a question turned into a description keeps its "required"',
    old: 'How many digits are required to be in the password string?',
    new: 'The number of digits required to be in the password string.',
    notRules: ['obligation.'],
  },
  {
    name: 'ory/rate-limits 07 -> 08 (2025-02-21): a condition added is not an obligation',
    old: 'Get in touch with us to discuss your requirements.',
    new: 'If your use case requires higher limits, please get in touch with us to discuss your requirements.',
    notRules: ['obligation.'],
  },
  {
    name: 's3/security-best-practices 12 -> 13 (2023-05-19): "you should use" -> "Instead, use" is still an instruction',
    old: 'Instead, you should use an IAM role to manage temporary credentials for applications or services that need to access Amazon S3.',
    new: 'Instead, use an IAM role to manage temporary credentials for applications or services that need to access Amazon S3.',
    severity: 'low',
    notRules: ['obligation.'],
  },
  {
    name: 'python-peps/pep-0387 37 (2026-01-15): a policy about deprecation is not a deprecation',
    old: null,
    new: 'A soft deprecation can be used when using an API which should no longer be used to write new code, but it remains safe to continue using it in existing code.',
    notRules: ['lifecycle.'],
  },
  {
    name: 'python-peps/pep-0466 (2014): "end of life" in words that did not change',
    old: 'However, the recommendations for library and application developers are deliberately designed to accommodate commercial redistributors that choose to apply this policy to additional Python release series that are either in security fix only mode, or have been declared "end of life" by the core development team.',
    new: 'However, the recommendations for library and application developers are deliberately designed to accommodate commercial redistributors that choose to apply these changes to additional Python release series that are either in security fix only mode, or have been declared "end of life" by the core development team.',
    notRules: ['lifecycle.'],
  },
  {
    name: 'kms/rotate-keys 35: a promise reworded around an unchanged "automatically" is not a promise change',
    old: 'When you use a CMK to encrypt, AWS KMS automatically uses the current backing key to perform the encryption.',
    new: 'When you use a KMS key to encrypt, AWS KMS automatically uses the current key material to perform the encryption.',
    notRules: ['promise.', 'obligation.'],
  },
  {
    name: 'kms/deleting-keys 05 -> 06 (2018-11-10): a sentence split in two with the same words is LOW editorial',
    old: 'Open the policy document in your preferred text editor, add the kms:ScheduleKeyDeletion and kms:CancelKeyDeletion permissions to the policy statement that gives permissions to the key administrators (for example, the policy statement with "Sid": "Allow access for Key Administrators"), and save the file.',
    new: 'Open the policy document in your preferred text editor, add the kms:ScheduleKeyDeletion and kms:CancelKeyDeletion permissions to the policy statement that gives permissions to the key administrators (for example, the policy statement with "Sid": "Allow access for Key Administrators"). Then save the file.',
    severity: 'low',
    category: 'editorial',
    rules: ['editorial.split'],
    notRules: ['statement.'],
  },
  {
    name: 'a contraction is editorial ("does not" -> "doesn\'t", azure-cli pages 2024)',
    old: 'The Azure CLI does not support this authentication method.',
    new: "The Azure CLI doesn't support this authentication method.",
    severity: 'low',
    category: 'editorial',
    notRules: ['content.changed', 'negation.'],
  },
];

describe('issue 13 rules on real edits', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});

describe('dates of lifecycle events', () => {
  it.each([
    ['On September 30, 2027, AWS will end support', '2027-09-30'],
    ['End of support: 2026-08-31', '2026-08-31'],
    ['ends on 22 November 2024', '2024-11-22'],
    ['October 2028', '2028-10'],
    ['no date here', null],
  ])('%s -> %s', (text, iso) => expect(dateIn(text)).toBe(iso));

  it('"if a feature is deprecated" is about deprecations in general', () => {
    expect(lifecycleIn('If a feature is deprecated, it is removed after two releases.')).toBeNull();
    expect(lifecycleIn('The following cert-manager APIs were deprecated in cert-manager v1.4:')).toMatchObject({ event: { id: 'deprecated' } });
  });
});
