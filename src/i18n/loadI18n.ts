import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadLocaleNamespace } from './loadLocaleNamespace';
import { NAMESPACES, SUPPORTED_LANGUAGES, type Namespace, type UiLanguage } from './resources';
import { sharedI18nOptions } from './sharedI18nOptions';

type LoadNamespace = (language: UiLanguage, namespace: Namespace) => Promise<object>;

const isUiLanguage = (value: string): value is UiLanguage =>
  (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
const isNamespace = (value: string): value is Namespace =>
  (NAMESPACES as readonly string[]).includes(value);

/**
 * An i18next instance bound to React that downloads each UI language when it is first shown
 * (at start, or on `changeLanguage`); resolves once `language` is loaded, so nothing renders
 * untranslated.
 */
export async function loadI18n(
  language: UiLanguage,
  loadNamespace: LoadNamespace = loadLocaleNamespace,
): Promise<i18n> {
  const backend: BackendModule = {
    type: 'backend',
    callbackApi: true,
    init: () => undefined,
    read: (requestedLanguage, namespace, callback) => {
      if (!isUiLanguage(requestedLanguage) || !isNamespace(namespace)) {
        callback(new Error(`No strings for ${requestedLanguage}/${namespace}.`), false);
        return;
      }
      loadNamespace(requestedLanguage, namespace).then(
        (strings) => callback(null, strings),
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
  const instance = i18next.createInstance();
  await instance.use(backend).use(initReactI18next).init(sharedI18nOptions(language));
  return instance;
}
