import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationCategory } from '../../../domain/annotation/annotationTypology';

const SHIPPED_CATEGORY_KEYS = {
  accuracy: 'categories.accuracy',
  mistranslation: 'categories.mistranslation',
  omission: 'categories.omission',
  addition: 'categories.addition',
  untranslated: 'categories.untranslated',
  fluency: 'categories.fluency',
  grammar: 'categories.grammar',
  spelling: 'categories.spelling',
  punctuation: 'categories.punctuation',
  inconsistency: 'categories.inconsistency',
  terminology: 'categories.terminology',
  style: 'categories.style',
  localeConvention: 'categories.localeConvention',
  term: 'categories.term',
  namedEntity: 'categories.namedEntity',
  comment: 'categories.comment',
} as const;

function isShipped(id: string): id is keyof typeof SHIPPED_CATEGORY_KEYS {
  return Object.hasOwn(SHIPPED_CATEGORY_KEYS, id);
}

/**
 * Names a category in the UI language: an imported category by its own label (in this
 * language, else English), a shipped one through the locale files, anything else by its id.
 */
export function useCategoryName(): (
  category: AnnotationCategory | undefined,
  id: string,
) => string {
  const { t, i18n } = useTranslation('annotation');
  return useCallback(
    (category, id) => {
      const language = i18n.language.startsWith('zh') ? 'zh' : 'en';
      const label = category?.label?.[language] ?? category?.label?.en;
      if (label !== undefined) return label;
      if (isShipped(id)) return t(SHIPPED_CATEGORY_KEYS[id]);
      return category === undefined ? t('settings.unknownCategory', { id }) : id;
    },
    [t, i18n.language],
  );
}
