/** The parallel-text formats we write (and read; Moses as two texts). */
export const PARALLEL_FORMATS = [
  'tmx',
  'xliff2',
  'xliff12',
  'tsv',
  'csv',
  'moses',
  'jsonl',
] as const;
export type ParallelFormatName = (typeof PARALLEL_FORMATS)[number];
