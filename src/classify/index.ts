// The classify stage: fills category, severity, summary and rule ids on every change of a
// ChangeReport, applies user silences, and rolls severities up to sections and the page.
// Pure functions over plain data; reading the config file is config.ts's job.

import {
  SEVERITIES,
  maxSeverity,
  severityRank,
  type Change,
  type ChangeReport,
  type SectionDiff,
  type SectionStatus,
  type Severity,
} from '../types.js';
import { Analysis, type ClassifyContext } from './analysis.js';
import type { RedlineConfig } from './config.js';
import type { CompiledPattern, CompiledSilence, Finding, RuleSet } from './rules.js';
import { BUILTIN_PACKS, DEFAULT_RULES } from './packs.js';
import { shorten } from './text.js';
import { COMPILED_BUILTIN_TOPICS, compileTopic } from './topics.js';
import { renameVocabulary, rerate } from './renames.js';
import { VERSION_FAMILIES } from './versions.js';
import { pushAll } from '../util/arrays.js';

export type { ClassifyContext } from './analysis.js';
export type { Finding, Rule, RulePack, RuleSet, CompiledPattern, CompiledSilence } from './rules.js';
export { BUILTIN_PACKS, DEFAULT_RULES } from './packs.js';
export { loadConfig, parseConfig, validateConfig, CONFIG_FILES } from './config.js';
export type { RedlineConfig, TopicConfig, PatternConfig, SilenceConfig } from './config.js';

const SUMMARY_MAX = 240;

const ruleSetCache = new WeakMap<RedlineConfig, RuleSet>();

/** Built-in rules plus a user config's topics, patterns and silences (compiled once per config object). */
export function buildRuleSet(config?: RedlineConfig | null): RuleSet {
  if (!config) return DEFAULT_RULES;
  const cached = ruleSetCache.get(config);
  if (cached) return cached;
  const userTopics = (config.topics ?? []).map((t) =>
    compileTopic({ id: t.id, label: t.id, keywords: t.keywords, severity: t.severity ?? 'medium', security: true }, true),
  );
  const patterns: CompiledPattern[] = (config.patterns ?? []).map((p) => ({
    id: p.id,
    re: new RegExp(p.pattern, (p.flags ?? '').replace(/[gy]/g, '')),
    severity: p.severity,
    category: p.category,
    summary: p.summary,
  }));
  const silences: CompiledSilence[] = (config.silence ?? []).map((s) => ({
    pattern: s.pattern !== undefined ? new RegExp(s.pattern, 'i') : null,
    section: s.section !== undefined ? s.section.trim().toLowerCase() : null,
    reason: s.reason,
  }));
  const rules: RuleSet = {
    packs: BUILTIN_PACKS,
    topics: [...COMPILED_BUILTIN_TOPICS, ...userTopics],
    families: VERSION_FAMILIES,
    patterns,
    silences,
  };
  ruleSetCache.set(config, rules);
  return rules;
}

function userFindings(a: Analysis, rules: RuleSet, builtin: Finding[]): Finding[] {
  const out: Finding[] = [];
  if (a.change.type === 'moved' || builtin.some((f) => f.category === 'formatting' && f.terminal)) return out;
  const editorialOnly = builtin.length > 0 && builtin.every((f) => f.category === 'editorial' || f.category === 'formatting');
  const core = a.changedText(0);
  for (const p of rules.patterns) {
    const inCore = p.re.test(core);
    const count = (s: string) => (s.match(new RegExp(p.re.source, p.re.flags + 'g')) ?? []).join('\u0000');
    const differs = count(a.oldText) !== count(a.newText);
    if (!inCore && !differs) continue;
    const m = core.match(p.re) ?? a.newText.match(p.re) ?? a.oldText.match(p.re);
    out.push({
      rule: `user.${p.id}`,
      category: p.category ?? '',
      severity: p.severity,
      summary: p.summary ? p.summary.replace(/\{match\}/g, m?.[0] ?? '') : '',
      lead: Boolean(p.summary),
    });
  }
  if (!editorialOnly && rules.topics.some((t) => t.user)) {
    for (const t of a.touchedTopics) {
      if (!t.user) continue;
      out.push({ rule: `topic.${t.id}`, category: '', severity: t.severity, summary: '' });
    }
  }
  return out;
}

