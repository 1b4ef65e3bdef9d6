declare const brand: unique symbol;

/** A value of type T that the compiler keeps apart from other values of T. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ProjectId = Brand<string, 'ProjectId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type SegmentId = Brand<string, 'SegmentId'>;
export type TermId = Brand<string, 'TermId'>;
export type RevisionId = Brand<string, 'RevisionId'>;
export type AlignmentId = Brand<string, 'AlignmentId'>;
export type GlossaryId = Brand<string, 'GlossaryId'>;
export type GlossaryEntryId = Brand<string, 'GlossaryEntryId'>;
export type AnnotationId = Brand<string, 'AnnotationId'>;
export type SegmentCommentId = Brand<string, 'SegmentCommentId'>;
export type QualityScoreId = Brand<string, 'QualityScoreId'>;

/** A fresh random identifier; works in browsers, workers and Node. */
export function newId<T extends string>(): T {
  return globalThis.crypto.randomUUID() as T;
}
