// Child process for the bench: compare two trees with the built batch library, render the text
// report (as `redline diff OLD_DIR NEW_DIR` would), and print one JSON line of measurements.
// Usage: node bench/batch-child.js OLD_DIR NEW_DIR [jobs]
import { setFlagsFromString } from 'node:v8';
import { diffTrees } from '../dist/batch/index.js';
import { renderBatchText } from '../dist/present/batch.js';

// the same engine setting as bin/redline.js (see there)
if (process.env.REDLINE_JIT !== 'full') setFlagsFromString('--max-opt=2');
setFlagsFromString('--no-regexp-tier-up');
const [oldDir, newDir, jobsArg] = process.argv.slice(2);
const t0 = performance.now();
const report = await diffTrees(oldDir, newDir, jobsArg ? { jobs: Number(jobsArg) } : {});
const text = renderBatchText(report);
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    uptimeMs: process.uptime() * 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    pages: report.pages.length,
    counts: report.counts,
    groups: report.groups.length,
    fallbacks: report.fallbacks,
    bytes: report.old.bytes + report.new.bytes,
    textBytes: text.length,
  }) + '\n',
);
