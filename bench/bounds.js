#!/usr/bin/env node
// The bounds of docs/hardening.md, measured (issue 17): each worst case is built into a temp dir
// and run through the built CLI (`node bin/redline.js ...`, run `npm run build` first) under
// /usr/bin/time; prints case, wall s, CPU s, peak MB, exit code and a verdict against 5 s and 1 GB
// (a refusal counts as within bounds when it is one line on stderr with exit 2 and no stack trace).
// Options: --only=name,name  --runs=N (median wall/CPU/peak of N runs, default 1)  --json
// The machine may be shared: the load average is printed next to the numbers.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownPage, tablePage, worstCases } from './worst-cases.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/redline.js');
const argv = process.argv.slice(2);
const ONLY = (argv.find((a) => a.startsWith('--only=')) ?? '').slice(7);
const RUNS = Number((argv.find((a) => a.startsWith('--runs=')) ?? '--runs=1').slice(7));
const JSON_OUT = argv.includes('--json');
const LIMIT_S = 5;
const LIMIT_MB = 1024;
const MB = 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'redline-bounds-'));
const file = (name, text) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** Run the CLI under /usr/bin/time: wall, CPU (user + sys), peak RSS in MB, exit code, stderr. */
function cli(args) {
  const out = join(dir, 'time.txt');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', out, process.execPath, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1024 * MB,
    timeout: 900_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /(\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(existsSync(out) ? readFileSync(out, 'utf8') : '');
  rmSync(out, { force: true });
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : null, peakMB: m ? Number(m[3]) / 1024 : null, code: r.status, signal: r.signal, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

/** Lines each one block quote deeper than the one before (`>`, `>>`, ...), `n` lines. */
function nestedQuotes(n) {
  const out = ['# Nested quotes', ''];
  for (let k = 1; k <= n; k++) out.push(`${'>'.repeat(k)} quoted line ${k} says TLS 1.${k % 4}`);
  return out.join('\n') + '\n';
}

/** The same with a space after each marker (`> > > ...`): 9 MB, one paragraph once the markers are capped. */
function spacedQuotes(n) {
  const out = ['# Nested quotes', ''];
  for (let k = 1; k <= n; k++) out.push(`${'> '.repeat(k)}quoted line ${k} says TLS 1.${k % 4}`);
  return out.join('\n') + '\n';
}

/** A list indented one more level on each line. */
function indentedList(n) {
  const out = ['# Nested list', ''];
  for (let k = 1; k <= n; k++) out.push(`${'  '.repeat(k - 1)}- item ${k} says TLS 1.${k % 4}`);
  return out.join('\n') + '\n';
}

/** Change one word in about `rate` of the sentences (as worst-cases.js does). */
function edit(text, every) {
  let k = 0;
  return text.replace(/([A-Z][a-z]+(?: [a-z]+){3,}?)( [a-z]+)/g, (m, head) => (++k % every === 0 ? `${head} changedword` : m));
}

/** A store holding two versions of a page (imported with the CLI, not measured). */
function storePair(id, oldText, newText) {
  const store = join(dir, `store-${id.replace(/\W/g, '-')}`);
  const init = cli(['init', store]);
  if (init.code !== 0) throw new Error(`init: exit ${init.code}: ${init.stderr.trim()}`);
  for (const [i, t] of [oldText, newText].entries()) {
    const f = file(`${id.replace(/\W/g, '-')}-v${i}.md`, t);
    const r = cli(['import', id, f, '--date', `2024-0${i + 1}-01`, '--store', store]);
    if (r.code !== 0) throw new Error(`import ${id} v${i}: exit ${r.code}: ${r.stderr.trim()}`);
  }
  return store;
}

const worst = Object.fromEntries(worstCases().map((c) => [c.name, c]));

/** name -> () => the CLI arguments (inputs built lazily, so --only builds only what it runs). */
const CASES = {
  'md-7mb-self': () => {
    const p = file('p7.md', markdownPage(7 * MB, 71));
    return ['diff', p, p, '--format', 'json'];
  },
  'md-7mb-edits': () => {
    const t = markdownPage(7 * MB, 71);
    return ['diff', file('p7a.md', t), file('p7b.md', edit(t, 200)), '--format', 'json'];
  },
  'md-20mb-self': () => {
    const p = file('p20.md', markdownPage(20 * MB, 201));
    return ['diff', p, p, '--format', 'json'];
  },
  'md-20mb-edits': () => {
    const t = markdownPage(20 * MB, 201);
    return ['diff', file('p20a.md', t), file('p20b.md', edit(t, 200)), '--format', 'json'];
  },
  'store-9mb': () => {
    const t = markdownPage(9 * MB, 91);
    const store = storePair('big/page', t, edit(t, 200));
    return ['diff', 'big/page', '--store', store, '--format', 'json'];
  },
  'tls-paragraph-1mb': () => {
    const c = worst['paragraph-tls-1mb'];
    return ['diff', file('tls-a.md', c.old), file('tls-b.md', c.new), '--format', 'json'];
  },
  'table-1000x300': () => ['diff', file('t-a.html', tablePage(1000, 300, null)), file('t-b.html', tablePage(1000, 300, [500, 150])), '--format', 'json'],
  'table-1000x300-self': () => {
    const p = file('t-self.html', tablePage(1000, 300, null));
    return ['diff', p, p, '--format', 'json'];
  },
  'table-1000x300-self-copy': () => {
    const t = tablePage(1000, 300, null);
    return ['diff', file('t-c1.html', t), file('t-c2.html', t.replace('A generated table.', 'A generated  table.')), '--format', 'json'];
  },
  'quotes-3k-self': () => {
    const p = file('q.md', nestedQuotes(3000));
    return ['diff', p, p, '--format', 'json'];
  },
  'quotes-3k-edit': () => {
    const t = nestedQuotes(3000);
    return ['diff', file('q-a.md', t), file('q-b.md', t.replace('quoted line 1500 says', 'quoted line 1500 now says')), '--format', 'json'];
  },
  'quotes-spaced-3k-edit': () => {
    const t = spacedQuotes(3000);
    return ['diff', file('qs-a.md', t), file('qs-b.md', t.replace('quoted line 1500 says', 'quoted line 1500 now says')), '--format', 'json'];
  },
  'list-indent-3k-edit': () => {
    const t = indentedList(3000);
    return ['diff', file('l-a.md', t), file('l-b.md', t.replace('item 1500 says', 'item 1500 now says')), '--format', 'json'];
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const load = loadavg()[0].toFixed(1);
for (const [name, build] of Object.entries(CASES)) {
  if (ONLY && !ONLY.split(',').includes(name)) continue;
  const args = build();
  const rs = [];
  for (let i = 0; i < RUNS; i++) rs.push(cli(args));
  const r = rs[rs.length - 1];
  const stderr = r.stderr.trim();
  const refused = r.code === 2 && !/\n/.test(stderr) && !/internal error|\bat .*\.js:\d+/.test(stderr);
  const wall = median(rs.map((x) => x.wall));
  const cpu = median(rs.map((x) => x.cpu ?? NaN));
  const peak = median(rs.map((x) => x.peakMB ?? NaN));
  const within = wall < LIMIT_S && peak < LIMIT_MB;
  const ok = within && (r.code === 0 || r.code === 1 || refused);
  let changes = '';
  if (r.code === 0 || r.code === 1) {
    try {
      const j = JSON.parse(r.stdout);
      changes = `${j.summary?.severity ?? '?'} ${(j.sections ?? []).reduce((n, s) => n + (s.changes?.length ?? 0), 0)} changes`;
    } catch {
      changes = 'output not JSON';
    }
  }
  rows.push({ name, wall, cpu, peakMB: peak, code: r.code, signal: r.signal, verdict: ok ? (refused ? 'ok (refused)' : 'ok') : 'OVER', changes, stderr: stderr.split('\n')[0].slice(0, 160) });
  if (!JSON_OUT) {
    const row = rows[rows.length - 1];
    console.log(`${name.padEnd(26)} ${wall.toFixed(2).padStart(7)} s ${cpu.toFixed(2).padStart(7)} cpu ${peak.toFixed(0).padStart(6)} MB  exit ${String(r.code ?? r.signal).padEnd(3)} ${row.verdict.padEnd(13)} ${changes}${stderr ? `  | ${row.stderr}` : ''}`);
  }
}
if (JSON_OUT) console.log(JSON.stringify({ load, runs: RUNS, rows }, null, 2));
else console.log(`(load average ${load} at start, ${RUNS} run${RUNS === 1 ? '' : 's'} each; limits ${LIMIT_S} s wall, ${LIMIT_MB} MB peak)`);
rmSync(dir, { recursive: true, force: true });
