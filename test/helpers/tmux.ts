// A private tmux server for end-to-end tests in a real terminal: the built CLI runs in a window,
// keys go in with send-keys, the screen comes back with capture-pane. Tests skip with NO_TMUX
// when tmux is missing (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './cli.js';

export const ENTRY = resolve(ROOT, 'bin/redline.js');
export const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
export const NO_TMUX = 'tmux is not installed (apt-get install -y tmux): the terminal end-to-end tests need a real terminal';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface Tmux {
  tmux(...args: string[]): string;
  /** Start `redline ARGS` in a new 120x40 window; after it exits the shell prints its exit code. `env` entries set to null are unset. */
  launch(name: string, args: string[], cwd?: string, env?: Record<string, string | null>): void;
  screen(name: string, escapes?: boolean): string;
  /** Poll until `pred` holds on a settled screen (the same text twice in a row). */
  waitFor(name: string, pred: (s: string) => boolean, what: string, ms?: number): Promise<string>;
  until(name: string, text: string | RegExp, ms?: number): Promise<string>;
  keys(name: string, ...k: string[]): void;
  /** Stop the server and remove its socket folder. */
  close(): void;
}

export function startTmux(): Tmux {
  // a private tmux server (own socket, no config file), removed with its folder afterwards
  const dir = mkdtempSync(join(tmpdir(), 'redline-tmux-'));
  const socket = join(dir, 'socket');
  const tmux = (...args: string[]): string => {
    const r = spawnSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  };
  const screen = (name: string, escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name);
  const waitFor = async (name: string, pred: (s: string) => boolean, what: string, ms = 15_000): Promise<string> => {
    const end = Date.now() + ms;
    let last = '';
    for (;;) {
      const s = screen(name);
      if (s === last && pred(s)) return s;
      if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; the screen:\n${s}`);
      last = s;
      await new Promise((r) => setTimeout(r, 60));
    }
  };
  return {
    tmux,
    launch(name, args, cwd = ROOT, env = {}) {
      const vars = Object.entries({ TERM: 'xterm-256color', ...env });
      const set = vars.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${quote(v!)}`);
      const unset = vars.filter(([, v]) => v === null).map(([k]) => `-u ${k}`);
      const cmd = `cd ${quote(cwd)} && env ${unset.join(' ')} ${set.join(' ')} ${quote(process.execPath)} ${quote(ENTRY)} ${args.map(quote).join(' ')}; echo "redline exited with $?"; sleep 600`;
      tmux('new-session', '-d', '-x', '120', '-y', '40', '-s', name, cmd);
    },
    screen,
    waitFor,
    until: (name, text, ms) => waitFor(name, (s) => (typeof text === 'string' ? s.includes(text) : text.test(s)), String(text), ms),
    keys: (name, ...k) => void tmux('send-keys', '-t', name, ...k),
    close() {
      if (hasTmux) spawnSync('tmux', ['-S', socket, 'kill-server']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
