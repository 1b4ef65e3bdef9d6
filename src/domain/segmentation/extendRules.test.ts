import { describe, expect, it } from 'vitest';
import { extendRules } from './extendRules';
import { DEFAULT_SEGMENTATION_RULES } from './segmentationRules';
import { splitSentences } from './splitSentences';

describe('extendRules', () => {
  it('puts a user no-break rule before the defaults, so it wins', () => {
    const rules = extendRules(DEFAULT_SEGMENTATION_RULES, {
      zh: { rules: [{ break: false, before: '……', after: '', comment: 'keep …… inside' }] },
    });
    const paragraph = '他犹豫了很久……最后还是走了。';
    expect(splitSentences(paragraph, 'zh')).toEqual(['他犹豫了很久……', '最后还是走了。']);
    expect(splitSentences(paragraph, 'zh', rules)).toEqual([paragraph]);
  });

  it('adds a user break rule', () => {
    const rules = extendRules(DEFAULT_SEGMENTATION_RULES, {
      zh: { rules: [{ break: true, before: '：', after: '', comment: 'break after a colon' }] },
    });
    expect(splitSentences('通知：明天放假。', 'zh', rules)).toEqual(['通知：', '明天放假。']);
  });

  it('adds entries to a list the rules use', () => {
    const rules = extendRules(DEFAULT_SEGMENTATION_RULES, {
      en: { lists: { nonFinalAbbreviations: ['Approx.'] } },
    });
    const paragraph = 'It weighs Approx. Ten tons.';
    expect(splitSentences(paragraph, 'en')).toEqual(['It weighs Approx. ', 'Ten tons.']);
    expect(splitSentences(paragraph, 'en', rules)).toEqual([paragraph]);
  });

  it('adds a new speech verb for the quote-and-speaker rule', () => {
    const rules = extendRules(DEFAULT_SEGMENTATION_RULES, {
      zh: { lists: { reportingVerbs: ['嘟囔'] } },
    });
    const paragraph = '“算了。”他低声嘟囔,转身走了。';
    expect(splitSentences(paragraph, 'zh')).toEqual(['“算了。”', '他低声嘟囔,转身走了。']);
    expect(splitSentences(paragraph, 'zh', rules)).toEqual([paragraph]);
  });

  it('does not modify the rules it extends', () => {
    const before = JSON.stringify(DEFAULT_SEGMENTATION_RULES);
    extendRules(DEFAULT_SEGMENTATION_RULES, {
      en: { lists: { nonFinalAbbreviations: ['Approx.'] }, rules: [] },
    });
    expect(JSON.stringify(DEFAULT_SEGMENTATION_RULES)).toBe(before);
  });

  it.each([
    ['an invalid regular expression', '(', /not a valid regular expression/],
    ['an unknown list', '{{missing}}', /unknown list \{\{missing\}\}/],
  ])('explains %s', (_label, before, message) => {
    const rules = extendRules(DEFAULT_SEGMENTATION_RULES, {
      en: { rules: [{ break: false, before, after: '', comment: 'broken rule' }] },
    });
    expect(() => splitSentences('A. B.', 'en', rules)).toThrow(message);
  });
});
