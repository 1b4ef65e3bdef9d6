import { describe, expect, it } from 'vitest';
import { matchShortcut, type ShortcutKeyEvent } from './matchShortcut';

const press = (key: string, modifiers: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('matchShortcut', () => {
  it.each([
    ['Ctrl+Enter', press('Enter', { ctrlKey: true }), true, { action: 'confirmAndNext' }],
    ['Cmd+Enter', press('Enter', { metaKey: true }), true, { action: 'confirmAndNext' }],
    ['Enter alone', press('Enter'), true, undefined],
    ['Alt+ArrowDown', press('ArrowDown', { altKey: true }), true, { action: 'nextSegment' }],
    ['Alt+ArrowUp', press('ArrowUp', { altKey: true }), true, { action: 'previousSegment' }],
    ['ArrowUp alone', press('ArrowUp'), true, undefined],
    ['Alt+Insert', press('Insert', { altKey: true }), true, { action: 'copySourceToTarget' }],
    [
      'Ctrl+Shift+S',
      press('S', { ctrlKey: true, shiftKey: true }),
      true,
      { action: 'copySourceToTarget' },
    ],
    ['Ctrl+S', press('s', { ctrlKey: true }), true, undefined],
    [
      'Alt+Shift+A',
      { ...press('A', { altKey: true, shiftKey: true }), code: 'KeyA' },
      true,
      { action: 'annotate' },
    ],
    [
      'Option+Shift+A on a Mac types Å',
      { ...press('Å', { altKey: true, shiftKey: true }), code: 'KeyA' },
      true,
      { action: 'annotate' },
    ],
    ['Alt+A is not Annotate', { ...press('a', { altKey: true }), code: 'KeyA' }, true, undefined],
    [
      'Ctrl+Shift+A is not Annotate',
      { ...press('A', { ctrlKey: true, shiftKey: true }), code: 'KeyA' },
      true,
      undefined,
    ],
    ['Alt+3', press('3', { altKey: true }), true, { action: 'insertTerm', termNumber: 3 }],
    [
      'Alt+Shift+5 (types % with Shift)',
      { ...press('%', { altKey: true, shiftKey: true }), code: 'Digit5' },
      true,
      { action: 'setStatus', statusNumber: 5 },
    ],
    [
      'Alt+Shift+8 is no status',
      { ...press('*', { altKey: true, shiftKey: true }), code: 'Digit8' },
      true,
      undefined,
    ],
    [
      'Ctrl+Alt+2',
      press('2', { ctrlKey: true, altKey: true }),
      true,
      { action: 'insertMatch', matchNumber: 2 },
    ],
    [
      'Cmd+Option+2 on a Mac types ™',
      { ...press('™', { metaKey: true, altKey: true }), code: 'Digit2' },
      true,
      { action: 'insertMatch', matchNumber: 2 },
    ],
    [
      'Option+3 on a Mac types £',
      { ...press('£', { altKey: true }), code: 'Digit3' },
      true,
      { action: 'insertTerm', termNumber: 3 },
    ],
    [
      'Ctrl+Shift+3 (where the browser takes Alt+digits)',
      { ...press('#', { ctrlKey: true, shiftKey: true }), code: 'Digit3' },
      true,
      { action: 'insertTerm', termNumber: 3 },
    ],
    ['Ctrl+3 (the browser switches tabs)', press('3', { ctrlKey: true }), true, undefined],
    [
      'Alt+Shift+3',
      press('3', { altKey: true, shiftKey: true }),
      true,
      { action: 'setStatus', statusNumber: 3 },
    ],
    ['Alt+0', press('0', { altKey: true }), true, undefined],
    ['3 alone', press('3'), true, undefined],
    ['F1 in text', press('F1'), true, { action: 'showShortcuts' }],
    ['? outside text', press('?', { shiftKey: true }), false, { action: 'showShortcuts' }],
    ['? in text', press('?', { shiftKey: true }), true, undefined],
  ])('%s', (_name, event, isInText, expected) => {
    expect(matchShortcut(event, isInText)).toEqual(expected);
  });
});
