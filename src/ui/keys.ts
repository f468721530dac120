// Key presses to reducer actions: the whole keyboard map in one pure function, so it can be
// read and tested without a terminal. The input hook only calls this and dispatches.

import type { Action, ReviewState } from './state.js';

/** The parts of Ink's `Key` this map reads. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export function keyToAction(s: ReviewState, input: string, key: KeyInfo): Action | null {
  if (s.search.editing) {
    if (key.escape) return { type: 'searchCancel' };
    if (key.return) return { type: 'searchSubmit' };
    if (key.backspace || key.delete) return { type: 'searchBackspace' };
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return null;
    return input ? { type: 'searchInput', text: input } : null;
  }
  if (s.help) return input === 'q' ? { type: 'quit' } : { type: 'toggleHelp' };
  if (s.picker) {
    if (key.upArrow || input === 'k') return { type: 'pickerMove', delta: -1 };
    if (key.downArrow || input === 'j') return { type: 'pickerMove', delta: 1 };
    if (key.pageUp) return { type: 'pickerMove', delta: -10 };
    if (key.pageDown) return { type: 'pickerMove', delta: 10 };
    if (key.return || key.rightArrow) return { type: 'pickerSelect' };
    if (key.escape || key.leftArrow || input === 'v' || input === 'q') return { type: 'pickerCancel' };
    return null;
  }
  if (key.ctrl || key.meta) return null;
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.return || key.rightArrow || input === 'l') return { type: 'open' };
  if (key.leftArrow || key.escape || input === 'h') return { type: 'close' };
  if (key.tab) return { type: 'togglePane' };
  if (key.pageDown || input === ' ') return { type: 'scrollPage', dir: 1 };
  if (key.pageUp || input === 'b') return { type: 'scrollPage', dir: -1 };
  switch (input) {
    case 'n':
      return { type: 'jumpChange', dir: 1 };
    case 'N':
      return { type: 'jumpChange', dir: -1 };
    case 's':
      return { type: 'toggleSideBySide' };
    case 'f':
      return { type: 'cycleSeverity' };
    case '/':
      return { type: 'searchStart' };
    case 'v':
      return { type: 'pickerOpen' };
    case 'r':
      return { type: 'markReviewed' };
    case '?':
      return { type: 'toggleHelp' };
    case 'q':
      return { type: 'quit' };
  }
  return null;
}

/** The keys as the footer and the help screen list them. */
export const KEY_HELP: [string, string][] = [
  ['↑ ↓  j k', 'move in the focused pane (tree: pages and sections; diff: scroll a line)'],
  ['enter  →', 'open: a page shows its sections, a section focuses its diff'],
  ['←  esc', 'close: back to the tree, up to the page, collapse the page'],
  ['tab', 'switch between the tree and the diff pane'],
  ['n  N', 'next / previous change on the page'],
  ['PgDn PgUp  space b', 'scroll the diff a screen at a time'],
  ['s', 'inline or side-by-side diff'],
  ['f', 'cycle the minimum severity shown (none, low, medium, high)'],
  ['/', 'search headings and text (enter on an empty search repeats the last one)'],
  ['v', 'pick which two versions of the page to compare'],
  ['r', 'mark the page reviewed at the new version (kept in the store)'],
  ['?', 'this help'],
  ['q', 'quit'],
];
