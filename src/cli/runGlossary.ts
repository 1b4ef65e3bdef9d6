import { writeGlossaryTsv } from '../domain/glossary/writeGlossaryTsv';
import { writeTbx } from '../domain/termbase/writeTbx';
import { CommandLineError } from './CommandLineError';
import { commandUsage } from './commandUsage';
import { parseCommandArguments } from './parseCommandArguments';
import { readGlossaryInput } from './readGlossaryInput';
import { usageHint } from './usageHint';
import { writeOutputFile } from './writeOutputFile';

const GLOSSARY_FORMATS = ['tsv', 'csv', 'tbx', 'tbx2'] as const;

/** `bitext glossary convert IN --to tsv|csv|tbx|tbx2 [-o OUT]`. */
export async function runGlossary(argumentList: readonly string[]): Promise<void> {
  const hint = usageHint('glossary');
  const [subcommand, ...rest] = argumentList;
  if (subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    process.stdout.write(`${commandUsage('glossary')}\n`);
    return;
  }
  if (subcommand !== 'convert')
    throw new CommandLineError(
      `${subcommand === undefined ? 'glossary needs a subcommand' : `Unknown glossary subcommand "${subcommand}"`}.\n${hint}`,
      2,
    );
  const { positional, options, wantsHelp } = parseCommandArguments(
    rest,
    { flags: [], valued: ['to', 'output'], short: { o: 'output' } },
    hint,
  );
  if (wantsHelp) {
    process.stdout.write(`${commandUsage('glossary')}\n`);
    return;
  }
  const format = options.get('to');
  if (positional.length !== 1 || typeof format !== 'string')
    throw new CommandLineError(`glossary convert needs one file IN and --to FORMAT.\n${hint}`, 2);
  if (!(GLOSSARY_FORMATS as readonly string[]).includes(format))
    throw new CommandLineError(
      `--to must be one of ${GLOSSARY_FORMATS.join(', ')}, not "${format}".`,
      2,
    );
  const entries = await readGlossaryInput(positional[0] ?? '');
  const written =
    format === 'tsv' || format === 'csv'
      ? writeGlossaryTsv(entries, format)
      : writeTbx(entries, { version: format === 'tbx' ? 3 : 2 });
  const output = options.get('output');
  if (typeof output === 'string') await writeOutputFile(output, written);
  else process.stdout.write(written);
}
