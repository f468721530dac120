// Presenters for a Changelog (src/changelog): Markdown in the spirit of Keep a Changelog (newest
// day first, then page; policy changes first and quoted, editorial edits counted, a change shared
// by several pages written out once with its pages), the versioned JSON document described by
// changelog.schema.json, and an Atom feed. Markdown written into an existing file adds only the
// versions the file does not list yet: each page version carries a hidden marker
// `<!-- redline:PAGE@REV -->`. Read-only over the data; all page text is sanitized and escaped.

import { escapeJsonControls } from '../util/sanitize.js';
import type { Severity } from '../types.js';
import { severityRank } from '../types.js';
import type { Changelog, ChangelogChange, ChangelogEntry, SectionRef, SharedChange } from '../changelog/types.js';
import { mdEscape } from './markdown.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import { insertAll } from '../util/arrays.js';
import { pushAll } from '../util/arrays.js';

/** Characters of an old or new sentence quoted before it is cut. */
export const QUOTE_LIMIT = 600;
/** Pages listed for a shared change before "and N more". */
export const SHARED_PAGES_LIMIT = 50;

const clip = (s: string, n = QUOTE_LIMIT) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

// ---------------------------------------------------------------------------------------------
// The view: what each entry says, before any syntax (shared by Markdown, the Atom HTML and the
// HTML changelog in html/changelog.ts).

export interface PageLink {
  page: string;
  url: string | null;
  day: string;
}

export interface ItemView {
  severity: Severity;
  summary: string;
  section: string | null;
  /** the sentences to quote; null for a later occurrence of a shared change. */
  quote: { label: 'Before' | 'Added' | 'Removed'; text: string; after: string | null } | null;
  /** the newest occurrence of a shared change: every page that got it, oldest first. */
  shared: PageLink[] | null;
  /** a later occurrence of a shared change: where it is written out. */
  sharedRef: { lead: PageLink; entry: string; pages: number } | null;
  /** the start of the changed sentence, to tell apart unquoted lines with the same summary. */
  hint?: string;
}

export interface EntryView {
  entry: ChangelogEntry;
  policy: ItemView[];
  other: ItemView[];
}

type Leads = Map<string, { entry: string; change: number }>;

/** The first occurrence of each shared change among `entries` (in changelog order): where it is written out. */
function leadsOf(entries: ChangelogEntry[]): Leads {
  const leads: Leads = new Map();
  for (const e of entries) e.changes.forEach((c, i) => c.group && !leads.has(c.group) && leads.set(c.group, { entry: e.key, change: i }));
  return leads;
}

function quoteOf(c: { type: string; quote: { old: string | null; new: string | null } }): ItemView['quote'] {
  const { old: o, new: n } = c.quote;
  if (c.type === 'moved') return null;
  if (o && n) return { label: 'Before', text: o, after: n };
  if (n) return { label: 'Added', text: n, after: null };
  if (o) return { label: 'Removed', text: o, after: null };
  return null;
}

