import enCommon from '../../locales/en/common.json';
import enProjects from '../../locales/en/projects.json';
import enTranslate from '../../locales/en/translate.json';
import zhCommon from '../../locales/zh/common.json';
import zhProjects from '../../locales/zh/projects.json';
import zhTranslate from '../../locales/zh/translate.json';

export const SUPPORTED_LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const NAMESPACES = ['common', 'projects', 'translate'] as const;
export const DEFAULT_NAMESPACE = 'common';

/** English is the reference: its files type the keys of every namespace. */
export const englishResources = {
  common: enCommon,
  projects: enProjects,
  translate: enTranslate,
};

export const resources = {
  en: englishResources,
  zh: { common: zhCommon, projects: zhProjects, translate: zhTranslate },
} satisfies Record<UiLanguage, Record<(typeof NAMESPACES)[number], object>>;

/** The `<html lang>` tag of each UI language; zh-CN lets browsers pick Simplified Chinese glyphs. */
export const HTML_LANGUAGE_TAGS = { en: 'en', zh: 'zh-CN' } as const satisfies Record<
  UiLanguage,
  string
>;
