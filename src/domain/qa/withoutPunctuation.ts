/** A folded text without its punctuation, symbols and spaces: sources that differ only so are one. */
export function withoutPunctuation(folded: string): string {
  return folded.replace(/[\p{P}\p{S}\s]/gu, '');
}
