// Per-template score of the cross-format suite, HTML form: how many page versions come out with
// no change against their own Markdown, with site profiles and by structure alone
// (REDLINE_NO_PROFILES=1). A measurement, not a gate: it runs only with CROSSFORMAT_SCORE=1 and
// prints a table (CROSSFORMAT_SCORE_DETAIL=<template id> also prints that template's failures).

import { describe, expect, it } from 'vitest';
import { safeCompare, safeNormalize } from '../../src/bounded.js';
import { hasChanges } from '../../src/classify/index.js';
import { TEMPLATES, VERSIONS, htmlOf } from './cases.js';

const on = process.env.CROSSFORMAT_SCORE === '1';

function clean(v: (typeof VERSIONS)[number], t: (typeof TEMPLATES)[number], detail: boolean): boolean {
  const notes: string[] = [];
  const doc = safeNormalize({ label: `${v.page}.${v.version}.${t.id}.html`, text: htmlOf(v, t), format: 'html' }, notes);
  const md = safeNormalize({ label: v.file, text: v.md, format: 'markdown' }, []);
  const r = safeCompare(doc, md, {}, notes);
  const ok = !hasChanges(r);
  if (!ok && detail) {
    const lines = [`${t.id} ${v.page}.${v.version}:`];
    for (const s of r.sections) {
      const cs = s.changes.filter((c) => !c.formatting && !c.silenced);
      if (s.status === 'unchanged' && !cs.length) continue;
      lines.push(`  ${s.status} ${s.oldHeading ?? '-'} -> ${s.newHeading ?? '-'}`);
      for (const c of cs.slice(0, 10)) lines.push(`    ${c.type} ${String(c.old ?? '').slice(0, 100)} => ${String(c.new ?? '').slice(0, 100)}`.replace(/\n/g, ' '));
    }
    console.log(lines.join('\n'));
  }
  return ok;
}

describe.skipIf(!on)('cross-format score (html)', () => {
  it('scores every template with and without profiles', () => {
    const detail = process.env.CROSSFORMAT_SCORE_DETAIL ?? '';
    const rows: string[] = [];
    const saved = process.env.REDLINE_NO_PROFILES;
    try {
      for (const t of TEMPLATES) {
        process.env.REDLINE_NO_PROFILES = '0';
        const withP = VERSIONS.filter((v) => clean(v, t, detail === t.id && !process.env.CROSSFORMAT_SCORE_NOPROF_ONLY)).length;
        process.env.REDLINE_NO_PROFILES = '1';
        const without = VERSIONS.filter((v) => clean(v, t, detail === t.id)).length;
        rows.push(`${t.id.padEnd(18)} ${t.heldOut ? 'held-out' : 'tuned   '} profiles ${withP}/${VERSIONS.length}  structure ${without}/${VERSIONS.length}`);
      }
    } finally {
      if (saved === undefined) delete process.env.REDLINE_NO_PROFILES;
      else process.env.REDLINE_NO_PROFILES = saved;
    }
    console.log(rows.join('\n'));
    expect(rows.length).toBe(TEMPLATES.length);
  });
});
