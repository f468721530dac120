// The key map: every key of the issue, and the modes that change what keys mean.
import { describe, expect, it } from 'vitest';
import { keyToAction } from '../../src/ui/keys.js';
import { reduce } from '../../src/ui/state.js';
import { pairState } from './fixtures.js';

const s = pairState();
const key = (input: string, k = {}) => keyToAction(s, input, k);

describe('keys: browsing', () => {
  it.each([
    ['↓', '', { downArrow: true }, { type: 'move', delta: 1 }],
    ['j', 'j', {}, { type: 'move', delta: 1 }],
    ['↑', '', { upArrow: true }, { type: 'move', delta: -1 }],
    ['k', 'k', {}, { type: 'move', delta: -1 }],
    ['enter', '', { return: true }, { type: 'open' }],
    ['→', '', { rightArrow: true }, { type: 'open' }],
    ['←', '', { leftArrow: true }, { type: 'close' }],
    ['esc', '', { escape: true }, { type: 'close' }],
    ['tab', '', { tab: true }, { type: 'togglePane' }],
    ['n', 'n', {}, { type: 'jumpChange', dir: 1 }],
    ['N', 'N', {}, { type: 'jumpChange', dir: -1 }],
    ['PgDn', '', { pageDown: true }, { type: 'scrollPage', dir: 1 }],
    ['PgUp', '', { pageUp: true }, { type: 'scrollPage', dir: -1 }],
    ['s', 's', {}, { type: 'toggleSideBySide' }],
    ['f', 'f', {}, { type: 'cycleSeverity' }],
    ['/', '/', {}, { type: 'searchStart' }],
    ['v', 'v', {}, { type: 'pickerOpen' }],
    ['r', 'r', {}, { type: 'markReviewed' }],
    ['?', '?', {}, { type: 'toggleHelp' }],
    ['q', 'q', {}, { type: 'quit' }],
  ])('%s', (_name, input, k, action) => {
    expect(key(input, k)).toEqual(action);
  });

  it('ignores other keys and control combinations', () => {
    expect(key('x')).toBeNull();
    expect(key('q', { ctrl: true })).toBeNull();
  });
});

describe('keys: modes', () => {
  it('while searching, letters are text, enter finds, esc cancels, backspace deletes', () => {
    const t = reduce(s, { type: 'searchStart' });
    expect(keyToAction(t, 'q', {})).toEqual({ type: 'searchInput', text: 'q' });
    expect(keyToAction(t, 'TLS 1.3', {})).toEqual({ type: 'searchInput', text: 'TLS 1.3' });
    expect(keyToAction(t, '', { return: true })).toEqual({ type: 'searchSubmit' });
    expect(keyToAction(t, '', { escape: true })).toEqual({ type: 'searchCancel' });
    expect(keyToAction(t, '', { backspace: true })).toEqual({ type: 'searchBackspace' });
    expect(keyToAction(t, '', { upArrow: true })).toBeNull();
  });

  it('help closes on any key, q still quits', () => {
    const t = reduce(s, { type: 'toggleHelp' });
    expect(keyToAction(t, 'x', {})).toEqual({ type: 'toggleHelp' });
    expect(keyToAction(t, 'q', {})).toEqual({ type: 'quit' });
  });

  it('the version picker takes arrows, enter and esc', () => {
    const t = reduce(s, { type: 'pickerOpen' });
    expect(keyToAction(t, '', { downArrow: true })).toEqual({ type: 'pickerMove', delta: 1 });
    expect(keyToAction(t, 'k', {})).toEqual({ type: 'pickerMove', delta: -1 });
    expect(keyToAction(t, '', { return: true })).toEqual({ type: 'pickerSelect' });
    expect(keyToAction(t, '', { escape: true })).toEqual({ type: 'pickerCancel' });
  });
});
