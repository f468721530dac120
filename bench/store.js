#!/usr/bin/env node
// `npm run bench -- --only=store` (or `node bench/store.js`): the snapshot store's costs, whole
// processes of the built CLI (dist/), on this machine:
//   1. import of a 30-version page history (kms/deleting-keys from the corpus, or the test fixture
//      when the corpus is absent): one `redline import ID DIR` call, and one process per version
//      (`import ID FILE --date`) as before `import DIR` existed;
//   2. `changelog` over that history (Markdown and JSON; --jobs 2), and its floor: node start,
//      node plus the modules changelog loads, git log plus one cat-file of every version;
//   3. `track` of 1,000 pages served from 127.0.0.1: the first run (every page new), then a run
//      with 5% of the pages changed, with and without ETags (conditional requests).
// The git processes each command starts are counted with a `git` shim first on PATH (a separate
// run, so the shim's cost is not in the times). Prints a table; writes bench/results/store.json.
// Options: --runs=N (medians of N, default 3), --pages=N (default 1000), --no-track, --no-import,
// --etag=off|on|both (default both), --no-count (skip the counting runs of track).

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
// --bin=PATH: another build of redline (e.g. a copy of an older one, for before/after numbers)
const BIN = (argv.find((a) => a.startsWith('--bin=')) ?? `--bin=${join(ROOT, 'bin/redline.js')}`).slice(6);
const num = (name, def) => Number((argv.find((a) => a.startsWith(`--${name}=`)) ?? `=${def}`).split('=')[1]);
const RUNS = num('runs', 3);
const PAGES = num('pages', 1000);
const CORPUS = join(ROOT, '../shared/corpus/history/kms/deleting-keys');
const HISTORY = existsSync(CORPUS) ? CORPUS : join(ROOT, 'test/fixtures/store/kms-rotate-keys');

const scratch = mkdtempSync(join(tmpdir(), 'redline-bench-store-'));
const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();

/** A folder with a `git` that notes each start in `countFile` (its path is in the script: redline
 * runs git with a clean environment). */
function shim(countFile) {
  const dir = mkdtempSync(join(scratch, 'shim-'));
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho >> '${countFile}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return dir;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r3 = (x) => Math.round(x * 1000) / 1000;

/** Run the CLI as a child (async: the page server lives in this process); wall seconds and git processes. */
function cli(args, { cwd = scratch, count = false } = {}) {
  const countFile = join(scratch, `gitcount-${Math.random().toString(36).slice(2)}`);
  const env = { ...process.env, NO_COLOR: '1', ...(count ? { PATH: `${shim(countFile)}:${process.env.PATH}` } : {}) };
  const t0 = process.hrtime.bigint();
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const gits = count && existsSync(countFile) ? readFileSync(countFile, 'utf8').split('\n').length - 1 : null;
      rmSync(countFile, { force: true });
      resolve({ code, wall, gits, out, err });
    });
  });
}

function must(r, what) {
  if (r.code !== 0 && r.code !== 1) {
    console.error(`${what} failed (exit ${r.code}): ${r.err}`);
    process.exit(1);
  }
  return r;
}

const rows = [];
const results = { when: new Date().toISOString(), bin: BIN, loadavg: loadavg().map((x) => Math.round(x * 100) / 100), history: HISTORY };

// ---- 1 and 2: import a history, changelog over it ----
function historyFiles() {
  const m = JSON.parse(readFileSync(join(HISTORY, 'manifest.json'), 'utf8'));
  return m.versions.map((v) => ({ file: join(HISTORY, v.file), date: v.date }));
}

// a new folder each time: a store just used may still have a detached `git gc --auto` writing in it
let stores = 0;
async function freshStore(name) {
  const dir = join(scratch, `${name}-${stores++}`);
  must(await cli(['init', dir]), 'init');
  return dir;
}

/** Print a row as soon as it is measured (a long bench that dies still says what it saw). */
function row(what, time, gits, target) {
  rows.push([what, time, gits, target]);
  console.log(`  ${what}: ${time}${gits === null || gits === undefined ? '' : `, ${gits} git processes`}${target ? ` (target ${target})` : ''}`);
}

