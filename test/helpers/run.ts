// Run `redline ARGV` in-process through the real program (run() from src/cli), with fake streams
// that collect the output. Faster than a child process; the CLI tests that need a real process
// use cli.ts beside this file.
import { Writable } from 'node:stream';
import { run, type Io } from '../../src/cli/index.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

export async function redlineIn(argv: string[], cwd: string, opts: { tty?: boolean } = {}): Promise<Ran> {
  const out = new Sink();
  const err = new Sink();
  if (opts.tty) Object.assign(err, { isTTY: true, columns: 100 });
  const io: Io = { stdout: out as unknown as NodeJS.WriteStream, stderr: err as unknown as NodeJS.WriteStream, cwd };
  const code = await run(argv, io);
  return { code, stdout: out.text, stderr: err.text };
}
