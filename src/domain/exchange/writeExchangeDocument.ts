import type { ExchangeDocument } from './exchangeUnit';
import type { ExchangeWriteOptions } from './exchangeWriteOptions';
import type { ParallelFormatName } from './parallelFormatName';
import { writeBitextTable } from './writeBitextTable';
import { writeJsonLines } from './writeJsonLines';
import { writeMoses } from './writeMoses';
import { writeTmx } from './writeTmx';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2 } from './writeXliff2';

/** Writes a document in any parallel-text format: one text, or two for Moses (source, target). */
export function writeExchangeDocument(
  document: ExchangeDocument,
  format: ParallelFormatName,
  options: ExchangeWriteOptions = {},
): string | { source: string; target: string } {
  switch (format) {
    case 'tmx':
      return writeTmx(document, options);
    case 'xliff2':
      return writeXliff2(document, options);
    case 'xliff12':
      return writeXliff12(document, options);
    case 'tsv':
    case 'csv':
      return writeBitextTable(document, format, options);
    case 'moses':
      return writeMoses(document, options);
    case 'jsonl':
      return writeJsonLines(document, options);
  }
}