if (!argv.includes('--no-import')) {
  const files = historyFiles();
  const supportsDir = /folder/.test((await cli(['import', '--help'])).out);
  const one = [];
  const per = [];
  let lastEach = '';
  let oneGits = null;
  let perGits = 0;
  for (let i = 0; i < RUNS; i++) {
    if (supportsDir) {
      const s = await freshStore('hist');
      const r = must(await cli(['import', 'kms/deleting-keys', HISTORY, '--store', s]), 'import DIR');
      one.push(r.wall);
    }
    const s2 = await freshStore('hist-each');
    lastEach = s2;
    let wall = 0;
    for (const f of files) wall += must(await cli(['import', 'kms/deleting-keys', f.file, '--date', f.date, '--store', s2]), 'import FILE').wall;
    per.push(wall);
  }
  if (supportsDir) {
    const s = await freshStore('hist-count');
    oneGits = must(await cli(['import', 'kms/deleting-keys', HISTORY, '--store', s], { count: true }), 'import DIR').gits;
  }
  {
    const s = await freshStore('hist-each-count');
    for (const f of files) perGits += must(await cli(['import', 'kms/deleting-keys', f.file, '--date', f.date, '--store', s], { count: true }), 'import FILE').gits;
  }
  results.import = { versions: files.length, oneCallS: supportsDir ? r3(median(one)) : null, oneCallGit: oneGits, perVersionProcessesS: r3(median(per)), perVersionProcessesGit: perGits };
  if (supportsDir) row(`import ${files.length} versions, one call (import ID DIR)`, `${r3(median(one))} s`, oneGits, '< 1.5 s');
  row(`import ${files.length} versions, one process each`, `${r3(median(per))} s`, perGits, '');

  const store = lastEach;
  const md = [];
  const js = [];
  for (let i = 0; i < RUNS; i++) {
    md.push(must(await cli(['changelog', '--store', store]), 'changelog').wall);
    js.push(must(await cli(['changelog', '--format', 'json', '--store', store]), 'changelog json').wall);
  }
  const g = must(await cli(['changelog', '--store', store], { count: true }), 'changelog').gits;
  results.changelog = { versions: files.length, markdownS: r3(median(md)), jsonS: r3(median(js)), git: g };
  row(`changelog over ${files.length} versions (Markdown; JSON ${r3(median(js))} s)`, `${r3(median(md))} s`, g, '< 0.3 s');
  // --jobs 2 (a worker thread, opt-in) when this build has it
  if (/--jobs/.test((await cli(['changelog', '--help'])).out)) {
    const j2 = [];
    for (let i = 0; i < RUNS; i++) j2.push(must(await cli(['changelog', '--jobs', '2', '--store', store]), 'changelog --jobs 2').wall);
    results.changelog.jobs2S = r3(median(j2));
    row(`changelog over ${files.length} versions, --jobs 2`, `${r3(median(j2))} s`, null, '< 0.3 s');
  }
  // the floor under it, each a whole process: node itself, loading the modules changelog loads,
  // and git (the log of the store, every blob of every version through one cat-file)
  {
    const dist = join(BIN, '../../dist/');
    const mods = ['cli/index.js', 'store/index.js', 'changelog/index.js', 'present/changelog.js', 'classify/config.js'].filter((m) => existsSync(join(dist, m)));
    const importJs = `import{setFlagsFromString}from'node:v8';setFlagsFromString('--max-opt=2');${mods.map((m) => `await import(${JSON.stringify(join(dist, m))});`).join('')}`;
    const proc = (cmd, args, input) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { cwd: store, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`${cmd} ${args[0]}: ${r.stderr}`);
      return { wall: Number(process.hrtime.bigint() - t0) / 1e9, out: r.stdout };
    };
    const revs = proc('git', ['log', '--format=%H', '--', 'pages']).out.split('\n').filter(Boolean);
    const specs = revs.map((h) => `${h}:pages/kms/deleting-keys/page.md\n${h}:pages/kms/deleting-keys/meta.json\n`).join('');
    const node0 = [];
    const imp = [];
    const git = [];
    for (let i = 0; i < RUNS; i++) {
      node0.push(proc(process.execPath, ['-e', '0']).wall);
      imp.push(proc(process.execPath, ['--input-type=module', '-e', importJs]).wall);
      git.push(proc('git', ['log', '--format=%H%aI%B', '--name-only', '--', 'pages']).wall + proc('git', ['cat-file', '--batch'], specs).wall);
    }
    results.changelog.floor = { nodeS: r3(median(node0)), nodeAndModulesS: r3(median(imp)), gitS: r3(median(git)) };
    const rest = median(md) - median(imp) - median(git);
    results.changelog.floor.restS = r3(rest);
    row('changelog floor: node start / node + modules / git log + cat-file', `${r3(median(node0))} / ${r3(median(imp))} / ${r3(median(git))} s (rest ${r3(rest)} s: compare, render)`, null, '');
  }
}

