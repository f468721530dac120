// Security and compliance topics as keyword lists. A topic "touched" by a change raises its
// severity; the lists are data so a user config can add more. No matching logic beyond keywords.

import type { Severity } from '../types.js';
import { keywordRegex } from './text.js';

export interface TopicDef {
  id: string;
  label: string;
  /** `word` matches the word (plural allowed); `prefix*` matches any word starting with it. */
  keywords: string[];
  /** severity a content edit or added/removed statement touching this topic gets at least. */
  severity: Severity;
  /** counts as a security topic: makes obligation and negation changes high. */
  security: boolean;
  /** a changed number near these words is a security control (retention, rotation...): high. */
  numbersHigh?: boolean;
}

export const BUILTIN_TOPICS: TopicDef[] = [
  {
    id: 'encryption',
    label: 'Encryption',
    keywords: ['encrypt*', 'decrypt*', 'unencrypted', 'at rest', 'at-rest', 'in transit', 'in-transit', 'SSE-S3', 'SSE-KMS', 'DSSE-KMS', 'SSE-C', 'server-side encryption', 'client-side encryption', 'cipher*', 'plaintext', 'cryptograph*', 'HTTPS', 'envelope encryption', 'data key'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'key-management',
    label: 'Key management',
    keywords: ['KMS', 'AWS KMS', 'KMS key', 'CMK', 'customer master key', 'AWS owned key', 'AWS managed key', 'customer managed key', 'key policy', 'key policies', 'grant', 'CreateGrant', 'key rotation', 'rotate*', 'rotation', 'key material', 'key deletion', 'ScheduleKeyDeletion', 'pending deletion', 'waiting period', 'HSM', 'CloudHSM', 'imported key material', 'custom key store', 'multi-Region key', 'Bucket Key'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'identity',
    label: 'Identity and access',
    keywords: ['IAM', 'IAM Identity Center', 'Identity Center', 'AWS SSO', 'single sign-on', 'MFA', 'multi-factor', 'password*', 'credential*', 'permission*', 'access key', 'secret key', 'root user', 'least privilege', 'authenticat*', 'authoriz*', 'principal', 'IAM role', 'IAM user', 'IAM policy', 'IAM policies', 'resource-based polic*', 'service-linked role', 'assume role', 'AssumeRole', 'session token', 'session duration', 'role session*', 'temporary security credential*', 'federat*', 'SAML', 'OIDC', 'access control', 'ACL'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'logging',
    label: 'Logging and monitoring',
    keywords: ['CloudTrail', 'audit*', 'activity logging', 'access log*', 'log file*', 'CloudWatch Logs', 'logging', 'EventBridge', 'AWS Config', 'GuardDuty', 'Security Hub'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'retention',
    label: 'Data retention and deletion',
    keywords: ['retain*', 'retention', 'retained', 'delete*', 'deletion', 'deleting', 'purge*', 'expire*', 'expiration', 'lifecycle', 'backup*', 'durab*', 'stored for', 'kept for', 'in perpetuity', 'permanently', 'irreversibl*', 'destroy*'],
    severity: 'medium',
    security: true,
    numbersHigh: true,
  },
  {
    id: 'personal-data',
    label: 'Personal and sensitive data',
    keywords: ['personal data', 'personal information', 'personally identifiable', 'PII', 'sensitive', 'confidential', 'customer data', 'customer content', 'privacy', 'GDPR', 'HIPAA', 'PHI', 'email address*', 'account number*', 'identifying information', 'free-form'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'residency',
    label: 'Regions and data residency',
    keywords: ['data residency', 'GovCloud', 'China Region*', 'China (Beijing)', 'China (Ningxia)', 'cross-Region', 'cross-account', 'replicat*', 'opt-in Region*', 'leave the Region', 'outside the Region', 'sovereign*', 'Availability Zone*'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'network',
    label: 'Endpoints and network paths',
    keywords: ['VPC', 'VPC endpoint*', 'PrivateLink', 'interface endpoint*', 'FIPS endpoint*', 'endpoint*', 'public internet', 'internet gateway', 'NAT', 'security group*', 'firewall', 'aws:SecureTransport', 'SecureTransport', 'public access', 'Block Public Access'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'tls',
    label: 'TLS and transport security',
    keywords: ['TLS', 'SSL', 'SSL/TLS', 'Transport Layer Security', 'post-quantum', 'cipher suite*', 'certificate*', 'Signature Version 4', 'SigV4', 'FIPS', 'FIPS 140*'],
    severity: 'medium',
    security: true,
  },
  {
    id: 'compliance',
    label: 'Compliance',
    keywords: ['compliance', 'compliant', 'validated', 'certified', 'FedRAMP', 'PCI', 'SOC', 'ISO', 'regulat*', 'shared responsibility'],
    severity: 'medium',
    security: true,
  },
];

/**
 * Words that make a changed number a security control rather than a quota. They apply only
 * to numbers; e.g. a rotation period or a deletion waiting period.
 */
export const NUMBER_HIGH_KEYWORDS: string[] = [
  'retain*', 'retention', 'retained', 'stored for', 'kept for', 'rotate*', 'rotation', 'delete*', 'deletion', 'waiting period', 'pending deletion', 'expire*', 'expiration', 'password*', 'session duration', 'max session', 'lockout', 'key length', 'key size', 'purge*',
];

export interface CompiledTopic extends TopicDef {
  re: RegExp;
  /** from the user's config */
  user?: boolean;
}

export function compileTopic(t: TopicDef, user = false): CompiledTopic {
  return { ...t, re: keywordRegex(t.keywords), user };
}

export const COMPILED_BUILTIN_TOPICS: CompiledTopic[] = BUILTIN_TOPICS.map((t) => compileTopic(t));
export const NUMBER_HIGH_RE = keywordRegex(NUMBER_HIGH_KEYWORDS, 'i');

/** Character ranges where `re` matches in `text`. */
export function matchRanges(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

const stickies = new WeakMap<CompiledTopic, RegExp>();
function sticky(t: CompiledTopic): RegExp {
  let y = stickies.get(t);
  if (!y) stickies.set(t, (y = new RegExp(t.re.source, 'iy')));
  return y;
}

/** All topics of a list in one regex, one capture group per topic: one scan instead of one per topic. */
const combined = new WeakMap<readonly CompiledTopic[], RegExp>();
function combinedRe(topics: readonly CompiledTopic[]): RegExp {
  let re = combined.get(topics);
  if (!re) {
    re = new RegExp(topics.map((t) => `(${t.re.source})`).join('|'), 'gi');
    combined.set(topics, re);
  }
  return re;
}

export function topicsIn(topics: readonly CompiledTopic[], text: string): CompiledTopic[] {
  const found = new Set(topicMatches(topics, text, true).map((m) => m.topic));
  return topics.filter((t) => found.has(t));
}

export interface TopicMatch {
  topic: CompiledTopic;
  text: string;
}

/** Every keyword hit, by topic. With `firstOnly`, one hit per topic is enough. */
export function topicMatches(topics: readonly CompiledTopic[], text: string, firstOnly = false): TopicMatch[] {
  if (!topics.length || !text) return [];
  const re = combinedRe(topics);
  const out: TopicMatch[] = [];
  const found = new Set<number>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    for (let i = 1; i < m.length; i++) {
      if (m[i] === undefined) continue;
      found.add(i - 1);
      out.push({ topic: topics[i - 1], text: m[i] });
    }
    // another topic may match at the same place ("FIPS endpoint" is network and TLS): ask the others here
    topics.forEach((t, i) => {
      if (firstOnly && found.has(i)) return;
      if (m![i + 1] !== undefined) return;
      const y = sticky(t);
      y.lastIndex = m!.index;
      const hit = y.exec(text);
      if (hit) {
        found.add(i);
        out.push({ topic: t, text: hit[0] });
      }
    });
    if (firstOnly && found.size === topics.length) break;
    re.lastIndex = m.index + 1; // overlapping keywords further on ("key deletion" then "deletion")
  }
  return out;
}

/**
 * Names of an area rather than of a control: a content edit that only adds or drops one of
 * these ("an IAM user" -> "a user") is rewording, however security-flavoured the page.
 */
export const BROAD_TERMS = /^(?:iam|aws\s+iam|kms|aws\s+kms|cmks?|kms\s+keys?|customer\s+master\s+keys?|principals?|permissions?|endpoints?|iam\s+(?:users?|roles?|polic(?:y|ies))|acls?|access\s+control|authoriz\w*|authenticat\w*|regulat\w*|compliance|compliant|validated|certified|soc|iso|pci|cryptograph\w*|encryption|encrypted|grants?|rotation|replicat\w*|logging|cloudtrail|vpcs?|audit\w*)$/i;
