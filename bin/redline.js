#!/usr/bin/env node
// Thin shim: load the built CLI (dist/, built by `npm ci` via the prepare script) and run it.
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
process.exitCode = await cli.run(process.argv.slice(2));
