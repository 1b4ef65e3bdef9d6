import type { PlacedInlineCode } from './exchangeUnit';

/** Text without leading and trailing white space, its codes moved with it (none lost). */
export function trimInlineContent(
  text: string,
  codes: readonly PlacedInlineCode[] | undefined,
): { text: string; codes: readonly PlacedInlineCode[] | undefined } {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (codes === undefined || codes.length === 0 || (start === 0 && trimmed.length === text.length))
    return { text: trimmed, codes };
  return {
    text: trimmed,
    codes: codes.map(({ offset, code }) => ({
      offset: Math.min(Math.max(offset - start, 0), trimmed.length),
      code,
    })),
  };
}
