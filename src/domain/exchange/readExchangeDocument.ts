import type { XmlInput } from '../xml/xmlNode';
import type { ExchangeDocument } from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import type { ParallelFormatName } from './parallelFormatName';
import { readBitextTable } from './readBitextTable';
import { readJsonLines } from './readJsonLines';
import { readTmx } from './readTmx';
import { readXliff12 } from './readXliff12';
import { readXliff2 } from './readXliff2';

/**
 * Reads a parallel-text file of a known format (see detectExchangeFormat). XML formats stream
 * from pieces; the others need the whole text. Moses has two texts: use readMoses.
 */
export async function readExchangeDocument(
  input: XmlInput,
  format: Exclude<ParallelFormatName, 'moses'>,
  options: ExchangeReadOptions = {},
): Promise<ExchangeDocument> {
  switch (format) {
    case 'tmx':
      return readTmx(input, options);
    case 'xliff2':
      return readXliff2(input, options);
    case 'xliff12':
      return readXliff12(input, options);
    case 'tsv':
    case 'csv':
      return readBitextTable(await wholeText(input), format, options);
    case 'jsonl':
      return readJsonLines(await wholeText(input), options);
  }
}

async function wholeText(input: XmlInput): Promise<string> {
  if (typeof input === 'string') return input;
  let text = '';
  for await (const piece of input) text += piece;
  return text;
}