function viewEntry(e: ChangelogEntry, leads: Leads, groups: Map<string, SharedChange>): EntryView {
  const policy: ItemView[] = [];
  const other: ItemView[] = [];
  e.changes.forEach((c: ChangelogChange, i) => {
    const g = c.group ? groups.get(c.group) : undefined;
    const kind = g ? g.kind : c.kind;
    if (kind !== 'policy' && kind !== 'other') return;
    let item: ItemView;
    if (g) {
      const lead = leads.get(g.id)!;
      if (lead.entry === e.key && lead.change === i) {
        // each page once, with the day it first got the change
        const shared = g.pages.map((p) => g.members.find((m) => m.page === p)!).map((m) => ({ page: m.page, url: m.url, day: m.day }));
        item = { severity: g.severity, summary: g.summary, section: null, quote: quoteOf(g), shared, sharedRef: null };
      } else {
        const le = g.members.find((m) => m.entry === lead.entry) ?? g.members[g.members.length - 1];
        const sentence = (c.quote.new ?? c.quote.old ?? '').replace(/\s+/g, ' ').trim();
        const hint = sentence.length > 60 ? `${sentence.slice(0, 60).replace(/\s+\S*$/, '')}…` : sentence;
        item = { severity: g.severity, summary: c.summary, section: c.section, quote: null, shared: null, sharedRef: { lead: { page: le.page, url: le.url, day: le.day }, entry: le.entry, pages: g.pages.length }, hint };
      }
    } else {
      item = { severity: c.severity, summary: c.summary, section: c.section, quote: quoteOf(c), shared: null, sharedRef: null };
    }
    (kind === 'policy' ? policy : other).push(item);
  });
  // high before medium; the page's own order otherwise (sort is stable)
  policy.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  // two unquoted lines with the same summary ('Changed: added "text"') get a hint of their sentence
  const unquoted = [...policy, ...other].filter((it) => it.sharedRef);
  const twice = new Set(unquoted.filter((it, i) => unquoted.findIndex((x) => x.summary === it.summary) !== i).map((it) => it.summary));
  for (const it of unquoted) if (twice.has(it.summary) && it.hint) it.summary += ` (“${it.hint}”)`;
  return { entry: e, policy, other };
}

export function views(log: Changelog, entries: ChangelogEntry[]): EntryView[] {
  const leads = leadsOf(entries);
  const groups = new Map(log.groups.map((g) => [g.id, g]));
  return entries.map((e) => viewEntry(e, leads, groups));
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function sectionList(refs: SectionRef[], esc: (s: string) => string): string {
  return refs.map((r) => `${esc(r.heading)}${r.severity === 'none' ? '' : ` (${r.severity})`}`).join(', ');
}

export function metaLine(e: ChangelogEntry): string {
  if (e.first) return 'first version recorded';
  return `compared with the version of ${e.baseDate ? e.baseDate.slice(0, 10) : 'unknown date'}`;
}

/** Only http(s) URLs become links. */
function linkable(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** A URL inside a Markdown link: no spaces, parentheses or angle brackets left to end it early. */
function mdUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => encodeURIComponent(c));
}

function mdLink(text: string, url: string | null): string {
  const u = linkable(url);
  return u ? `[${mdEscape(text)}](${mdUrl(u)})` : mdEscape(text);
}

function mdPages(pages: PageLink[]): string {
  const shown = pages.slice(0, SHARED_PAGES_LIMIT).map((p) => `${mdLink(p.page, p.url)} (${p.day})`);
  return pages.length > SHARED_PAGES_LIMIT ? `${shown.join(', ')}, and ${pages.length - SHARED_PAGES_LIMIT} more` : shown.join(', ');
}

function mdQuote(q: NonNullable<ItemView['quote']>): string[] {
  const para = (label: string, text: string) =>
    clip(text)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l, i) => `  > ${i === 0 ? `**${label}:** ` : ''}${mdEscape(l)}`)
      .join('\n  >\n');
  const out = [para(q.label, q.text)];
  if (q.after !== null) out.push('  >', para('After', q.after));
  return ['', ...out, ''];
}

function mdItem(it: ItemView): string[] {
  let head = `- **${it.severity}** · ${mdEscape(it.summary)}`;
  if (it.shared) head += ` · **same change on ${plural(it.shared.length, 'page')}:** ${mdPages(it.shared)}`;
  else if (it.section) head += ` — _${mdEscape(it.section)}_`;
  if (it.sharedRef) head += ` · same change on ${plural(it.sharedRef.pages, 'page')}, quoted under ${it.sharedRef.lead.day} (${mdLink(it.sharedRef.lead.page, it.sharedRef.lead.url)})`;
  return [head, ...(it.quote ? mdQuote(it.quote) : [])];
}

export function markerOf(key: string): string {
  return `<!-- redline:${key} -->`;
}

const MARKER_RE = /<!-- redline:([a-z0-9][a-z0-9._/-]*@[0-9a-f]{7,64}) -->/g;

