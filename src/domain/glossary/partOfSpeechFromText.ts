import { PARTS_OF_SPEECH, type PartOfSpeech } from './glossaryEntry';

const SPELLINGS: Readonly<Record<string, PartOfSpeech>> = {
  n: 'noun',
  'proper noun': 'properNoun',
  'proper-noun': 'properNoun',
  propernoun: 'properNoun',
  name: 'properNoun',
  v: 'verb',
  adj: 'adjective',
  adv: 'adverb',
  'noun phrase': 'phrase',
  'verb phrase': 'phrase',
  expression: 'phrase',
  名词: 'noun',
  专有名词: 'properNoun',
  动词: 'verb',
  形容词: 'adjective',
  副词: 'adverb',
  短语: 'phrase',
  其他: 'other',
};

/**
 * The part of speech a file's cell names (`noun`, `proper noun`, `properNoun`, `adj`, 名词 …);
 * undefined for an empty cell, `other` for anything not on the fixed list.
 */
export function partOfSpeechFromText(text: string): PartOfSpeech | undefined {
  const cell = text.trim();
  if (cell === '') return undefined;
  const known = PARTS_OF_SPEECH.find((value) => value.toLowerCase() === cell.toLowerCase());
  if (known !== undefined) return known;
  return SPELLINGS[cell.toLowerCase().replace(/\.$/, '')] ?? 'other';
}
