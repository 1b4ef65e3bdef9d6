export interface TermKeyEvent {
  readonly key: string;
  readonly target: EventTarget | null;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

const TERM_SELECTOR = '[data-term-id]';

/**
 * Moves the focus between the highlighted terms of one sentence: the arrow keys to the next or
 * previous term (no wrapping), Home and End to the first and last. `onMove` receives the index
 * of the term to focus, to make it the sentence's Tab stop, before it takes the focus.
 * Returns whether the key was taken.
 */
export function moveTermFocus(
  container: HTMLElement,
  event: TermKeyEvent,
  onMove: (index: number) => void,
): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
    return false;
  const terms = [...container.querySelectorAll<HTMLElement>(TERM_SELECTOR)];
  const current = terms.findIndex((term) => term === event.target);
  if (current < 0) return false;
  const next = neighbourIndex(event.key, current, terms.length);
  if (next === undefined) return false;
  event.preventDefault();
  onMove(next);
  container.querySelectorAll<HTMLElement>(TERM_SELECTOR)[next]?.focus();
  return true;
}

function neighbourIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
