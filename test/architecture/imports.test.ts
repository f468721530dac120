// The tree tells the pipeline's story: no import circles (static or lazy), presenters read
// results only, and stages never reach into the CLI or the presenters.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const src = readFileSync(f, 'utf8');
    const deps: string[] = [];
    for (const m of src.matchAll(IMPORT_RE)) {
      const spec = (m[1] ?? m[2]).replace(/\.js$/, '');
      const base = resolve(dirname(f), spec);
      const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => {
        try {
          return statSync(c).isFile();
        } catch {
          return false;
        }
      });
      if (hit) deps.push(relative(SRC, hit));
    }
    g.set(relative(SRC, f), deps);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, number>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 1);
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      if (state.get(d) === 1) out.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of g.keys()) if (!state.has(n)) visit(n);
  return out;
}

describe('source tree', () => {
  it('never spreads an array into a call (a 7 MB page overflowed the stack in push(...x)): util/arrays.ts loops instead', () => {
    const SPREAD = /\.(push|unshift)\(\.\.\.|Math\.(max|min)\(\.\.\.|fromCharCode\(\.\.\.|fromCodePoint\(\.\.\.|\.splice\([^)]*,\s*\.\.\.(?!\{)/;
    const hits = files(SRC)
      .filter((f) => !f.endsWith('util/arrays.ts'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, line, i })))
      .filter(({ line }) => SPREAD.test(line) && !/^\s*\/\//.test(line))
      .map(({ f, i, line }) => `${relative(SRC, f)}:${i + 1}: ${line.trim()}`);
    expect(hits).toEqual([]);
  });

  const g = graph();
  it('has no import circles, static or lazy', () => {
    expect(cycles(g).map((c) => c.join(' -> '))).toEqual([]);
  });
  it('keeps presenters reading results only (no pipeline stage, store or CLI imports)', () => {
    const bad = [...g].filter(([f]) => f.startsWith('present/')).flatMap(([f, deps]) =>
      deps.filter((d) => /^(cli|store|normalize|sections|align|diff|read|batch\/(?!types)|changelog\/(?!types)|ui)\//.test(d) || d === 'pipeline.ts').map((d) => `${f} -> ${d}`),
    );
    expect(bad).toEqual([]);
  });
  it('keeps stages out of the CLI and the presenters', () => {
    const bad = [...g]
      .filter(([f]) => !/^(cli|ui)\//.test(f))
      .flatMap(([f, deps]) => deps.filter((d) => /^(cli|ui)\//.test(d) || (d.startsWith('present/') && !f.startsWith('present/'))).map((d) => `${f} -> ${d}`));
    expect(bad).toEqual([]);
  });
});
