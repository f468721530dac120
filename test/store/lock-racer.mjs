// A process that races for the store's writer lock (test/store/lock-race.test.ts). It takes orders
// on stdin, one per line: `go DIR T` waits until the clock reads T (ms since the epoch, so that all
// racers start within the same moment), tries to take the lock of DIR and answers `won` or
// `lost: MESSAGE`; `release` lets a held lock go and answers `released`. Uses the built code (dist/).
import { createInterface } from 'node:readline';

const { acquireLock } = await import(new URL('../../dist/store/lock.js', import.meta.url).href);
let held = null;
const say = (s) => process.stdout.write(s + '\n');
say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, dir, at] = line.split(' ');
  if (cmd === 'go') {
    while (Date.now() < Number(at)); // spin: every racer leaves this loop within the same millisecond
    try {
      held = acquireLock(dir, 'track', () => undefined);
      say('won');
    } catch (e) {
      say(`lost: ${e.message}`);
    }
  } else if (cmd === 'release') {
    held?.release();
    held = null;
    say('released');
  }
}
