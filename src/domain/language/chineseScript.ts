import { normalizeLanguageTag } from './normalizeLanguageTag';

const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * Which script a Chinese tag means: Hant for zh-Hant and for Taiwan, Hong Kong and Macau without
 * a script; Hans for every other Chinese tag (zh, zh-CN, zh-SG, zh-Hans). undefined when the tag
 * is not Chinese.
 */
export function chineseScript(tag: string): 'Hans' | 'Hant' | undefined {
  const [language, ...subtags] = normalizeLanguageTag(tag).split('-');
  if (language !== 'zh' && language !== 'cmn' && language !== 'yue') return undefined;
  if (subtags.includes('Hant')) return 'Hant';
  if (subtags.includes('Hans')) return 'Hans';
  if (language === 'yue') return 'Hant';
  return subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'Hant' : 'Hans';
}
