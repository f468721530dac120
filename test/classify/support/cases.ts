// Named classification cases: one old/new pair, where it came from, and what must (or must not) come out.
import { expect } from 'vitest';
import { classifyChange, type ClassifyContext } from '../../../src/classify/index.js';
import type { BlockKind, Change, ChangeType, SectionStatus, Severity } from '../../../src/types.js';

export interface Case {
  /** page and version it came from, e.g. "kms/rotate-keys 32 (2022-05-03)" */
  name: string;
  old: string | null;
  new: string | null;
  type?: ChangeType;
  block?: BlockKind;
  formatting?: boolean;
  heading?: string;
  sectionStatus?: SectionStatus;
  severity?: Severity;
  category?: string;
  /** exact summary */
  summary?: string;
  /** substrings the summary must contain */
  includes?: string[];
  /** rule ids that must fire */
  rules?: string[];
  /** rule ids (or prefixes ending in '.') that must not fire */
  notRules?: string[];
}

export function change(old: string | null, nw: string | null, type: ChangeType = 'changed', extra: Partial<Change> = {}): Change {
  return { type, old, new: nw, category: 'content', severity: 'low', summary: '', ...extra };
}

export function ctx(heading: string | null = 'Data protection', sectionStatus: SectionStatus = 'modified'): ClassifyContext {
  return { heading, path: heading ? [heading] : null, sectionStatus };
}

export function run(c: Case): Change {
  const type = c.type ?? (c.old === null ? 'added' : c.new === null ? 'removed' : 'changed');
  return classifyChange(change(c.old, c.new, type, { ...(c.block ? { block: c.block } : {}), ...(c.formatting ? { formatting: true } : {}) }), ctx(c.heading ?? 'Data protection', c.sectionStatus ?? 'modified'));
}

export function check(c: Case): Change {
  const out = run(c);
  const seen = `${out.severity} ${out.category} ${out.summary} [${(out.rules ?? []).join(',')}]`;
  if (c.severity) expect(out.severity, seen).toBe(c.severity);
  if (c.category) expect(out.category, seen).toBe(c.category);
  if (c.summary !== undefined) expect(out.summary, seen).toBe(c.summary);
  for (const s of c.includes ?? []) expect(out.summary, seen).toContain(s);
  for (const r of c.rules ?? []) expect(out.rules, seen).toContain(r);
  for (const r of c.notRules ?? []) {
    const hit = (out.rules ?? []).filter((x) => (r.endsWith('.') ? x.startsWith(r) : x === r));
    expect(hit, seen).toEqual([]);
  }
  return out;
}
