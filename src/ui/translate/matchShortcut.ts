import { SHORTCUTS, type KeyCombination, type ShortcutAction } from './shortcuts';

export interface MatchedShortcut {
  readonly action: ShortcutAction;
  /** For insertTerm: which term, 1 to 9. */
  readonly termNumber?: number;
  /** For insertMatch: which translation-memory match, 1 to 9. */
  readonly matchNumber?: number;
  /** For setStatus: which status of SEGMENT_STATUSES, 1 (new) to 7 (locked). */
  readonly statusNumber?: number;
}

export type ShortcutKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'
>;

/** The shortcut a key press means, or undefined; `isInText` says whether a text field has the focus. */
export function matchShortcut(
  event: ShortcutKeyEvent,
  isInText: boolean,
): MatchedShortcut | undefined {
  const isMod = event.ctrlKey || event.metaKey;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
  const isAltDigit = event.altKey && !isMod && !event.shiftKey;
  const isModShiftDigit = isMod && event.shiftKey && !event.altKey;
  if (digit !== undefined && (isAltDigit || isModShiftDigit)) {
    return { action: 'insertTerm', termNumber: Number(digit) };
  }
  if (digit !== undefined && event.altKey && event.shiftKey && !isMod && Number(digit) <= 7) {
    return { action: 'setStatus', statusNumber: Number(digit) };
  }
  if (digit !== undefined && isMod && event.altKey && !event.shiftKey) {
    return { action: 'insertMatch', matchNumber: Number(digit) };
  }
  for (const shortcut of SHORTCUTS) {
    if (
      shortcut.action === 'insertTerm' ||
      shortcut.action === 'insertMatch' ||
      shortcut.action === 'setStatus'
    )
      continue;
    if (shortcut.combinations.some((combination) => isMatch(combination, event, isMod, isInText))) {
      return { action: shortcut.action };
    }
  }
  return undefined;
}

function isMatch(
  combination: KeyCombination,
  event: ShortcutKeyEvent,
  isMod: boolean,
  isInText: boolean,
): boolean {
  if (combination.outsideTextOnly === true && isInText) return false;
  const isLetterByCode =
    combination.alt === true &&
    /^[A-Z]$/i.test(combination.key) &&
    event.code === `Key${combination.key.toUpperCase()}`;
  if (combination.key.toLowerCase() !== event.key.toLowerCase() && !isLetterByCode) return false;
  if ((combination.mod ?? false) !== isMod || (combination.alt ?? false) !== event.altKey)
    return false;
  // '?' needs Shift on most layouts, so Shift only counts where the combination names it.
  return combination.key === '?' || (combination.shift ?? false) === event.shiftKey;
}