function combine(change: Change, findings: Finding[]): Change {
  if (!findings.length) {
    return { ...change, category: 'content', severity: 'low', summary: 'Changed', rules: [] };
  }
  const order = findings.map((f, i) => ({ f, i }));
  order.sort((x, y) => Number(Boolean(y.f.lead)) - Number(Boolean(x.f.lead)) || severityRank(y.f.severity) - severityRank(x.f.severity) || x.i - y.i);
  const severity = findings.reduce<Severity>((s, f) => maxSeverity(s, f.severity), 'none');
  const category = order.find((o) => o.f.category)?.f.category ?? 'content';
  const summaries: string[] = [];
  for (const { f } of order) {
    if (!f.summary || summaries.includes(f.summary)) continue;
    // after the lead, only findings at the top severity make the line
    if (!f.lead && summaries.length && f.severity !== severity) continue;
    summaries.push(f.summary);
    if (summaries.length >= 3) break;
  }
  const rules: string[] = [];
  for (const f of findings) for (const r of [f.rule, ...(f.tags ?? [])]) if (!rules.includes(r)) rules.push(r);
  const summary = shorten(summaries.join('; ') || 'Changed', SUMMARY_MAX);
  return { ...change, category, severity, summary, rules };
}

/**
 * A change with more text than this on one side is not read by the rules: the rules are linear in
 * their input, but a block of megabytes (a coarse diff's replaced paragraph, 9 MB of nested quote
 * markers) took 4 s and most of 1.5 GB to classify. It is 'medium', said so in the summary and noted.
 */
export const CLASSIFY_MAX_CHARS = 2 * 1024 * 1024;

/** Classify one change. Returns a new object; the input is not modified. */
export function classifyChange(change: Change, ctx: ClassifyContext, rules: RuleSet = DEFAULT_RULES): Change {
  if (!change.formatting && Math.max(change.old?.length ?? 0, change.new?.length ?? 0) > CLASSIFY_MAX_CHARS) {
    ctx.notes?.push(`a change over ${CLASSIFY_MAX_CHARS / 1048576} MB of text was not classified (shown as medium)`);
    return { ...change, category: 'content', severity: 'medium', summary: `Changed (over ${CLASSIFY_MAX_CHARS / 1048576} MB of text: not classified)`, rules: [] };
  }
  const a = new Analysis(change, ctx, { topics: rules.topics, families: rules.families });
  const findings: Finding[] = [];
  outer: for (const pack of rules.packs) {
    for (const rule of pack.rules) {
      const got = rule.detect(a);
      if (!got) continue;
      const list = Array.isArray(got) ? got : [got];
      pushAll(findings, list);
      if (list.some((f) => f.terminal)) break outer;
    }
  }
  pushAll(findings, userFindings(a, rules, findings));
  const out = combine(change, findings);
  // every real edit is at least low; only formatting and moves are 'none'
  if (out.severity === 'none' && out.category !== 'formatting' && out.category !== 'moved') return { ...out, severity: 'low' };
  return out;
}

function silenceReason(change: Change, section: SectionDiff, silences: CompiledSilence[]): string | null {
  for (const s of silences) {
    if (s.pattern) {
      const hit = (change.old !== null && s.pattern.test(change.old)) || (change.new !== null && s.pattern.test(change.new));
      if (!hit) continue;
    }
    if (s.section) {
      const names = [section.oldHeading, section.newHeading, ...(section.oldPath ?? []), ...(section.newPath ?? [])];
      if (!names.some((n) => n !== null && n.trim().toLowerCase() === s.section)) continue;
    }
    return s.reason;
  }
  return null;
}

const emptyCounts = (): Record<Severity, number> => ({ none: 0, low: 0, medium: 0, high: 0 });

function rollUp(report: ChangeReport, sections: SectionDiff[]): ChangeReport {
  const counts = emptyCounts();
  let severity: Severity = 'none';
  for (const s of sections) {
    for (const c of s.changes) {
      counts[c.severity]++;
      severity = maxSeverity(severity, c.severity);
    }
  }
  return { ...report, sections, summary: { ...report.summary, severity, counts } };
}

function sectionSeverity(changes: Change[]): Severity {
  return changes.reduce<Severity>((s, c) => maxSeverity(s, c.severity), 'none');
}

const MAX_SIBLING_PAIRS = 10_000;

