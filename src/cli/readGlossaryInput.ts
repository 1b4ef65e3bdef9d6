import { ExchangeFormatError } from '../domain/exchange/ExchangeFormatError';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import { readGlossaryFile } from '../domain/glossary/readGlossaryFile';
import { callerDirectory } from './callerDirectory';
import { CommandLineError } from './CommandLineError';
import { describeFormatError } from './describeFormatError';
import { isFormatError } from './isFormatError';
import { readTextFile } from './readTextFile';

/**
 * Reads a glossary named on the command line, TSV, CSV, TBX v3 or TBX v2 told from its content.
 * Concepts a TBX file gives without a Chinese term or an English one are named on standard error.
 */
export async function readGlossaryInput(path: string): Promise<GlossaryEntry[]> {
  const content = await readTextFile(path, callerDirectory());
  try {
    const { entries, skippedLines } = await readGlossaryFile(content, path);
    if (skippedLines.length > 0)
      process.stderr.write(
        `bitext: ${path}: ${skippedLines.length} concepts without a Chinese term or an English rendering left out (lines ${skippedLines.join(', ')}).\n`,
      );
    return entries;
  } catch (error) {
    if (error instanceof ExchangeFormatError && error.code === 'unknownFormat')
      throw new CommandLineError(
        `Cannot tell the format of ${path}: it is none of TSV, CSV, TBX v3 or TBX v2.`,
      );
    if (isFormatError(error))
      throw new CommandLineError(`Cannot read the glossary ${path}: ${describeFormatError(error)}`);
    throw error;
  }
}
