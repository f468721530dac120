// The review UI's hooks: they connect the reducer to the outside world and hold no state of
// their own worth testing. Keys go through keyToAction; reports are loaded one at a time, most
// urgent first, from the (caching) source; queued effects (writing a review) are run once each.

import { useEffect, useRef, useState, type Dispatch } from 'react';
import { useInput, useStdout } from 'ink';
import { keyToAction } from './keys.js';
import { reduce, wantedReports, type Action, type ReviewState } from './state.js';
import type { ReviewSource } from './source.js';

/** Terminal size, following resizes. `fixed` (tests) wins over the terminal. */
export function useTerminalSize(fixed?: { cols: number; rows: number }): { cols: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ cols: fixed?.cols ?? (stdout.columns || 80), rows: fixed?.rows ?? (stdout.rows || 24) });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout, fixed?.cols, fixed?.rows]);
  return fixed ?? size;
}

/**
 * Keys to actions. Ink hands over keys typed ahead (or pasted) as one string: outside the
 * search box each character is a key of its own, mapped against the state the previous ones
 * lead to (the reducer is pure, so running it here to look ahead is safe).
 */
export function useReviewInput(state: ReviewState, dispatch: Dispatch<Action>): void {
  const ref = useRef(state);
  ref.current = state;
  useInput((input, key) => {
    let s = ref.current;
    const chars = [...input];
    if (chars.length <= 1 || s.search.editing) {
      const a = keyToAction(s, input, key);
      if (a) dispatch(a);
      return;
    }
    for (const ch of chars) {
      const k = ch === '\r' || ch === '\n' ? { return: true } : ch === '\t' ? { tab: true } : ch === '\x7f' ? { backspace: true } : {};
      const printable = !Object.keys(k).length;
      const a = s.search.editing && printable ? { type: 'searchInput' as const, text: ch } : keyToAction(s, printable ? ch : '', k);
      if (!a) continue;
      s = reduce(s, a);
      dispatch(a);
    }
    ref.current = s;
  });
}

/**
 * Load the reports the UI is waiting for, one at a time, always picking the most urgent one
 * against the latest state (so pages the cursor merely passed over are skipped).
 */
export function useReportLoader(source: ReviewSource, state: ReviewState, dispatch: Dispatch<Action>): void {
  const ref = useRef(state);
  ref.current = state;
  const running = useRef(false);
  const mounted = useRef(true);
  const started = useRef(new Set<string>());
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const wantedKey = wantedReports(state)
    .map((w) => w.key)
    .join('\n');
  useEffect(() => {
    // one loop at a time; a running loop reads the latest state and picks up new requests itself
    if (running.current || !wantedKey) return;
    running.current = true;
    void (async () => {
      try {
        while (mounted.current) {
          const next = wantedReports(ref.current).find((w) => !started.current.has(w.key));
          if (!next) break;
          started.current.add(next.key);
          try {
            const report = await source.loadReport(next.page, next.pair.from, next.pair.to);
            if (mounted.current) dispatch({ type: 'reportsLoaded', results: [{ key: next.key, report }] });
          } catch (e) {
            if (mounted.current) dispatch({ type: 'reportsLoaded', results: [{ key: next.key, error: (e as Error)?.message ?? String(e) }] });
          }
          // let key presses through between two reports
          await new Promise((r) => setImmediate(r));
        }
      } finally {
        running.current = false;
      }
    })();
  }, [wantedKey, source, dispatch]);
}

/** Run each queued effect once, reporting back with effectDone. */
export function useEffectRunner(source: ReviewSource, state: ReviewState, dispatch: Dispatch<Action>): void {
  const started = useRef(new Set<number>());
  useEffect(() => {
    for (const e of state.effects) {
      if (started.current.has(e.id)) continue;
      started.current.add(e.id);
      if (e.type === 'markReviewed') {
        const run = source.markReviewed ? source.markReviewed(e.page, e.version) : Promise.reject(new Error('this source keeps no reviews'));
        run.then(
          () => dispatch({ type: 'effectDone', id: e.id }),
          (err: unknown) => dispatch({ type: 'effectDone', id: e.id, error: (err as Error)?.message ?? String(err) }),
        );
      }
    }
  }, [state.effects, source, dispatch]);
}