/** Classify every change of a report; pure. Applies the config's silences and rolls severities up. */
export function classifyReport(report: ChangeReport, config?: RedlineConfig | null): ChangeReport {
  const rules = buildRuleSet(config);
  const notes: string[] = [];
  const sections = report.sections.map((section) => {
    const removed = section.changes.filter((c) => c.type === 'removed' && c.old).map((c) => c.old!);
    const added = section.changes.filter((c) => c.type === 'added' && c.new).map((c) => c.new!);
    const ctx: ClassifyContext = {
      heading: section.newHeading ?? section.oldHeading,
      path: section.newPath ?? section.oldPath,
      sectionStatus: section.status,
      notes,
      // Version facts are compared across a block the diff split into removed + added. Each added
      // block reads every removed one, so a section rewritten wholesale (thousands of blocks, the
      // diff already coarse there) skips it: quadratic, 42 s for 4,000 blocks.
      ...(removed.length && added.length && removed.length * added.length <= MAX_SIBLING_PAIRS ? { siblings: { removed, added } } : {}),
    };
    const changes = section.changes.map((change) => {
      const classified = classifyChange(change, ctx, rules);
      const reason = rules.silences.length ? silenceReason(change, section, rules.silences) : null;
      return reason ? { ...classified, severity: 'none' as Severity, silenced: reason } : classified;
    });
    return { ...section, changes, severity: sectionSeverity(changes) };
  });
  const classified = harmonizeRenames([rollUp(report, sections)])[0];
  return notes.length ? { ...classified, fallbacks: [...new Set([...report.fallbacks, ...notes])] } : classified;
}

/**
 * Rate every rename the same way across these reports (one page, or every page of a batch or a
 * changelog): a content edit whose substitutions are all renames seen in the set becomes a low
 * rename (renames.ts). Reports with nothing to re-rate come back as they are (the same objects).
 */
export function harmonizeRenames(reports: ChangeReport[]): ChangeReport[] {
  const vocab = renameVocabulary(reports);
  if (!vocab.size) return reports;
  return reports.map((r) => {
    let touched = false;
    const sections = r.sections.map((s) => {
      const changes = s.changes.map((c) => {
        const d = rerate(c, vocab);
        if (d !== c) touched = true;
        return d;
      });
      return { ...s, changes, severity: sectionSeverity(changes) };
    });
    return touched ? rollUp(r, sections) : r;
  });
}

/** Formatting-only, as readers see it: hidden unless --show-formatting. */
export const isFormatting = (c: Change): boolean => c.category === 'formatting' || (c.formatting === true && c.category !== 'moved' && c.severity === 'none');

/** Whether a report holds anything a reader would call a change (exit code 1 of `diff`). */
export function hasChanges(r: ChangeReport): boolean {
  return r.sections.some((s) => s.status !== 'unchanged' || s.changes.some((c) => !c.formatting && !c.silenced));
}
const STRUCTURAL: SectionStatus[] = ['added', 'removed', 'renamed'];

/**
 * What a reader asked to see: changes at or above `minSeverity` (default: all), formatting
 * only with `showFormatting`. Sections are kept while they still hold a change, or when they
 * were added, removed or renamed at or above the threshold; unchanged sections stay listed with
 * no changes. Summary counts cover what is shown.
 */
export function filterReport(report: ChangeReport, opts: { minSeverity?: Severity; showFormatting?: boolean } = {}): ChangeReport {
  const min = severityRank(opts.minSeverity ?? 'none');
  const sections: SectionDiff[] = [];
  for (const s of report.sections) {
    const changes = s.changes.filter((c) => severityRank(c.severity) >= min && (opts.showFormatting || !isFormatting(c)));
    if (changes.length) {
      sections.push({ ...s, changes, severity: sectionSeverity(changes) });
      continue;
    }
    // a rename with nothing else left counts as a low edit; an added/removed section without
    // changes (unusual) carries the section's own severity; an unchanged section stays listed as
    // such (presenters skip it, JSON readers see the whole page)
    if (s.status === 'renamed' && min <= severityRank('low')) sections.push({ ...s, changes: [] });
    else if (STRUCTURAL.includes(s.status) && s.changes.length === 0 && severityRank(s.severity) >= min) sections.push({ ...s, changes: [] });
    else if (s.status === 'unchanged') sections.push({ ...s, changes: [], severity: 'none' });
  }
  return rollUp(report, sections);
}

/** True when any change is at or above `level`. */
export function exceeds(report: ChangeReport, level: Severity): boolean {
  const min = severityRank(level);
  return report.sections.some((s) => s.changes.some((c) => severityRank(c.severity) >= min));
}

export { SEVERITIES };
