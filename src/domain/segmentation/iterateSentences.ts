import type { LanguageCode } from '../model';
import { compileSegmentationRules } from './compileSegmentationRules';
import { DEFAULT_SEGMENTATION_RULES, type SegmentationRules } from './segmentationRules';

const WHITESPACE = /\s/u;

/**
 * The sentences of one paragraph, one at a time (see splitSentences), so that a caller can stop
 * or pause inside a very long paragraph without holding all of its sentences.
 */
export function* iterateSentences(
  paragraph: string,
  lang: LanguageCode,
  rules: SegmentationRules = DEFAULT_SEGMENTATION_RULES,
): Generator<string, void, undefined> {
  const compiled = compileSegmentationRules(rules[lang]);
  if (paragraph === '') return;
  if (compiled.candidates === null) {
    yield paragraph;
    return;
  }
  let start = 0;
  for (const match of paragraph.matchAll(compiled.candidates)) {
    const position = match.index;
    if (position <= start || !compiled.isBreak(paragraph, position)) continue;
    let end = position;
    while (end < paragraph.length && WHITESPACE.test(paragraph.charAt(end))) end += 1;
    if (end >= paragraph.length) break;
    yield paragraph.slice(start, end);
    start = end;
  }
  yield paragraph.slice(start);
}
