// A deliberately crude stand-in for the real diff stage, used only by classify tests to turn two
// awsdocs Markdown versions into a ChangeReport: sections by heading, blocks by line, LCS on blocks.
import type { Change, ChangeReport, SectionDiff } from '../../../src/types.js';

interface Blk { plain: string; key: string; kind: 'paragraph' | 'list-item' | 'table-row' | 'code' }
interface Sec { heading: string | null; key: string; blocks: Blk[] }

export function plainOf(md: string): string {
  return md
    .replace(/<a name="[^"]*"><\/a>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/(^|\W)\*([^*\s][^*]*)\*(?=\W|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const keyOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function parse(md: string): Sec[] {
  const secs: Sec[] = [{ heading: null, key: '', blocks: [] }];
  const lines = md.split('\n');
  let para: string[] = [];
  let inCode = false;
  let code: string[] = [];
  const flush = () => {
    if (para.length) {
      const plain = plainOf(para.join(' '));
      if (plain) secs[secs.length - 1].blocks.push({ plain, key: keyOf(plain), kind: 'paragraph' });
    }
    para = [];
  };
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      if (inCode) {
        const plain = code.join('\n');
        secs[secs.length - 1].blocks.push({ plain, key: keyOf(plain), kind: 'code' });
        code = [];
      } else flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) { code.push(line); continue; }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) { flush(); const heading = plainOf(h[2]); secs.push({ heading, key: keyOf(heading), blocks: [] }); continue; }
    if (/^\s*$/.test(line)) { flush(); continue; }
    if (/^\s*\|/.test(line)) {
      flush();
      if (/^\s*\|[\s|:-]+\|?\s*$/.test(line)) continue;
      const cells = line.trim().replace(/^\|/, '').replace(/\|\s*$/, '').split(/(?<!\\)\|/).map((c) => plainOf(c));
      const plain = cells.join(' | ');
      secs[secs.length - 1].blocks.push({ plain, key: keyOf(plain), kind: 'table-row' });
      continue;
    }
    const li = /^\s*(?:[+*-]|\d+\.)\s+(.*)$/.exec(line);
    if (li) { flush(); para = [li[1]]; flush(); const b = secs[secs.length - 1].blocks; b[b.length - 1] && (b[b.length - 1].kind = 'list-item'); continue; }
    para.push(line.trim());
  }
  flush();
  return secs.filter((s) => s.heading !== null || s.blocks.length);
}

function lcs<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): Array<[number, number]> {
  const n = a.length, m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = eq(a[i], b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: Array<[number, number]> = [];
  let i = 0, j = 0;
  while (i < n && j < m) { if (eq(a[i], b[j])) { out.push([i, j]); i++; j++; } else if (t[i + 1][j] >= t[i][j + 1]) i++; else j++; }
  return out;
}
const dice = (a: string, b: string) => {
  const x = a.split(' '), y = b.split(' ');
  const c = new Map<string, number>(); for (const w of x) c.set(w, (c.get(w) ?? 0) + 1);
  let k = 0; for (const w of y) { const v = c.get(w); if (v) { k++; c.set(w, v - 1); } }
  return (2 * k) / (x.length + y.length || 1);
};
const mk = (type: Change['type'], old: string | null, nw: string | null, block?: Blk['kind']): Change => ({ type, old, new: nw, category: 'content', severity: 'low', summary: '', ...(block ? { block } : {}) });

function diffBlocks(a: Blk[], b: Blk[]): Change[] {
  const anchors = lcs(a, b, (x, y) => x.key === y.key);
  const out: Change[] = [];
  let pi = 0, pj = 0;
  const gap = (ai: number, bj: number) => {
    const olds = a.slice(pi, ai), news = b.slice(pj, bj);
    const used = new Set<number>();
    for (const o of olds) {
      let best = -1, bs = 0.3;
      news.forEach((n, k) => { if (!used.has(k)) { const s = dice(o.key, n.key); if (s > bs) { bs = s; best = k; } } });
      if (best >= 0) { used.add(best); out.push(mk('changed', o.plain, news[best].plain, news[best].kind)); }
      else out.push(mk('removed', o.plain, null, o.kind));
    }
    news.forEach((n, k) => { if (!used.has(k)) out.push(mk('added', null, n.plain, n.kind)); });
  };
  for (const [i, j] of anchors) { gap(i, j); if (a[i].plain !== b[j].plain) out.push({ ...mk('changed', a[i].plain, b[j].plain, b[j].kind), formatting: true }); pi = i + 1; pj = j + 1; }
  gap(a.length, b.length);
  return out;
}

export function miniDiff(oldMd: string, newMd: string): ChangeReport {
  const A = parse(oldMd), B = parse(newMd);
  const pairs = lcs(A, B, (x, y) => x.key === y.key);
  const sections: SectionDiff[] = [];
  const sec = (status: SectionDiff['status'], o: Sec | null, n: Sec | null, changes: Change[]): SectionDiff => ({
    status, oldHeading: o?.heading ?? null, newHeading: n?.heading ?? null, oldPath: o ? [o.heading ?? ''] : null, newPath: n ? [n.heading ?? ''] : null, anchor: null, moved: false, severity: 'none', changes,
  });
  let pi = 0, pj = 0;
  const gap = (ai: number, bj: number) => {
    for (const o of A.slice(pi, ai)) sections.push(sec('removed', o, null, [mk('removed', o.blocks.map((b) => b.plain).join('\n'), null)]));
    for (const n of B.slice(pj, bj)) sections.push(sec('added', null, n, [mk('added', null, n.blocks.map((b) => b.plain).join('\n'))]));
  };
  for (const [i, j] of pairs) {
    gap(i, j);
    const changes = diffBlocks(A[i].blocks, B[j].blocks);
    sections.push(sec(changes.length ? 'modified' : 'unchanged', A[i], B[j], changes));
    pi = i + 1; pj = j + 1;
  }
  gap(A.length, B.length);
  const count = (s: string) => sections.filter((x) => x.status === s).length;
  return {
    schemaVersion: 1,
    old: { label: 'old', format: 'markdown', title: null },
    new: { label: 'new', format: 'markdown', title: null },
    summary: { added: count('added'), removed: count('removed'), modified: count('modified'), renamed: 0, moved: 0, severity: 'none', counts: { none: 0, low: 0, medium: 0, high: 0 } },
    sections,
    fallbacks: [],
  };
}
