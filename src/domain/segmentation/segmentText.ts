import type { LanguageCode } from '../model';
import type { SegmentationRules } from './segmentationRules';
import { splitSentences } from './splitSentences';

/**
 * Splits a whole text into paragraphs (each non-blank line, after normalising CRLF and CR)
 * and each paragraph into sentences trimmed of surrounding whitespace.
 */
export function segmentText(
  text: string,
  lang: LanguageCode,
  rules?: SegmentationRules,
): string[][] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) =>
      splitSentences(line, lang, rules)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence !== ''),
    );
}
