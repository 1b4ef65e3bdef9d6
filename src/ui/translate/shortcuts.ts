/**
 * The translate view's keyboard shortcuts: one list read by the key handler, the in-app sheet
 * and the README. `Mod` is Ctrl, or Cmd on a Mac; keys are KeyboardEvent.key values except
 * digits, which are matched by KeyboardEvent.code so that Option+digit works on a Mac, and
 * letters with Alt, matched by their code too (Option+Shift+A types Å on a Mac).
 */
export type ShortcutAction =
  | 'confirmAndNext'
  | 'nextSegment'
  | 'previousSegment'
  | 'copySourceToTarget'
  | 'insertTerm'
  | 'insertMatch'
  | 'setStatus'
  | 'find'
  | 'goToSegment'
  | 'annotate'
  | 'selectAllRows'
  | 'showShortcuts';

export interface KeyCombination {
  readonly key: string;
  readonly mod?: boolean;
  readonly alt?: boolean;
  readonly shift?: boolean;
  /** Only when no text field has the focus, so typing the key still types it. */
  readonly outsideTextOnly?: boolean;
}

export interface Shortcut {
  readonly action: ShortcutAction;
  /** The first combination is the one the sheet shows first; all of them work. */
  readonly combinations: readonly KeyCombination[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'confirmAndNext', combinations: [{ key: 'Enter', mod: true }] },
  { action: 'nextSegment', combinations: [{ key: 'ArrowDown', alt: true }] },
  { action: 'previousSegment', combinations: [{ key: 'ArrowUp', alt: true }] },
  {
    action: 'copySourceToTarget',
    combinations: [
      { key: 'Insert', alt: true },
      { key: 'S', mod: true, shift: true },
    ],
  },
  {
    action: 'insertTerm',
    combinations: [
      { key: '1…9', alt: true },
      { key: '1…9', mod: true, shift: true },
    ],
  },
  { action: 'insertMatch', combinations: [{ key: '1…9', mod: true, alt: true }] },
  { action: 'setStatus', combinations: [{ key: '1…7', alt: true, shift: true }] },
  { action: 'find', combinations: [{ key: 'F', mod: true }] },
  { action: 'goToSegment', combinations: [{ key: 'G', mod: true }] },
  { action: 'annotate', combinations: [{ key: 'A', alt: true, shift: true }] },
  { action: 'selectAllRows', combinations: [{ key: 'A', mod: true, outsideTextOnly: true }] },
  {
    action: 'showShortcuts',
    combinations: [{ key: 'F1' }, { key: '?', outsideTextOnly: true }],
  },
];
