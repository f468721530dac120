// User configuration for classification: extra topics, regex patterns and silences, read from
// redline.config.json / .yaml / .yml. Validation errors are one line naming the file and field.
// This module reads files; turning the config into compiled rules happens in index.ts.

import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createRequire } from 'node:module';

// yaml is loaded only when a file actually has YAML in it (start-up time of `redline diff`).
const parseYaml = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
import { SEVERITIES, UserError, type Severity } from '../types.js';

export interface TopicConfig {
  id: string;
  keywords: string[];
  severity?: 'low' | 'medium' | 'high';
}

export interface PatternConfig {
  id: string;
  /** a JavaScript regular expression source */
  pattern: string;
  flags?: string;
  severity: Severity;
  category?: string;
  /** replaces the change summary; `{match}` is replaced by the matched text */
  summary?: string;
}

export interface SilenceConfig {
  /** regex tested against the change's old and new text */
  pattern?: string;
  /** a section heading (case-insensitive) anywhere on the change's heading path */
  section?: string;
  reason: string;
}

export interface RedlineConfig {
  topics?: TopicConfig[];
  patterns?: PatternConfig[];
  silence?: SilenceConfig[];
}

export const CONFIG_FILES = ['redline.config.json', 'redline.config.yaml', 'redline.config.yml'];

const TOP_KEYS = ['topics', 'patterns', 'silence', '$schema'];
const TOPIC_KEYS = ['id', 'keywords', 'severity'];
const PATTERN_KEYS = ['id', 'pattern', 'flags', 'severity', 'category', 'summary'];
const SILENCE_KEYS = ['pattern', 'section', 'reason'];
const TOPIC_SEVERITIES = ['low', 'medium', 'high'];

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/**
 * Load and validate a config. With `path`, that file must exist; without it, the first of
 * CONFIG_FILES found in `cwd` is used, and null is returned when there is none.
 */
export function loadConfig(path: string | undefined, cwd: string): RedlineConfig | null {
  let file: string;
  if (path !== undefined) {
    file = resolve(cwd, path);
    if (!existsSync(file)) throw new UserError(`config file not found: ${path}`);
  } else {
    const found = CONFIG_FILES.map((f) => resolve(cwd, f)).find((f) => existsSync(f));
    if (!found) return null;
    file = found;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`${basename(file)}: cannot read: ${oneLine((e as Error).message)}`);
  }
  return parseConfig(text, file);
}

/** Parse and validate config text; `file` names it in error messages and picks JSON or YAML. */
export function parseConfig(text: string, file: string): RedlineConfig {
  const name = basename(file);
  let data: unknown;
  if (/\.ya?ml$/i.test(file)) {
    try {
      data = parseYaml(text);
    } catch (e) {
      throw new UserError(`${name}: invalid YAML: ${oneLine((e as Error).message)}`);
    }
  } else {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new UserError(`${name}: invalid JSON: ${oneLine((e as Error).message)}`);
    }
  }
  return validateConfig(data ?? {}, name);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function validateConfig(data: unknown, name = 'config'): RedlineConfig {
  const fail = (field: string, msg: string): never => {
    throw new UserError(`${name}: ${field}: ${msg}`);
  };
  if (!isObject(data)) fail('(top level)', 'expected an object with topics, patterns or silence');
  const root = data as Record<string, unknown>;
  const unknownKeys = (obj: Record<string, unknown>, allowed: string[], where: string) => {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) fail(where ? `${where}.${k}` : k, `unknown key (expected one of: ${allowed.filter((a) => a !== '$schema').join(', ')})`);
  };
  const str = (obj: Record<string, unknown>, key: string, where: string, required: boolean): string | undefined => {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) fail(`${where}.${key}`, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || (required && v.trim() === '')) fail(`${where}.${key}`, required ? 'must be a non-empty string' : 'must be a string');
    return v as string;
  };
  const list = (key: string): Record<string, unknown>[] => {
    const v = root[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return fail(key, 'must be a list');
    return v.map((x, i) => (isObject(x) ? x : fail(`${key}[${i}]`, 'must be an object')));
  };
  const compile = (source: string, flags: string, where: string) => {
    try {
      return new RegExp(source, flags);
    } catch (e) {
      return fail(where, `invalid regular expression: ${oneLine((e as Error).message)}`);
    }
  };

  unknownKeys(root, TOP_KEYS, '');
  const out: RedlineConfig = {};

  const topics = list('topics');
  if (root.topics !== undefined) out.topics = [];
  const seenTopic = new Set<string>();
  topics.forEach((t, i) => {
    const at = `topics[${i}]`;
    unknownKeys(t, TOPIC_KEYS, at);
    const id = str(t, 'id', at, true)!;
    if (seenTopic.has(id)) fail(`${at}.id`, `duplicate topic id "${id}"`);
    seenTopic.add(id);
    const kw = t.keywords;
    if (!Array.isArray(kw) || kw.length === 0) fail(`${at}.keywords`, 'must be a non-empty list of strings');
    (kw as unknown[]).forEach((k, j) => {
      if (typeof k !== 'string' || k.trim() === '') fail(`${at}.keywords[${j}]`, 'must be a non-empty string');
    });
    const severity = str(t, 'severity', at, false);
    if (severity !== undefined && !TOPIC_SEVERITIES.includes(severity)) fail(`${at}.severity`, `must be one of ${TOPIC_SEVERITIES.join(', ')} (got "${severity}")`);
    out.topics!.push({ id, keywords: (kw as string[]).map((k) => k.trim()), ...(severity ? { severity: severity as TopicConfig['severity'] } : {}) });
  });

  const patterns = list('patterns');
  if (root.patterns !== undefined) out.patterns = [];
  patterns.forEach((p, i) => {
    const at = `patterns[${i}]`;
    unknownKeys(p, PATTERN_KEYS, at);
    const id = str(p, 'id', at, true)!;
    const source = str(p, 'pattern', at, true)!;
    const flags = str(p, 'flags', at, false) ?? '';
    if (!/^[dgimsuvy]*$/.test(flags) || new Set(flags).size !== flags.length) fail(`${at}.flags`, `invalid regular expression flags "${flags}"`);
    compile(source, flags, `${at}.pattern`);
    const severity = str(p, 'severity', at, true)!;
    if (!(SEVERITIES as readonly string[]).includes(severity)) fail(`${at}.severity`, `must be one of ${SEVERITIES.join(', ')} (got "${severity}")`);
    const category = str(p, 'category', at, false);
    const summary = str(p, 'summary', at, false);
    out.patterns!.push({ id, pattern: source, ...(flags ? { flags } : {}), severity: severity as Severity, ...(category ? { category } : {}), ...(summary ? { summary } : {}) });
  });

  const silence = list('silence');
  if (root.silence !== undefined) out.silence = [];
  silence.forEach((s, i) => {
    const at = `silence[${i}]`;
    unknownKeys(s, SILENCE_KEYS, at);
    const pattern = str(s, 'pattern', at, false);
    const section = str(s, 'section', at, false);
    const reason = str(s, 'reason', at, true)!;
    if (pattern === undefined && section === undefined) fail(at, 'needs a pattern or a section');
    if (pattern !== undefined) compile(pattern, 'i', `${at}.pattern`);
    out.silence!.push({ ...(pattern !== undefined ? { pattern } : {}), ...(section !== undefined ? { section } : {}), reason });
  });

  return out;
}
