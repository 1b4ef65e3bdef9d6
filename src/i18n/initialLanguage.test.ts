import { describe, expect, it } from 'vitest';
import { initialLanguage } from './initialLanguage';
import { LANGUAGE_STORAGE_KEY } from './resources';

function storageWith(value: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === LANGUAGE_STORAGE_KEY ? value : null) };
}

describe('initialLanguage', () => {
  const cases: {
    name: string;
    stored: string | null | 'no storage';
    browser: string[];
    expected: 'en' | 'zh';
  }[] = [
    { name: 'nothing known', stored: null, browser: [], expected: 'en' },
    { name: 'an English browser', stored: null, browser: ['en-US', 'en'], expected: 'en' },
    {
      name: 'a Simplified Chinese browser',
      stored: null,
      browser: ['zh-CN', 'en'],
      expected: 'zh',
    },
    { name: 'a lower-case zh tag', stored: null, browser: ['zh-hans-cn'], expected: 'zh' },
    {
      name: 'Chinese second in the list',
      stored: null,
      browser: ['fr-FR', 'zh-TW'],
      expected: 'zh',
    },
    {
      name: 'a browser language we do not speak',
      stored: null,
      browser: ['fr-FR', 'de'],
      expected: 'en',
    },
    {
      name: 'a stored English choice over a Chinese browser',
      stored: 'en',
      browser: ['zh-CN'],
      expected: 'en',
    },
    {
      name: 'a stored Chinese choice over an English browser',
      stored: 'zh',
      browser: ['en-US'],
      expected: 'zh',
    },
    { name: 'a stored value we do not know', stored: 'fr', browser: ['zh-CN'], expected: 'zh' },
    { name: 'no storage at all', stored: 'no storage', browser: ['zh-CN'], expected: 'zh' },
  ];

  it.each(cases)('chooses $expected for $name', ({ stored, browser, expected }) => {
    const storage = stored === 'no storage' ? undefined : storageWith(stored);
    expect(initialLanguage(storage, browser)).toBe(expected);
  });
});
