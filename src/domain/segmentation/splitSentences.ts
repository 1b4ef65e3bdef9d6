import type { LanguageCode } from '../model';
import { iterateSentences } from './iterateSentences';
import type { SegmentationRules } from './segmentationRules';

/**
 * Splits one paragraph into sentences by the ordered rules of its language (see
 * segmentationRules.ts). The pieces concatenate back to the paragraph exactly: whitespace
 * between two sentences ends the first one. No piece is empty; an empty paragraph gives [].
 */
export function splitSentences(
  paragraph: string,
  lang: LanguageCode,
  rules?: SegmentationRules,
): string[] {
  return [...iterateSentences(paragraph, lang, rules)];
}
