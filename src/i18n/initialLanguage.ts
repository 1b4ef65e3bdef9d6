import { LANGUAGE_STORAGE_KEY, type UiLanguage } from './resources';

/** The language a user chose before, else the browser's if we speak it, else English. */
export function initialLanguage(
  storage: Pick<Storage, 'getItem'> | undefined,
  browserLanguages: readonly string[],
): UiLanguage {
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  const browser = browserLanguages.find((tag) => tag.toLowerCase().startsWith('zh'));
  return browser ? 'zh' : 'en';
}
