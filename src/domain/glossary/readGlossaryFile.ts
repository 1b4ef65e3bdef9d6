import { detectExchangeFormat } from '../exchange/detectExchangeFormat';
import { ExchangeFormatError } from '../exchange/ExchangeFormatError';
import { readTbx } from '../termbase/readTbx';
import type { GlossaryEntry } from './glossaryEntry';
import { parseGlossaryTsv } from './parseGlossaryTsv';

export type GlossaryFileFormat = 'tsv' | 'csv' | 'tbx' | 'tbx2';

export interface GlossaryFile {
  readonly format: GlossaryFileFormat;
  readonly entries: GlossaryEntry[];
  /** Lines of TBX concepts left out: no Chinese term or no English rendering. */
  readonly skippedLines: readonly number[];
}

/**
 * Reads a glossary file, TSV, CSV, TBX v3 or TBX v2, told from its content (its name only where
 * the content cannot tell). Refusals are the readers' errors (XmlReadError, DelimitedFormatError,
 * ExchangeFormatError), each with its line; any other format is an ExchangeFormatError
 * `unknownFormat`.
 */
export async function readGlossaryFile(content: string, fileName = ''): Promise<GlossaryFile> {
  const format = detectExchangeFormat(content, fileName);
  if (format === 'tbx' || format === 'tbx2') {
    const { version, entries, skippedLines } = await readTbx(content);
    return { format: version === 3 ? 'tbx' : 'tbx2', entries, skippedLines };
  }
  if (format === 'tsv' || format === 'csv')
    return { format, entries: parseGlossaryTsv(content, format), skippedLines: [] };
  throw new ExchangeFormatError('unknownFormat', 0, fileName);
}
