/**
 * The text to insert between `before` and `after` so that an English word does not run into its
 * neighbours: a space is added on a side where a letter, digit or closing punctuation meets a word.
 */
export function spacedInsertion(before: string, text: string, after: string): string {
  const needsSpaceBefore =
    /[\p{L}\p{N},.;:!?)\]”’"]$/u.test(before) && /^[\p{L}\p{N}(“‘"]/u.test(text);
  const needsSpaceAfter = /[\p{L}\p{N}.)\]”’"]$/u.test(text) && /^[\p{L}\p{N}(“‘]/u.test(after);
  return `${needsSpaceBefore ? ' ' : ''}${text}${needsSpaceAfter ? ' ' : ''}`;
}
