import type { LanguageCode } from '../domain/model';
import { segmentText } from '../domain/segmentation/segmentText';

/**
 * Turns a text into paragraphs of sentences. Presplit: each non-blank line is a sentence and a blank
 * line ends a paragraph (so sentence numbers are non-blank line numbers); otherwise the text is segmented.
 */
export function readSentences(
  text: string,
  language: LanguageCode,
  isPresplit: boolean,
): string[][] {
  if (!isPresplit) return segmentText(text, language);
  const paragraphs: string[][] = [[]];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      if ((paragraphs.at(-1) ?? []).length > 0) paragraphs.push([]);
    } else paragraphs.at(-1)?.push(line.trim());
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
