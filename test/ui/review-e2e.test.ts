// `redline review` end to end in a real terminal: the built CLI runs inside tmux (120x40), keys
// go in with send-keys, the screen comes back with capture-pane (test/helpers/tmux.ts). Needs
// tmux (skipped, with the reason, when it is missing) and dist/ (built by test/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { ENTRY, hasTmux, NO_TMUX, startTmux } from '../helpers/tmux.js';
import { importFile, initStore, openStore } from '../../src/store/index.js';

const OLD = 'snapshots/devops-guru.2021.awsdocs.md';
const NEW = 'snapshots/devops-guru.2024.rendered.txt';
const PAGE = 'devops-guru/data-protection';

const { tmux, launch, screen, waitFor, until, keys, close } = startTmux();

/** The built CLI without a terminal (pipes), like test/helpers/cli.ts. */
function cli(args: string[], opts: { cwd?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [ENTRY, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The SGR parameters in force where `word` first appears right after a style change. */
function sgrBefore(raw: string, word: string): string[] {
  const m = new RegExp(`((?:\x1b\\[[0-9;]*m)+)${word}`).exec(raw);
  return m ? m[1].split(/\x1b\[|m/).flatMap((p) => p.split(';')).filter(Boolean) : [];
}

/** The right pane's text (after the tree and its │), one entry per screen line. */
const rightPane = (s: string) => s.split('\n').map((l) => (l.includes(' │ ') ? l.slice(l.indexOf(' │ ') + 3) : ''));

/** Press n until the current change (the ▶ rule) is the TLS sentence; returns that screen. */
async function goToTls(name: string): Promise<string> {
  let s = screen(name);
  for (let i = 0; i < 25; i++) {
    const lines = rightPane(s);
    const at = lines.findIndex((l) => l.startsWith('▶─'));
    if (at >= 0 && /^We recommendrequire TLS 1\.2 or laterand recommend TLS 1\.3\./.test(lines[at + 1] ?? '')) return s;
    const before = s;
    keys(name, 'n');
    s = await waitFor(name, (x) => x !== before, 'the next change');
  }
  throw new Error(`never reached the TLS change; the screen:\n${s}`);
}

describe('redline review in a real terminal (tmux)', () => {
  afterAll(close);

  it('the DevOps Guru pair: open, move to the TLS change, side by side, quit', async (ctx) => {
    if (!hasTmux) return ctx.skip(NO_TMUX);
    launch('pair', ['review', OLD, NEW]);
    let s = await until('pair', 'Key changes');
    expect(s.split('\n')[0]).toMatch(/^redline review · Data protection in Amazon DevOps Guru +two files$/);
    // the files' dates (modification days); the counts keep their place on the right
    expect(s.split('\n')[1]).toMatch(/^old devops-guru\.2021\.awsdocs\.md \(\d{4}-\d\d-\d\d\) → new devops-guru\.2024\.render.* 3 high \d+ medium \d+ low/);
    expect(s).toMatch(/›▾ Data protection in Amazon DevOp… HIGH │/);

    s = await goToTls('pair');
    expect(s).toMatch(/│ ▶─ \d+\/\d+ ~ HIGH /);
    // removed words struck through in red, added ones in green (checked on the raw screen)
    const raw = screen('pair', true);
    expect(sgrBefore(raw, 'recommend')).toEqual(expect.arrayContaining(['9', '31']));
    expect(sgrBefore(raw, 'require')).toEqual(expect.arrayContaining(['32']));

    keys('pair', 's');
    s = await until('pair', 'side by side');
    const pane = rightPane(s);
    const at = pane.findIndex((l) => l.startsWith('▶─'));
    expect(pane[at + 1]).toMatch(/^We recommend TLS 1\.2 or later\. +│ We require TLS 1\.2 and recommend TLS$/);
    expect(pane[at + 2]).toMatch(/^ +│ 1\.3\.$/);

    // narrower than 100 columns: one pane (the tree has the focus); back to two when wider
    tmux('resize-window', '-t', 'pair', '-x', '90', '-y', '30');
    s = await waitFor('pair', (x) => !x.includes(' │ ') && x.split('\n')[0].length <= 90 && x.includes('Data encryption in DevOps Guru'), 'one pane at 90 columns');
    expect(s).toMatch(/^›  ~ Data protection in Amazon DevOps Guru +8$/m);
    tmux('resize-window', '-t', 'pair', '-x', '120', '-y', '40');
    await until('pair', /▶─ \d+\/\d+ ~ HIGH/);

    keys('pair', 'q');
    await until('pair', 'redline exited with 0');
  });

  describe('a store', () => {
    let dir = '';
    beforeAll(async () => {
      if (!hasTmux) return;
      dir = join(mkdtempSync(join(tmpdir(), 'redline-review-')), 'store');
      await initStore(dir);
      const st = await openStore(dir, { write: 'test' });
      try {
        await importFile(st, PAGE, resolve(ROOT, OLD), { date: '2021-06-01' });
        await importFile(st, PAGE, resolve(ROOT, NEW), { date: '2024-03-01' });
        await importFile(st, 'codepipeline/welcome', resolve(ROOT, 'snapshots/codepipeline.awsdocs.md'), { date: '2024-03-01' });
      } finally {
        st.close();
      }
    });
    afterAll(() => {
      if (dir) rmSync(resolve(dir, '..'), { recursive: true, force: true });
    });

    it('open the unreviewed page, move to the TLS change, side by side, mark it reviewed, quit; the next review has nothing new', async (ctx) => {
      if (!hasTmux) return ctx.skip(NO_TMUX);
      launch('store', ['review', '--store', dir]);
      let s = await until('store', 'Key changes');
      expect(s.split('\n')[0]).toMatch(new RegExp(`store ${dir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} · page 1/2$`));
      expect(s.split('\n')[1]).toMatch(/^old [0-9a-f]{7} \(2021-06-01\) → new [0-9a-f]{7} \(2024-03-01\) +3 high/);
      expect(s).toMatch(/›▸ ● devops-guru\/data-protection +HIGH │/);
      expect(s).toMatch(/ ▸ {3}codepipeline\/welcome +1 version/);

      keys('store', 'Enter');
      await until('store', /~ Data protection in Amazon DevOps/);
      await goToTls('store');
      keys('store', 's');
      s = await until('store', 'side by side');
      expect(rightPane(s).some((l) => /^We recommend TLS 1\.2 or later\. +│ We require TLS 1\.2 and recommend TLS$/.test(l))).toBe(true);

      keys('store', 'r');
      s = await until('store', /marked "devops-guru\/data-protection" reviewed at [0-9a-f]{7} \(2024-03-01\)/);
      expect(s).toMatch(/✓ devops-guru\/data-protection/);
      keys('store', 'q');
      await until('store', 'redline exited with 0');

      const reviews = JSON.parse(readFileSync(join(dir, 'reviews.json'), 'utf8'));
      const st = await openStore(dir);
      const latest = (await st.versions(PAGE))[0];
      expect(reviews.pages[PAGE]).toMatchObject({ rev: latest.rev, date: latest.date });

      // the next review (here without a terminal: the text report) has nothing new to show
      const again = cli(['review', '--store', dir]);
      expect(again.stderr).toBe('redline: not a terminal; printing the text report instead\n');
      expect(again.stdout).toBe(`no unreviewed changes in the store ${dir}\n`);
      expect(again.code).toBe(0);

      // and on a terminal nothing is unreviewed any more: pages by name, the reviewed one marked,
      // still showing its last change for reference
      launch('again', ['review', '--store', dir]);
      s = await until('again', 'only one version: nothing to compare yet');
      expect(s).toMatch(/›▸ {3}codepipeline\/welcome +1 version │/);
      expect(s).toMatch(/ ▸ ✓ devops-guru\/data-protection +│/);
      keys('again', 'Down');
      s = await until('again', 'Key changes');
      expect(s).toContain('✓ reviewed at the latest version');
      keys('again', 'q');
      await until('again', 'redline exited with 0');
    });
  });
});

describe('redline review without a terminal', () => {
  it('prints the text report of the pair and says so on stderr', () => {
    const r = cli(['review', OLD, NEW]);
    expect(r.stderr).toBe('redline: not a terminal; printing the text report instead\n');
    expect(r.stdout).toContain('We [-recommend-]{+require+} TLS 1.2 [-or later-]{+and recommend TLS 1.3+}.');
    expect(r.stdout).toBe(cli(['diff', OLD, NEW]).stdout);
    expect(r.code).toBe(1);
  });

  it('with no store in the folder, reviews the bundled example (found next to the package, not the folder)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'redline-nostore-'));
    try {
      const r = cli(['review'], { cwd: empty });
      expect(r.stderr).toBe('redline: not a terminal; printing the text report instead\n');
      expect(r.stdout).toMatch(/^redline \S*devops-guru\.2021\.awsdocs\.md \(markdown\) → \S*devops-guru\.2024\.rendered\.txt \(text\)/);
      expect(r.stdout).toContain('We [-recommend-]{+require+} TLS 1.2');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses half a pair, and a --store that is not a store', () => {
    expect(cli(['review', OLD])).toMatchObject({
      code: 2,
      stderr: `redline: missing NEW: ${OLD} is a file; give two versions to compare (a store page ID alone compares its last two versions)\n`,
    });
    const r = cli(['review', '--store', 'snapshots']);
    expect(r).toMatchObject({ code: 2, stderr: 'redline: no redline store at snapshots (run redline init)\n' });
  });
});
