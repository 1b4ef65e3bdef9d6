import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_NAMESPACE,
  NAMESPACES,
  SUPPORTED_LANGUAGES,
  resources,
  type UiLanguage,
} from './resources';

export const LANGUAGE_STORAGE_KEY = 'bitext.uiLanguage';

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

/** A fresh, initialised i18next instance bound to React. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
