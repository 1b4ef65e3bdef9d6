import type { EvidenceKey, EvidenceSource } from './evidenceSource';

const CHINESE_QUOTES = /[“”「」『』"]/;
const ENGLISH_QUOTES = /["“”]|(?:^|\s)[‘']/;
/** Quotation structure: a sentence that opens a quotation and one that closes it, kept apart. */
const CHINESE_OPENS = /^\s*[“「『"]/;
const CHINESE_CLOSES = /[”」』"]\s*$/;
const ENGLISH_OPENS = /^\s*[“"‘']/;
const ENGLISH_CLOSES = /[”"’']\s*$/;
/** Each mark: how a Chinese sentence shows it, and how an English one does. */
const MARKS: readonly { readonly key: string; readonly zh: RegExp; readonly en: RegExp }[] = [
  { key: '"', zh: CHINESE_QUOTES, en: ENGLISH_QUOTES },
  { key: '?', zh: /[？?]/, en: /\?/ },
  { key: '!', zh: /[！!]/, en: /!/ },
  { key: ':', zh: /：\s*$|：[“「]/, en: /:\s*$|:\s*["“]/ },
  { key: '…', zh: /…/, en: /\.\.\.|…/ },
  { key: '—', zh: /——/, en: /—|--/ },
  { key: 'q<', zh: CHINESE_OPENS, en: ENGLISH_OPENS },
  { key: 'q>', zh: CHINESE_CLOSES, en: ENGLISH_CLOSES },
];

/** Quotation marks (a quotation opened and one closed kept apart), ? ! : … and dashes. */
export const punctuationEvidence: EvidenceSource = {
  name: 'punctuation',
  isOn: (evidence) => evidence.usePunctuation !== false,
  read: ({ source, target }) => ({
    targetTokens: (index) => {
      const sentence = target[index] ?? '';
      return MARKS.filter((mark) => mark.en.test(sentence)).map((mark) => mark.key);
    },
    sourceKeys: function* (index): Generator<EvidenceKey> {
      const sentence = source[index] ?? '';
      for (const mark of MARKS)
        if (mark.zh.test(sentence)) yield { key: mark.key, translations: () => [mark.key] };
    },
  }),
};
