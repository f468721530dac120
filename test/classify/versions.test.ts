import { describe, expect, it } from 'vitest';
import { compareVersions, extractVersions } from '../../src/classify/versions.js';
import { check, type Case } from './support/cases.js';

const FIPS_140_2 =
  'If you require FIPS 140-2 validated cryptographic modules when accessing AWS through a command line interface or an API, use a FIPS endpoint. For more information about the available FIPS endpoints, see Federal Information Processing Standard (FIPS) 140-2.';

describe('extractVersions', () => {
  it('reads a status per version: "We require TLS 1.2 and recommend TLS 1.3" (iam/data-protection 10, 2023-05-11)', () => {
    const m = extractVersions('We require TLS 1.2 and recommend TLS 1.3.');
    expect(m.map((x) => [x.family, x.version, x.status])).toEqual([
      ['tls', '1.2', 'required'],
      ['tls', '1.3', 'recommended'],
    ]);
  });

  it('"or later" marks a minimum (iam/data-protection 09, 2023-02-17)', () => {
    expect(extractVersions('We recommend TLS 1.2 or later.')).toMatchObject([{ version: '1.2', status: 'recommended', min: true }]);
  });

  it('expands ranges: "TLS versions 1.0—1.3" (kms/data-protection 07, 2022-03-22)', () => {
    const m = extractVersions('AWS KMS supports TLS versions 1.0—1.3 and hybrid post-quantum TLS for AWS KMS service endpoints in select regions.');
    expect(m.filter((x) => x.family === 'tls').map((x) => x.version)).toEqual(['1.0', '1.1', '1.2', '1.3']);
    expect(m.find((x) => x.family === 'pq')).toMatchObject({ version: 'hybrid post-quantum TLS', status: 'supported' });
  });

  it('a condition is not a requirement: "If you require FIPS 140-2 validated modules"', () => {
    expect(extractVersions(FIPS_140_2).map((x) => [x.version, x.status])).toEqual([
      ['140-2', 'mentioned'],
      ['140-2', 'mentioned'],
    ]);
  });

  it('a modal further back governs "must be transmitted using TLS 1.2" (kms/data-protection 05, 2022-01-24)', () => {
    expect(extractVersions('All AWS KMS API calls must be signed and be transmitted using Transport Layer Security (TLS) 1.2 or later.')).toMatchObject([
      { family: 'tls', version: '1.2', status: 'required', min: true },
    ]);
  });

  it('knows SigV4 and Signature Version 4 are the same fact', () => {
    const a = extractVersions('authenticated using the Signature Version 4 signing process');
    const b = extractVersions('authenticated using SigV4');
    expect(compareVersions(a, b)).toEqual([]);
  });

  it('reads FIPS level separately from the FIPS version (kms/data-protection)', () => {
    const m = extractVersions('AWS KMS generates key material in FIPS 140-2 Level 2–compliant hardware security modules (HSMs).');
    expect(m.map((x) => `${x.family}:${x.version}`)).toEqual(['fips:140-2', 'fips-level:Level 2']);
  });
});

describe('compareVersions', () => {
  it('is silent when both sides state the same facts', () => {
    const s = 'Customer identifying data, including passwords, is encrypted in transit using TLS 1.1 and 1.2.';
    expect(compareVersions(extractVersions(s), extractVersions(s))).toEqual([]);
  });

  it('reports a raised minimum once, not every dropped version', () => {
    const [c] = compareVersions(extractVersions('AWS KMS supports TLS 1.0—1.3.'), extractVersions('AWS KMS supports TLS 1.2 or later.'));
    expect(c.summary).toBe('TLS: minimum raised 1.0 -> 1.2');
    expect(c.control).toBe(true);
  });
});

