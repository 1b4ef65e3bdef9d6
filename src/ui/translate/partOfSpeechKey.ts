const PART_OF_SPEECH_ENTRIES = [
  ['noun', 'glossary.partsOfSpeech.noun'],
  ['proper noun', 'glossary.partsOfSpeech.properNoun'],
  ['verb', 'glossary.partsOfSpeech.verb'],
  ['adjective', 'glossary.partsOfSpeech.adjective'],
  ['adverb', 'glossary.partsOfSpeech.adverb'],
  ['phrase', 'glossary.partsOfSpeech.phrase'],
] as const;

type PartOfSpeechKey = (typeof PART_OF_SPEECH_ENTRIES)[number][1];

const PART_OF_SPEECH_KEYS: ReadonlyMap<string, PartOfSpeechKey> = new Map(PART_OF_SPEECH_ENTRIES);

/** The locale key naming a part of speech as glossaries write it in English, or undefined for any other. */
export function partOfSpeechKey(partOfSpeech: string): PartOfSpeechKey | undefined {
  return PART_OF_SPEECH_KEYS.get(partOfSpeech.trim().toLowerCase());
}