// ---- 3: track 1,000 pages from 127.0.0.1 ----
if (!argv.includes('--no-track')) {
  let round = 0;
  const changedIn = new Map(); // page index -> round it last changed
  const page = (i) => {
    const r = changedIn.get(i) ?? 0;
    const paras = Array.from({ length: 12 }, (_, k) => `<h2>Part ${k}</h2><p>Feature ${i} part ${k} allows at most ${(i * 7 + k) % 997} requests per second per account; the limit is raised on request in the console (revision ${k === 3 ? r : 0}).</p>`).join('\n');
    return `<!DOCTYPE html><html><head><title>Page ${i} - Docs</title></head><body><header><nav><a href="/">Home</a> <a href="/docs">Docs</a></nav></header><main><h1>Page ${i}</h1>\n${paras}\n</main><footer>Copyright Example Corp.</footer></body></html>`;
  };
  let etags = false;
  const server = createServer((req, res) => {
    const i = Number((req.url ?? '').slice(3));
    if (!(i >= 0 && i < PAGES)) return res.writeHead(404).end();
    const tag = `"p${i}-r${changedIn.get(i) ?? 0}"`;
    if (etags && req.headers['if-none-match'] === tag) return res.writeHead(304, { etag: tag }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(etags ? { etag: tag } : {}) }).end(page(i));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const sources = 'pages:\n' + Array.from({ length: PAGES }, (_, i) => `  - id: bench/p-${String(i).padStart(4, '0')}\n    url: ${base}/p/${i}\n`).join('');
  const change = () => {
    round++;
    for (let i = 0; i < PAGES; i++) if ((i * 7919 + round * 104729) % 100 < 5) changedIn.set(i, round);
  };
  const trackArgs = (s) => ['track', '--store', s, ...(argv.find((a) => a.startsWith('--track-args=')) ?? '--track-args=').slice(13).split(' ').filter(Boolean)];
  results.track = { pages: PAGES };
  const modes = { off: [false], on: [true], both: [false, true] }[(argv.find((a) => a.startsWith('--etag=')) ?? '--etag=both').slice(7)];
  const counting = !argv.includes('--no-count');
  for (const withTags of modes) {
    etags = withTags;
    const first = [];
    const second = [];
    let gitsFirst = null;
    let gitsSecond = null;
    let recorded = null;
    for (let i = 0; i < RUNS + (counting ? 1 : 0); i++) {
      const count = i === RUNS; // the last round counts git processes
      const s = await freshStore('track');
      writeFileSync(join(s, 'redline.sources.yaml'), sources);
      // the first run records every page (and commits the sources file)
      changedIn.clear();
      round = 0;
      const a = must(await cli(trackArgs(s), { count }), 'first track');
      change();
      const b = must(await cli(trackArgs(s), { count }), 'track 5% changed');
      if (count) {
        gitsFirst = a.gits;
        gitsSecond = b.gits;
      } else {
        first.push(a.wall);
        second.push(b.wall);
      }
      recorded = /(\d+) recorded/.exec(b.out)?.[1];
    }
    const key = withTags ? 'etag' : 'noEtag';
    results.track[key] = { firstS: r3(median(first)), firstGit: gitsFirst, changedS: r3(median(second)), changedGit: gitsSecond, recordedInChangedRun: Number(recorded) };
    const how = withTags ? 'with ETags' : 'no ETags';
    row(`track ${PAGES} pages, first run (${how})`, `${r3(median(first))} s (${r3((median(first) * 1000) / PAGES)} ms/page)`, gitsFirst, '');
    row(`track ${PAGES} pages, ${recorded} changed (${how})`, `${r3(median(second))} s (${r3((median(second) * 1000) / PAGES)} ms/page)`, gitsSecond, '< 15 s');
  }
  server.close();
}

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`store bench (medians of ${RUNS}; load average ${results.loadavg.join(' ')})`);
console.log(`${'what'.padEnd(w)}  ${'time'.padEnd(26)}  git processes  target`);
for (const [what, time, gits, target] of rows) console.log(`${what.padEnd(w)}  ${String(time).padEnd(26)}  ${String(gits ?? '-').padEnd(13)}  ${target}`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/store.json'), JSON.stringify(results, null, 2) + '\n');
try {
  rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
} catch {
  // a detached git gc still writing in one of the stores: the temp folder stays
}
