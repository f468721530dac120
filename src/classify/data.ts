// JSON and YAML code blocks as data: the structural edits the diff found (by path) are read like
// the same words in prose. Versions, ciphers and algorithms in changed values go through the
// version families ("AES: 256-CBC removed", as in a table); an IAM Effect flipped is high; policy
// elements, cipher/protocol/port lists and security topics weigh medium; sample values (ids,
// dates, ARNs) low. Plain code blocks are not read here (structure.code reports them).

import type { DataEdit, Severity } from '../types.js';
import { maxSeverity } from '../types.js';
import type { Analysis } from './analysis.js';
import { versionFinding, type Finding, type RulePack } from './rules.js';
import { shorten, stripUrls } from './text.js';
// built-in topics only: user topics weigh through the user findings of index.ts
import { COMPILED_BUILTIN_TOPICS as COMPILED, topicsIn } from './topics.js';
import { compareVersions, extractVersions } from './versions.js';

/** Path segments whose values are what a policy or a security configuration grants or allows. */
const CONTROL_KEYS = /^(?:not)?(?:action|principal|resource)s?$|^condition$|cipher|algorithm|protocol|kex|mac|tls|ssl|port|allow|deny|permission|scope|role|encrypt|kms|mfa|password|auth/i;
/** Path segments whose values are samples: ids, dates, names of example things. */
const SAMPLE_KEYS = /(?:date|time|timestamp|^id$|id$|arn$|account|alias|description|etag|token|requestid|^version$|created|updated)$/i;
/** Values that are samples whatever their key: ARNs, ids, numbers-only, placeholders. */
const SAMPLE_VALUE = /^"?(?:arn:|[0-9a-f]{8}-[0-9a-f]{4}-|\d{12}\b|-?\d+(?:\.\d+)?"?$|.*EXAMPLE|.*(?:111122223333|123456789012))/i;

/** Edits shown in the summary before "(+N more)". */
const SHOWN = 3;

const lastKey = (path: string) => {
  const segs = path.split(/\.|\[/).map((s) => s.replace(/[\]"]/g, '')).filter((s) => s && !/^\d+$/.test(s) && s !== '$');
  return segs[segs.length - 1] ?? '';
};
const segments = (path: string) => path.split(/\.|\[/).map((s) => s.replace(/[\]"]/g, ''));
const unquote = (v: string | undefined) => (v === undefined ? '' : v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v);

/** "Statement[0].Action: "kms:Decrypt" added" */
export function describeEdit(e: DataEdit): string {
  const where = e.path === '$' ? '' : `${e.path}: `;
  if (e.kind === 'added') return `${where}${shorten(e.new ?? '', 60)} added`;
  if (e.kind === 'removed') return `${where}${shorten(e.old ?? '', 60)} removed`;
  return `${where}${shorten(e.old ?? '', 50)} -> ${shorten(e.new ?? '', 50)}`;
}

function weigh(e: DataEdit): Severity {
  const key = lastKey(e.path);
  if (/^effect$/i.test(key) && e.kind === 'changed') return 'high';
  const values = [e.old, e.new].filter((v): v is string => v !== undefined);
  if (SAMPLE_KEYS.test(key) || (values.length && values.every((v) => SAMPLE_VALUE.test(v)) && !/port/i.test(key))) return 'low';
  if (segments(e.path).some((s) => CONTROL_KEYS.test(s))) return 'medium';
  return topicsIn(COMPILED, stripUrls(`${e.path} ${values.map(unquote).join(' ')}`)).some((t) => t.security) ? 'medium' : 'low';
}

/** Versions named in changed values: the removed and old ones against the added and new ones. */
function versionFindings(a: Analysis, edits: DataEdit[]): Finding[] {
  const olds = edits.filter((e) => e.kind !== 'added').map((e) => unquote(e.old));
  const news = edits.filter((e) => e.kind !== 'removed').map((e) => unquote(e.new));
  const mentions = (vs: string[]) => vs.flatMap((v) => extractVersions(v, a.opts.families));
  return compareVersions(mentions(olds), mentions(news), a.opts.families, true).map((c) => versionFinding(c, ['data.version']));
}

export const dataPack: RulePack = {
  id: 'data',
  description: 'JSON and YAML blocks compared as structures: edits by path, read like the same words in prose.',
  rules: [
    {
      id: 'data.changed',
      category: 'content',
      description: 'Keys or list members of a JSON or YAML block added, removed or changed.',
      detect: (a) => {
        const data = a.change.data;
        if (!data || a.change.type !== 'changed') return null;
        const edits = data.edits;
        const severity = edits.reduce<Severity>((s, e) => maxSeverity(s, weigh(e)), 'low');
        const more = edits.length > SHOWN ? ` (+${edits.length - SHOWN} more)` : '';
        const kind = data.format === 'json' ? 'JSON' : 'YAML';
        return [
          ...versionFindings(a, edits),
          {
            rule: 'data.changed',
            tags: [`data.${data.format}`],
            category: 'content',
            severity,
            summary: `${kind} ${edits.length === 1 ? 'value' : 'values'} changed: ${edits.slice(0, SHOWN).map(describeEdit).join('; ')}${more}`,
            terminal: true,
          },
        ];
      },
    },
  ],
};
