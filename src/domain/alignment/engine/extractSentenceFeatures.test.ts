import { describe, expect, it } from 'vitest';
import { parseCedict } from '../../dictionary/parseCedict';
import type { AlignmentEvidence } from './alignmentTypes';
import { extractSentenceFeatures } from './extractSentenceFeatures';
import { finishSteps } from './finishSteps';

const dictionary = parseCedict(
  '朋友 朋友 [peng2 you5] /friend/\n表示 表示 [biao3 shi4] /to express/to state/\n',
);

/** How many pieces of evidence of the Chinese sentence the English sentence confirms. */
function confirmedEvidence(chinese: string, english: string, evidence: AlignmentEvidence): number {
  const features = finishSteps(
    extractSentenceFeatures([chinese], [english], Uint8Array.of(1), Uint8Array.of(1), evidence),
  );
  const tokens = new Set(features.targetTokens[0]);
  return [...(features.sourceKeys[0] ?? [])].filter((key) =>
    [...(features.keyTranslations[key] ?? [])].some((token) => tokens.has(token)),
  ).length;
}

describe('extractSentenceFeatures', () => {
  it.each([
    [
      'a full name through pinyin, as one key',
      '李金碧表示',
      'Li Jinbi said',
      { useNames: true },
      1,
    ],
    ['a given name alone', '陈清扬笑了', 'Qingyang laughed', { useNames: true }, 1],
    ['names switched off', '李金碧表示', 'Li Jinbi said', { useNames: false }, 0],
    ['a month and a day', '7月28日', 'on July 28', {}, 2],
    ['a year', '2022年度', 'in 2022', {}, 1],
    ['a large number', '百亿工程', 'a ten billion project', {}, 1],
    ['years of age', '40年', 'for forty years', {}, 1],
    ['numbers switched off', '40年', 'for forty years', { useNumbers: false }, 0],
    ['a chapter heading', '第十二回', 'CHAPTER XII', { usePunctuation: false }, 1],
    [
      'a chapter heading in words',
      '第二十八章',
      'Chapter Twenty-Eight',
      { usePunctuation: false },
      2,
    ],
    [
      'headings switched off',
      '第十二回',
      'CHAPTER XII',
      { usePunctuation: false, useHeadings: false },
      0,
    ],
    ['identical Latin tokens', '第1210号DNA样本', 'DNA sample 1210', {}, 2],
    ['Latin tokens switched off', '第DNA样本', 'DNA sample', { useLatinTokens: false }, 0],
    ['quotation marks', '他说：“好。”', '"Good," he said.', { useNames: false }, 1],
    ['a whole quotation, opened and closed', '“走吧。”', '"Let\'s go."', { useNames: false }, 3],
    ['an opening quotation against a closing one', '“走吧，', 'go."', { useNames: false }, 1],
    ['closing single quotes', '走了。”', "gone.'", { useNames: false }, 1],
    ['a one-syllable surname in an address', '老顾笑了', 'Old Gu laughed', {}, 1],
    ['a lone surname-like character', '顾不上', 'Gu could not', {}, 0],
    ['a name with ü', '吕大海来了', 'Lü Dahai came', {}, 1],
    ['a question', '你去吗？', 'Are you going?', {}, 1],
    ['punctuation switched off', '你去吗？', 'Are you going?', { usePunctuation: false }, 0],
    ['a colon before a quotation', '他说：“走吧”', 'He said: "Let\'s go"', { useNames: false }, 3],
    ['an ellipsis and a dash', '我……不——', 'I... no—', {}, 2],
    ['the dictionary', '朋友表示', 'The friend stated it', { dictionary }, 2],
    ['no dictionary', '朋友表示', 'The friend stated it', {}, 0],
    [
      'a glossary term',
      '奋进两个基本实现目标',
      'towards the Two Basic Achievements goal',
      {
        useNumbers: false,
        glossary: [
          { source: '两个基本实现', target: 'Two Basic Achievements', partOfSpeech: '', note: '' },
        ],
      },
      1,
    ],
  ] satisfies [string, string, string, AlignmentEvidence, number][])(
    'matches %s',
    (_name, chinese, english, evidence, expected) => {
      expect(confirmedEvidence(chinese, english, evidence)).toBe(expected);
    },
  );

  it('lets the given name alone confirm the key of a full name', () => {
    const features = finishSteps(
      extractSentenceFeatures(
        ['陈清扬笑了', '天气冷'],
        ['Chen Qingyang came.', 'Qingyang laughed.'],
        Uint8Array.of(0, 1),
        Uint8Array.of(0, 1),
        // Learning off: the English names Qingyang twice, which learning would otherwise take over.
        { usePunctuation: false, useLearned: false },
      ),
    );
    const keys = [...(features.sourceKeys[0] ?? [])];
    expect(keys).toHaveLength(1);
    const translations = new Set(features.keyTranslations[keys[0] ?? 0]);
    for (const tokens of features.targetTokens)
      expect([...tokens].some((token) => translations.has(token))).toBe(true);
  });

  it.each([
    ['learned translations on: left to them', {}, 0],
    ['learned translations off: read through pinyin', { useLearned: false }, 3],
  ] satisfies [string, AlignmentEvidence, number][])(
    'reads a name the English repeats with %s',
    (_name, evidence, expected) => {
      const features = finishSteps(
        extractSentenceFeatures(
          ['韦春芳来了', '韦春芳走了', '韦春芳笑了'],
          ['Chunfang came.', 'Chunfang left.', 'Chunfang laughed.'],
          Uint8Array.of(0, 0, 1),
          Uint8Array.of(0, 0, 1),
          { ...evidence, usePunctuation: false },
        ),
      );
      expect(features.sourceKeys.reduce((sum, keys) => sum + keys.length, 0)).toBe(expected);
    },
  );

  it('measures Chinese in characters and English in non-space characters', () => {
    const features = finishSteps(
      extractSentenceFeatures(['我们走。'], ['We go.'], Uint8Array.of(1), Uint8Array.of(1), {}),
    );
    expect([...features.sourceLengths]).toEqual([3.5]);
    expect([...features.targetLengths]).toEqual([5]);
  });
});
