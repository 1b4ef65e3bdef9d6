import { useCallback, useState } from 'react';

function readStoredChoice<Choice extends string>(
  storageKey: string,
  choices: readonly Choice[],
  fallback: Choice,
): Choice {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return choices.find((choice) => choice === stored) ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * One of a few display choices (a panel collapsed, a density), remembered in localStorage across
 * reloads. A missing, unknown or unreadable stored value gives `fallback`.
 */
export function useRememberedChoice<Choice extends string>(
  storageKey: string,
  choices: readonly Choice[],
  fallback: Choice,
): readonly [Choice, (choice: Choice) => void] {
  const [choice, setChoice] = useState(() => readStoredChoice(storageKey, choices, fallback));
  const remember = useCallback(
    (nextChoice: Choice) => {
      setChoice(nextChoice);
      try {
        globalThis.localStorage?.setItem(storageKey, nextChoice);
      } catch {
        // Without storage the choice lasts for this session only.
      }
    },
    [storageKey],
  );
  return [choice, remember] as const;
}
