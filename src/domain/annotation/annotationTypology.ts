/** An error category (with severities, counted in the MQM score) or a neutral label. */
export type AnnotationCategoryKind = 'error' | 'neutral';

/**
 * One category of a typology. `id` is stable (stored with each annotation); `parent` groups
 * subcategories (accuracy → mistranslation); `mqmName` is how MQM files spell it
 * ("Accuracy/Mistranslation"); `label` names a category an imported typology brought (the
 * shipped categories are named by the UI's locale files, by id).
 */
export interface AnnotationCategory {
  readonly id: string;
  readonly kind: AnnotationCategoryKind;
  readonly parent?: string;
  readonly mqmName: string;
  readonly label?: Readonly<Partial<Record<'en' | 'zh', string>>>;
  /** Where the category is marked: omissions only on the source. */
  readonly sides: readonly ('source' | 'target')[];
}

export interface AnnotationTypology {
  readonly name: string;
  readonly categories: readonly AnnotationCategory[];
}
