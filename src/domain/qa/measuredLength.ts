/** The length the length-ratio check compares: characters without white space. */
export function measuredLength(text: string): number {
  return [...text.replace(/\s/gu, '')].length;
}
