// Sharded tracking against one shared remote (issue 15): 4 real `redline track --shard K/4 --push`
// processes at once, each in its own clone of one bare repository, over 1,000 pages served from
// 127.0.0.1, three rounds with pages changing between them. Pushes race; a rejected one fetches,
// replays its commits on top and pushes again. Whatever the order, the remote ends with every
// version exactly once: no page lost, none recorded twice, fsck clean, every clone clean.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BIN } from '../helpers/cli.js';
import { git, redline, startServer, tempDir, type TestServer } from './helpers.js';

const PAGES = 1000;
const SHARDS = 4;
const id = (i: number) => `guide/page-${String(i).padStart(4, '0')}`;

/** The round each page last changed in (0: never). */
const changed = new Array<number>(PAGES).fill(0);
/** How many versions each page should have: its first, plus one per round it changed in. */
const expected = new Array<number>(PAGES).fill(1);

function markdown(i: number): string {
  return `# Page ${i}\n\n## Overview\n\nPage ${i} describes feature ${i} of the service in a few words.\n\n## Limits\n\nFeature ${i} allows at most ${100 + i} requests per second (revision ${changed[i]}).\n`;
}

const t = tempDir('redline-shards-');
const remote = join(t.dir, 'remote.git');
const clone = (k: number) => join(t.dir, `shard-${k}`);
let srv: TestServer;

function run(k: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [BIN, 'track', '--shard', `${k}/${SHARDS}`, '--push', '--concurrency', '8', '--store', clone(k)], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d));
    c.stderr.on('data', (d: Buffer) => (err += d));
    c.on('error', reject);
    c.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Every shard at once; all must succeed and together cover every page once. */
async function round(): Promise<number> {
  const results = await Promise.all(Array.from({ length: SHARDS }, (_, k) => run(k + 1)));
  let tracked = 0;
  for (const [k, r] of results.entries()) {
    expect(r.code, `shard ${k + 1}: ${r.err}`).toBe(0);
    const m = new RegExp(`^tracked (\\d+) pages \\(shard ${k + 1}/${SHARDS} of ${PAGES}\\): \\d+ recorded, \\d+ unchanged, 0 failed$`, 'm').exec(r.out);
    expect(m, r.out).not.toBeNull();
    tracked += Number(m![1]);
    expect(r.out).toMatch(/^pushed main to origin/m);
  }
  expect(tracked).toBe(PAGES);
  return results.filter((r) => /replayed onto newer commits/.test(r.out)).length;
}

function assertRemote(): void {
  // one git log over the remote: versions per page
  const log = git(remote, 'log', '--format=', '--name-only', 'main', '--', 'pages');
  const counts = new Map<string, number>();
  for (const f of log.split('\n')) {
    const m = /^pages\/(.+)\/page\.md$/.exec(f);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const wrong: string[] = [];
  for (let i = 0; i < PAGES; i++) if ((counts.get(id(i)) ?? 0) !== expected[i]) wrong.push(`${id(i)}: ${counts.get(id(i)) ?? 0} versions, expected ${expected[i]}`);
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(counts.size).toBe(PAGES);
  expect(git(remote, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
  // the remote's latest files are the latest versions
  for (const i of [0, 1, 500, 999]) expect(git(remote, 'show', `main:pages/${id(i)}/page.md`)).toContain(`(revision ${changed[i]})`);
}

beforeAll(async () => {
  srv = await startServer();
  for (let i = 0; i < PAGES; i++) {
    srv.routes.set(`/docs/${i}.md`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
      res.end(markdown(i));
    });
  }
  // a store with the sources file, pushed to a bare remote; each shard works in a clone of it
  const seed = join(t.dir, 'seed');
  await redline(['init', seed], t.dir);
  writeFileSync(join(seed, 'redline.sources.yaml'), 'pages:\n' + Array.from({ length: PAGES }, (_, i) => `  - id: ${id(i)}\n    url: ${srv.url}/docs/${i}.md\n`).join(''));
  git(seed, 'commit', '-q', '-m', 'Track 1,000 pages', '--', 'redline.sources.yaml');
  git(t.dir, 'init', '-q', '--bare', remote);
  git(remote, 'symbolic-ref', 'HEAD', 'refs/heads/main');
  git(seed, 'push', '-q', remote, 'main');
  for (let k = 1; k <= SHARDS; k++) git(t.dir, 'clone', '-q', remote, clone(k));
});
afterAll(async () => {
  await srv.close();
  t.cleanup();
});

describe(`${SHARDS} shards, ${PAGES} pages, one bare remote`, () => {
  it('three rounds, pages changing between them: every version on the remote exactly once', async () => {
    await round();
    assertRemote();
    let replays = 0;
    for (const r of [2, 3]) {
      // about one page in ten changes, a different set each round
      for (let i = 0; i < PAGES; i++) {
        if ((i * 7 + r * 13) % 10 === 0) {
          changed[i] = r;
          expected[i]++;
        }
      }
      replays += await round();
      assertRemote();
    }
    // the clones started behind the others' pushes: at least one shard had to replay
    expect(replays).toBeGreaterThan(0);
    for (let k = 1; k <= SHARDS; k++) expect(git(clone(k), 'status', '--porcelain', '--untracked-files=all'), `clone ${k}`).toBe('');
    // 12 track runs over 1,000 pages on a machine that may be busy with another suite: no time bound
  }, 900_000);
});

describe('the examples in docs/examples run the same protocol', () => {
  const ex = join(import.meta.dirname, '../../docs/examples');
  it('GitHub Actions: a matrix of 4 shards, scheduled, each tracking its shard and pushing', () => {
    const wf = parseYaml(readFileSync(join(ex, 'track-shards.github-actions.yml'), 'utf8')) as {
      on: { schedule: { cron: string }[] };
      jobs: { track: { strategy: { matrix: { shard: number[] } }; steps: { run?: string }[] } };
    };
    expect(wf.on.schedule[0].cron).toMatch(/^[\d*/,-]+( [\d*/,-]+){4}$/);
    expect(wf.jobs.track.strategy.matrix.shard).toEqual([1, 2, 3, 4]);
    expect(wf.jobs.track.steps.map((s) => s.run ?? '').join('\n')).toContain('track --store . --shard ${{ matrix.shard }}/4 --push');
  });
  it('Kubernetes: an Indexed Job of 4, shard JOB_COMPLETION_INDEX + 1', () => {
    const job = parseYaml(readFileSync(join(ex, 'track-shards.k8s-job.yaml'), 'utf8')) as {
      kind: string;
      spec: { completionMode: string; completions: number; template: { spec: { containers: { args: string[]; env: { name: string; value?: string }[] }[] } } };
    };
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const c = job.spec.template.spec.containers[0];
    expect(c.env.find((e) => e.name === 'SHARDS')?.value).toBe(String(job.spec.completions));
    expect(c.args[0]).toContain('--shard "$((JOB_COMPLETION_INDEX + 1))/${SHARDS}" --push');
  });
});
