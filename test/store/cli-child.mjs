// Runs the built CLI (dist/) as a real process: the kill -9 test needs a process it can kill.
const { run } = await import(new URL('../../dist/cli/index.js', import.meta.url).href);

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
