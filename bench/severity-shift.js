#!/usr/bin/env node
// How a classifier change moves severities on real page histories: every consecutive version
// pair of each page folder (default: /work/shared/corpus/history and other/) is compared by two
// builds of redline, "before" and "after", and their changes are matched up: the same change
// (section, type, old and new text), or else a change whose text holds or sits inside the other's
// (a table row diffed by key where the old diff joined rows). Prints a table of how many moved up,
// down or stayed, and writes every moved change to bench/results/severity-shift.json to read.
//
//   node bench/severity-shift.js [--before DIR] [--after DIR] [--examples N] [corpus folders...]
//
// DIR is a redline checkout with dist/ built. Without --before, `main` is exported with git
// archive into a temp folder and built there (node_modules linked from this checkout); --after
// defaults to this checkout (run `npm run build` first).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  if (i < 0) return null;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
let before = opt('--before');
const after = opt('--after') ?? ROOT;
const EXAMPLES = Number(opt('--examples') ?? 5);
const corpora = argv.length ? argv : ['/work/shared/corpus/history', '/work/shared/corpus/other'];
const RANK = { none: 0, low: 1, medium: 2, high: 3 };

if (!before) {
  before = mkdtempSync(join(tmpdir(), 'redline-main-'));
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive main | tar -x -C "${before}"`]);
  symlinkSync(join(ROOT, 'node_modules'), join(before, 'node_modules'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(before, 'tsconfig.json')], { stdio: 'inherit' });
}
for (const d of [before, after]) if (!existsSync(join(d, 'dist/bounded.js'))) throw new Error(`${d}: dist/ is not built (npm run build)`);

async function load(dir) {
  const read = await import(pathToFileURL(join(dir, 'dist/read/index.js')).href);
  const bounded = await import(pathToFileURL(join(dir, 'dist/bounded.js')).href);
  return (a, b) => {
    const notes = [];
    const na = bounded.safeNormalize(read.readSource(a), notes);
    const nb = bounded.safeNormalize(read.readSource(b), notes);
    return bounded.safeCompare(na, nb, {}, notes);
  };
}

/** Every page folder (a folder of version files) under the corpus roots. */
function pages(root) {
  const out = [];
  const walk = (d) => {
    const entries = readdirSync(d).sort();
    const files = entries.filter((f) => !f.endsWith('.json') && statSync(join(d, f)).isFile() && /^\d\d-/.test(f));
    if (files.length > 1) out.push({ dir: d, files });
    for (const e of entries) if (statSync(join(d, e)).isDirectory()) walk(join(d, e));
  };
  walk(root);
  return out;
}

const flat = (r) =>
  r.sections.flatMap((s) =>
    s.changes
      .filter((c) => c.category !== 'formatting' && !(c.formatting && c.severity === 'none'))
      .map((c) => ({ section: s.newHeading ?? s.oldHeading ?? '', type: c.type, old: c.old ?? '', new: c.new ?? '', severity: c.severity, summary: c.summary })),
  );
const key = (c) => `${c.section}\u0000${c.type}\u0000${c.old}\u0000${c.new}`;
const holds = (x, y) => (y.old && x.old.includes(y.old)) || (y.new && x.new.includes(y.new));

/** Pair each after-change with a before-change: exact first, then by containment in the same section. */
function match(bs, as) {
  const pairs = [];
  const byKey = new Map();
  bs.forEach((b) => byKey.set(key(b), [...(byKey.get(key(b)) ?? []), b]));
  const usedB = new Set();
  const left = [];
  for (const a of as) {
    const b = byKey.get(key(a))?.find((x) => !usedB.has(x));
    if (b) {
      usedB.add(b);
      pairs.push([b, a]);
    } else left.push(a);
  }
  let unmatched = 0;
  for (const a of left) {
    const b = bs.find((x) => x.section === a.section && (holds(x, a) || holds(a, x)));
    if (b) {
      usedB.add(b);
      pairs.push([b, a]);
    } else unmatched++;
  }
  return { pairs, onlyAfter: unmatched, onlyBefore: bs.filter((b) => !usedB.has(b)).length };
}

const runBefore = await load(before);
const runAfter = await load(after);
const rows = [];
const moved = { up: [], down: [] };
const totals = { pairs: 0, changes: 0, same: 0, up: 0, down: 0, onlyBefore: 0, onlyAfter: 0 };
const t0 = performance.now();
for (const root of corpora) {
  for (const p of pages(root)) {
    const t = { page: p.dir.replace(/^.*corpus\//, ''), pairs: 0, changes: 0, up: 0, down: 0, onlyBefore: 0, onlyAfter: 0 };
    for (let i = 1; i < p.files.length; i++) {
      const a = join(p.dir, p.files[i - 1]);
      const b = join(p.dir, p.files[i]);
      const m = match(flat(runBefore(a, b)), flat(runAfter(a, b)));
      t.pairs++;
      t.onlyBefore += m.onlyBefore;
      t.onlyAfter += m.onlyAfter;
      for (const [x, y] of m.pairs) {
        t.changes++;
        const d = RANK[y.severity] - RANK[x.severity];
        if (!d) continue;
        const way = d > 0 ? 'up' : 'down';
        t[way]++;
        moved[way].push({ page: t.page, version: p.files[i], section: y.section, before: `${x.severity} ${x.summary}`, after: `${y.severity} ${y.summary}`, old: y.old.slice(0, 400), new: y.new.slice(0, 400) });
      }
    }
    rows.push(t);
    for (const k of ['pairs', 'changes', 'up', 'down', 'onlyBefore', 'onlyAfter']) totals[k] += t[k];
  }
}
totals.same = totals.changes - totals.up - totals.down;

const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log(`severity shift, before ${before} -> after ${after} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`${pad('page', 52)}${num('pairs', 6)}${num('matched', 9)}${num('up', 6)}${num('down', 6)}${num('only before', 13)}${num('only after', 12)}`);
for (const r of rows) console.log(`${pad(r.page, 52)}${num(r.pairs, 6)}${num(r.changes, 9)}${num(r.up, 6)}${num(r.down, 6)}${num(r.onlyBefore, 13)}${num(r.onlyAfter, 12)}`);
console.log(`${pad('total', 52)}${num(totals.pairs, 6)}${num(totals.changes, 9)}${num(totals.up, 6)}${num(totals.down, 6)}${num(totals.onlyBefore, 13)}${num(totals.onlyAfter, 12)}`);
console.log(`\nmatched changes: ${totals.changes} (${totals.same} same severity, ${totals.up} up, ${totals.down} down); unmatched: ${totals.onlyBefore} only before, ${totals.onlyAfter} only after`);
for (const way of ['up', 'down']) {
  console.log(`\nfirst ${EXAMPLES} ${way} (of ${moved[way].length}; all in bench/results/severity-shift.json):`);
  for (const e of moved[way].slice(0, EXAMPLES)) console.log(`  ${e.page} ${e.version} [${e.section}]\n    before: ${e.before}\n    after:  ${e.after}`);
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/severity-shift.json'), JSON.stringify({ before, after, totals, pages: rows, moved }, null, 1));
