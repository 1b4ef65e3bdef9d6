/**
 * Why a typology file was refused: `code` for translated messages, `subject` the category (its
 * 1-based number, or its id) or the field concerned.
 */
export type AnnotationTypologyErrorCode =
  'badJson' | 'notATypology' | 'noCategories' | 'badCategory' | 'duplicateId' | 'unknownParent';

export class AnnotationTypologyError extends Error {
  override readonly name = 'AnnotationTypologyError';
  readonly code: AnnotationTypologyErrorCode;
  readonly subject: string;

  constructor(code: AnnotationTypologyErrorCode, subject = '') {
    super(`${code}${subject === '' ? '' : ` (${subject})`}`);
    this.code = code;
    this.subject = subject;
  }
}