const cases: Case[] = [
  {
    name: 'iam/data-protection 10 (2023-05-11): TLS 1.2 recommended -> required, 1.3 recommended',
    old: 'Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later.',
    new: 'Use SSL/TLS to communicate with AWS resources. We require TLS 1.2 and recommend TLS 1.3.',
    block: 'list-item',
    severity: 'high',
    category: 'version',
    summary: 'TLS: 1.2 recommended -> required; 1.3 now recommended',
    rules: ['version.changed', 'version.tls'],
    notRules: ['obligation.'],
  },
  {
    name: 'iam/data-protection history 10 (2023-05-11) -> live 00: FIPS 140-2 -> 140-3',
    old: FIPS_140_2,
    new: FIPS_140_2.replace(/140-2/g, '140-3'),
    block: 'list-item',
    severity: 'high',
    summary: 'FIPS: 140-2 -> 140-3',
  },
  {
    name: 'kms/pqtls 05 (2020-11-18): BIKE -> Kyber',
    old: 'The algorithms that s2n uses are a hybrid that combines Elliptic Curve Diffie-Hellman (ECDH), a classic key exchange algorithm used today in TLS, with Bit Flipping Key Encapsulation (BIKE), a proposed post-quantum key encapsulation method.',
    new: 'The algorithms that s2n uses are a hybrid that combines Elliptic Curve Diffie-Hellman (ECDH), a classic key exchange algorithm used today in TLS, with Kyber, a proposed post-quantum key encapsulation method.',
    severity: 'high',
    includes: ['Post-quantum: BIKE -> Kyber'],
  },
  {
    name: 'kms/data-protection 06 (2022-02-23): "TLS 1.2 or later" became "supports TLS 1.0—1.3"',
    old: 'All AWS KMS API calls must be signed and be transmitted using Transport Layer Security (TLS) 1.2 or later. Calls to AWS KMS also require a modern cipher suite that supports perfect forward secrecy, which means that compromise of any secret, such as a private key, does not also compromise the session key.',
    new: 'All AWS KMS API calls must be signed and be transmitted using Transport Layer Security (TLS). AWS KMS supports TLS versions 1.0—1.3 and hybrid post-quantum TLS for AWS KMS service endpoints in select regions. The AWS GovCloud (US) region only supports TLS versions 1.0—1.2 for AWS KMS service endpoints. AWS KMS does not support hybrid post-quantum TLS for endpoints in AWS GovCloud (US). AWS KMS recommends you always use the latest supported TLS version. Calls to AWS KMS also require a modern cipher suite that supports perfect forward secrecy, which means that compromise of any secret, such as a private key, does not also compromise the session key.',
    severity: 'high',
    includes: ['TLS: minimum lowered 1.2 -> 1.0', '1.2 required -> supported'],
  },
  {
    name: 'iam/data-protection 09 (2023-02-17) -> an added bullet that recommends TLS',
    old: null,
    new: 'Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later.',
    block: 'list-item',
    severity: 'high',
    includes: ['Added: "Use SSL/TLS to communicate with AWS resources. We recommend TLS 1.2 or later."', 'TLS: 1.2 or later now recommended'],
    rules: ['statement.added', 'version.changed'],
  },
  {
    name: 'synthetic: SSL 3.0 dropped and the TLS minimum raised',
    old: 'You can use SSL 3.0 or TLS 1.0.',
    new: 'You can use TLS 1.2 or later.',
    severity: 'high',
    summary: 'TLS: minimum raised 1.0 -> 1.2; SSL: 3.0 no longer supported',
  },
  { name: 'synthetic: SHA-1 -> SHA-256', old: 'Amazon S3 signs the object with SHA-1.', new: 'Amazon S3 signs the object with SHA-256.', severity: 'high', summary: 'SHA: 1 -> 256' },
  { name: 'synthetic: RSA 2048 -> RSA 4096', old: 'Use an RSA 2048 key pair.', new: 'Use an RSA 4096 key pair.', severity: 'high', summary: 'RSA: 2048 -> 4096' },
  {
    name: 'synthetic: Kyber -> ML-KEM',
    old: 'The endpoint supports hybrid post-quantum TLS with Kyber.',
    new: 'The endpoint supports hybrid post-quantum TLS with ML-KEM.',
    severity: 'high',
    summary: 'Post-quantum: Kyber -> ML-KEM',
  },
  {
    name: 'synthetic: SigV2 dropped from "Signature Version 2 or Signature Version 4"',
    old: 'Requests must be signed with Signature Version 2 or Signature Version 4.',
    new: 'Requests must be signed with Signature Version 4.',
    severity: 'high',
    summary: 'Signature Version: 2 no longer required',
  },
  // must not trigger
  {
    name: 'iam/data-protection (2020): unchanged "TLS 1.1 and 1.2" beside an edited sentence',
    old: 'Customer identifying data, including passwords, is encrypted in transit using TLS 1.1 and 1.2. All AWS STS endpoints support HTTPS for encrypting data in transit. For a list of AWS STS endpoints, see Region Endpoints.',
    new: 'Customer identifying data, including passwords, is encrypted in transit using TLS 1.1 and 1.2. All AWS STS endpoints support HTTPS for encrypting data in transit. For a list of AWS STS endpoints, see Regions and Endpoints.',
    severity: 'low',
    notRules: ['version.', 'obligation.', 'negation.'],
  },
  {
    name: 'kms/data-protection 08 (2022-04-21): same TLS range, Regions reworded',
    old: 'AWS KMS supports TLS versions 1.0—1.3 and hybrid post-quantum TLS for AWS KMS service endpoints in select regions. The AWS GovCloud (US) region only supports TLS versions 1.0—1.2 for AWS KMS service endpoints.',
    new: 'AWS KMS supports TLS 1.0—1.3 and hybrid post-quantum TLS for AWS KMS service endpoints in all regions, except AWS GovCloud (US) and China Regions. The AWS GovCloud (US) and China Regions only support TLS 1.0—1.2 for AWS KMS service endpoints.',
    severity: 'medium',
    category: 'content',
    notRules: ['version.', 'obligation.', 'negation.'],
  },
  {
    name: 'seeds devops-guru 2021 -> 2024: "Signature Version 4" kept while the certificate authority was renamed',
    old: 'All DevOps Guru endpoints use certificates managed by AWS Certificate Manager Private Certificate Authority. For more information, see Signature Version 4 signing process and What is ACM PCA.',
    new: 'All DevOps Guru endpoints use certificates managed by AWS Private Certificate Authority. For more information, see Signature Version 4 signing process and What is ACM PCA.',
    notRules: ['version.'],
  },
];

describe('version rules on real edits', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_n, c) => {
    check(c);
  });
});
