import { describe, expect, it } from 'vitest';
import { isSameLanguage } from './isSameLanguage';
import { normalizeLanguageTag } from './normalizeLanguageTag';

describe('normalizeLanguageTag', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['zh-hans', 'zh-Hans'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['EN-us', 'en-US'],
    ['chi', 'zh'],
    ['es-419', 'es-419'],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});

describe('isSameLanguage', () => {
  const simplified = ['zh', 'zh-CN', 'zh-Hans', 'zh_CN', 'ZH-CN', 'zh-Hans-CN', 'zh-SG', 'chi'];
  const traditional = ['zh-TW', 'zh-Hant', 'zh_TW', 'zh-HK', 'zh-Hant-TW'];

  it('matches every spelling of Simplified Chinese with every other', () => {
    for (const first of simplified)
      for (const second of simplified)
        expect(isSameLanguage(first, second), `${first} ${second}`).toBe(true);
  });

  it('tells Traditional Chinese from Simplified', () => {
    for (const first of simplified)
      for (const second of traditional) {
        expect(isSameLanguage(first, second), `${first} ${second}`).toBe(false);
        expect(isSameLanguage(second, first), `${second} ${first}`).toBe(false);
      }
    expect(isSameLanguage('zh-TW', 'zh-Hant')).toBe(true);
  });

  it.each([
    ['en', 'en-US', true],
    ['en-GB', 'EN_us', true],
    ['en', 'zh', false],
    ['zh', 'en', false],
    ['', '', false],
    ['sr-Latn', 'sr-Cyrl', false],
  ])('%s and %s: %s', (first, second, expected) => {
    expect(isSameLanguage(first, second)).toBe(expected);
  });
});
