import enAlignment from '../../locales/en/alignment.json';
import enCommon from '../../locales/en/common.json';
import enProjects from '../../locales/en/projects.json';
import enTranslate from '../../locales/en/translate.json';
import zhAlignment from '../../locales/zh/alignment.json';
import enMemory from '../../locales/en/memory.json';
import enExchange from '../../locales/en/exchange.json';
import enAnnotation from '../../locales/en/annotation.json';
import zhAnnotation from '../../locales/zh/annotation.json';
import zhMemory from '../../locales/zh/memory.json';
import zhExchange from '../../locales/zh/exchange.json';
import enGlossary from '../../locales/en/glossary.json';
import zhGlossary from '../../locales/zh/glossary.json';
import enReview from '../../locales/en/review.json';
import zhReview from '../../locales/zh/review.json';
import zhCommon from '../../locales/zh/common.json';
import zhProjects from '../../locales/zh/projects.json';
import zhTranslate from '../../locales/zh/translate.json';
import type { Namespace, UiLanguage } from './resources';

/** Every language's strings in one module, for code that needs them synchronously (tests). */
export const bundledResources = {
  en: {
    common: enCommon,
    projects: enProjects,
    translate: enTranslate,
    alignment: enAlignment,
    memory: enMemory,
    exchange: enExchange,
    glossary: enGlossary,
    annotation: enAnnotation,
    review: enReview,
  },
  zh: {
    common: zhCommon,
    projects: zhProjects,
    translate: zhTranslate,
    alignment: zhAlignment,
    memory: zhMemory,
    exchange: zhExchange,
    glossary: zhGlossary,
    annotation: zhAnnotation,
    review: zhReview,
  },
} satisfies Record<UiLanguage, Record<Namespace, object>>;
