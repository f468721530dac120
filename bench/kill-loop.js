#!/usr/bin/env node
// The store under kill -9, many times over (issue 17): a real `redline track` of N local pages is
// killed at a random moment of its run, either alone or with its whole process group (its git
// children too), then the next run must succeed and the store must be whole:
//   - every next run exits 0 (no wedge: stale locks of redline and git are cleared);
//   - every page has exactly one version per round (nothing lost, nothing twice);
//   - each version's files match the hashes in its meta.json; `git fsck --full --strict` is clean;
//     `git status` is clean.
// Usage: node bench/kill-loop.js [--runs=100] [--pages=20] [--seed=N]. Prints one line per run
// and a summary; exits 1 on the first broken invariant. Uses the built CLI (dist/).

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './worst-cases.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/redline.js');
const arg = (name, def) => Number((process.argv.find((a) => a.startsWith(`--${name}=`)) ?? `=${def}`).split('=')[1]);
const RUNS = arg('runs', 100);
const PAGES = arg('pages', 20);
const SEED = arg('seed', Date.now() % 100_000);

const rand = rng(SEED);

let round = 0;
const ids = Array.from({ length: PAGES }, (_, i) => `kill/page-${String(i).padStart(2, '0')}`);
const page = (i) => `<!DOCTYPE html><html><head><title>Page ${i}</title></head><body><nav>Home</nav><main><h1>Page ${i}</h1>
<h2>Overview</h2><p>Page ${i} in round ${round} describes feature ${i} in enough words to be a page.</p>
<h2>Limits</h2><p>Feature ${i} allows at most ${round * 1000 + i} requests per second in round ${round}.</p></main></body></html>`;

const server = createServer((req, res) => {
  const i = ids.indexOf((req.url ?? '').slice(1));
  if (i < 0) return res.writeHead(404).end();
  // a little latency, so that runs last long enough to be killed anywhere
  setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(i)), 5 + (i % 5) * 5);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const dir = mkdtempSync(join(tmpdir(), 'redline-kill-loop-'));
const store = join(dir, 's');
const git = (...a) => spawnSync('git', ['-C', store, ...a], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const sha = (b) => createHash('sha256').update(b).digest('hex');

function track(group) {
  const child = spawn(process.execPath, [BIN, 'track', '--concurrency', '4', '--store', store], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise((r) => child.on('close', (code, signal) => r({ code, signal, out, err })));
  return { child, done };
}

function fail(msg) {
  console.log(`FAILED (seed ${SEED}): ${msg}\nstore kept at ${store}`);
  server.close();
  process.exit(1);
}

function check(run) {
  const st = git('status', '--porcelain', '--untracked-files=all');
  if (st.stdout !== '') fail(`run ${run}: git status not clean:\n${st.stdout}`);
  for (const [i, id] of ids.entries()) {
    const n = git('log', '--format=%H', '--', `pages/${id}/page.md`).stdout.trim().split('\n').filter(Boolean).length;
    if (n !== round + 1) fail(`run ${run}: ${id} has ${n} versions after ${round + 1} rounds`);
    const cur = readFileSync(join(store, 'pages', id, 'page.md'), 'utf8');
    if (!cur.includes(`at most ${round * 1000 + i} requests per second in round ${round}`)) fail(`run ${run}: ${id} does not hold round ${round}`);
  }
}

function checkWhole() {
  const fsck = spawnSync('git', ['-C', store, 'fsck', '--full', '--strict'], { encoding: 'utf8' });
  if (fsck.status !== 0) fail(`git fsck: ${fsck.stderr}`);
  // every version's files match its meta.json hashes (one cat-file process for all of them)
  const revs = git('log', '--format=%H', '--', 'pages').stdout.trim().split('\n').filter(Boolean);
  let checked = 0;
  for (const rev of revs) {
    const metas = git('show', '--name-only', '--format=', rev).stdout.trim().split('\n').filter((f) => f.endsWith('/meta.json'));
    for (const f of metas) {
      const d = f.replace(/\/meta\.json$/, '');
      const meta = JSON.parse(git('show', `${rev}:${f}`).stdout);
      const pageMd = spawnSync('git', ['-C', store, 'show', `${rev}:${d}/page.md`]).stdout;
      const src = spawnSync('git', ['-C', store, 'show', `${rev}:${d}/${meta.source}`]).stdout;
      if (sha(pageMd) !== meta.canonicalSha256 || sha(src) !== meta.sha256) fail(`${rev} ${d}: files do not match meta.json`);
      checked++;
    }
  }
  return checked;
}

spawnSync(process.execPath, [BIN, 'init', store], { cwd: dir });
writeFileSync(join(store, 'redline.sources.yaml'), 'pages:\n' + ids.map((id) => `  - id: ${id}\n    url: ${base}/${id}\n    select: main\n`).join(''));
// one whole first run, then one whole run where every page changes: how long a run takes
const first = await track(false).done;
if (first.code !== 0) fail(`first run: ${first.err}`);
check(0);
round = 1;
let t0 = Date.now();
const whole = await track(false).done;
if (whole.code !== 0) fail(`second run: ${whole.err}`);
const runMs = Date.now() - t0;
check(0 + 1);
const ROUNDS0 = 2; // rounds recorded before the loop

const stats = { killed: 0, groupKills: 0, finishedBeforeKill: 0, staleRedlineLock: 0, gitLocksCleared: 0, repaired: 0 };
t0 = Date.now();
for (let run = 1; run <= RUNS; run++) {
  round = run + ROUNDS0 - 1; // every page changes every round
  const group = rand() < 0.5;
  const delay = Math.floor(rand() * runMs);
  const { child, done } = track(group);
  const timer = setTimeout(() => {
    try {
      if (group) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }, delay);
  const killed = await done;
  clearTimeout(timer);
  if (killed.signal === 'SIGKILL') {
    stats.killed++;
    if (group) stats.groupKills++;
  } else stats.finishedBeforeKill++;
  const next = await track(false).done;
  if (next.code !== 0) fail(`run ${run}: the next run exited ${next.code}: ${next.err}`);
  if (/stale lock from pid/.test(next.err)) stats.staleRedlineLock++;
  if (/stale (\.git\/|git lock)/.test(next.err)) stats.gitLocksCleared++;
  if (/repaired an interrupted run/.test(next.err)) stats.repaired++;
  check(run);
  console.log(`run ${String(run).padStart(3)}: ${killed.signal === 'SIGKILL' ? `killed${group ? ' (group)' : ''} after ${delay} ms` : `finished before ${delay} ms`}; next run ok${next.err.trim() ? ` (${next.err.trim().split('\n').map((l) => l.replace(/^redline: notice: /, '').slice(0, 60)).join('; ')})` : ''}`);
}
const versions = checkWhole();
const summary = `${RUNS} runs (seed ${SEED}, ${PAGES} pages, a whole run ${runMs} ms): ${stats.killed} killed by SIGKILL (${stats.groupKills} with their process group), ${stats.finishedBeforeKill} finished first; every next run succeeded; stale redline lock taken over ${stats.staleRedlineLock}x, git locks cleared ${stats.gitLocksCleared}x, half-written state repaired ${stats.repaired}x; every page has exactly ${round + 1} versions (none lost, none twice); ${versions} versions hash-checked; git fsck --full --strict clean; ${((Date.now() - t0) / 1000).toFixed(0)} s`;
console.log(summary);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/kill-loop.txt'), summary + '\n');
server.close();
rmSync(dir, { recursive: true, force: true });
