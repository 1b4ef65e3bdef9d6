import { stemEnglishWord } from '../../../dictionary/stemEnglishWord';
import type { EvidenceKey, EvidenceSource } from './evidenceSource';

const LATIN_IN_CHINESE = /[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*/g;
const CODE_IN_ENGLISH = /\b[A-Z0-9]{2,}\b/g;

/** Latin letters in the Chinese (DNA, iPhone), found again in the English. */
export const latinEvidence: EvidenceSource = {
  name: 'latin',
  isOn: (evidence) => evidence.useLatinTokens !== false,
  read: ({ source, target }) => ({
    targetTokens: (index) =>
      (target[index]?.match(CODE_IN_ENGLISH) ?? []).map((latin) => latin.toLowerCase()),
    sourceKeys: function* (index): Generator<EvidenceKey> {
      for (const latin of source[index]?.match(LATIN_IN_CHINESE) ?? []) {
        const lower = latin.toLowerCase();
        yield { key: `latin:${lower}`, translations: () => [lower, stemEnglishWord(lower)] };
      }
    },
  }),
};
