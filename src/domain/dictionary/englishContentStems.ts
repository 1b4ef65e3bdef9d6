import { ENGLISH_STOP_WORDS } from './englishStopWords';
import { stemEnglishWord } from './stemEnglishWord';

const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** The stems of the content words of an English text, in order, repeats kept; stop words dropped. */
export function englishContentStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].endsWith("'s") ? match[0].slice(0, -2) : match[0];
    if (word.length < 2 || ENGLISH_STOP_WORDS.has(word)) continue;
    stems.push(stemEnglishWord(word));
  }
  return stems;
}
