#!/usr/bin/env node
// Thin shim: load the built CLI (dist/, built by `npm ci` via the prepare script) and run it.
import { setFlagsFromString } from 'node:v8';

// redline runs for a fraction of a second to a few seconds. In runs that short, V8's optimizing
// compiler (TurboFan) spends more CPU compiling, on a background thread, than its code saves:
// on the IAM guide it took about 1.5 s of the 4.5 s of CPU for no gain in wall time, and with
// two batch workers on two cores it ate the second core. Stopping tier-up at the baseline
// compiler (Sparkplug) made every bench workload as fast or faster (IAM with 2 workers about
// 2.7 s -> 1.8 s, the 5 MB page 2.1 s -> 1.7 s). REDLINE_JIT=full keeps V8's default.
if (process.env.REDLINE_JIT !== 'full') setFlagsFromString('--max-opt=2');
// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// only when it runs again. redline's topic, version and number rules are large alternations: on
// one page pair their interpreted first runs cost about 30 ms of the 0.2 s (the topic regex
// alone 34 ms against 3 ms compiled). Compiling on first use costs nothing measurable on
// folder pairs, where every rule runs thousands of times anyway.
setFlagsFromString('--no-regexp-tier-up');
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
let cli;
try {
  cli = await import('../dist/cli/index.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist')) {
    process.stderr.write('redline: not built yet: run `npm ci` (or `npm run build`) in the redline folder first\n');
    process.exit(2);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2));
