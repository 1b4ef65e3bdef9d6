/**
 * The alignment workspace's commands: one list read by the toolbar, the key handler of the bead
 * grid, the in-app sheet and the README. Keys work while the grid has the focus; `Mod` is Ctrl,
 * or Cmd on a Mac. Each command's id is its button's data-action.
 */
import type { KeyCombination } from '../translate/shortcuts';

export type AlignmentCommand =
  | 'next-bead'
  | 'previous-bead'
  | 'other-side'
  | 'merge-next'
  | 'split-bead'
  | 'shift-up'
  | 'pop-down'
  | 'detach-side'
  | 'insert-empty'
  | 'swap-previous'
  | 'edit-sentence'
  | 'join-sentence'
  | 'confirm-bead'
  | 'confirm-through'
  | 'undo'
  | 'redo'
  | 'next-low-confidence'
  | 'previous-low-confidence'
  | 'next-unconfirmed'
  | 'previous-unconfirmed'
  | 'next-not-one-to-one'
  | 'previous-not-one-to-one'
  | 'realign';

export interface AlignmentShortcut {
  readonly command: AlignmentCommand;
  readonly combinations: readonly KeyCombination[];
}

export const ALIGNMENT_SHORTCUTS: readonly AlignmentShortcut[] = [
  { command: 'next-bead', combinations: [{ key: 'ArrowDown' }] },
  { command: 'previous-bead', combinations: [{ key: 'ArrowUp' }] },
  { command: 'other-side', combinations: [{ key: 'ArrowRight' }, { key: 'ArrowLeft' }] },
  { command: 'merge-next', combinations: [{ key: 'M' }] },
  { command: 'split-bead', combinations: [{ key: 'S' }] },
  { command: 'shift-up', combinations: [{ key: 'ArrowUp', alt: true }] },
  { command: 'pop-down', combinations: [{ key: 'ArrowDown', alt: true }] },
  { command: 'detach-side', combinations: [{ key: 'E' }] },
  { command: 'insert-empty', combinations: [{ key: 'I' }] },
  { command: 'swap-previous', combinations: [{ key: 'W' }] },
  { command: 'edit-sentence', combinations: [{ key: 'F2' }] },
  { command: 'join-sentence', combinations: [{ key: 'J' }] },
  { command: 'confirm-bead', combinations: [{ key: 'Enter' }, { key: 'C' }] },
  { command: 'confirm-through', combinations: [{ key: 'Enter', shift: true }] },
  { command: 'undo', combinations: [{ key: 'Z', mod: true }] },
  {
    command: 'redo',
    combinations: [
      { key: 'Z', mod: true, shift: true },
      { key: 'Y', mod: true },
    ],
  },
  { command: 'next-low-confidence', combinations: [{ key: 'N' }] },
  { command: 'previous-low-confidence', combinations: [{ key: 'N', shift: true }] },
  { command: 'next-unconfirmed', combinations: [{ key: 'U' }] },
  { command: 'previous-unconfirmed', combinations: [{ key: 'U', shift: true }] },
  { command: 'next-not-one-to-one', combinations: [{ key: 'O' }] },
  { command: 'previous-not-one-to-one', combinations: [{ key: 'O', shift: true }] },
  { command: 'realign', combinations: [{ key: 'R' }] },
];

/** The command a key press in the bead grid means, or undefined. */
export function matchAlignmentShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): AlignmentCommand | undefined {
  const isMod = event.ctrlKey || event.metaKey;
  return ALIGNMENT_SHORTCUTS.find((shortcut) =>
    shortcut.combinations.some(
      (combination) =>
        combination.key.toLowerCase() === event.key.toLowerCase() &&
        (combination.mod ?? false) === isMod &&
        (combination.alt ?? false) === event.altKey &&
        (combination.shift ?? false) === event.shiftKey,
    ),
  )?.command;
}
