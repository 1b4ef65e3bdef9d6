import enAlignment from '../../locales/en/alignment.json';
import enCommon from '../../locales/en/common.json';
import enProjects from '../../locales/en/projects.json';
import enTranslate from '../../locales/en/translate.json';
import zhAlignment from '../../locales/zh/alignment.json';
import zhCommon from '../../locales/zh/common.json';
import zhProjects from '../../locales/zh/projects.json';
import zhTranslate from '../../locales/zh/translate.json';
import type { Namespace, UiLanguage } from './resources';

/** Every language's strings in one module, for code that needs them synchronously (tests). */
export const bundledResources = {
  en: { common: enCommon, projects: enProjects, translate: enTranslate, alignment: enAlignment },
  zh: { common: zhCommon, projects: zhProjects, translate: zhTranslate, alignment: zhAlignment },
} satisfies Record<UiLanguage, Record<Namespace, object>>;
