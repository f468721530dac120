// The command line on a real terminal (tmux): Ctrl-C in the review app exits 130 as an interrupt
// does everywhere else; a long diff report opens in the pager (less by default, with LESS=FRX),
// and the exit code is the diff's once the reader quits; --no-pager prints it straight.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { hasTmux, NO_TMUX, startTmux } from '../helpers/tmux.js';
import { makeTrees } from '../batch/trees.js';

const OLD = 'snapshots/devops-guru.2021.awsdocs.md';
const NEW = 'snapshots/devops-guru.2024.rendered.txt';
// no CI variables (nothing would page) and no pager settings from whoever runs the tests
const PLAIN = { CI: null, CONTINUOUS_INTEGRATION: null, BUILD_NUMBER: null, RUN_ID: null, PAGER: null, REDLINE_PAGER: null, LESS: null, NO_COLOR: null };

const hasLess = spawnSync('less', ['--version']).status === 0;

describe('on a terminal', () => {
  const t = hasTmux ? startTmux() : null;
  afterAll(() => t?.close());

  it('Ctrl-C in review exits 130', async (ctx) => {
    if (!t) return ctx.skip(NO_TMUX);
    t.launch('int', ['review', OLD, NEW], undefined, PLAIN);
    await t.until('int', 'Key changes');
    t.keys('int', 'C-c');
    await t.until('int', 'redline exited with 130');
  });

  it('review of two folders lists the changed pages; q quits with 0', async (ctx) => {
    if (!t) return ctx.skip(NO_TMUX);
    const { oldDir, newDir } = makeTrees({}, {});
    mkdirSync(join(oldDir, 'guide'));
    mkdirSync(join(newDir, 'guide'));
    copyFileSync(join(ROOT, OLD), join(oldDir, 'guide', 'data-protection.md'));
    copyFileSync(join(ROOT, NEW), join(newDir, 'guide', 'data-protection.md'));
    t.launch('dirs', ['review', oldDir, newDir], undefined, PLAIN);
    const s = await t.until('dirs', 'Key changes');
    expect(s.split('\n')[0]).toMatch(/folders .*old → .*new$/);
    expect(s).toMatch(/›▾ guide\/data-protection\.md +HIGH │/);
    t.keys('dirs', 'q');
    await t.until('dirs', 'redline exited with 0');
  });

  it('a long report opens in less; quitting it leaves the diff\'s exit code', async (ctx) => {
    if (!t) return ctx.skip(NO_TMUX);
    if (!hasLess) return ctx.skip('less is not installed (apt-get install -y less; .ci/run installs it)');
    t.launch('page', ['diff', OLD, NEW], undefined, PLAIN);
    // less shows the first screen and waits (its prompt on the last line); nothing has exited
    const s = await t.until('page', /^redline snapshots\/devops-guru\.2021\.awsdocs\.md \(markdown\)/m);
    expect(s).not.toContain('redline exited');
    expect(s.trimEnd().split('\n').pop()).toMatch(/^:/);
    t.keys('page', 'q');
    await t.until('page', 'redline exited with 1');
  });

  it('--no-pager prints straight to the terminal', async (ctx) => {
    if (!t) return ctx.skip(NO_TMUX);
    t.launch('nopage', ['diff', OLD, NEW, '--no-pager'], undefined, PLAIN);
    await t.until('nopage', 'redline exited with 1');
  });
});
