// Runs the built CLI (dist/) as a real process with the store commands, whether or not
// buildProgram registers them yet: the kill -9 test needs a process it can kill.
import { Command, CommanderError } from 'commander';

const root = new URL('../../', import.meta.url);
const { buildProgram, run } = await import(new URL('dist/cli/index.js', root).href);
const { registerStoreCommands } = await import(new URL('dist/cli/store.js', root).href);
const { UserError } = await import(new URL('dist/types.js', root).href);

const argv = process.argv.slice(2);
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
if (buildProgram(io, () => undefined).commands.some((c) => c.name() === 'track')) {
  process.exitCode = await run(argv, io);
} else {
  let code = 0;
  const program = new Command().name('redline').exitOverride();
  registerStoreCommands(program, io, (n) => (code = n));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? 0 : 2;
    else if (e instanceof UserError) {
      process.stderr.write(`redline: ${e.message}\n`);
      code = e.exitCode;
    } else throw e;
  }
  process.exitCode = code;
}
