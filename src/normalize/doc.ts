// The document model every input format is read into, and the one renderer that
// writes it out as canonical Markdown. Two renderings of the same content must land
// on the same DocBlock tree; the renderer then guarantees the same text.
// Inline content is kept as canonical inline Markdown strings (see inline.ts); `plain`, when a
// reader knows it, is that content as plain text, so later stages need not parse it again.

import { maxOf, pushAll } from '../util/arrays.js';

export type DocBlock =
  | { type: 'heading'; level: number; text: string; anchor: string | null; plain?: string }
  | { type: 'paragraph'; text: string; plain?: string }
  | { type: 'list'; ordered: boolean; start: number; items: DocItem[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'table'; header: string[]; rows: string[][]; plainHeader?: string[]; plainRows?: string[][] }
  | { type: 'quote'; blocks: DocBlock[] };

export interface DocItem {
  task: boolean | null; // null: not a task item; true/false: checked state
  blocks: DocBlock[];
}

export interface DocModel {
  title: string | null;
  blocks: DocBlock[];
  /** the page's summary from its front matter (not content: some layouts show it under the title) */
  description?: string;
}

const NOTE_LABELS = /^(note|notes|important|tip|warning|caution|attention|example)$/i;
const TOC_LABELS = /^(topics|sections|in this section|contents|on this page|table of contents|related topics)$/i;

/** Plain text of an inline canonical Markdown string (cheap: used for structure decisions only). */
export function roughPlain(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function isLinkOnly(md: string): boolean {
  const t = md.trim();
  return /^(\*\*)?\[[^\]]*\]\([^)]*\)(\*\*)?$/.test(t) || /^<[^>]+>$/.test(t);
}

/** A heading that is a note-box or table-of-contents label ("###### Important", "##### Topics"), not a section. */
function isLabelHeading(b: DocBlock): boolean {
  if (b.type !== 'heading' || b.level < 4 || b.text.length > 40) return false;
  const t = roughPlain(b.text).replace(/:$/, '');
  return NOTE_LABELS.test(t) || TOC_LABELS.test(t);
}

/**
 * One title model. A page has one title: front-matter `title`, its first H1, an HTML `<title>` or
 * `<h1>`, a text rendering's title line. Whether a page's other `#` headings are sections is then
 * decided per document, and headings are made relative: the title is the one H1 and the page's
 * top sections are H2, whatever levels the source used (a Hugo page writes its sections as `#`
 * under a front-matter title; its rendering shows them one level below the `<h1>`).
 * - `title` (front matter) is the title, set on top, unless the page opens with an H1 and the
 *   generator shows that heading instead (`bodyTitleWins`: Docusaurus, MkDocs, Microsoft Learn);
 * - otherwise the first H1 is the title (what follows a banner above it stays above it).
 * Label headings (note boxes) keep their level. Only top-level headings are moved.
 */
export function settleTitle(blocks: DocBlock[], title: string | null, bodyTitleWins: boolean, titleBlock: (t: string) => DocBlock): DocModel {
  let at = -1;
  const first = blocks[0];
  if (title !== null && !(bodyTitleWins && first && first.type === 'heading' && first.level === 1)) {
    blocks.unshift(titleBlock(title));
    at = 0;
  } else {
    at = blocks.findIndex((b) => b.type === 'heading' && b.level === 1);
    if (at >= 0) title = roughPlain((blocks[at] as { text: string }).text);
  }
  if (at < 0) return { title, blocks };
  let min = 7;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (i !== at && b.type === 'heading' && !isLabelHeading(b) && b.level < min) min = b.level;
  }
  const shift = min === 7 ? 0 : 2 - min;
  if (shift === 0) return { title, blocks };
  const out = blocks.map((b, i) =>
    i === at || b.type !== 'heading' || isLabelHeading(b) ? b : { ...b, level: Math.min(6, Math.max(2, b.level + shift)) },
  );
  return { title, blocks: out };
}

/**
 * A fragment without a title (an AsciiDoc topic that starts at `===`, a reST page read in
 * pieces) whose first block is its one top heading: that heading is its title, and the rest
 * is made relative to it as settleTitle does.
 */
export function promoteLeadHeading(model: DocModel): DocModel {
  const first = model.blocks[0];
  if (model.title !== null || !first || first.type !== 'heading') return model;
  if (model.blocks.some((b, i) => i > 0 && b.type === 'heading' && b.level <= first.level)) return model;
  const blocks = [{ ...first, level: 1 }, ...model.blocks.slice(1)];
  return settleTitle(blocks, null, true, () => first);
}

