import { countInlineCodes } from '../domain/exchange/countInlineCodes';
import { filterExchangeUnits } from '../domain/exchange/filterExchangeUnits';
import { isSegmentStatus } from '../domain/exchange/isSegmentStatus';
import { SEGMENT_STATUSES, type SegmentStatus } from '../domain/model';
import { PARALLEL_FORMATS, type ParallelFormatName } from '../domain/exchange/parallelFormatName';
import { writeExchangeDocument } from '../domain/exchange/writeExchangeDocument';
import { CommandLineError } from './CommandLineError';
import { commandUsage } from './commandUsage';
import { parseCommandArguments } from './parseCommandArguments';
import { readExchangeInput } from './readExchangeInput';
import { usageHint } from './usageHint';
import { writeOutputFile } from './writeOutputFile';

/**
 * `bitext convert IN --to FORMAT [-o OUT] …`: parallel text from any format we read into another,
 * whole or a document of it, or what a filter keeps (text in source or target, statuses).
 */
export async function runConvert(argumentList: readonly string[]): Promise<void> {
  const hint = usageHint('convert');
  const { positional, options, wantsHelp } = parseCommandArguments(
    argumentList,
    {
      flags: ['without-untranslated'],
      valued: ['to', 'output', 'source-lang', 'target-lang', 'document', 'filter', 'status'],
      short: { o: 'output' },
    },
    hint,
  );
  if (wantsHelp) {
    process.stdout.write(`${commandUsage('convert')}\n`);
    return;
  }
  const format = options.get('to');
  if (positional.length < 1 || positional.length > 2 || typeof format !== 'string')
    throw new CommandLineError(`convert needs a file IN and --to FORMAT.\n${hint}`, 2);
  if (!isParallelFormat(format))
    throw new CommandLineError(
      `--to must be one of ${PARALLEL_FORMATS.join(', ')}, not "${format}".`,
      2,
    );
  const output = options.get('output');
  if (format === 'moses' && typeof output !== 'string')
    throw new CommandLineError(
      `--to moses writes two files: give -o NAME for NAME.zh and NAME.en.\n${hint}`,
      2,
    );
  const sourceOption = options.get('source-lang');
  const targetOption = options.get('target-lang');
  const languages = {
    ...(typeof sourceOption === 'string' ? { sourceLang: sourceOption } : {}),
    ...(typeof targetOption === 'string' ? { targetLang: targetOption } : {}),
  };
  const statuses = statusesOption(options.get('status'), hint);
  const documentName = options.get('document');
  const query = options.get('filter');
  const read = await readExchangeInput(positional, {
    ...languages,
    ...(typeof documentName === 'string' ? { documentName } : {}),
  });
  const document = filterExchangeUnits(
    { ...read, ...languages },
    { query: typeof query === 'string' ? query : '', statuses },
  );
  const written = writeExchangeDocument(document, format, {
    includeUntranslated: !options.has('without-untranslated'),
  });
  const codes = countInlineCodes(document);
  if (codes > 0 && (format === 'tsv' || format === 'csv' || format === 'moses'))
    process.stderr.write(`bitext: ${codes} inline codes left out: ${format} holds text only.\n`);
  if (typeof written !== 'string') {
    const name = String(output);
    const extension = (language: string) => language.split(/[-_]/)[0]?.toLowerCase() ?? language;
    await writeOutputFile(`${name}.${extension(document.sourceLang)}`, written.source);
    await writeOutputFile(`${name}.${extension(document.targetLang)}`, written.target);
    return;
  }
  if (typeof output === 'string') await writeOutputFile(output, written);
  else process.stdout.write(written);
}

/** The statuses `--status` names, comma-separated; none when it is not given. */
function statusesOption(value: string | boolean | undefined, hint: string): SegmentStatus[] {
  if (typeof value !== 'string') return [];
  const statuses = value.split(',').map((status) => status.trim());
  const wrong = statuses.find((status) => !isSegmentStatus(status));
  if (wrong !== undefined)
    throw new CommandLineError(
      `--status takes statuses among ${SEGMENT_STATUSES.join(', ')}, not "${wrong}".\n${hint}`,
      2,
    );
  return statuses.filter((status) => isSegmentStatus(status));
}

function isParallelFormat(value: string): value is ParallelFormatName {
  return (PARALLEL_FORMATS as readonly string[]).includes(value);
}
