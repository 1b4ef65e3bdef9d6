import type enAlignment from '../../locales/en/alignment.json';
import type enCommon from '../../locales/en/common.json';
import type enProjects from '../../locales/en/projects.json';
import type enTranslate from '../../locales/en/translate.json';
import type enMemory from '../../locales/en/memory.json';
import type enExchange from '../../locales/en/exchange.json';
import type enGlossary from '../../locales/en/glossary.json';
import type enAnnotation from '../../locales/en/annotation.json';
import type enReview from '../../locales/en/review.json';

export const SUPPORTED_LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const NAMESPACES = [
  'common',
  'projects',
  'translate',
  'alignment',
  'memory',
  'exchange',
  'glossary',
  'annotation',
  'review',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE = 'common';

export const LANGUAGE_STORAGE_KEY = 'bitext.uiLanguage';

/** English is the reference: its files type the keys of every namespace. */
export interface EnglishResources {
  readonly common: typeof enCommon;
  readonly projects: typeof enProjects;
  readonly translate: typeof enTranslate;
  readonly alignment: typeof enAlignment;
  readonly memory: typeof enMemory;
  readonly exchange: typeof enExchange;
  readonly glossary: typeof enGlossary;
  readonly annotation: typeof enAnnotation;
  readonly review: typeof enReview;
}

/** The `<html lang>` tag of each UI language; zh-CN lets browsers pick Simplified Chinese glyphs. */
export const HTML_LANGUAGE_TAGS = { en: 'en', zh: 'zh-CN' } as const satisfies Record<
  UiLanguage,
  string
>;
