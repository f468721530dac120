// A Changelog (src/changelog) as one self-contained HTML file: a summary with the policy changes
// first (each linking to its entry), then day by day each page version with its policy changes
// quoted, other changes, sections added, removed and renamed, and editorial edits counted. A
// change several pages share is quoted once, at its newest occurrence, with its pages. Reads the
// changelog only, through the same view as the Markdown and Atom renderers.

import type { Change, Severity } from '../../types.js';
import { severityRank } from '../../types.js';
import type { Changelog, ChangelogEntry, SectionRef } from '../../changelog/types.js';
import { metaLine, views, windowLine, type EntryView, type ItemView } from '../changelog.js';
import { digest, esc, escLine, externalLink, htmlDocument, Ids, slug } from './page.js';
import { changeItem, countsList, plural, sevBadge } from './parts.js';

export interface HtmlChangelogOptions {
  /** the document title (default "Documentation changes"). */
  title?: string;
}

/** An item as the Change the shared renderer draws: its quote as removed and added text. */
function asChange(it: ItemView): Change {
  const q = it.quote;
  const base = { category: 'content', severity: it.severity, summary: it.summary };
  if (!q) return { ...base, type: 'changed', old: null, new: null };
  if (q.label === 'Added') return { ...base, type: 'added', old: null, new: q.text };
  if (q.label === 'Removed') return { ...base, type: 'removed', old: q.text, new: null };
  return { ...base, type: 'changed', old: q.text, new: q.after };
}

interface Anchors {
  entry: Map<string, string>;
  item: Map<ItemView, string>;
}

function anchors(vs: EntryView[]): Anchors {
  const ids = new Ids();
  const entry = new Map<string, string>();
  const item = new Map<ItemView, string>();
  for (const v of vs) {
    const e = v.entry;
    const eid = ids.take(`e-${slug(e.page, 40) || 'page'}-${slug(e.rev, 10)}`);
    entry.set(e.key, eid);
    for (const it of [...v.policy, ...v.other]) item.set(it, ids.take(`${eid}-${slug(it.summary, 24) || 'change'}-${digest(it.summary, it.section, it.quote?.text, it.quote?.after).slice(0, 6)}`));
  }
  return { entry, item };
}

function pagesList(it: ItemView): string {
  if (!it.shared) return '';
  const pages = it.shared.map((p) => `${externalLink(p.page, p.url)} (${esc(p.day)})`).join(', ');
  return `<p class="group-pages"><b>Same change on ${plural(it.shared.length, 'page')}:</b> ${pages}</p>`;
}

function itemHtml(it: ItemView, a: Anchors): string {
  const notes: string[] = [];
  if (it.section) notes.push(`<p class="path">in ${escLine(it.section)}</p>`);
  notes.push(pagesList(it));
  if (it.sharedRef) {
    const href = a.entry.get(it.sharedRef.entry);
    const lead = `${escLine(it.sharedRef.lead.page)} (${esc(it.sharedRef.lead.day)})`;
    notes.push(`<p class="shared-ref">Same change on ${plural(it.sharedRef.pages, 'page')}, quoted under ${href ? `<a href="#${href}">${lead}</a>` : lead}.</p>`);
  }
  return changeItem(asChange(it), { id: a.item.get(it)!, note: notes.join(''), headOnly: !it.quote });
}

function sectionRefs(refs: SectionRef[]): string {
  return refs.map((r) => `${escLine(r.heading)}${r.severity === 'none' ? '' : ` ${sevBadge(r.severity)}`}`).join(', ');
}

