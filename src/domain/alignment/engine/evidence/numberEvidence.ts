import { stemEnglishWord } from '../../../dictionary/stemEnglishWord';
import { findChineseNumbers } from '../findChineseNumbers';
import { findEnglishNumbers } from '../findEnglishNumbers';
import type { EvidenceKey, EvidenceSource } from './evidenceSource';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Numbers and dates by value (四十 = 40 = forty), and a month's name for 7月. */
export const numberEvidence: EvidenceSource = {
  name: 'numbers',
  isOn: (evidence) => evidence.useNumbers !== false,
  read: ({ source, target }) => ({
    targetTokens: (index) => findEnglishNumbers(target[index] ?? '').map((value) => `#${value}`),
    sourceKeys: function* (index): Generator<EvidenceKey> {
      for (const { value, unit } of findChineseNumbers(source[index] ?? '')) {
        const month = unit === '月' && Number.isInteger(value) ? MONTHS[value - 1] : undefined;
        yield { key: `#${value}`, translations: () => [`#${value}`] };
        if (month !== undefined)
          yield { key: `month:${month}`, translations: () => [stemEnglishWord(month)] };
      }
    },
  }),
};
