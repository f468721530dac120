// Review aid, not an assertion suite: REDLINE_REVIEW=1 npx vitest run test/classify/corpus-review
// classifies every consecutive version pair of the corpus and writes /tmp/redline-classify-review.txt.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { classifyReport } from '../../src/classify/index.js';
import { miniDiff } from './support/mini-diff.js';

const ROOT = '/work/shared/corpus/history';
it.skipIf(!process.env.REDLINE_REVIEW)('corpus review', () => {
  const lines: string[] = [];
  let n = 0;
  const t0 = performance.now();
  for (const guide of readdirSync(ROOT)) for (const page of readdirSync(join(ROOT, guide))) {
    const dir = join(ROOT, guide, page);
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    for (let i = 1; i < files.length; i++) {
      const r = classifyReport(miniDiff(readFileSync(join(dir, files[i - 1]), 'utf8'), readFileSync(join(dir, files[i]), 'utf8')));
      lines.push(`=== ${guide}/${page} ${files[i]}  [${r.summary.severity}] ${JSON.stringify(r.summary.counts)}`);
      for (const s of r.sections) for (const c of s.changes) {
        n++;
        if (c.category === 'formatting') continue;
        lines.push(`  ${c.severity.padEnd(6)} ${c.category.padEnd(10)} ${c.summary}  {${(c.rules ?? []).join(',')}}`);
      }
    }
  }
  lines.push(`${n} changes in ${(performance.now() - t0).toFixed(0)} ms`);
  writeFileSync('/tmp/redline-classify-review.txt', lines.join('\n'));
});
