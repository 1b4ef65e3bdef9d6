/** What the export menus offer: the parallel-text formats, the review tables and the bundle. */
export const PROJECT_EXPORT_FORMATS = [
  'tmx',
  'xliff2',
  'xliff12',
  'tsv',
  'csv',
  'moses',
  'jsonl',
  'docx',
  'html',
  'bundle',
] as const;
export type ExportFormat = (typeof PROJECT_EXPORT_FORMATS)[number];

/** What an alignment's pairs export to. */
export const ALIGNMENT_EXPORT_FORMATS = [
  'tmx',
  'xliff2',
  'xliff12',
  'tsv',
] as const satisfies readonly ExportFormat[];
