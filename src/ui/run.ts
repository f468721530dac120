// Running the review app on a real terminal: the alternate screen (so the shell's scrollback is
// left as it was), Ink's render, and the way back whatever happens (quit, Ctrl+C, a crash).

import { render } from 'ink';
import { createElement } from 'react';
import { QUIT_RESULT, ReviewApp } from './App.js';
import type { ReviewSource } from './source.js';
import type { InitOptions } from './state.js';

export interface Terminal {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

const ENTER_ALT = '\x1b[?1049h\x1b[H\x1b[2J';
const LEAVE_ALT = '\x1b[?1049l';

/** How the app ended: `interrupted` when the user pressed Ctrl-C (a key in raw mode, not a signal). */
export interface UiEnd {
  interrupted: boolean;
}

export async function runReviewUi(source: ReviewSource, init: Omit<InitOptions, 'cols' | 'rows'>, term: Terminal): Promise<UiEnd> {
  const out = term.stdout;
  let interrupted = false;
  out.write(ENTER_ALT);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    out.write(LEAVE_ALT);
  };
  process.once('exit', restore);
  try {
    const app = render(createElement(ReviewApp, { source, init }), {
      stdout: out,
      stderr: term.stderr,
      stdin: term.stdin,
      exitOnCtrlC: true,
      patchConsole: false,
    });
    // the app quits with QUIT_RESULT; Ink's own Ctrl-C handling exits with nothing
    interrupted = (await app.waitUntilExit()) !== QUIT_RESULT;
    app.cleanup();
  } finally {
    restore();
    process.off('exit', restore);
  }
  return { interrupted };
}
