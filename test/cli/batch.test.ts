// `redline diff OLD_DIR NEW_DIR` through the real CLI process: the text and JSON reports are the
// batch library's, byte for byte; --jobs changes how the work is spread, never the result.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeTrees, sampleTrees } from '../batch/trees.js';
import { diffTrees } from '../../src/batch/index.js';
import { renderBatchJson, renderBatchText } from '../../src/present/batch.js';
import { filterBatch } from '../../src/batch/groups.js';

describe('redline diff OLD_DIR NEW_DIR', async () => {
  const t = sampleTrees();
  const { root, oldDir, newDir } = makeTrees(t.old, t.new);
  const lib = filterBatch(await diffTrees(oldDir, newDir, { jobs: 1 }), { showFormatting: false });

  it('prints the batch text report and exits 1 (changes)', () => {
    const r = cli(['diff', oldDir, newDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(renderBatchText(lib, { color: false }));
    expect(r.stdout).toMatch(/mfa-fido\.md/);
  });

  it('gives the same JSON whatever --jobs says (small trees run in-process either way)', () => {
    const one = cli(['diff', oldDir, newDir, '--format', 'json', '--jobs', '1']);
    const many = cli(['diff', oldDir, newDir, '--format', 'json', '-j', '3']);
    expect(one.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(renderBatchJson(lib)));
  });

  it('writes the report to a file with -o', () => {
    const out = join(root, 'report.txt');
    const r = cli(['diff', oldDir, newDir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(renderBatchText(lib, { color: false }));
  });

  it('refuses a bad --jobs with one line and exit 2, writing nothing', () => {
    const out = join(root, 'never.txt');
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const r = cli(['diff', oldDir, newDir, '--jobs', bad, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`redline: invalid --jobs "${bad}" (a whole number of threads, 1-256)`);
    }
    expect(existsSync(out)).toBe(false);
  });
});
