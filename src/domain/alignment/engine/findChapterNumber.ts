import type { LanguageCode } from '../../model';
import { findChineseNumbers } from './findChineseNumbers';
import { findEnglishNumbers } from './findEnglishNumbers';

const CHINESE_HEADING =
  /^\s*第\s*([零〇一二两三四五六七八九十百千0-9０-９]{1,8})\s*[章回节節卷部篇集]/u;
const ENGLISH_HEADING =
  /^\s*(?:chapter|book|part|volume|canto)\s+([ivxlcdm]+|\d{1,4}|[a-z]+(?:[- ][a-z]+)?)\b/iu;
const ROMAN: Readonly<Record<string, number>> = {
  i: 1,
  v: 5,
  x: 10,
  l: 50,
  c: 100,
  d: 500,
  m: 1000,
};
/** A heading is a short line (a 回目 of two seven-character lines fits); longer ones (第三章里说…) are prose. */
const LONGEST_HEADING: Readonly<Record<LanguageCode, number>> = { zh: 30, en: 60 };

/**
 * The number of a chapter heading (第十二回, 第3章 · Chapter Twelve, CHAPTER XII, Book 3), or
 * undefined when the sentence is no heading: a strong anchor between a book and its translation.
 */
export function findChapterNumber(sentence: string, language: LanguageCode): number | undefined {
  if (sentence.length > LONGEST_HEADING[language]) return undefined;
  if (language === 'zh') {
    const match = CHINESE_HEADING.exec(sentence);
    return match ? findChineseNumbers(match[1] ?? '')[0]?.value : undefined;
  }
  const match = ENGLISH_HEADING.exec(sentence);
  const body = (match?.[1] ?? '').toLowerCase();
  if (body === '') return undefined;
  if (/^[ivxlcdm]+$/.test(body)) return romanValue(body);
  return findEnglishNumbers(body)[0];
}

function romanValue(numeral: string): number | undefined {
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN[numeral.charAt(index)] ?? 0;
    const next = ROMAN[numeral.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}
