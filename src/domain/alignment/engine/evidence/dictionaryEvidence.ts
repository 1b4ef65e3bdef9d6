import { segmentByDictionary } from '../segmentByDictionary';
import type { EvidenceKey, EvidenceSource } from './evidenceSource';

/** CC-CEDICT words (longest match) and the stems of their glosses, which English stems confirm. */
export const dictionaryEvidence: EvidenceSource = {
  name: 'dictionary',
  isOn: (evidence) => evidence.dictionary !== undefined,
  read: ({ source, evidence }) => ({
    sourceKeys: function* (index): Generator<EvidenceKey> {
      const dictionary = evidence.dictionary;
      if (!dictionary) return;
      for (const word of segmentByDictionary(source[index] ?? '', dictionary))
        yield { key: word, translations: () => dictionary.lookup(word) ?? [] };
    },
  }),
};
