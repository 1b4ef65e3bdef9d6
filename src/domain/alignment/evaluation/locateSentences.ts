/** Where a sentence lies in its text: the offsets of its first character and just past its last. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the sentences of a text in it, in order (each searched for after the previous one), so that
 * two segmentations of the same text can be compared character by character. A sentence that is not
 * in the text after its predecessor is an error naming it.
 */
export function locateSentences(text: string, sentences: readonly string[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const start = text.indexOf(sentence, cursor);
    if (start < 0) throw new RangeError(`Sentence not found in its text: ${sentence.slice(0, 40)}`);
    spans.push({ start, end: start + sentence.length });
    cursor = start + sentence.length;
  }
  return spans;
}
