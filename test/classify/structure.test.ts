import { describe, it } from 'vitest';
import { check, type Case } from './support/cases.js';

const KEY_POLICY_SECTION = [
  'Key policies control access to your customer managed key. Every customer managed key must have exactly one key policy, which contains statements that determine who can use the key and how they can use it.',
  'To use your customer managed key with your DevOps Guru resources, the following API operations must be permitted in the key policy:',
  'kms:CreateGrant – Adds a grant to a customer managed key.',
].join('\n');

const cases: Case[] = [
  {
    name: 'seeds devops-guru 2024: section added "Key policy" (medium: key management)',
    old: null,
    new: KEY_POLICY_SECTION,
    heading: 'Key policy',
    sectionStatus: 'added',
    severity: 'medium',
    category: 'structure',
    summary: 'Section added: Key policy',
    rules: ['structure.section-added'],
  },
  {
    name: 'codepipeline/data-protection (2021-01-11 -> later): section removed "Data protection configuration"',
    old: 'This section describes data protection configuration for the following:\nS3 artifacts server-side encryption (SSE).\nGitHub personal access tokens.\nSecret parameter tracking in AWS Secrets Manager.',
    new: null,
    heading: 'Data protection configuration',
    sectionStatus: 'removed',
    severity: 'medium',
    summary: 'Section removed: Data protection configuration',
  },
  {
    name: 'a section with nothing security-related or factual stays low',
    old: null,
    new: 'The following example shows how to view the console in another language.\nChoose the language from the menu.',
    heading: 'Changing the console language',
    sectionStatus: 'added',
    severity: 'low',
    summary: 'Section added: Changing the console language',
  },
  {
    name: 'seeds devops-guru 2024: statement added inside an existing section',
    old: null,
    new: 'DevOps Guru requires a grant to use your customer managed key.',
    heading: 'How DevOps Guru uses grants in AWS KMS',
    severity: 'medium',
    summary: 'Added: "DevOps Guru requires a grant to use your customer managed key."',
    rules: ['statement.added'],
  },
  {
    name: 'a pointer sentence added stays low',
    old: null,
    new: 'For more information, see Customer managed keys in the AWS Key Management Service Developer Guide.',
    severity: 'low',
  },
  {
    name: 'kms/deleting-keys (console steps): a procedure step added stays low',
    old: null,
    new: 'In the navigation pane, choose Customer managed keys.',
    block: 'list-item',
    severity: 'low',
  },
  {
    name: 's3/default-bucket-encryption 14 (2023-03-06): an encryption default added is high',
    old: null,
    new: 'Buckets and new objects are encrypted by default with SSE-S3.',
    severity: 'high',
    rules: ['statement.added', 'default.added'],
  },
  {
    name: 'seeds devops-guru 2024: "automatically enables encryption at rest using AWS owned keys" is a key default (high)',
    old: null,
    new: 'DevOps Guru automatically enables encryption at rest using AWS owned keys to protect sensitive metadata at no charge.',
    block: 'paragraph',
    severity: 'high',
    rules: ['default.added'],
  },
  {
    name: 'kms/rotate-keys (console step): "Automatically rotate this KMS key every year" check box is a UI label, not a default',
    old: null,
    new: 'Select or clear the Automatically rotate this KMS key every year check box.',
    block: 'list-item',
    severity: 'low',
    notRules: ['default.'],
  },
  {
    name: 'a long statement removed is shortened to about 100 characters',
    old: 'Some encryption, such as for data in transit, is provided by default and does not require you to do anything. Other encryption, such as for data at rest, you can configure when you create your project or build.',
    new: null,
    severity: 'high',
    includes: ['Removed: "', '…"'],
  },
  {
    name: 'seeds devops-guru 2021 -> 2024: moved bullet, severity none',
    old: 'Encryption of data in-transit: All communication between customers and DevOps Guru is protected using TLS.',
    new: 'Encryption of data in-transit: All communication between customers and DevOps Guru is protected using TLS.',
    type: 'moved',
    severity: 'none',
    category: 'moved',
    summary: 'Moved: "Encryption of data in-transit: All communication between customers and DevOps Guru is protected…"',
  },
  {
    name: 'seeds devops-guru 2021 -> 2024: a move the diff calls formatting (list reordered) is formatting, hidden by default',
    old: 'Encryption of data in-transit: All communication between customers and DevOps Guru is protected using TLS.',
    new: 'Encryption of data in-transit: All communication between customers and DevOps Guru is protected using TLS.',
    type: 'moved',
    formatting: true,
    severity: 'none',
    category: 'formatting',
  },
  {
    name: 'a code example changed is low and its versions are not read',
    old: '{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "kms:Decrypt" }] }',
    new: '{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "kms:*" }] }',
    block: 'code',
    severity: 'low',
    summary: 'Code example changed',
  },
];

describe('structure, statements, moves', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});

const headingCases: Case[] = [
  {
    name: 's3/default-bucket-encryption 14 (2023-03-06): heading reworded (the report stage sends it as a heading change)',
    old: 'Enabling Amazon S3 default bucket encryption',
    new: 'Configuring default encryption',
    block: 'heading',
    heading: 'Configuring default encryption',
    sectionStatus: 'renamed',
    severity: 'low',
    category: 'rename',
    summary: 'Section renamed: "Enabling Amazon S3 default bucket encryption" -> "Configuring default encryption"',
  },
  {
    name: 'kms/pqtls 04 (2020-03-30): heading re-cased only, formatting',
    old: 'Using Hybrid Post-Quantum TLS with AWS KMS',
    new: 'Using hybrid post-quantum TLS with AWS KMS',
    block: 'heading',
    formatting: true,
    severity: 'none',
    category: 'formatting',
    notRules: ['version.'],
  },
  {
    name: 'a moved section is reported by its heading',
    old: 'Traffic privacy',
    new: 'Traffic privacy',
    type: 'moved',
    heading: 'Traffic privacy',
    sectionStatus: 'moved',
    severity: 'none',
    summary: 'Section moved: Traffic privacy',
  },
];

describe('headings from the report stage', () => {
  it.each(headingCases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});
