import { describe, expect, it } from 'vitest';
import { detectFlip, polarityOf } from '../../src/classify/negation.js';
import { check, type Case } from './support/cases.js';

describe('polarityOf', () => {
  it('counts negators after expanding contractions', () => {
    expect(polarityOf("You don't need to remember or schedule the update.").negations).toBe(1);
    expect(polarityOf('You cannot change it while the KMS key is disabled.').negations).toBe(2);
  });
  it('a bare "No" table cell is an answer, not a negation', () => {
    expect(polarityOf('Customer managed keys | No').negations).toBe(0);
  });
});

describe('detectFlip', () => {
  it('"supports" -> "does not support"', () => {
    expect(detectFlip('AWS Resource Groups supports AWS KMS keys.', 'AWS Resource Groups does not support AWS KMS keys.')).toMatchObject({ direction: 'negated' });
  });
  it('"disabled by default" -> "enabled by default"', () => {
    expect(detectFlip('Automatic key rotation is disabled by default on customer managed keys.', 'Automatic key rotation is enabled by default on customer managed keys.')).toMatchObject({
      direction: 'affirmed',
    });
  });
  it('a negation elsewhere in a rewrite is not a flip (kms/rotate-keys 21, 2020-09-04)', () => {
    expect(detectFlip('After a CMK is deleted, you can no longer decrypt the data.', 'A CMK, even if key rotation is disabled, is deleted only when you delete it.')).toBeNull();
  });
});

const cases: Case[] = [
  {
    name: 'derived from kms/rotate-keys 07 (2018-12-04): "Automatic key rotation is available" -> "is not available"',
    old: 'Automatic key rotation is available for CMKs in custom key stores.',
    new: 'Automatic key rotation is not available for CMKs in custom key stores.',
    severity: 'high',
    category: 'negation',
    summary: 'Negation flip: "rotation is available for" -> "rotation is not available for"',
    rules: ['negation.flip', 'negation.negated'],
  },
  {
    name: 'derived from resource-groups/security_data-protection 03 (2021-08-05): "does not support AWS KMS keys" -> "supports"',
    old: 'AWS Resource Groups is not currently integrated with AWS Key Management Service and does not support AWS KMS keys.',
    new: 'AWS Resource Groups is integrated with AWS Key Management Service and supports AWS KMS keys.',
    severity: 'high',
    rules: ['negation.flip', 'negation.affirmed'],
  },
  {
    name: 'derived from kms/rotate-keys 31 (2022-04-21): "disabled by default" -> "enabled by default" (a key default)',
    old: 'Automatic key rotation is disabled by default on customer managed keys.',
    new: 'Automatic key rotation is enabled by default on customer managed keys.',
    severity: 'high',
    includes: ['"rotation is disabled by default" -> "rotation is enabled by default"'],
  },
  // must not trigger
  {
    name: 'kms/rotate-keys 07 (2018-12-04): a rewrite about another subject is not a flip (reported as reworded)',
    old: 'Automatic key rotation is available for all customer managed CMKs with KMS-generated key material.',
    new: 'Automatic key rotation is not available for CMKs in custom key stores (the value of the Origin field is AWS_CloudHSM), but you can rotate these CMKs manually.',
    severity: 'medium',
    category: 'content',
    notRules: ['negation.'],
  },
  {
    name: 'resource-groups/security_data-protection 03 (2021-08-05): CMKs renamed, negation unchanged',
    old: 'AWS Resource Groups is not currently integrated with AWS Key Management Service and does not support customer master keys (CMKs).',
    new: 'AWS Resource Groups is not currently integrated with AWS Key Management Service and does not support AWS KMS keys.',
    severity: 'low',
    category: 'editorial',
    notRules: ['negation.'],
  },
  {
    name: 's3/security-best-practices 12 (2023-04-28): "disable ACLs" -> "keep ACLs disabled"',
    old: 'A majority of modern use cases in Amazon S3 no longer require the use of access control lists (ACLs), and we recommend that you disable ACLs except in unusual circumstances where you must control access for each object individually.',
    new: 'A majority of modern use cases in Amazon S3 no longer require the use of access control lists (ACLs), and we recommend that you keep ACLs disabled except in unusual circumstances where you must control access for each object individually.',
    notRules: ['negation.', 'obligation.'],
  },
];

describe('negation rules on real edits', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});
