import type { KeyCombination } from './shortcuts';

export interface ModifierNames {
  readonly mod: string;
  readonly alt: string;
  readonly shift: string;
}

const KEY_SYMBOLS: Readonly<Record<string, string>> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** The keys of a combination as shown, modifiers first (['Ctrl', 'Shift', 'S']); * marks keys for outside text fields. */
export function keyCombinationParts(combination: KeyCombination, names: ModifierNames): string[] {
  return [
    ...(combination.mod === true ? [names.mod] : []),
    ...(combination.alt === true ? [names.alt] : []),
    ...(combination.shift === true ? [names.shift] : []),
    `${KEY_SYMBOLS[combination.key] ?? combination.key}${combination.outsideTextOnly === true ? '*' : ''}`,
  ];
}
