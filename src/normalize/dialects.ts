// Generator dialects: the source syntax that documentation generators add to Markdown (MDX and
// Docusaurus, MkDocs Material and pymdownx, Hugo shortcodes, Microsoft Learn / DocFX, Liquid and
// Jinja tags), rewritten before lexing into the Markdown their rendered pages show: a note box
// becomes its label and text (`**Note** text`, as html.ts writes a rendered box), a tab its label,
// metadata and markup that render as nothing disappear. It does not render what the source does
// not hold (included files, code pulled from elsewhere, template variables): those stay visible
// as written, with their spacing made canonical. Plain Markdown passes through untouched.

import { escapeText } from './inline.js';
import { roughPlain, type DocBlock } from './doc.js';
import { pushAll } from '../util/arrays.js';

/** A callout opens with CALLOUT_OPEN + its label index + CALLOUT_OPEN and closes with CALLOUT_CLOSE, each alone in a paragraph. */
const CALLOUT_OPEN = '\uE000';
const CALLOUT_CLOSE = '\uE001';
const MARKER_PARAGRAPH = /^\uE000(\d+)\uE000$|^\uE001$/;
const STRAY_MARKERS = /\uE000\d*\uE000?|\uE001/g;

export interface Rewritten {
  body: string;
  /** callout labels by index (the markers in the body refer to them) */
  labels: string[];
}

