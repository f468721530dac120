// Frames of the review app (ink-testing-library): the main views, keys through stdin, a fake
// store behind ReviewSource. Colour is off so changed words show as [-old-]{+new+}.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewApp } from '../../src/ui/App.js';
import { cached } from '../../src/ui/loader.js';
import type { PageInfo, ReviewSource } from '../../src/ui/source.js';
import { reportKey, type InitOptions } from '../../src/ui/state.js';
import type { ChangeReport } from '../../src/types.js';
import { textWidth } from '../../src/ui/text.js';
import { devopsGuruReport, pairPage, sampleReport, storePage } from './fixtures.js';

const KEY = { down: '\x1b[B', up: '\x1b[A', right: '\x1b[C', left: '\x1b[D', enter: '\r', tab: '\t', esc: '\x1b', pgdn: '\x1b[6~' };

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function waitFor(frame: () => string | undefined, pred: (f: string) => boolean, what: string, ms = 3000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const f = frame() ?? '';
    if (pred(f)) return f;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last frame:\n${f}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function start(source: ReviewSource, init: Omit<InitOptions, 'cols' | 'rows'>, size = { cols: 120, rows: 40 }) {
  const app = render(<ReviewApp source={source} init={init} size={size} />);
  cleanup = app.unmount;
  const frame = () => app.lastFrame() ?? '';
  const until = (text: string | RegExp, ms?: number) =>
    waitFor(app.lastFrame, (f) => (typeof text === 'string' ? f.includes(text) : text.test(f)), String(text), ms);
  // one key per write, as a terminal sends them, then let Ink re-render
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { app, frame, until, press };
}

function pairSource(r: ChangeReport): { source: ReviewSource; init: Omit<InitOptions, 'cols' | 'rows'> } {
  const page: PageInfo = { ...pairPage(r.new.title ?? ''), versions: [{ id: 'old', label: 'devops-guru.2021.awsdocs.md', date: '2021' }, { id: 'new', label: 'devops-guru.2024.rendered.txt', date: '2024' }] };
  const source: ReviewSource = { kind: 'pair', description: 'two files', listPages: async () => [page], loadReport: async () => r };
  return {
    source,
    init: { kind: 'pair', description: 'two files', canMarkReviewed: false, pages: [page], reports: { [reportKey('pair', { from: 'old', to: 'new' })]: r }, color: false },
  };
}

describe('review app: the DevOps Guru pair (2021 awsdocs Markdown -> 2024 rendered text)', () => {
  it('first frame: header with versions and counts, the section tree, the page overview, the keys', async () => {
    const { source, init } = pairSource(devopsGuruReport());
    const { frame, until } = start(source, init);
    await until('Key changes');
    const f = frame();
    const lines = f.split('\n');
    expect(lines).toHaveLength(39);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(120);
    expect(lines[0]).toMatch(/^redline review · Data protection in Amazon DevOps Guru +two files$/);
    expect(lines[1]).toMatch(/^old devops-guru\.2021\.awsdocs\.md \(2021\) → new devops-guru\.2024\.rendered\.txt \(2024\) +3 high \d+ medium \d+ low/);
    expect(lines[3]).toMatch(/^›▾ Data protection in Amazon DevOp… HIGH │ Data protection in Amazon DevOps Guru$/);
    expect(f).toMatch(/\+ Key policy +1 │/);
    expect(lines[38]).toMatch(/^↑↓ move {2}⏎ open {2}← close .*n\/N change .*\? help {2}q quit +\[tree\]$/);
  });

  it('n walks to the TLS change; s shows it side by side', async () => {
    const { source, init } = pairSource(devopsGuruReport());
    const { frame, until, press } = start(source, init);
    await until('Key changes');
    await press('n', 'n', 'n', 'n');
    await until('▶─ 4/8');
    expect(frame()).toContain('We [-recommend-]{+require+} TLS 1.2 [-or later-]{+and recommend TLS 1.3+}.');
    expect(frame()).toMatch(/› {2}~ Data protection in Amazon DevOps/);
    await press('s');
    await until('side by side');
    const f = frame();
    expect(f).toMatch(/│ We \[-recommend-\] TLS 1\.2 \[-or +│ We \{\+require\+\} TLS 1\.2 \{\+and/);
    expect(f).not.toContain('[-recommend-]{+require+}');
  });

  it('enter opens sections, tab and arrows scroll the diff, PgDn pages it, f filters, ? helps', async () => {
    const { source, init } = pairSource(devopsGuruReport());
    const { frame, until, press } = start(source, init, { cols: 120, rows: 16 });
    await until('Key changes');
    await press(KEY.enter);
    await until('§ Data protection in Amazon DevOps Guru');
    await press(KEY.enter, KEY.down, KEY.down);
    await until(/3-12\/\d+ \[diff\]/);
    await press(KEY.pgdn);
    await until(/11-20\/\d+ \[diff\]/);
    await press(KEY.left, 'f', 'f', 'f');
    await until('showing changes at or above high');
    expect(frame()).toContain('3 high · ≥high');
    expect(frame()).not.toContain('How DevOps Guru uses grants');
    await press('?');
    await until('redline review: keys');
    expect(frame()).toContain('inline or side-by-side diff');
    await press('x');
    await until('§ Data protection');
  });

  it('search jumps to a match and says so; v lists the two versions', async () => {
    const { source, init } = pairSource(devopsGuruReport());
    const { frame, until, press } = start(source, init);
    await until('Key changes');
    await press('/', 'k', 'e', 'y', ' ', 'p', 'o', 'l', KEY.enter);
    await until('found "key pol"');
    expect(frame()).toMatch(/› +~ Data encryption in DevOps Guru/);
    expect(frame()).toMatch(/▶─ \d+\/\d+ \+ MEDIUM +Added: "Establishing and maintaining key policies"/);
    expect(frame()).toContain('+ Establishing and maintaining key policies');
    await press('v');
    await until('Versions of Data protection in Amazon DevOps Guru');
    expect(frame()).toMatch(/› 2021 +devops-guru\.2021\.awsdocs\.md {2}old now/);
    expect(frame()).toMatch(/2024 +devops-guru\.2024\.rendered\.txt {2}new now, latest/);
    await press(KEY.esc);
    await until(/▶─ \d+\/\d+ \+ MEDIUM/);
  });

  it('under 100 columns shows one pane at a time, and follows a resize', async () => {
    const { source, init } = pairSource(devopsGuruReport());
    const { app, frame, until, press } = start(source, init, { cols: 80, rows: 30 });
    await until('Data protection');
    expect(frame()).not.toContain('│');
    expect(frame()).toMatch(/› ?▾ Data protection in Amazon DevOps Guru +HIGH/);
    await press(KEY.down, KEY.enter);
    await until('§ Data protection in Amazon DevOps Guru');
    expect(frame()).not.toContain('▾');
    for (const l of frame().split('\n')) expect(textWidth(l)).toBeLessThanOrEqual(80);
    app.rerender(<ReviewApp source={source} init={init} size={{ cols: 130, rows: 30 }} />);
    await until('▾ Data protection');
    expect(frame()).toContain('§ Data protection in Amazon DevOps Guru');
  });
});

function fakeStore(pages: PageInfo[], reports: Record<string, ChangeReport>) {
  const marked: [string, string][] = [];
  const loads: string[] = [];
  let release: (() => void) | null = null;
  const gate = new Promise<void>((r) => (release = r));
  const source: ReviewSource = {
    kind: 'store',
    description: 'store ./snapshots',
    listPages: async () => pages,
    async loadReport(page, from, to) {
      loads.push(page);
      await gate;
      const r = reports[page];
      if (!r) throw new Error(`no report for ${page} ${from}..${to}`);
      return r;
    },
    async markReviewed(page, version) {
      marked.push([page, version]);
    },
  };
  return { source: cached(source), marked, loads, release: () => release!() };
}

describe('review app: a store', () => {
  const pages = [storePage('aws/kms-keys', 3, { severity: 'medium' }), storePage('aws/devops-guru', 2, { severity: 'high' }), storePage('aws/iam-quotas', 2, { reviewed: 'aws/iam-quotas-v1' })];
  const init = (p: PageInfo[]): Omit<InitOptions, 'cols' | 'rows'> => ({ kind: 'store', description: 'store ./snapshots', canMarkReviewed: true, pages: p, color: false });

  it('lists unreviewed pages first by severity, loads the selected page lazily, marks it reviewed with r', async () => {
    const fake = fakeStore(pages, { 'aws/devops-guru': devopsGuruReport(), 'aws/kms-keys': sampleReport() });
    const { frame, until, press } = start(fake.source, init(pages));
    await until('comparing…');
    const tree = frame()
      .split('\n')
      .slice(3, 6)
      .map((l) => l.split('│')[0].trim());
    // ● unreviewed changes, ✓ reviewed at the latest version
    expect(tree).toEqual(['›▸ ● aws/devops-guru                HIGH', '▸ ● aws/kms-keys                    MED', '▸ ✓ aws/iam-quotas']);
    expect(fake.loads).toEqual(['aws/devops-guru']);
    fake.release();
    await until('Key changes');
    expect(frame()).toMatch(/old v0 \(2024-01-01\) → new v1 \(2024-01-02\) +3 high/);
    expect(frame()).toContain('page 1/3');
    await press('r');
    await until('marked "aws/devops-guru" reviewed at v1 (2024-01-02)');
    expect(fake.marked).toEqual([['aws/devops-guru', 'aws/devops-guru-v1']]);
    expect(frame()).toMatch(/✓ aws\/devops-guru/);
    expect(frame()).toContain('✓ reviewed · 3 high');
    await press(KEY.down);
    await until('Section added: Limits');
    expect(fake.loads).toEqual(['aws/devops-guru', 'aws/kms-keys']);
  });

  it('a report that cannot be computed says so in the pane, and the rest keeps working', async () => {
    const fake = fakeStore(pages, {});
    fake.release();
    const { frame, until, press } = start(fake.source, init(pages));
    await until('cannot compare these versions: no report for aws/devops-guru');
    await press(KEY.down);
    await until('cannot compare these versions: no report for aws/kms-keys');
    expect(frame()).toMatch(/aws\/devops-guru +! /);
  });
});
