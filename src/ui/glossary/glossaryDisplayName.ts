import type { TFunction } from 'i18next';
import type { Glossary } from '../../domain/model';

/** A glossary's name as the UI shows it: the starter glossary's in the UI language. */
export function glossaryDisplayName(glossary: Glossary, t: TFunction<'glossary'>): string {
  return glossary.isStarter ? t('picker.starterName') : glossary.name;
}
