import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundledResources } from './bundledResources';
import { sharedI18nOptions } from './sharedI18nOptions';
import type { UiLanguage } from './resources';

/**
 * A fresh i18next instance bound to React, usable at once: every language is bundled in. Tests use
 * it; the app uses `loadI18n`, which downloads only the language shown.
 */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .init({ ...sharedI18nOptions(language), resources: bundledResources, initAsync: false });
  return instance;
}