/** A JSX component tag (`<TabItem label="API">`, `</Tabs>`, `<Render file="x" />`) and a line of nothing else. */
const JSX_TAG = /<(\/?)([A-Z][\w.]*)((?:\s+(?:[^\s>"'{}]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?))*)\s*(\/?)>/g;
const JSX_LINE = /^(?:<\/?[A-Z][\w.]*(?:\s+(?:[^\s>"'{}]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?))*\s*\/?>\s*)+$/;

/** One regex test on the whole body: does any dialect construct occur at all? */
const TRIGGER =
  /^ *(?::{3}|!!!|\?{3}|===[!+]? +"|> *\[!|import[\s{*'"]|export\s|<\/?[A-Z]|<\w+\s[^>]*className=|\{\/\*|\*\[|```+ *mdx-code-block)|\{\{|\{%|<!-- *md:|:(?:material|fontawesome|octicons|simple)-[\w-]+:|\]\[[^\]\n]+\]|\) ?\{|\{ *[#.:][\w-]/m;

// ---------------------------------------------------------------------------------------------
// Rules as data

/** Callout kinds whose bare name is their label (`:::note`, `!!! tip`, `{{< warning >}}`, `> [!CAUTION]`). */
const KIND_LABELS: Record<string, string> = {
  note: 'Note', notes: 'Note', tip: 'Tip', tips: 'Tip', hint: 'Hint', info: 'Info', important: 'Important',
  warning: 'Warning', caution: 'Caution', danger: 'Danger', attention: 'Attention', error: 'Error',
  success: 'Success', failure: 'Failure', bug: 'Bug', example: 'Example', quote: 'Quote', question: 'Question',
  abstract: 'Abstract', summary: 'Summary', tldr: 'Tldr', todo: 'Todo', seealso: 'See also', check: 'Check',
  secondary: 'Secondary', alert: 'Note', callout: 'Note', notice: 'Note', admonition: 'Note',
};
const labelOfKind = (kind: string): string => KIND_LABELS[kind.toLowerCase()] ?? kind[0].toUpperCase() + kind.slice(1).toLowerCase();

/** MDX components that are boxes with a label (Docusaurus `Admonition`, Starlight `Aside`, Cloudflare `Details`, HashiCorp `Note`/`Warning`/`Tip`...). */
const BOX_COMPONENTS = new Set(['Admonition', 'Aside', 'Details', 'Note', 'Tip', 'Warning', 'Caution', 'Important', 'Info', 'Danger', 'Highlight']);

/** Hugo shortcodes that are note boxes (Docsy `alert`, Kubernetes `note`/`caution`/`warning`, Learn theme `notice`, Hugo `details`). */
const HUGO_CALLOUTS = new Set(['note', 'tip', 'hint', 'info', 'important', 'warning', 'caution', 'danger', 'alert', 'callout', 'admonition', 'notice', 'details']);
/** Hugo shortcodes that only group tabs. */
const HUGO_TAB_GROUPS = new Set(['tabpane', 'tabs', 'tabgroup', 'codetabs']);
const HUGO_TABS = new Set(['tab', 'tabitem']);
/** Liquid / Jinja block tags that are control flow: the tags go, their content stays (every branch). */
const LIQUID_CONTROL = /^(?:if|elsif|elif|else|endif|unless|endunless|for|endfor|case|when|endcase|ifversion|elsif|endifversion|raw|endraw|capture|endcapture|assign|set|endset|with|endwith|block|endblock|extends|macro|endmacro|octicon)$/;
/** Liquid block tags that are note boxes (GitHub Docs: `{% note %}` ... `{% endnote %}`). */
const LIQUID_CALLOUTS = new Set(['note', 'tip', 'warning', 'caution', 'danger', 'important']);
/** DocFX / Microsoft Learn `:::name` lines that only lay out the page (the content between them stays). */
const DOCFX_LAYOUT = /^(?:zone|zone-end|row|row-end|column|column-end|moniker|moniker-end|no-loc)\b/;
/** Icon shortcodes (MkDocs Material): rendered as an SVG, no text. */
const ICONS_AND_SPACE = /:(?:material|fontawesome|octicons|simple)-[\w-]+: */g;

/**
 * MkDocs Material's `<!-- md:type args -->` markers (its shortcodes hook): each renders as a badge
 * whose visible text is given here ('' for an icon-only badge); `setting` and `option` name the
 * heading they sit in.
 */
const MD_MARKERS: Record<string, (args: string) => string> = {
  version: (a) => a,
  default: (a) => (a === 'none' || a === 'computed' ? '' : a),
  plugin: (a) => a,
  feature: (a) => a,
  extension: (a) => a,
  utility: (a) => a,
  example: () => '`.zip`',
  setting: (a) => '`' + (a.split(/[.*]/).pop() ?? a) + '`',
  option: (a) => '`' + (a.split(/[.:]/).pop() ?? a) + '`',
};

// ---------------------------------------------------------------------------------------------
// Small parsers

/** `key="value"` / `key='value'` / `key=value` / bare words of a tag or shortcode. */
function attrs(s: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const re = /([\w:-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|\{["'`]?([^}]*?)["'`]?\}|([^\s"'>%]+))|"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"'=/>%]+)/g;
  for (let m; (m = re.exec(s)); ) {
    if (m[1] !== undefined) named[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
    else positional.push(m[7] ?? m[8] ?? m[9]);
  }
  return { named, positional };
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/;

/** The index just past a fenced code block opened at lines[i] (or lines.length). */
function fenceEnd(lines: string[], i: number, fence: string): number {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t.startsWith(fence[0].repeat(fence.length)) && /^(`+|~+)$/.test(t) && t[0] === fence[0]) return j + 1;
  }
  return lines.length;
}

/** Lines of an indented body (MkDocs admonitions and tabs): blank or indented past `base`; trailing blanks excluded. */
function indentedBody(lines: string[], from: number, base: number): number {
  let end = from;
  for (let j = from; j < lines.length; j++) {
    if (lines[j].trim() === '') continue;
    if (indentOf(lines[j]) <= base) break;
    end = j + 1;
  }
  return end;
}

function dedent(lines: string[], by: number): string[] {
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(Math.min(by, indentOf(l)))));
}

// ---------------------------------------------------------------------------------------------
// The rewriter

class Rewriter {
  labels: string[] = [];
  /** reference definitions of the page: `[text][ref]` to anything else is a cross-page reference */
  definitions = new Set<string>();
  /** Hugo shortcode names that have a closing tag somewhere on the page */
  pairedShortcodes = new Set<string>();
  /** open JSX-written elements (`<div className=...>`): true for a note box */
  jsx: boolean[] = [];

  open(label: string, pad: string): string[] {
    this.labels.push(label);
    return ['', `${pad}${CALLOUT_OPEN}${this.labels.length - 1}${CALLOUT_OPEN}`, ''];
  }

  close(pad: string): string[] {
    return ['', `${pad}${CALLOUT_CLOSE}`, ''];
  }

  callout(label: string, pad: string, body: string[], depth: number): string[] {
    return [...this.open(label, pad), ...this.lines(body, depth + 1), ...this.close(pad)];
  }

  tab(label: string, pad: string, body: string[], depth: number): string[] {
    return ['', `${pad}${labelText(label)}`, '', ...this.lines(body, depth + 1), ''];
  }

  /** Rewrite a run of lines; `depth` bounds recursion on hostile nesting. */
  lines(lines: string[], depth = 0): string[] {
    const out: string[] = [];
    for (let i = 0; i < lines.length; ) {
      const line = lines[i];
      const fence = FENCE_OPEN.exec(line);
      if (fence) {
        const end = fenceEnd(lines, i, fence[2]);
        if (/^mdx-code-block\b/.test(fence[3].trim()) && depth < 32) pushAll(out, this.lines(lines.slice(i + 1, end - 1), depth + 1));
        else pushAll(out, lines.slice(i, end));
        i = end;
        continue;
      }
      const r = depth < 32 ? this.block(lines, i, depth) : null;
      if (r) {
        pushAll(out, r.out);
        i = r.next;
        continue;
      }
      pushAll(out, this.inline(line).split('\n'));
      i++;
    }
    return out;
  }

  /** A block construct starting at lines[i], or null. */
  block(lines: string[], i: number, depth: number): { out: string[]; next: number } | null {
    const line = lines[i];
    const t = line.trim();
    if (t === '') return null;
    const ind = indentOf(line);
    const pad = ' '.repeat(ind);

    // MDX ESM: an import/export paragraph at the top level
    if (ind === 0 && /^(?:import\s*(?:[\w*{][^'"]*\bfrom\s*)?['"]|import\s*\{|export\s+(?:const|let|var|function|class|default|async|\{|\*)\b)/.test(line)) {
      let j = i;
      while (j < lines.length && lines[j].trim() !== '') j++;
      return { out: [], next: j };
    }
    // MDX comments
    if (/^\{\/\*[\s\S]*\*\/\}$/.test(t)) return { out: [], next: i + 1 };
    // MkDocs (pymdownx) admonitions and collapsible blocks: `!!! note "Title"`, `??? info`, `???+ tip`
    let m = /^(?:!!!|\?\?\?\+?) +([\w-]+)((?: +[\w-]+)*)(?: +"([^"]*)")? *$/.exec(t);
    if (m) {
      const end = indentedBody(lines, i + 1, ind);
      const label = m[3] !== undefined ? m[3].trim() || labelOfKind(m[1]) : labelOfKind(m[1]);
      return { out: this.callout(label, pad, dedent(lines.slice(i + 1, end), 4), depth), next: end };
    }
    // pymdownx tabs: `=== "Tab"`
    m = /^===[!+]? +"([^"]*)" *$/.exec(t);
    if (m) {
      const end = indentedBody(lines, i + 1, ind);
      return { out: this.tab(m[1], pad, dedent(lines.slice(i + 1, end), 4), depth), next: end };
    }
    // Docusaurus / remark-directive containers: `:::note Title`, `:::tip[Title]` ... `:::`
    m = /^(:{3,}) *([A-Za-z][\w-]*)(?:\[([^\]]*)\])?(?: +(.*?))? *(?:\{[^}]*\})? *$/.exec(t);
    if (m && !/:::$/.test(t.slice(3)) && !DOCFX_LAYOUT.test(m[2]) && m[2] !== 'image' && m[2] !== 'code') {
      const end = this.directiveEnd(lines, i);
      const label = (m[3] ?? m[4] ?? '').trim() || labelOfKind(m[2]);
      return { out: this.callout(label, pad, lines.slice(i + 1, end), depth), next: Math.min(lines.length, end + 1) };
    }
    // DocFX: layout lines go; `:::image ...:::` is an image (a "complex" one runs to `:::image-end:::`)
    m = /^::: *([\w-]+)(.*?)(:::)? *$/.exec(t);
    if (m && (DOCFX_LAYOUT.test(m[1]) || m[1] === 'image-end')) return { out: [], next: i + 1 };
    if (m && m[1] === 'image') {
      const a = attrs(m[2]).named;
      let next = i + 1;
      if (a.type === 'complex') {
        while (next < lines.length && !/^ *::: *image-end *::: *$/.test(lines[next])) next++;
        next = Math.min(lines.length, next + 1);
      }
      return { out: a.source ? [`${pad}![${escapeText(a['alt-text'] ?? '')}](${a.source.replace(/\s/g, '%20')})`] : [], next };
    }
    // Microsoft Learn / GitHub alerts: `> [!NOTE]` and the quote lines after it
    m = /^> *\[!(\w+)\] *$/.exec(t);
    if (m) {
      let j = i + 1;
      while (j < lines.length && /^ *>/.test(lines[j]) && indentOf(lines[j]) <= ind + 3) j++;
      const body = lines.slice(i + 1, j).map((l) => pad + l.trimStart().replace(/^> ?/, ''));
      return { out: this.callout(labelOfKind(m[1]), pad, body, depth), next: j };
    }
    // a quote that opens with a bold label (`> **Note:** text`: MDN's and GitHub's older note syntax)
    m = /^> *\*\*(Note|Notes|Warning|Tip|Important|Caution|Callout|Danger|Attention)(?::\*\*|\*\*:?) *(.*)$/i.exec(t);
    if (m) {
      let j = i + 1;
      while (j < lines.length && /^ *>/.test(lines[j]) && indentOf(lines[j]) <= ind + 3) j++;
      const body = [pad + m[2], ...lines.slice(i + 1, j).map((l) => pad + l.trimStart().replace(/^> ?/, ''))];
      return { out: this.callout(m[1][0].toUpperCase() + m[1].slice(1).toLowerCase(), pad, body, depth), next: j };
    }
    // Microsoft Learn `> [!div class="..."]`: a styled box without a label
    if (/^> *\[!div\b[^\]]*\] *$/i.test(t)) {
      let j = i + 1;
      while (j < lines.length && /^ *>/.test(lines[j])) j++;
      return { out: this.lines(lines.slice(i + 1, j).map((l) => pad + l.trimStart().replace(/^> ?/, '')), depth + 1), next: j };
    }
    // MDX: an HTML element written as JSX (`className=`) on a line of its own: a note box when its
    // class names one (as html.ts reads the rendered element), else only a wrapper; its content is Markdown
    m = /^<(div|section|aside)\s[^>]*\bclassName=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})[^>]*>$/.exec(t);
    if (m) {
      const kind = (m[2] ?? m[3] ?? m[4] ?? '').split(/[\s_-]+/).find((c) => KIND_LABELS[c.toLowerCase()] !== undefined);
      this.jsx.push(kind !== undefined);
      return { out: kind !== undefined ? this.open(labelOfKind(kind === 'alert' || kind === 'admonition' || kind === 'callout' || kind === 'notice' ? 'note' : kind), pad) : [], next: i + 1 };
    }
    if (this.jsx.length && /^<\/(div|section|aside)>$/.test(t)) return { out: this.jsx.pop() ? this.close(pad) : [], next: i + 1 };
    // MDX components on a line of their own (several may share it: `</TabItem> <TabItem label="API">`)
    if (JSX_LINE.test(t)) {
      const tags = [...t.matchAll(JSX_TAG)];
      if (tags.length === 1) return this.component(lines, i, tags[0][1] === '/', tags[0][2], tags[0][3], tags[0][4] === '/', pad, depth);
      const out: string[] = [];
      for (const g of tags) pushAll(out, this.component([], 0, g[1] === '/', g[2], g[3], g[4] === '/', pad, depth).out);
      return { out, next: i + 1 };
    }
    // MkDocs abbreviations: `*[HTML]: Hyper Text Markup Language`
    if (/^\*\[[^\]]+\]:/.test(t)) return { out: [], next: i + 1 };
    // Liquid comments go with what they hold
    if (/^\{%-? *comment *-?%\}/.test(t)) {
      let j = i;
      while (j < lines.length && !/\{%-? *endcomment *-?%\}/.test(lines[j])) j++;
      return { out: [], next: Math.min(lines.length, j + 1) };
    }
    // Hugo code shortcodes: `{{< highlight go >}}`, `{{< tab header="X" lang="sh" >}}` hold raw code
    m = /^\{\{([<%]) *(highlight|code|tab) +([^}]*?) *\/?[>%]\}\}$/.exec(t);
    if (m) {
      const a = attrs(m[3]);
      const lang = m[2] === 'highlight' ? a.positional[0] ?? '' : a.named.lang ?? a.named.language ?? '';
      if (m[2] === 'highlight' || lang) {
        const close = new RegExp(`^\\{\\{[<%] */ *${m[2]} *[>%]\\}\\}$`);
        let j = i + 1;
        while (j < lines.length && !close.test(lines[j].trim())) j++;
        const code = dedent(lines.slice(i + 1, j), ind);
        const label = m[2] === 'tab' ? a.named.header ?? a.named.name ?? a.named.title ?? a.positional[0] : undefined;
        const fenced = [`${pad}\`\`\`\`${lang}`, ...code.map((l) => (l ? pad + l : l)), `${pad}\`\`\`\``];
        return { out: label ? ['', `${pad}${labelText(label)}`, '', ...fenced, ''] : fenced, next: Math.min(lines.length, j + 1) };
      }
    }
    return null;
  }

  /** The line index of the `:::` closing the container opened at lines[i] (nested containers counted), or lines.length. */
  directiveEnd(lines: string[], i: number): number {
    let open = 1;
    for (let j = i + 1; j < lines.length; j++) {
      const f = FENCE_OPEN.exec(lines[j]);
      if (f) {
        j = fenceEnd(lines, j, f[2]) - 1;
        continue;
      }
      const t = lines[j].trim();
      if (/^:{3,}$/.test(t)) {
        if (--open === 0) return j;
      } else if (/^:{3,} *[A-Za-z]/.test(t) && !/:::$/.test(t.slice(3)) && !DOCFX_LAYOUT.test(t.replace(/^:+ */, ''))) open++;
    }
    return lines.length;
  }

  /** A JSX component on its own line: Tabs and TabItem become tab labels, CodeBlock code, Admonition a callout; others go. */
  component(lines: string[], i: number, closing: boolean, name: string, attrText: string, selfClosing: boolean, pad: string, depth: number): { out: string[]; next: number } {
    const a = attrs(attrText).named;
    if (closing || selfClosing) return { out: BOX_COMPONENTS.has(name) && closing ? this.close(pad) : [], next: i + 1 };
    if (name === 'TabItem' || name === 'Tab') return { out: ['', `${pad}${labelText(a.label ?? a.heading ?? a.title ?? a.value ?? '')}`, ''], next: i + 1 };
    if (name === 'Admonition' || name === 'Aside') return { out: this.open((a.title ?? '').trim() || labelOfKind(a.type ?? 'note'), pad), next: i + 1 };
    if (name === 'Details') return { out: this.open((a.header ?? a.summary ?? a.title ?? '').trim() || 'Details', pad), next: i + 1 };
    if (KIND_LABELS[name.toLowerCase()] !== undefined) return { out: this.open((a.title ?? a.heading ?? '').trim() || labelOfKind(name), pad), next: i + 1 };
    if (name === 'CodeBlock') {
      let j = i + 1;
      while (j < lines.length && !/<\/CodeBlock>\s*$/.test(lines[j])) j++;
      const body = lines.slice(i + 1, j);
      if (j < lines.length) body.push(lines[j].replace(/<\/CodeBlock>\s*$/, ''));
      const text = body.join('\n').replace(/^\s*\{`/, '').replace(/`\}\s*$/, '');
      const lang = a.language ?? a.lang ?? '';
      return { out: [`${pad}\`\`\`\`${lang}`, ...text.split('\n'), `${pad}\`\`\`\``], next: Math.min(lines.length, j + 1) };
    }
    return { out: [], next: i + 1 };
  }

  /** Inline constructs of one line (outside code spans); may return several lines (a shortcode note box). */
  inline(line: string): string {
    if (!/[{<:\]\)]/.test(line)) return line;
    const pad = ' '.repeat(indentOf(line));
    let out = mapOutsideCode(line, (s) => this.inlineText(s, pad));
    // heading attribute lists and ids: `## Title {#id}`, `## Title { #id .class }`
    if (/^ {0,3}#{1,6} /.test(out)) out = out.replace(/\s+\{:? *[#.][^{}]*\}\s*$/, '');
    if (out !== line && out.trim() === '' && line.trim() !== '') return '\u0000';
    return out;
  }

  inlineText(s: string, pad: string): string {
    return s
      .replace(/<!-- *md:(\w+)(.*?) *-->/g, (_, type: string, args: string) => (MD_MARKERS[type] ?? (() => ''))(args.trim()))
      .replace(/\{\{([<%]) *(\/?) *([\w.-]+)((?:[^{}]|\{[^{}]*\})*?) *\/?[>%]\}\}/g, (all, _k: string, slash: string, name: string, rest: string) =>
        this.shortcode(all, slash === '/', name, rest, pad),
      )
      .replace(/\{%-? *(\w+)(.*?) *-?%\}/g, (_, tag: string, rest: string) => this.liquid(tag, rest.trim(), pad))
      .replace(KUMA_MACRO, (all, name: string, args: string | undefined) => kumaMacro(name, args ?? '') ?? all)
      .replace(TEMPLATE_VARIABLE, '{{$1}}')
      .replace(ICONS_AND_SPACE, '')
      .replace(ATTRIBUTE_LIST, '$1')
      .replace(/(^|[^\\!\]])\[((?:[^[\]\\\n]|\\.)+)\]\[((?:[^[\]\\\n]|\\.)+)\]/g, (all, pre: string, text: string, ref: string) =>
        this.definitions.has(normRef(ref)) ? all : pre + text,
      );
  }

  shortcode(all: string, closing: boolean, name: string, rest: string, pad: string): string {
    const n = name.toLowerCase();
    const a = attrs(rest);
    if (HUGO_CALLOUTS.has(n) && this.pairedShortcodes.has(n)) {
      if (closing) return '\n' + this.close(pad).join('\n') + '\n' + pad;
      const kind = a.named.color && KIND_LABELS[a.named.color.toLowerCase()] && n === 'alert' ? a.named.color : n === 'notice' ? a.positional[0] ?? n : n;
      const label = (a.named.title ?? a.named.summary ?? (n === 'details' ? a.positional[0] : undefined) ?? '').trim() || labelOfKind(kind);
      return '\n' + this.open(label, pad).join('\n') + '\n' + pad;
    }
    if (HUGO_TAB_GROUPS.has(n)) return '';
    if (HUGO_TABS.has(n)) {
      if (closing) return '';
      const label = a.named.header ?? a.named.name ?? a.named.title ?? a.named.label ?? a.positional[0] ?? '';
      return label ? `\n\n${pad}${labelText(label)}\n\n${pad}` : '';
    }
    if (closing) return '';
    if (n === 'ref' || n === 'relref') return a.positional[0] ?? a.named.path ?? '';
    if (n === 'glossary_tooltip') return a.named.text ?? a.positional[0] ?? '';
    if (n === 'figure' || n === 'img' || n === 'image') {
      const img = `![${escapeText(a.named.alt ?? a.named.title ?? '')}](${(a.named.src ?? '').replace(/\s/g, '%20')})`;
      return a.named.caption ? `${img}\n\n${pad}${a.named.caption}` : img;
    }
    if (this.pairedShortcodes.has(n)) return '';
    // anything else renders content we do not have: kept as written, spacing made canonical
    return `{{${all[2]} ${[name, rest.trim()].filter(Boolean).join(' ')} ${all[2] === '<' ? '>' : '%'}}}`;
  }

  liquid(tag: string, rest: string, pad: string): string {
    const t = tag.toLowerCase();
    if (LIQUID_CALLOUTS.has(t)) return '\n' + this.open(labelOfKind(t), pad).join('\n') + '\n' + pad;
    if (t.startsWith('end') && LIQUID_CALLOUTS.has(t.slice(3))) return '\n' + this.close(pad).join('\n') + '\n' + pad;
    if (LIQUID_CONTROL.test(t)) return '';
    return `{% ${[tag, rest].filter(Boolean).join(' ')} %}`;
  }
}

/** A tab or box label as its rendering reads: plain text (as html.ts takes it from the rendered title), in bold. */
const labelText = (label: string): string => `**${escapeText(roughPlain(label))}**`;

/** MDN's KumaScript macros: `{{Glossary("HSTS")}}`, `{{HTTPHeader("Strict-Transport-Security")}}`, `{{HTTPSidebar}}`. */
const KUMA_MACRO = /\{\{ *([A-Za-z][\w-]*) *(?:\(([^{}]*)\))? *\}\}/g;
/** Macros that render a sidebar, a banner or a widget (compatibility tables, live samples): nothing of the page's text. */
const KUMA_WIDGETS = /(?:sidebar|ref|quicklinks\w*|specifications|compat|embedlivesample|embedinteractiveexample|interactiveexample|seecompattable|_header|availableinworkers|previous\w*|next|listsubpages\w*)$/i;
/** Macros that render a link to a reference page, as code (`{{domxref("Window.confirm()")}}` -> `Window.confirm()`). */
const KUMA_CODE_LINKS = /^(?:domxref|jsxref|cssxref|httpheader|httpmethod|httpstatus|htmlattrxref|svgattr|mathmlelement|webextapiref)$/i;

function kumaMacro(name: string, args: string): string | null {
  const a = [...args.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]);
  const n = name.toLowerCase();
  if (n === 'glossary') return a[1] ?? a[0] ?? null;
  if (n === 'htmlelement' || n === 'svgelement') return a[0] ? `\`<${a[0]}>\`` : null;
  if (n === 'rfc') return a[0] ? `RFC ${a[0]}` : null;
  if (KUMA_CODE_LINKS.test(n)) return a[0] ? `\`${a[1] ?? a[0]}\`` : null;
  if (KUMA_WIDGETS.test(n)) return '';
  return null;
}

/** An attribute list after a link or image (`[Get started](x){ .md-button }`): its first item is an id, a class or a key=value. */
const ATTRIBUTE_LIST = /(\)|\])\{:? *(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?: +(?:[#.][\w:.-]+|[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s}]+))?))* *\}/g;

/** `{{ page.x }}` / `{{book.project.name}}`: a template variable, spacing made canonical (none: it may sit in a URL). */
const TEMPLATE_VARIABLE = /\{\{ *([^{}<%\s][^{}]*?) *\}\}/g;

/**
 * Template tags in a page of another markup (GitBook's Liquid around AsciiDoc): control tags go,
 * their content stays; variables get canonical spacing. Fenced and delimited blocks are not told
 * apart here: template engines run before the markup is read, on every line.
 */
export function stripTemplateTags(src: string): string {
  if (!src.includes('{%') && !src.includes('{{')) return src;
  const rw = new Rewriter();
  return src
    .split('\n')
    .map((line) => {
      const out = line.replace(/\{%-? *(\w+)(.*?) *-?%\}/g, (all, tag: string, rest: string) => (LIQUID_CONTROL.test(tag.toLowerCase()) ? '' : rw.liquid(tag, rest.trim(), '')));
      return out !== line && out.trim() === '' ? null : out.replace(TEMPLATE_VARIABLE, '{{$1}}');
    })
    .filter((l) => l !== null)
    .join('\n');
}

const normRef = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Apply `fn` to a line with its inline code spans set aside (as placeholders, so constructs around them still match). */
function mapOutsideCode(line: string, fn: (s: string) => string): string {
  if (!line.includes('`')) return fn(line);
  const spans: string[] = [];
  const held = line.replace(/(?<!`)(`+)(?!`)(.*?[^`])\1(?!`)/g, (m) => `\uE002${spans.push(m) - 1}\uE002`);
  return fn(held).replace(/\uE002(\d+)\uE002/g, (_, k: string) => spans[Number(k)]);
}

/** Rewrite the generator constructs in a Markdown body (front matter already split off); null when there are none. */
export function rewriteDialects(body: string): Rewritten | null {
  if (!TRIGGER.test(body)) return null;
  const rw = new Rewriter();
  for (const m of body.matchAll(/^ {0,3}\[((?:[^[\]\\\n]|\\.)+)\]:/gm)) rw.definitions.add(normRef(m[1]));
  for (const m of body.matchAll(/\{\{[<%] *\/ *([\w.-]+)/g)) rw.pairedShortcodes.add(m[1].toLowerCase());
  const lines = rw.lines(body.split('\n'));
  const out = lines.filter((l) => l !== '\u0000').join('\n');
  return out === body && rw.labels.length === 0 ? null : { body: out, labels: rw.labels };
}

// ---------------------------------------------------------------------------------------------
// Callout markers -> `**Label** text` blocks

function markerOf(b: DocBlock, labels: string[]): { open: string } | { close: true } | null {
  if (b.type !== 'paragraph') return null;
  const m = MARKER_PARAGRAPH.exec(b.text);
  if (!m) return null;
  return m[1] !== undefined ? { open: labels[Number(m[1])] ?? 'Note' } : { close: true };
}

const hasText = (b: DocBlock): boolean => b.type !== 'paragraph' || b.text.trim() !== '';

/**
 * Turn the callout markers of a model into what a rendered note box reads as (html.ts writes the
 * same): the label in bold at the start of the box's first paragraph, or a paragraph of its own
 * when the box starts with a list, code or another box. An empty box goes, label and all.
 */
export function settleCallouts(blocks: DocBlock[], labels: string[]): DocBlock[] {
  const out: DocBlock[] = [];
  const fromBox = new Set<DocBlock>();
  const stack: Array<{ label: string; at: number }> = [];
  const close = (box: { label: string; at: number }) => {
    const content = out.splice(box.at);
    if (!content.some(hasText)) return;
    let first = content[0];
    const label = labelText(box.label);
    // a box whose text repeats its label (`{% note %}` then `**Note**: text`) shows it once
    const repeated = first.type === 'paragraph' ? /^\*\*([^*]+?):?\*\*:? +/.exec(first.text) : null;
    if (first.type === 'paragraph' && repeated && repeated[1].toLowerCase() === roughPlain(box.label).toLowerCase()) {
      first = { type: 'paragraph', text: first.text.slice(repeated[0].length), plain: first.plain?.replace(/^[^:]*?:? +/, '') };
      content[0] = first;
    }
    if (first.type === 'paragraph' && !fromBox.has(content[0])) {
      content[0] = { type: 'paragraph', text: `${label} ${first.text}`, plain: first.plain === undefined ? undefined : `${roughPlain(box.label)} ${first.plain}` };
    } else content.unshift({ type: 'paragraph', text: label, plain: roughPlain(box.label) });
    fromBox.add(content[0]);
    pushAll(out, content);
  };
  for (const raw of blocks) {
    const b = settleInside(raw, labels);
    const mk = markerOf(b, labels);
    if (mk && 'open' in mk) stack.push({ label: mk.open, at: out.length });
    else if (mk) {
      const box = stack.pop();
      if (box) close(box);
    } else out.push(b);
  }
  while (stack.length) close(stack.pop()!);
  return out;
}

function settleInside(b: DocBlock, labels: string[]): DocBlock {
  switch (b.type) {
    case 'list':
      return { ...b, items: b.items.map((it) => ({ task: it.task, blocks: settleCallouts(it.blocks, labels) })) };
    case 'quote':
      return { type: 'quote', blocks: settleCallouts(b.blocks, labels) };
    case 'paragraph':
      return MARKER_PARAGRAPH.test(b.text) || !/[\uE000\uE001]/.test(b.text) ? b : { ...b, text: b.text.replace(STRAY_MARKERS, '').trim(), plain: b.plain?.replace(STRAY_MARKERS, '').trim() };
    case 'heading':
      return /[\uE000\uE001]/.test(b.text) ? { ...b, text: b.text.replace(STRAY_MARKERS, '').trim(), plain: b.plain?.replace(STRAY_MARKERS, '').trim() } : b;
    default:
      return b;
  }
}
