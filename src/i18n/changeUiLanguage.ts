import type { i18n } from 'i18next';
import { HTML_LANGUAGE_TAGS, LANGUAGE_STORAGE_KEY, type UiLanguage } from './resources';

/** Switches the interface language, remembers the choice and updates `<html lang>`. */
export async function changeUiLanguage(
  instance: i18n,
  language: UiLanguage,
  storage: Pick<Storage, 'setItem'> | undefined,
): Promise<void> {
  await instance.changeLanguage(language);
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled (private mode); the switch still applies to this session.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANGUAGE_TAGS[language];
}
