import type { AlignedSentence } from './beadListTypes';

/** A side's sentences grouped into paragraphs of texts, as the aligner takes them. */
export function paragraphsOfSentences(sentences: readonly AlignedSentence[]): string[][] {
  const paragraphs: string[][] = [];
  for (const sentence of sentences) {
    const last = paragraphs.at(-1);
    if (sentence.paragraphStart || last === undefined) paragraphs.push([sentence.text]);
    else last.push(sentence.text);
  }
  return paragraphs;
}