/** The page versions (`page@rev`) an existing changelog file already lists. */
export function changelogMarkers(text: string): Set<string> {
  return new Set([...text.matchAll(MARKER_RE)].map((m) => m[1]));
}

function mdEntry(v: EntryView): string {
  const e = v.entry;
  const out: string[] = [];
  out.push(`### ${mdLink(e.title ?? e.page, e.url)}`, '', markerOf(e.key), `\`${sanitizeLine(e.page)}\` · ${metaLine(e)}${e.first || e.severity === 'none' ? '' : ` · **${e.severity}**`}`, '');
  for (const f of e.fallbacks) out.push(`> Note: ${mdEscape(f)}`, '');
  if (e.formattingOnly && !e.first) out.push('Formatting changes only.', '');
  if (v.policy.length) {
    out.push('#### Policy changes', '');
    for (const it of v.policy) pushAll(out, mdItem(it));
    out.push('');
  }
  if (v.other.length) {
    out.push('#### Other changes', '');
    for (const it of v.other) pushAll(out, mdItem(it));
    out.push('');
  }
  if (e.sectionsAdded.length) out.push(`**Sections added:** ${sectionList(e.sectionsAdded, mdEscape)}`, '');
  if (e.sectionsRemoved.length) out.push(`**Sections removed:** ${sectionList(e.sectionsRemoved, mdEscape)}`, '');
  if (e.sectionsRenamed.length) out.push(`**Sections renamed:** ${e.sectionsRenamed.map((r) => `${mdEscape(r.from)} → ${mdEscape(r.to)}`).join(', ')}`, '');
  if (e.editorial.length) {
    const total = e.editorial.reduce((n, x) => n + x.count, 0);
    out.push(`**Editorial:** ${plural(total, 'change')} (${e.editorial.map((x) => `${mdEscape(x.section)}: ${x.count}`).join(', ')})`, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** The given entries (in changelog order) rendered per day, without the day headings. */
export function renderChangelogDays(log: Changelog, entries: ChangelogEntry[]): { day: string; text: string }[] {
  const out: { day: string; text: string }[] = [];
  for (const v of views(log, entries)) {
    const text = mdEntry(v);
    const last = out[out.length - 1];
    if (last && last.day === v.entry.day) last.text += `\n\n${text}`;
    else out.push({ day: v.entry.day, text });
  }
  return out;
}

export interface MarkdownChangelogOptions {
  /** the document title (default "Changelog"). */
  title?: string;
  /** for a file that later runs add to: no window line and no "nothing in this window" note,
   * which would go stale. */
  forFile?: boolean;
}

const INTRO =
  'Changes to documentation pages recorded by redline, newest first. For each page version, policy changes (high and medium severity) come first and are quoted; editorial edits are counted. A change several pages share is quoted once, with its pages.';

export function windowLine(log: Changelog): string | null {
  if (!log.since && !log.until) return null;
  const d = (s: string) => (/T00:00:00\.000Z$|T23:59:59\.999Z$/.test(s) ? s.slice(0, 10) : s);
  if (log.since && log.until) return `_Versions from ${d(log.since)} to ${d(log.until)}._`;
  return log.since ? `_Versions since ${d(log.since)}._` : `_Versions until ${d(log.until!)}._`;
}

export function renderChangelogMarkdown(log: Changelog, opts: MarkdownChangelogOptions = {}): string {
  const out = [`# ${mdEscape(opts.title ?? 'Changelog')}`, '', INTRO, ''];
  const w = opts.forFile ? null : windowLine(log);
  if (w) out.push(w, '');
  const entries = log.days.flatMap((d) => d.entries);
  if (!entries.length && !opts.forFile) out.push('No page versions in this window.', '');
  for (const d of renderChangelogDays(log, entries)) out.push(`## ${d.day}`, '', d.text, '');
  return out.join('\n').trimEnd() + '\n';
}

const DAY_HEADING = /^## (\d{4}-\d{2}-\d{2})\s*$/;

/**
 * Add to an existing Markdown changelog the page versions it does not list yet (by marker).
 * A version goes under its day's heading when the file has one (at the top of that day),
 * otherwise a new day section is inserted where it belongs among the dated sections (newest
 * first), or, in a file without any, at the top under the title. The rest of the file is kept
 * byte for byte. An empty file gets the whole changelog (rendered `forFile`). Returns the new
 * text and the keys added (none: the text is unchanged).
 */
export function mergeChangelogMarkdown(existing: string, log: Changelog, opts: MarkdownChangelogOptions = {}): { text: string; added: string[] } {
  if (!existing.trim()) {
    const entries = log.days.flatMap((d) => d.entries);
    return { text: renderChangelogMarkdown(log, { ...opts, forFile: true }), added: entries.map((e) => e.key) };
  }
  const have = changelogMarkers(existing);
  const fresh = log.days.flatMap((d) => d.entries).filter((e) => !have.has(e.key));
  if (!fresh.length) return { text: existing, added: [] };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const d of renderChangelogDays(log, fresh)) {
    const block = d.text.split('\n');
    const dated = lines.map((l, i) => ({ i, m: DAY_HEADING.exec(l) })).filter((x) => x.m) as { i: number; m: RegExpExecArray }[];
    const same = dated.find((x) => x.m[1] === d.day);
    if (same) {
      insertAll(lines, same.i + 1, ['', ...block]);
      continue;
    }
    const older = dated.find((x) => x.m[1] < d.day);
    let at: number;
    if (older) at = older.i;
    else {
      // after the last dated section, or before the first second-level heading of a file without any
      const from = dated.length ? dated[dated.length - 1].i + 1 : 0;
      const next = lines.findIndex((l, i) => i >= from && /^## /.test(l));
      at = next >= 0 ? next : lines.length;
    }
    const section = ['## ' + d.day, '', ...block, ''];
    if (at > 0 && lines[at - 1].trim() !== '') section.unshift('');
    insertAll(lines, at, section);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.join(eol) + eol, added: fresh.map((e) => e.key) };
}

// ---------------------------------------------------------------------------------------------
// JSON (schema: src/present/changelog.schema.json; documented in docs/changelog.md)

/** The `$id` of changelog.schema.json. */
export const CHANGELOG_SCHEMA_ID = 'urn:redline:schema:changelog:1';

export function changelogJson(log: Changelog): unknown {
  return {
    schemaVersion: 1,
    kind: 'redline-changelog',
    since: log.since,
    until: log.until,
    pages: log.pages.map((p) => ({ id: p.id, title: p.title, url: p.url })),
    entries: log.days.flatMap((d) =>
      d.entries.map((e) => ({
        key: e.key,
        date: e.date,
        day: e.day,
        page: e.page,
        title: e.title,
        url: e.url,
        rev: e.rev,
        base: e.base,
        baseDate: e.baseDate,
        first: e.first,
        severity: e.severity,
        counts: { ...e.counts },
        formattingOnly: e.formattingOnly,
        sectionsAdded: e.sectionsAdded.map((s) => ({ ...s })),
        sectionsRemoved: e.sectionsRemoved.map((s) => ({ ...s })),
        sectionsRenamed: e.sectionsRenamed.map((s) => ({ ...s })),
        editorial: e.editorial.map((s) => ({ ...s })),
        fallbacks: [...e.fallbacks],
        changes: e.changes.map((c) => ({
          section: c.section,
          path: [...c.path],
          sectionStatus: c.sectionStatus,
          type: c.type,
          kind: c.kind,
          severity: c.severity,
          category: c.category,
          summary: c.summary,
          old: c.old,
          new: c.new,
          quote: { old: c.quote.old, new: c.quote.new },
          group: c.group,
        })),
      })),
    ),
    groups: log.groups.map((g) => ({
      id: g.id,
      type: g.type,
      kind: g.kind,
      severity: g.severity,
      category: g.category,
      summary: g.summary,
      quote: { old: g.quote.old, new: g.quote.new },
      pages: [...g.pages],
      members: g.members.map((m) => ({ entry: m.entry, change: m.change, page: m.page, url: m.url, rev: m.rev, date: m.date, day: m.day, section: m.section })),
    })),
  };
}

export function renderChangelogJson(log: Changelog): string {
  // page text may hold DEL, C1 controls and bidi overrides: escaped like the diff's JSON
  return escapeJsonControls(JSON.stringify(changelogJson(log), null, 2)) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Atom (RFC 4287)

// characters XML 1.0 cannot carry at all (after sanitize() made control characters visible)
const XML_INVALID = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML character data or a double-quoted attribute. */
export function xmlEscape(s: string): string {
  return sanitize(s)
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text for HTML (later escaped again as the XML text of a content element). */
const html = (s: string) => sanitize(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlLink(text: string, url: string | null): string {
  const u = linkable(url);
  return u ? `<a href="${html(u)}">${html(text)}</a>` : html(text);
}

function htmlItem(it: ItemView): string {
  let s = `<strong>${it.severity}</strong> · ${html(sanitizeLine(it.summary))}`;
  if (it.shared) {
    const shown = it.shared.slice(0, SHARED_PAGES_LIMIT).map((p) => `${htmlLink(p.page, p.url)} (${p.day})`).join(', ');
    const more = it.shared.length > SHARED_PAGES_LIMIT ? `, and ${it.shared.length - SHARED_PAGES_LIMIT} more` : '';
    s += ` · <strong>same change on ${plural(it.shared.length, 'page')}:</strong> ${shown}${more}`;
  } else if (it.section) s += ` — <em>${html(sanitizeLine(it.section))}</em>`;
  if (it.sharedRef) s += ` · same change on ${plural(it.sharedRef.pages, 'page')}, quoted in the entry for ${htmlLink(it.sharedRef.lead.page, it.sharedRef.lead.url)} (${it.sharedRef.lead.day})`;
  if (it.quote) {
    const para = (label: string, text: string) => `<p><strong>${label}:</strong> ${html(clip(text)).replace(/\n+/g, '<br/>')}</p>`;
    s += `<blockquote>${para(it.quote.label, it.quote.text)}${it.quote.after !== null ? para('After', it.quote.after) : ''}</blockquote>`;
  }
  return `<li>${s}</li>`;
}

function htmlEntry(v: EntryView): string {
  const e = v.entry;
  const out: string[] = [`<p><code>${html(e.page)}</code> · ${metaLine(e)}${e.first || e.severity === 'none' ? '' : ` · <strong>${e.severity}</strong>`}</p>`];
  for (const f of e.fallbacks) out.push(`<p><em>Note: ${html(sanitizeLine(f))}</em></p>`);
  if (e.formattingOnly && !e.first) out.push('<p>Formatting changes only.</p>');
  if (v.policy.length) out.push('<h3>Policy changes</h3>', `<ul>${v.policy.map(htmlItem).join('')}</ul>`);
  if (v.other.length) out.push('<h3>Other changes</h3>', `<ul>${v.other.map(htmlItem).join('')}</ul>`);
  const esc = (s: string) => html(sanitizeLine(s));
  if (e.sectionsAdded.length) out.push(`<p><strong>Sections added:</strong> ${sectionList(e.sectionsAdded, esc)}</p>`);
  if (e.sectionsRemoved.length) out.push(`<p><strong>Sections removed:</strong> ${sectionList(e.sectionsRemoved, esc)}</p>`);
  if (e.sectionsRenamed.length) out.push(`<p><strong>Sections renamed:</strong> ${e.sectionsRenamed.map((r) => `${esc(r.from)} → ${esc(r.to)}`).join(', ')}</p>`);
  if (e.editorial.length) {
    const total = e.editorial.reduce((n, x) => n + x.count, 0);
    out.push(`<p><strong>Editorial:</strong> ${plural(total, 'change')} (${e.editorial.map((x) => `${esc(x.section)}: ${x.count}`).join(', ')})</p>`);
  }
  return out.join('\n');
}

/** A one-line title for a page version: its most severe change, or what kind of version it is. */
export function entryHeadline(e: ChangelogEntry): string {
  if (e.first) return 'first version recorded';
  if (e.formattingOnly) return 'formatting changes only';
  const shown = e.changes.filter((c) => c.kind !== 'editorial' && c.kind !== 'structure');
  const top = [...shown].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
  const structural = [...e.sectionsAdded.map((s) => `section added: ${s.heading}`), ...e.sectionsRemoved.map((s) => `section removed: ${s.heading}`)];
  const parts: string[] = [];
  if (top) parts.push(top.summary + (shown.length > 1 ? ` (+${shown.length - 1} more)` : ''));
  else if (structural.length) parts.push(structural[0] + (structural.length > 1 ? ` (+${structural.length - 1} more)` : ''));
  else parts.push(`${plural(e.changes.length, 'editorial change')}`);
  return sanitizeLine(parts.join(''));
}

function countsText(e: ChangelogEntry): string {
  const parts = (['high', 'medium', 'low', 'none'] as const).filter((s) => e.counts[s]).map((s) => `${e.counts[s]} ${s}`);
  return parts.length ? parts.join(', ') : 'no content changes';
}

export interface AtomOptions {
  /** feed title (default "Documentation changes"). */
  title?: string;
  /** where the feed will be published: its rel="self" link and, when given, its id. */
  feedUrl?: string | null;
}

/** Feed-wide id when no feed URL is given; entry ids are tag URIs under the same authority. */
export const FEED_TAG = 'tag:redline,2024:';

/** The common origin of the pages' URLs, for the feed's alternate link (null when they differ). */
function commonOrigin(log: Changelog): string | null {
  const origins = new Set<string>();
  for (const p of log.pages) {
    const u = linkable(p.url);
    if (!u) return null;
    origins.add(new URL(u).origin);
  }
  return origins.size === 1 ? `${[...origins][0]}/` : null;
}

export function renderChangelogAtom(log: Changelog, opts: AtomOptions = {}): string {
  const entries = log.days.flatMap((d) => d.entries);
  const vs = views(log, entries);
  const updated = entries.reduce<string | null>((m, e) => (m === null || e.date > m ? e.date : m), null) ?? log.now;
  const self = linkable(opts.feedUrl ?? null);
  const alt = commonOrigin(log);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">');
  out.push(`  <id>${xmlEscape(self ?? `${FEED_TAG}changelog`)}</id>`);
  out.push(`  <title type="text">${xmlEscape(opts.title ?? 'Documentation changes')}</title>`);
  out.push(`  <updated>${xmlEscape(updated)}</updated>`);
  out.push('  <author><name>redline</name></author>');
  out.push('  <generator>redline</generator>');
  if (self) out.push(`  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`);
  if (alt) out.push(`  <link rel="alternate" type="text/html" href="${xmlEscape(alt)}"/>`);
  for (const v of vs) {
    const e = v.entry;
    const url = linkable(e.url);
    out.push('  <entry>');
    out.push(`    <id>${xmlEscape(`${FEED_TAG}${e.page}@${e.rev}`)}</id>`);
    out.push(`    <title type="text">${xmlEscape(`${sanitizeLine(e.title ?? e.page)} (${e.day}): ${entryHeadline(e)}`)}</title>`);
    out.push(`    <updated>${xmlEscape(e.date)}</updated>`);
    out.push(`    <published>${xmlEscape(e.date)}</published>`);
    if (url) out.push(`    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`);
    if (!e.first && e.severity !== 'none') out.push(`    <category term="${e.severity}" label="severity: ${e.severity}"/>`);
    out.push(`    <summary type="text">${xmlEscape(`${e.page}: ${e.first ? 'first version recorded' : countsText(e)}`)}</summary>`);
    out.push(`    <content type="html">${xmlEscape(htmlEntry(v))}</content>`);
    out.push('  </entry>');
  }
  out.push('</feed>');
  return out.join('\n') + '\n';
}
