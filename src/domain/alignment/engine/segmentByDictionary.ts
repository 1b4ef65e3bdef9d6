import type { CedictIndex } from '../../dictionary/cedictIndex';

const HAN_RUN = /\p{Script=Han}+/gu;
const LONGEST_LOOKUP = 8;

/** The dictionary words of a sentence, longest match first from left to right; characters no word covers are skipped. */
export function segmentByDictionary(sentence: string, dictionary: CedictIndex): string[] {
  const words: string[] = [];
  for (const run of sentence.match(HAN_RUN) ?? []) {
    let position = 0;
    while (position < run.length) {
      let length = Math.max(
        1,
        Math.min(
          LONGEST_LOOKUP,
          dictionary.longestStartingWith(run[position] ?? ''),
          run.length - position,
        ),
      );
      while (length > 1 && dictionary.lookup(run.slice(position, position + length)) === undefined)
        length -= 1;
      const word = run.slice(position, position + length);
      if (dictionary.lookup(word) !== undefined) words.push(word);
      position += length;
    }
  }
  return words;
}
