// The review app: the reducer plus the hooks that feed it (keys, terminal size, report loading,
// effects), rendering ReviewScreen. Quits once queued writes (a review mark) have finished.

import { useApp } from 'ink';
import { useEffect, useReducer, type ReactElement } from 'react';
import { ReviewScreen } from './components.js';
import { useEffectRunner, useReportLoader, useReviewInput, useTerminalSize } from './hooks.js';
import type { ReviewSource } from './source.js';
import { initState, reduce, type InitOptions } from './state.js';

/** What the app passes to Ink's exit() when the user quits (q); Ink's own Ctrl-C exit passes nothing. */
export const QUIT_RESULT = 'quit';

export interface ReviewAppProps {
  source: ReviewSource;
  init: Omit<InitOptions, 'cols' | 'rows'>;
  /** fixed terminal size (tests); default: the real terminal, following resizes. */
  size?: { cols: number; rows: number };
}

export function ReviewApp({ source, init, size: fixed }: ReviewAppProps): ReactElement {
  const size = useTerminalSize(fixed);
  const [state, dispatch] = useReducer(reduce, undefined, () => initState({ ...init, cols: size.cols, rows: size.rows }));
  useEffect(() => {
    dispatch({ type: 'resize', cols: size.cols, rows: size.rows });
  }, [size.cols, size.rows]);
  useReviewInput(state, dispatch);
  useReportLoader(source, state, dispatch);
  useEffectRunner(source, state, dispatch);
  const { exit } = useApp();
  useEffect(() => {
    if (state.quit && state.effects.length === 0) exit(QUIT_RESULT);
  }, [state.quit, state.effects.length, exit]);
  return <ReviewScreen state={state} />;
}
