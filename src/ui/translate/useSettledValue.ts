import { useEffect, useState } from 'react';

/**
 * The value once it has not changed for `delayMs` (the first one at once): work over a whole
 * document, such as the term check, then runs after a typing burst rather than on every key.
 */
export function useSettledValue<Value>(value: Value, delayMs: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled === undefined ? value : settled;
}
