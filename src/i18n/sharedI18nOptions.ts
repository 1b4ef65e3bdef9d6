import type { InitOptions } from 'i18next';
import { DEFAULT_NAMESPACE, NAMESPACES, SUPPORTED_LANGUAGES, type UiLanguage } from './resources';

/**
 * The options every i18next instance of the workbench starts with. No fallback language: the
 * locale test keeps every language complete, so a Chinese session never downloads the English strings.
 */
export function sharedI18nOptions(language: UiLanguage): InitOptions {
  return {
    lng: language,
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
