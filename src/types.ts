// The plain data that flows between pipeline stages. Every stage is a function
// from one of these to the next; nothing here knows about files, git or terminals.

export type Format = 'html' | 'markdown' | 'text' | 'asciidoc' | 'rst';
export type Severity = 'none' | 'low' | 'medium' | 'high';
export const SEVERITIES: readonly Severity[] = ['none', 'low', 'medium', 'high'];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
export const maxSeverity = (a: Severity, b: Severity): Severity => (severityRank(a) >= severityRank(b) ? a : b);

/** read: bytes decoded to text, with the detected (or forced) format. */
export interface RawPage {
  label: string;
  text: string;
  format: Format;
  /** CSS selectors for HTML: keep only this content / drop these elements. */
  select?: string;
  remove?: string[];
}

/** normalize: one canonical Markdown string per page. */
export interface CanonicalDoc {
  label: string;
  format: Format;
  title: string | null;
  markdown: string;
  /** section anchors (`<a name>` / heading ids) by heading ordinal; kept out of the text so renderings compare equal. */
  anchors: Record<number, string>;
}

/** A leaf block inside a section: paragraph, list item, table row or code block. */
export type BlockKind = 'paragraph' | 'list-item' | 'table-row' | 'code' | 'quote' | 'heading';
export interface Block {
  kind: BlockKind;
  /** canonical Markdown of this block alone (inline markup kept). */
  markdown: string;
  /** plain text: markup, link targets and escapes removed. Shown to readers and word-diffed. */
  plain: string;
  /** comparison key: plain text folded (case, quotes, dashes, whitespace). Equal keys = same content. */
  key: string;
  /** id of the list (or table) this block belongs to; blocks of one list may reorder freely. */
  group: number | null;
  /** nesting depth inside lists (0 = top level). */
  depth: number;
  /** table rows: the plain text of each cell (`plain` joins them with " | "). */
  cells?: string[];
  /** table rows: this row is its table's header row. */
  head?: boolean;
}

export interface Section {
  /** index in SectionTree.sections (document order). */
  index: number;
  /** heading as plain text; null only for a page with no headings at all. */
  heading: string | null;
  /** heading comparison key (case, markup and punctuation folded). */
  headingKey: string;
  level: number;
  /** plain-text headings from the top of the page down to this one. */
  path: string[];
  anchor: string | null;
  parent: number | null;
  blocks: Block[];
}

export interface SectionTree {
  title: string | null;
  sections: Section[];
}

export type SectionStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'moved' | 'unchanged';
export type ChangeType = 'added' | 'removed' | 'changed' | 'moved';

/** A word-level edit script: '=' kept, '-' only in old, '+' only in new. */
export type WordOp = ['=' | '-' | '+', string];

/** A table row change with its cells named: rows of two versions of a table are paired by key. */
export interface RowCells {
  /** the table's column names (its header row's cells; '' for a column without one) */
  columns: string[];
  /** the column whose values key the rows (unique and stable across versions), or -1 (rows paired by similarity) */
  key: number;
  /** the row's group when the rows are keyed under a spanned first column ("Production" over its paths) */
  group?: string;
  old: string[] | null;
  new: string[] | null;
  /** the change is to the header row itself (columns renamed, added or removed) */
  head?: boolean;
}

/** One difference between two versions of a JSON or YAML document, by path. */
export interface DataEdit {
  /** where, e.g. `Statement[0].Action` (`$` for the whole document) */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** the value as compact JSON (absent for the side it does not exist on) */
  old?: string;
  new?: string;
}

export interface Change {
  type: ChangeType;
  old: string | null;
  new: string | null;
  /** filled by classify; 'content' / 'formatting' / 'structure' before it runs. */
  category: string;
  severity: Severity;
  summary: string;
  /** word-level diff of old -> new for 'changed'. */
  words?: WordOp[];
  /** true when old and new differ only in formatting (shown with --show-formatting). */
  formatting?: boolean;
  /** kind of block the change sits in. */
  block?: BlockKind;
  /** table rows: the cells of both versions, named by the header. */
  row?: RowCells;
  /** JSON or YAML code blocks: the structural differences, by path. */
  data?: { format: 'json' | 'yaml'; edits: DataEdit[] };
  /** ids of classification rules that fired. */
  rules?: string[];
  /** set when a user rule silenced this change. */
  silenced?: string;
  /** folder reports: id of the ChangeGroup (BatchReport.groups) this change is an occurrence of. */
  group?: string;
}

export interface SectionDiff {
  status: SectionStatus;
  oldHeading: string | null;
  newHeading: string | null;
  oldPath: string[] | null;
  newPath: string[] | null;
  anchor: string | null;
  /** the section also changed position relative to its neighbours. */
  moved: boolean;
  severity: Severity;
  changes: Change[];
}

export interface SideInfo {
  label: string;
  format: Format;
  title: string | null;
}

export interface ReportSummary {
  added: number;
  removed: number;
  modified: number;
  renamed: number;
  moved: number;
  severity: Severity;
  /** counts of changes by severity (shown changes only). */
  counts: Record<Severity, number>;
}

/** The one object every presenter reads (text, JSON, Markdown, changelog, UI). */
export interface ChangeReport {
  schemaVersion: 1;
  old: SideInfo;
  new: SideInfo;
  summary: ReportSummary;
  sections: SectionDiff[];
  /** reasons a coarser diff was used somewhere (huge block, time bound...). */
  fallbacks: string[];
}

/** Errors a user can act on: the CLI prints `message` on one line and exits with `exitCode`. */
export class UserError extends Error {
  constructor(message: string, public readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}
