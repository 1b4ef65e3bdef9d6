import type { AnnotationCategory, AnnotationTypology } from './annotationTypology';

const both = ['source', 'target'] as const;
const target = ['target'] as const;

function error(
  id: string,
  mqmName: string,
  parent?: string,
  sides: AnnotationCategory['sides'] = target,
): AnnotationCategory {
  return { id, kind: 'error', mqmName, sides, ...(parent === undefined ? {} : { parent }) };
}

/**
 * The typology the workbench ships: MQM's core error categories (accuracy, fluency, terminology,
 * style, locale convention) and neutral labels for terms, named entities and comments. An
 * omission is marked on the source, where the missing text is.
 */
export const mqmTypology: AnnotationTypology = {
  name: 'MQM',
  categories: [
    error('accuracy', 'Accuracy', undefined, both),
    error('mistranslation', 'Accuracy/Mistranslation', 'accuracy'),
    error('omission', 'Accuracy/Omission', 'accuracy', ['source']),
    error('addition', 'Accuracy/Addition', 'accuracy'),
    error('untranslated', 'Accuracy/Untranslated text', 'accuracy'),
    error('fluency', 'Fluency'),
    error('grammar', 'Fluency/Grammar', 'fluency'),
    error('spelling', 'Fluency/Spelling', 'fluency'),
    error('punctuation', 'Fluency/Punctuation', 'fluency'),
    error('inconsistency', 'Fluency/Inconsistency', 'fluency'),
    error('terminology', 'Terminology', undefined, both),
    error('style', 'Style'),
    error('localeConvention', 'Locale convention'),
    { id: 'term', kind: 'neutral', mqmName: 'Term', sides: both },
    { id: 'namedEntity', kind: 'neutral', mqmName: 'Named entity', sides: both },
    { id: 'comment', kind: 'neutral', mqmName: 'Comment', sides: both },
  ],
};
