// `redline diff OLD_DIR NEW_DIR` as a user meets it (issue 14): pages that cannot be read make the
// run exit 2 (the report still printed), things that are not pages are skipped and said so, and
// the text report is one to act on (most severe pages first, their key changes, repeated changes
// that are sentences, --min-severity on the page list).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeTrees, sampleTrees } from '../batch/trees.js';
import type { BatchReport } from '../../src/batch/types.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function trees(edit?: (t: ReturnType<typeof sampleTrees>) => void) {
  const t = sampleTrees();
  edit?.(t);
  const made = makeTrees(t.old, t.new);
  roots.push(made.root);
  return made;
}

/** Bytes no text decoder accepts (NUL in the first 8 KB). */
const binary = (seed: number) => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 31 + seed) % 256));

describe('pages that cannot be compared', () => {
  it('exit 2 even with --fail-on, after printing the report with the page marked ERROR', () => {
    const { oldDir, newDir } = trees((t) => {
      t.old['x.md'] = binary(1);
      t.new['x.md'] = binary(2);
    });
    for (const args of [[], ['--fail-on', 'high'], ['--fail-on', 'never'], ['--format', 'json']]) {
      const r = cli(['diff', oldDir, newDir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe('redline: 1 page could not be compared (marked ERROR in the report)\n');
      if (!args.includes('json')) expect(r.stdout).toMatch(/^ {2}! ERROR {2}x\.md: binary input \(NUL bytes\), not a text page$/m);
      else expect((JSON.parse(r.stdout) as BatchReport).pages.find((p) => p.path === 'x.md')).toMatchObject({ status: 'error' });
    }
  });
});

describe('what is not a page', () => {
  const { root, oldDir, newDir } = trees((t) => {
    // AppleDouble files macOS leaves on other file systems: binary, hidden
    t.old['._keys.md'] = binary(3);
    t.new['._keys.md'] = binary(4);
    t.new['.drafts/next.md'] = '# Next\n\nA draft.\n';
  });
  const secret = join(root, 'outside.md');
  writeFileSync(secret, '# Outside\n\nNot part of either tree.\n');
  symlinkSync(secret, join(newDir, 'link.md')); // a link out of the tree
  symlinkSync(join(newDir, 'guide', 'keys.md'), join(newDir, 'alias.md')); // a link inside it
  symlinkSync(join(newDir, 'nowhere.md'), join(newDir, 'dangling.md'));
  execFileSync('mkfifo', [join(newDir, 'pipe.md')]); // a named pipe nobody writes to

  it('skips hidden files and folders, links out of the tree or to nothing, and pipes, and says so', () => {
    const r = cli(['diff', oldDir, newDir, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const rep = JSON.parse(r.stdout) as BatchReport;
    expect(rep.old.skipped).toEqual(['._keys.md']);
    expect(rep.new.skipped).toEqual(['._keys.md', '.drafts/', 'dangling.md', 'link.md', 'pipe.md']);
    const paths = rep.pages.map((p) => p.path);
    for (const p of ['._keys.md', '.drafts/next.md', 'link.md', 'pipe.md', 'dangling.md']) expect(paths).not.toContain(p);
    // a link to a page inside the tree is a page
    expect(rep.pages.find((p) => p.path === 'alias.md')).toMatchObject({ status: 'added' });
    const text = cli(['diff', oldDir, newDir]).stdout;
    expect(text.split('\n')[3]).toBe('skipped 5 hidden or non-regular files: ._keys.md, .drafts/, dangling.md, link.md, pipe.md (--hidden reads hidden ones)');
  });

  it('--hidden reads hidden pages (never .git), still not links out of the tree', () => {
    mkdirSync(join(newDir, '.git'), { recursive: true });
    writeFileSync(join(newDir, '.git', 'HEAD.md'), '# git internals\n');
    const rep = JSON.parse(cli(['diff', oldDir, newDir, '--hidden', '--format', 'json']).stdout) as BatchReport;
    expect(rep.new.skipped).toEqual(['dangling.md', 'link.md', 'pipe.md']);
    expect(rep.pages.find((p) => p.path === '.drafts/next.md')).toMatchObject({ status: 'added' });
    expect(rep.pages.find((p) => p.path === '._keys.md')).toMatchObject({ status: 'error' });
    expect(rep.pages.map((p) => p.path)).not.toContain('.git/HEAD.md');
  });
});

describe('a folder report to act on', () => {
  // the same JSON policy document on two pages gains a statement: its lone "}" and indented lines
  // repeat on both pages, but are code, not a shared sentence
  const code = (more: boolean) => `\n## Example\n\n\`\`\`json\n{\n  "Version": "2012-10-17"${more ? ',\n  "Statement": []' : ''}\n}\n\`\`\`\n`;
  const { oldDir, newDir } = trees((t) => {
    for (const p of ['guide/keys.md', 'guide/policy.md']) {
      t.old[p] += code(false);
      t.new[p] += code(true);
    }
  });
  const text = cli(['diff', oldDir, newDir]).stdout;
  const json = JSON.parse(cli(['diff', oldDir, newDir, '--format', 'json']).stdout) as BatchReport;

  it('lists pages most severe first, with the key changes of high and medium pages under them', () => {
    const pageLines = text.split('\n').filter((l) => /^ {2}[MRAD=!] /.test(l));
    const sev = pageLines.map((l) => l.slice(4, 10).trim());
    const rank = { HIGH: 3, MEDIUM: 2, LOW: 1, NONE: 0 } as Record<string, number>;
    expect(sev.map((s) => rank[s])).toEqual([...sev.map((s) => rank[s])].sort((a, b) => b - a));
    expect(sev[0]).toBe('HIGH');
    // every high or medium page with key changes shows them, indented under it
    for (const p of json.pages.filter((x) => x.report && (x.severity === 'high' || x.severity === 'medium'))) {
      const key = p.report!.sections.flatMap((s) => s.changes).filter((c) => c.severity === 'high' || c.severity === 'medium');
      if (!key.length) continue;
      const at = text.indexOf(`  ${p.path}  `);
      expect(at, p.path).toBeGreaterThan(0);
      const after = text.slice(at).split('\n').slice(1, 2 + Math.min(key.length, 5));
      for (const c of key.slice(0, p.severity === 'high' ? 5 : 3)) expect(after.join('\n'), `${p.path}: ${c.summary}`).toContain(c.summary);
    }
    expect(text).toMatch(/^pages by severity: \d+ high, \d+ medium/m);
  });

  it('shows repeated changes that are sentences, not repeated lines of code', () => {
    // a line with no words (a lone brace) is never a shared change (src/group), in JSON or text
    expect(json.groups.filter((g) => /^\s*[{}\[\],]*\s*$/.test(g.new ?? g.old ?? ''))).toEqual([]);
    const repeated = text.slice(text.indexOf('Repeated changes'));
    expect(repeated).toMatch(/^Repeated changes \(1\)$/m);
    expect(repeated).toContain('+ The service rotates each key every month.');
    expect(repeated).not.toMatch(/^ +[-+] +("Statement"|\})/m);
  });

  it('--min-severity applies to the page list and to the key changes', () => {
    const high = cli(['diff', oldDir, newDir, '--min-severity', 'high']).stdout;
    const pageLines = high.split('\n').filter((l) => /^ {2}[MRAD] /.test(l));
    expect(pageLines.length).toBeGreaterThan(0);
    for (const l of pageLines) expect(l).toMatch(/^ {2}[MRAD] HIGH /);
    expect(high).not.toMatch(/^ {13}(MEDIUM|LOW) /m);
  });
});
