// diff: code blocks that are data. Two versions of a JSON or YAML block (an IAM policy, a
// security policy document, a config example) are parsed and compared as structures: keys and
// array members added, removed or changed, each with its path. Plain code (or data too large or
// too deep to compare within the bounds) stays a line diff. yaml is loaded only for blocks that
// look like YAML, so `redline diff` on pages without any does not load it.

import { createRequire } from 'node:module';
import type { DataEdit } from '../types.js';

export type DataFormat = 'json' | 'yaml';

/** Blocks larger than this are compared line by line (parsing and walking stay bounded). */
export const MAX_DATA_CHARS = 256 * 1024;
/** Nodes visited per comparison; past it the rest is one edit at the path where it stopped. */
export const MAX_DATA_NODES = 20_000;
/** Edits kept per block; a block rewritten past this is summarised by its first ones. */
export const MAX_DATA_EDITS = 1000;
/** Nesting followed; deeper values compare as whole values. */
export const MAX_DATA_DEPTH = 64;
/** Longest value text kept in an edit. */
const VALUE_MAX = 200;

/** A line that reads as YAML: `key: value`, `key:`, or a `- item`. */
const YAML_LINE = /^\s*(?:-\s+\S|[\w"'$@.\/-][^:#]*:(?:\s|$))/;
const COMMENT_LINE = /^\s*(?:#.*)?$/;

let yamlModule: typeof import('yaml') | null = null;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

const isStructure = (v: unknown) => typeof v === 'object' && v !== null;

/** The block's text as data, or null when it is not JSON or YAML holding an object or a list. */
export function parseData(text: string): { format: DataFormat; value: unknown } | null {
  const t = text.trim();
  if (!t || t.length > MAX_DATA_CHARS) return null;
  if (t[0] === '{' || t[0] === '[') {
    try {
      const value: unknown = JSON.parse(t);
      return isStructure(value) ? { format: 'json', value } : null;
    } catch {
      // not JSON; YAML flow style is rare in docs and ambiguous with code: not tried
      return null;
    }
  }
  const lines = t.split('\n');
  // every line YAML-like (or a comment), and at least two key lines: not a shell command or prose with a colon
  if (lines.length < 2 || !lines.every((l) => YAML_LINE.test(l) || COMMENT_LINE.test(l) || /^\s+\S/.test(l))) return null;
  if (lines.filter((l) => YAML_LINE.test(l)).length < 2) return null;
  try {
    const value: unknown = yaml().parse(t, { maxAliasCount: 50 });
    return isStructure(value) ? { format: 'yaml', value } : null;
  } catch {
    return null;
  }
}

/** Compact JSON of a value, cut to VALUE_MAX characters. */
export function showValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > VALUE_MAX ? `${s.slice(0, VALUE_MAX - 1)}…` : s;
}

const SIMPLE_KEY = /^[A-Za-z_$][\w$:*\/-]*$/;
const child = (path: string, key: string) => (SIMPLE_KEY.test(key) ? `${path === '$' ? '' : `${path}.`}${key}` : `${path === '$' ? '$' : path}[${JSON.stringify(key)}]`);
const item = (path: string, i: number) => `${path}[${i}]`;

const isScalar = (v: unknown) => !isStructure(v);
/** Keys that name a list member across versions ("Sid" of an IAM statement). */
const IDENTITY_KEYS = ['Sid', 'sid', 'id', 'Id', 'ID', 'name', 'Name', 'key', 'Key'];

interface Walk {
  edits: DataEdit[];
  nodes: number;
  truncated: boolean;
}

function edit(w: Walk, e: DataEdit): void {
  if (w.edits.length >= MAX_DATA_EDITS) w.truncated = true;
  else w.edits.push(e);
}

/** Scalars of two lists as multisets: members removed and added (order is not a change). */
function diffMembers(w: Walk, path: string, a: unknown[], b: unknown[]): void {
  const count = new Map<string, number>();
  for (const x of a) count.set(showValue(x), (count.get(showValue(x)) ?? 0) + 1);
  const added: unknown[] = [];
  for (const y of b) {
    const k = showValue(y);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push(y);
  }
  const left = new Map(count);
  for (const x of a) {
    const k = showValue(x);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      edit(w, { path, kind: 'removed', old: k });
    }
  }
  for (const y of added) edit(w, { path, kind: 'added', new: showValue(y) });
}

function identity(v: unknown): string | null {
  if (!isStructure(v) || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const k of IDENTITY_KEYS) if (typeof o[k] === 'string' || typeof o[k] === 'number') return `${k}=${String(o[k])}`;
  return null;
}

/** Lists of structures: equal members drop out, then members pair by identity key, then in order. */
function diffItems(w: Walk, path: string, a: unknown[], b: unknown[], depth: number): void {
  const key = (v: unknown) => showValue(v);
  const freeB = new Map<string, number[]>();
  b.forEach((y, j) => {
    const l = freeB.get(key(y));
    if (l) l.push(j);
    else freeB.set(key(y), [j]);
  });
  const usedB = new Set<number>();
  const leftA: number[] = [];
  a.forEach((x, i) => {
    const js = freeB.get(key(x));
    const j = js?.shift();
    if (j === undefined) leftA.push(i);
    else usedB.add(j);
  });
  const freeLeft = new Set(b.map((_, j) => j).filter((j) => !usedB.has(j)));
  const byId = new Map<string, number>();
  for (const j of freeLeft) {
    const id = identity(b[j]);
    if (id !== null && !byId.has(id)) byId.set(id, j);
  }
  const pairs: [number, number][] = [];
  const rest: number[] = [];
  for (const i of leftA) {
    const id = identity(a[i]);
    const j = id === null ? undefined : byId.get(id);
    if (j !== undefined && freeLeft.has(j)) {
      pairs.push([i, j]);
      freeLeft.delete(j);
    } else rest.push(i);
  }
  const leftB = [...freeLeft];
  // the same number left on both sides: the k-th left of each is the same member, edited
  if (rest.length === leftB.length) rest.forEach((i, k) => pairs.push([i, leftB[k]]));
  else {
    for (const i of rest) edit(w, { path: item(path, i), kind: 'removed', old: showValue(a[i]) });
    for (const j of leftB) edit(w, { path: item(path, j), kind: 'added', new: showValue(b[j]) });
  }
  pairs.sort((x, y) => x[1] - y[1]);
  for (const [i, j] of pairs) walk(w, item(path, j), a[i], b[j], depth + 1);
}

function walk(w: Walk, path: string, a: unknown, b: unknown, depth: number): void {
  if (++w.nodes > MAX_DATA_NODES || depth > MAX_DATA_DEPTH) {
    w.truncated = true;
    if (showValue(a) !== showValue(b)) edit(w, { path, kind: 'changed', old: showValue(a), new: showValue(b) });
    return;
  }
  if (isScalar(a) && isScalar(b)) {
    if (!Object.is(a, b)) edit(w, { path, kind: 'changed', old: showValue(a), new: showValue(b) });
    return;
  }
  // "Action": "s3:GetObject" -> ["s3:GetObject", "s3:PutObject"]: a value became a list of values
  if (Array.isArray(a) !== Array.isArray(b) && (isScalar(a) || isScalar(b))) {
    const la = Array.isArray(a) ? a : [a];
    const lb = Array.isArray(b) ? b : [b];
    if ([...la, ...lb].every(isScalar)) return diffMembers(w, path, la, lb);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if ([...a, ...b].every(isScalar)) return diffMembers(w, path, a, b);
    return diffItems(w, path, a, b, depth);
  }
  if (isStructure(a) && isStructure(b) && !Array.isArray(a) && !Array.isArray(b)) {
    const oa = a as Record<string, unknown>;
    const ob = b as Record<string, unknown>;
    for (const k of Object.keys(oa)) if (!(k in ob)) edit(w, { path: child(path, k), kind: 'removed', old: showValue(oa[k]) });
    for (const k of Object.keys(ob)) {
      if (!(k in oa)) edit(w, { path: child(path, k), kind: 'added', new: showValue(ob[k]) });
      else walk(w, child(path, k), oa[k], ob[k], depth + 1);
    }
    return;
  }
  edit(w, { path, kind: 'changed', old: showValue(a), new: showValue(b) });
}

/** Structural differences of two parsed documents, by path; `truncated` when a bound cut the walk short. */
export function diffData(a: unknown, b: unknown): { edits: DataEdit[]; truncated: boolean } {
  const w: Walk = { edits: [], nodes: 0, truncated: false };
  walk(w, '$', a, b, 0);
  return { edits: w.edits, truncated: w.truncated };
}