function entryHtml(v: EntryView, a: Anchors): string {
  const e = v.entry;
  const id = a.entry.get(e.key)!;
  const out: string[] = [`<section class="sec" id="${id}" aria-labelledby="${id}-h">`];
  const sev = e.first || e.severity === 'none' ? '' : sevBadge(e.severity);
  out.push(`<header><h3 id="${id}-h">${externalLink(e.title ?? e.page, e.url)}</h3>${sev}</header>`);
  const base = e.base ? ` (revision <span class="mono">${esc(e.base.slice(0, 10))}</span>)` : '';
  out.push(`<p class="path"><span class="mono">${escLine(e.page)}</span> · ${esc(e.date.slice(0, 10))} · revision <span class="mono">${esc(e.rev.slice(0, 10))}</span> · ${esc(metaLine(e))}${base}</p>`);
  if (e.fallbacks.length) out.push(`<ul class="notes">${e.fallbacks.map((f) => `<li>A coarser diff was used: ${escLine(f)}</li>`).join('')}</ul>`);
  if (e.formattingOnly && !e.first) out.push('<p class="empty-note">Formatting changes only.</p>');
  for (const [name, items] of [
    ['Policy changes', v.policy],
    ['Other changes', v.other],
  ] as const) {
    if (items.length) out.push(`<h4>${name}</h4>`, `<ol class="changes">${items.map((it) => itemHtml(it, a)).join('\n')}</ol>`);
  }
  if (e.sectionsAdded.length) out.push(`<p><b>Sections added:</b> ${sectionRefs(e.sectionsAdded)}</p>`);
  if (e.sectionsRemoved.length) out.push(`<p><b>Sections removed:</b> ${sectionRefs(e.sectionsRemoved)}</p>`);
  if (e.sectionsRenamed.length) out.push(`<p><b>Sections renamed:</b> ${e.sectionsRenamed.map((r) => `${escLine(r.from)} → ${escLine(r.to)}`).join(', ')}</p>`);
  if (e.editorial.length) {
    const total = e.editorial.reduce((n, x) => n + x.count, 0);
    out.push(`<p><b>Editorial:</b> ${plural(total, 'change')} (${e.editorial.map((x) => `${escLine(x.section)}: ${x.count}`).join(', ')})</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

function summaryHtml(log: Changelog, vs: EntryView[], a: Anchors): string {
  const entries = vs.map((v) => v.entry);
  const counts: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  for (const e of entries) for (const s of ['none', 'low', 'medium', 'high'] as const) counts[s] += e.counts[s];
  const top = entries.reduce<Severity>((m, e) => (!e.first && severityRank(e.severity) > severityRank(m) ? e.severity : m), 'none');
  const out = ['<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'];
  const w = windowLine(log);
  if (w) out.push(`<p>${esc(w.replace(/^_|_$/g, ''))}</p>`);
  if (!entries.length) {
    out.push('<p class="verdict">No page versions in this window.</p></section>');
    return out.join('\n');
  }
  out.push(`<div class="verdict">${sevBadge(top, `severity ${top}`)}<ul class="counts"><li><b>${entries.length}</b> page ${entries.length === 1 ? 'version' : 'versions'}</li><li><b>${log.pages.length}</b> ${log.pages.length === 1 ? 'page' : 'pages'}</li><li><b>${log.groups.length}</b> shared</li></ul></div>`);
  out.push(`<div class="verdict"><span class="muted">Changes:</span>${countsList(counts, 0)}</div>`);
  const key = vs.flatMap((v) => v.policy.filter((it) => !it.sharedRef).map((it) => ({ v, it }))).sort((x, y) => severityRank(y.it.severity) - severityRank(x.it.severity));
  if (key.length) {
    out.push(`<h3>Policy changes (${key.length})</h3>`, '<ol class="keylist">');
    for (const { v, it } of key) {
      const where = `${escLine(v.entry.title ?? v.entry.page)} · ${esc(v.entry.day)}${it.shared ? ` · same change on ${plural(it.shared.length, 'page')}` : ''}`;
      out.push(`<li><div><div class="chg-h">${sevBadge(it.severity)}<a class="sum" href="#${a.item.get(it)}">${escLine(it.summary)}</a></div><div class="where">${where}</div></div></li>`);
    }
    out.push('</ol>');
  }
  out.push('</section>');
  return out.join('\n');
}

export function renderChangelogHtml(log: Changelog, opts: HtmlChangelogOptions = {}): string {
  const entries: ChangelogEntry[] = log.days.flatMap((d) => d.entries);
  const vs = views(log, entries);
  const a = anchors(vs);
  const main = [summaryHtml(log, vs, a)];
  vs.forEach((v, i) => {
    if (i === 0 || vs[i - 1].entry.day !== v.entry.day) main.push(`<h2 class="day" id="d-${esc(v.entry.day)}">${esc(v.entry.day)}</h2>`);
    main.push(entryHtml(v, a));
  });
  return htmlDocument({
    title: opts.title ?? 'Documentation changes',
    kind: 'redline changelog',
    header: `<p class="muted">Changes to documentation pages recorded by redline, newest first. Policy changes (high and medium severity) come first and are quoted; editorial edits are counted. A change several pages share is quoted once, with its pages.</p>`,
    controls: '',
    main: main.join('\n'),
  });
}