/**
 * Structure clean-ups that apply to every format, on the model:
 * - note boxes ("###### Important", a lone "**Note**" paragraph, a "Note" line) merge into
 *   the paragraph that follows as `**Note** text`;
 * - in-page tables of contents ("Topics" followed by a list of links) are dropped;
 * - empty paragraphs, lists and quotes are dropped.
 */
export function tidy(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = blocks[i + 1];
    // labels ("Note", "Topics") are short: longer blocks are not even looked at
    const labelText =
      (b.type === 'heading' && b.level >= 4) || (b.type === 'paragraph' && b.text.length <= 40) ? roughPlain(b.text) : null;
    if (labelText !== null && TOC_LABELS.test(labelText.replace(/:$/, '')) && next && next.type === 'list') {
      const allLinks = next.items.every(
        (it) => it.blocks.length > 0 && it.blocks.every((x) => (x.type === 'paragraph' && (isLinkOnly(x.text) || b.type === 'paragraph')) || x.type === 'list'),
      );
      if (allLinks) {
        i++;
        continue;
      }
    }
    // a "Topics" note-box heading (docs-site crawls) with no list after it is a TOC remnant too
    if (b.type === 'heading' && b.level >= 5 && labelText !== null && TOC_LABELS.test(labelText.replace(/:$/, ''))) continue;
    if (labelText !== null && NOTE_LABELS.test(labelText.replace(/:$/, '')) && next && next.type === 'paragraph') {
      const label = labelText.replace(/:$/, '');
      out.push({ type: 'paragraph', text: `**${label}** ${next.text}`, plain: next.plain === undefined ? undefined : `${label} ${next.plain}` });
      i++;
      continue;
    }
    if (b.type === 'paragraph' && b.text.trim() === '') continue;
    if (b.type === 'list') {
      const items = b.items
        .map((it) => ({ task: it.task, blocks: tidy(it.blocks) }))
        .filter((it) => it.blocks.length > 0);
      if (items.length === 0) continue;
      // two lists of one kind with nothing between them read back as one list
      const prev = out[out.length - 1];
      if (prev && prev.type === 'list' && prev.ordered === b.ordered) {
        pushAll(prev.items, items);
        continue;
      }
      out.push({ ...b, items });
      continue;
    }
    if (b.type === 'quote') {
      const inner = tidy(b.blocks);
      if (inner.length === 0) continue;
      out.push({ type: 'quote', blocks: inner });
      continue;
    }
    if (b.type === 'heading' && roughPlain(b.text) === '') continue;
    out.push(b);
  }
  return out;
}

function fence(text: string): string {
  let n = 3;
  const runs = text.match(/`{3,}/g);
  if (runs) n = maxOf(runs.map((r) => r.length)) + 1;
  return '`'.repeat(n);
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '' : pad + l))
    .join('\n');
}

function renderBlocks(blocks: DocBlock[]): string {
  return blocks.map(renderBlock).join('\n\n');
}

function renderBlock(b: DocBlock): string {
  switch (b.type) {
    case 'heading':
      // a trailing run of # would read back as the optional closing sequence
      return `${'#'.repeat(Math.min(6, Math.max(1, b.level)))} ${b.text.replace(/(^|\s)(#+)$/, '$1\\$2')}`;
    case 'paragraph':
      return b.text;
    case 'code': {
      const f = fence(b.text);
      return `${f}${b.lang}\n${b.text}\n${f}`;
    }
    case 'quote':
      return renderBlocks(b.blocks)
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${l}`))
        .join('\n');
    case 'table': {
      const width = Math.max(b.header.length, maxOf(b.rows.map((r) => r.length)), 1);
      const row = (cells: string[]) => {
        const c = [...cells];
        while (c.length < width) c.push('');
        return `| ${c.map((x) => x.trim()).join(' | ')} |`;
      };
      const lines = [row(b.header), `|${' --- |'.repeat(width)}`, ...b.rows.map(row)];
      return lines.join('\n').replace(/ {2,}\|/g, ' |');
    }
    case 'list': {
      let n = b.start;
      return b.items
        .map((it) => {
          const marker = b.ordered ? `${n++}. ` : '- ';
          const pad = ' '.repeat(marker.length);
          const task = it.task === null ? '' : it.task ? '[x] ' : '[ ] ';
          const body = indent(renderBlocks(it.blocks), pad);
          const first = it.blocks[0];
          // A list item normally starts with inline text; one that starts with a nested list or code
          // starts with an empty first line instead.
          if (first && first.type === 'paragraph') return marker + task + body.slice(pad.length);
          return (marker + task).trimEnd() + '\n' + body;
        })
        .join('\n');
    }
  }
}

/** The canonical Markdown text of a model: ATX headings, `-` bullets, fenced code, GFM tables, one line per paragraph. */
export function renderModel(model: DocModel): string {
  const text = renderBlocks(model.blocks);
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
