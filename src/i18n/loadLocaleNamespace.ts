import type { Namespace, UiLanguage } from './resources';

/** Downloads one namespace of one UI language: each locale file is a chunk of its own. */
export async function loadLocaleNamespace(
  language: UiLanguage,
  namespace: Namespace,
): Promise<object> {
  const module = (await import(`../../locales/${language}/${namespace}.json`)) as {
    default: object;
  };
  return module.default;
}
