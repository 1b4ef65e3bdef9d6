import { DelimitedFormatError } from '../domain/delimited/DelimitedFormatError';
import { ExchangeFormatError } from '../domain/exchange/ExchangeFormatError';
import type { ExchangeDocument } from '../domain/exchange/exchangeUnit';
import { detectExchangeFormat } from '../domain/exchange/detectExchangeFormat';
import { readBitextTable } from '../domain/exchange/readBitextTable';
import { readTmx } from '../domain/exchange/readTmx';
import type { MemoryUnit, MemoryUnitId } from '../domain/memory/memoryUnit';
import { createMemoryIndex } from '../domain/memory/createMemoryIndex';
import { XmlReadError } from '../domain/xml/XmlReadError';
import { callerDirectory } from './callerDirectory';
import { CommandLineError } from './CommandLineError';
import { commandUsage } from './commandUsage';
import { describeFormatError } from './describeFormatError';
import { parseCommandArguments } from './parseCommandArguments';
import { readTextFile } from './readTextFile';

const MATCHES_PRINTED = 10;

/** `bitext tm lookup MEMORY SENTENCE [--min 70]`: the memory's best matches, SCORE<TAB>SOURCE<TAB>TARGET a line. */
export async function runMemoryCommand(list: readonly string[]): Promise<void> {
  const [synopsis = ''] = commandUsage('tm').split('\n');
  const hint = `${synopsis}\n(bitext tm --help describes its options)`;
  const { positional, options, wantsHelp } = parseCommandArguments(
    list,
    { flags: [], valued: ['min'] },
    hint,
  );
  if (wantsHelp) {
    process.stdout.write(`${commandUsage('tm')}\n`);
    return;
  }
  const [action, memoryPath, sentence, ...extra] = positional;
  if (action !== 'lookup' || memoryPath === undefined || sentence === undefined || extra.length > 0)
    throw new CommandLineError(`tm lookup needs a MEMORY file and a SENTENCE.\n${hint}`, 2);
  const minimum = Number(options.get('min') ?? 70);
  if (!Number.isInteger(minimum) || minimum < 1 || minimum > 100)
    throw new CommandLineError(`--min must be a whole number from 1 to 100.\n${hint}`, 2);
  const document = await readMemoryFile(memoryPath);
  const index = createMemoryIndex(
    document.units
      .filter((unit) => unit.target.trim() !== '')
      .map((unit, position): MemoryUnit => ({
        id: `${position}` as MemoryUnitId,
        source: unit.source,
        target: unit.target,
        origin: 'imported',
        projectId: null,
        segmentId: null,
        createdAt: 0,
        updatedAt: 0,
      })),
  );
  const matches = index.lookup(sentence, { minScore: minimum, limit: MATCHES_PRINTED });
  const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  process.stdout.write(
    matches
      .map(({ score, unit }) => `${score}\t${oneLine(unit.source)}\t${oneLine(unit.target)}\n`)
      .join(''),
  );
}

async function readMemoryFile(path: string): Promise<ExchangeDocument> {
  const text = await readTextFile(path, callerDirectory());
  try {
    const format = detectExchangeFormat(text, path);
    if (format === 'tmx') return await readTmx(text);
    if (format === 'tsv' || format === 'csv') return readBitextTable(text, format);
    throw new CommandLineError(`${path} is neither a TMX nor a TSV file.`);
  } catch (error) {
    if (error instanceof XmlReadError || error instanceof DelimitedFormatError)
      throw new CommandLineError(`Cannot read the memory ${path}: ${describeFormatError(error)}`);
    if (error instanceof ExchangeFormatError)
      throw new CommandLineError(`Cannot read the memory ${path}: ${error.message}.`);
    throw error;
  }
}
