import type { LanguageCode } from '../model';
import { compileSegmentationRules } from './compileSegmentationRules';
import { DEFAULT_SEGMENTATION_RULES, type SegmentationRules } from './segmentationRules';

const WHITESPACE = /\s/u;

/**
 * Splits one paragraph into sentences by the ordered rules of its language (see
 * segmentationRules.ts). The pieces concatenate back to the paragraph exactly: whitespace
 * between two sentences ends the first one. No piece is empty; an empty paragraph gives [].
 */
export function splitSentences(
  paragraph: string,
  lang: LanguageCode,
  rules: SegmentationRules = DEFAULT_SEGMENTATION_RULES,
): string[] {
  const compiled = compileSegmentationRules(rules[lang]);
  if (paragraph === '') return [];
  if (compiled.candidates === null) return [paragraph];
  const pieces: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(compiled.candidates)) {
    const position = match.index;
    if (position <= start || !compiled.isBreak(paragraph, position)) continue;
    let end = position;
    while (end < paragraph.length && WHITESPACE.test(paragraph.charAt(end))) end += 1;
    if (end >= paragraph.length) break;
    pieces.push(paragraph.slice(start, end));
    start = end;
  }
  pieces.push(paragraph.slice(start));
  return pieces;
}
