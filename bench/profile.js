#!/usr/bin/env node
// Where the time goes: run one workload in-process under `node --cpu-prof` and print self time
// by module (our dist/ folders, dependencies, GC) and the top functions.
// Usage: node bench/profile.js [iam|s3|seed] [topN]   (profiles go to bench/results/prof/)

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const what = process.argv[2] ?? 'iam';
const top = Number(process.argv[3] ?? 25);
const dir = join(ROOT, 'bench/results/prof');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const args =
  what === 'seed'
    ? [join(ROOT, 'bin/redline.js'), 'diff', 'snapshots/devops-guru.2021.awsdocs.md', 'snapshots/devops-guru.2024.rendered.txt']
    : [join(ROOT, 'bench/batch-child.js'), join(ROOT, `../shared/corpus/trees/${what}/old`), join(ROOT, `../shared/corpus/trees/${what}/new`), '1'];
const r = spawnSync(process.execPath, ['--max-opt=2', '--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (r.status !== 0 && r.status !== 1) {
  console.error(r.stderr);
  process.exit(2);
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
let total = 0;
p.samples.forEach((id, i) => {
  const d = p.timeDeltas[i] ?? 0;
  total += d;
  self.set(id, (self.get(id) ?? 0) + d);
});
const groupOf = (url) => {
  const d = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url ?? '');
  if (d) return `dep ${d[1]}`;
  const m = /\/dist\/([^/]+?)(?:\/|\.js)/.exec(url ?? '');
  return m ? `redline ${m[1]}` : null;
};
const groups = new Map();
const fns = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  let g = cf.functionName === '(garbage collector)' ? 'GC' : null;
  for (let cur = id; !g && cur !== undefined; cur = parent.get(cur)) g = groupOf(byId.get(cur).callFrame.url);
  g ??= 'node / other';
  groups.set(g, (groups.get(g) ?? 0) + us);
  const name = `${cf.functionName || '(anonymous)'} ${(cf.url || '').replace(/^.*\/(dist|node_modules)\//, '$1/')}:${cf.lineNumber + 1}`;
  fns.set(name, (fns.get(name) ?? 0) + us);
}
const fmt = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k.length > 140 ? k.slice(0, 140) + '…' : k}`)
    .join('\n');
console.log(`${what}: ${(total / 1000).toFixed(0)} ms sampled (profiling slows the run down)\n\nself time by module\n${fmt(groups, 20)}\n\ntop functions (self)\n${fmt(fns, top)}\n\nprofile: ${join(dir, file)}`);
