import type { CedictIndex } from '../../dictionary/cedictIndex';
import { segmentByDictionary } from './segmentByDictionary';

const HAN_RUN = /\p{Script=Han}+/gu;

/** The units a learned translation can hang on: dictionary words of two or more characters, and every pair of neighbouring Chinese characters. */
export function chineseUnits(
  sentence: string,
  dictionary: CedictIndex | undefined,
): { readonly words: string[]; readonly pairs: string[] } {
  const words = dictionary
    ? segmentByDictionary(sentence, dictionary).filter((word) => word.length >= 2)
    : [];
  const pairs: string[] = [];
  for (const run of sentence.match(HAN_RUN) ?? [])
    for (let start = 0; start + 2 <= run.length; start += 1)
      pairs.push(run.slice(start, start + 2));
  return { words, pairs };
}
