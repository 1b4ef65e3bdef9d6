/** The columns of a parallel-text table beside the two languages, in the order we write them. */
export const BITEXT_COLUMNS = [
  'status',
  'note',
  'id',
  'file',
  'author',
  'created',
  'changed',
] as const;
export type BitextColumn = (typeof BITEXT_COLUMNS)[number];
