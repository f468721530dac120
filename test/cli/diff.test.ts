// The `redline diff` command end to end, as a user runs it (built CLI, real process).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import type { ChangeReport } from '../../src/types.js';

const OLD = 'snapshots/devops-guru.2021.awsdocs.md';
const NEW = 'snapshots/devops-guru.2024.rendered.txt';

function json(args: string[]): ChangeReport {
  const r = cli(['diff', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as ChangeReport;
}

describe('redline diff: the flagship pair (DevOps Guru 2021 awsdocs Markdown vs 2024 rendered text)', () => {
  const report = json([OLD, NEW]);

  it('finds the four added sections and the two modified ones, nothing else', () => {
    const s = report.sections.filter((x) => x.status !== 'unchanged').map((x) => [x.status, x.newHeading ?? x.oldHeading]);
    expect(s).toEqual([
      ['modified', 'Data protection in Amazon DevOps Guru'],
      ['modified', 'Data encryption in DevOps Guru'],
      ['added', 'How DevOps Guru uses grants in AWS KMS'],
      ['added', 'Monitoring your encryption keys in DevOps Guru'],
      ['added', 'Create a customer managed key'],
      ['added', 'Key policy'],
    ]);
    expect(report.summary).toMatchObject({ added: 4, removed: 0, modified: 2, renamed: 0, moved: 0 });
    expect(report.old).toEqual({ label: OLD, format: 'markdown', title: 'Data protection in Amazon DevOps Guru' });
    expect(report.new).toEqual({ label: NEW, format: 'text', title: 'Data protection in Amazon DevOps Guru' });
  });

  it('shows the TLS sentence word by word', () => {
    const tls = report.sections.flatMap((s) => s.changes).find((c) => c.old === 'We recommend TLS 1.2 or later.');
    expect(tls).toMatchObject({ type: 'changed', new: 'We require TLS 1.2 and recommend TLS 1.3.' });
    expect(tls!.words).toEqual([
      ['=', 'We '],
      ['-', 'recommend'],
      ['+', 'require'],
      ['=', ' TLS 1.2 '],
      ['-', 'or later'],
      ['+', 'and recommend TLS 1.3'],
      ['=', '.'],
    ]);
  });

  it('reports nothing from escapes, anchors, bullet style, the title line, or link targets', () => {
    const all = report.sections.flatMap((s) => s.changes);
    expect(all.every((c) => !c.formatting)).toBe(true);
    const texts = all.map((c) => `${c.old} ${c.new}`).join('\n');
    expect(texts).not.toMatch(/\\\.|<a name|\]\(|Amazon DevOps Guru - Amazon/);
    expect(report.sections.find((s) => s.newHeading === 'Traffic privacy')!.status).toBe('unchanged');
  });

  it('the swapped encryption bullets are at most a move, shown with --show-formatting', () => {
    const enc = report.sections.find((s) => s.newHeading === 'Data encryption in DevOps Guru')!;
    expect(enc.changes.filter((c) => c.type === 'moved')).toEqual([]);
    const withFmt = json([OLD, NEW, '--show-formatting']);
    const moved = withFmt.sections.find((s) => s.newHeading === 'Data encryption in DevOps Guru')!.changes.filter((c) => c.type === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ formatting: true, category: 'formatting', severity: 'none' });
    expect(moved[0].new).toMatch(/^Encryption of data in-transit/);
  });

  it('exits 1 when there are changes and prints a readable text report', () => {
    const r = cli(['diff', OLD, NEW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('We [-recommend-]{+require+} TLS 1.2 [-or later-]{+and recommend TLS 1.3+}.');
    expect(r.stdout).toContain('§ Key policy  [added]');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('redline diff: formatting-only pairs diff to nothing', () => {
  it('identical files exit 0 with "No changes."', () => {
    const r = cli(['diff', OLD, OLD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
  });

  it('a re-wrapped, re-cased, re-bulleted copy of the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-'));
    const src = cli(['normalize', OLD]).stdout;
    const mangled = src
      .replace(/^## (.*)$/gm, (_m, h: string) => `## ${h.toUpperCase()}`)
      .replace(/^- /gm, '* ')
      .replace(/(.{60,70}) /g, '$1\n');
    const f = join(dir, 'copy.md');
    writeFileSync(f, mangled);
    const r = cli(['diff', OLD, f]);
    expect(r.stdout).toContain('No changes.');
    expect(r.code).toBe(0);
  });

  it('the same page crawled in two Markdown flavours (markdownify vs docs-site Markdown)', () => {
    const files = ['test/fixtures/corpus/devops-guru/live-02-markdownify.md', 'test/fixtures/corpus/devops-guru/live-03-docs-md.md'];
    const r = cli(['diff', ...files]);
    expect(r.stdout).toContain('No changes.');
    expect(r.code).toBe(0);
    // the only difference left, the key policy's template placeholder (`Region` vs {{Region}}), is formatting
    const rep = JSON.parse(cli(['diff', ...files, '--show-formatting', '--format', 'json']).stdout) as ChangeReport;
    const placeholder = rep.sections.flatMap((s) => s.changes.map((c) => ({ s: s.newHeading, c }))).filter(({ c }) => /Region/.test(`${c.old} ${c.new}`));
    expect(placeholder.map(({ s, c }) => [s, c.type, c.formatting])).toEqual([['Key policy', 'changed', true]]);
  });
});

describe('redline diff: trouble exits 2 with one line', () => {
  it.each([
    [['diff', 'nope.md', OLD], /^redline: nope\.md: no such file\n$/],
    [['diff', OLD], /^redline: missing NEW: snapshots\/devops-guru.2021.awsdocs.md is a file; give two versions to compare/],
    [['diff'], /missing required argument 'old'/],
    [['diff', 'no-such-page', '--store', 'nowhere'], /no redline store at nowhere/],
    [['diff', OLD, NEW, '--format', 'yaml'], /Allowed choices are text, json, markdown/],
    [['diff', OLD, NEW, '--old-format', 'pdf'], /unknown format "pdf"/],
    [['diff', '-', '-'], /only one of OLD and NEW can be standard input/],
  ])('%j', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('binary input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-'));
    writeFileSync(join(dir, 'b.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const r = cli(['diff', OLD, join(dir, 'b.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary input/);
  });

  it('stdin works as one side', () => {
    const r = cli(['diff', '-', NEW, '--old-format', 'markdown', '--format', 'json'], { input: readFileSync(OLD) });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as ChangeReport).summary.added).toBe(4);
  });
});
