import type { Timestamp } from '../model';

/** Choices every exchange writer shares. */
export interface ExchangeWriteOptions {
  /** Write units without a translation too (TMX: a source `<tuv>` alone). Default: true. */
  readonly includeUntranslated?: boolean;
  /** The time to stamp the file with (the header's creation date); default: now. */
  readonly now?: Timestamp;
}

/** The tool named in the files we write. */
export const CREATION_TOOL = { name: 'Bitext Workbench', version: '0.1.0' } as const;
