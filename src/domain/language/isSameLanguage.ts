import { chineseScript } from './chineseScript';
import { normalizeLanguageTag } from './normalizeLanguageTag';

/**
 * Whether two language tags name the same language for our purposes, leniently: zh, zh-CN,
 * zh-Hans, zh_CN and ZH-CN are one language, told apart from zh-TW and zh-Hant; en, en-US and en-GB
 * are one. Other languages match by their primary subtag and, when both give one, their script.
 */
export function isSameLanguage(first: string, second: string): boolean {
  const [firstLanguage, ...firstSubtags] = normalizeLanguageTag(first).split('-');
  const [secondLanguage, ...secondSubtags] = normalizeLanguageTag(second).split('-');
  const firstScript = chineseScript(first);
  if (firstScript !== undefined) return firstScript === chineseScript(second);
  if (firstLanguage !== secondLanguage || firstLanguage === '') return false;
  const script = (subtags: readonly string[]) =>
    subtags.find((subtag) => /^[A-Z][a-z]{3}$/.test(subtag));
  const [a, b] = [script(firstSubtags), script(secondSubtags)];
  return a === undefined || b === undefined || a === b;
}
