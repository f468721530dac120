import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/classify/config.js';
import { UserError } from '../../src/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fails(text: string, file: string, message: string | RegExp) {
  let err: unknown;
  try {
    parseConfig(text, file);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).exitCode).toBe(2);
  expect((err as UserError).message).not.toContain('\n');
  if (typeof message === 'string') expect((err as UserError).message).toBe(message);
  else expect((err as UserError).message).toMatch(message);
}

describe('loadConfig', () => {
  it('returns null when the cwd has no config', () => {
    expect(loadConfig(undefined, dir)).toBeNull();
  });

  it('finds redline.config.json in the cwd', () => {
    writeFileSync(join(dir, 'redline.config.json'), JSON.stringify({ topics: [{ id: 'gdpr', keywords: ['GDPR', 'data subject'], severity: 'high' }] }));
    expect(loadConfig(undefined, dir)).toEqual({ topics: [{ id: 'gdpr', keywords: ['GDPR', 'data subject'], severity: 'high' }] });
  });

  it('reads YAML (.yml) with patterns and silences', () => {
    writeFileSync(
      join(dir, 'redline.config.yml'),
      ['patterns:', '  - id: retention', '    pattern: "retain(ed)? for"', '    flags: i', '    severity: high', 'silence:', '  - section: Document history', '    reason: changelog only', ''].join('\n'),
    );
    expect(loadConfig(undefined, dir)).toEqual({
      patterns: [{ id: 'retention', pattern: 'retain(ed)? for', flags: 'i', severity: 'high' }],
      silence: [{ section: 'Document history', reason: 'changelog only' }],
    });
  });

  it('takes an explicit path relative to the cwd, and says when it is missing', () => {
    writeFileSync(join(dir, 'team.yaml'), 'topics: []\n');
    expect(loadConfig('team.yaml', dir)).toEqual({ topics: [] });
    expect(() => loadConfig('nope.json', dir)).toThrow(new UserError('config file not found: nope.json'));
  });
});

describe('validation: one line naming the file and the field', () => {
  it('unknown top-level key', () => fails('{"topic": []}', 'redline.config.json', 'redline.config.json: topic: unknown key (expected one of: topics, patterns, silence)'));
  it('unknown nested key', () =>
    fails('{"patterns": [{"id": "x", "pattern": "a", "severity": "high", "colour": "red"}]}', 'redline.config.json', /^redline\.config\.json: patterns\[0\]\.colour: unknown key/));
  it('bad regex', () => fails('{"patterns": [{"id": "x", "pattern": "(unclosed", "severity": "high"}]}', 'redline.config.json', /^redline\.config\.json: patterns\[0\]\.pattern: invalid regular expression: /));
  it('bad flags', () => fails('{"patterns": [{"id": "x", "pattern": "a", "flags": "q", "severity": "high"}]}', 'redline.config.json', 'redline.config.json: patterns[0].flags: invalid regular expression flags "q"'));
  it('bad severity', () => fails('{"patterns": [{"id": "x", "pattern": "a", "severity": "critical"}]}', 'redline.config.json', 'redline.config.json: patterns[0].severity: must be one of none, low, medium, high (got "critical")'));
  it('topic severity cannot be none', () => fails('topics:\n  - id: t\n    keywords: [a]\n    severity: none\n', 'redline.config.yaml', 'redline.config.yaml: topics[0].severity: must be one of low, medium, high (got "none")'));
  it('missing reason', () => fails('{"silence": [{"section": "History"}]}', 'redline.config.json', 'redline.config.json: silence[0].reason: is required'));
  it('silence needs a pattern or a section', () => fails('{"silence": [{"reason": "x"}]}', 'redline.config.json', 'redline.config.json: silence[0]: needs a pattern or a section'));
  it('bad silence regex', () => fails('{"silence": [{"pattern": "[", "reason": "x"}]}', 'redline.config.json', /^redline\.config\.json: silence\[0\]\.pattern: invalid regular expression/));
  it('empty keywords', () => fails('{"topics": [{"id": "t", "keywords": []}]}', 'redline.config.json', 'redline.config.json: topics[0].keywords: must be a non-empty list of strings'));
  it('duplicate topic ids', () =>
    fails('{"topics": [{"id": "t", "keywords": ["a"]}, {"id": "t", "keywords": ["b"]}]}', 'redline.config.json', 'redline.config.json: topics[1].id: duplicate topic id "t"'));
  it('a list where an object was expected', () => fails('{"patterns": {"id": "x"}}', 'redline.config.json', 'redline.config.json: patterns: must be a list'));
  it('invalid JSON', () => fails('{"topics": [', 'redline.config.json', /^redline\.config\.json: invalid JSON: /));
  it('invalid YAML', () => fails('topics: [a\n  b: c', 'redline.config.yml', /^redline\.config\.yml: invalid YAML: /));
  it('not an object', () => fails('[1, 2]', 'redline.config.json', /^redline\.config\.json: \(top level\): expected an object/));
});
