// The built CLI as a child process that reports its peak memory on its last stderr line
// (`maxrss-kb=N`), for the tests that check a hostile server cannot make redline use memory.
const root = new URL('../../', import.meta.url);
const { run } = await import(new URL('dist/cli/index.js', root).href);
const code = await run(process.argv.slice(2));
process.stderr.write(`maxrss-kb=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
