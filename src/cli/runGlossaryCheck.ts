import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import { checkGlossaryFiles } from './checkGlossaryFiles';
import { CommandLineError } from './CommandLineError';
import { parseCommandArguments } from './parseCommandArguments';
import { readGlossaryInput } from './readGlossaryInput';

const USAGE = `usage: bitext glossary check --glossary G SOURCE TARGET [--presplit]

Checks the terms of G in the English TARGET translation of the Chinese SOURCE, sentence by
sentence as aligned; prints LINE<TAB>KIND<TAB>TERM<TAB>DETAIL per finding (LINE 1-based in
SOURCE, KIND missing, forbidden, deprecated or inconsistent); exits 1 when there are findings.
  --glossary G             the glossary: TSV or CSV (zh and en columns), TBX v3 or v2
  --presplit               each non-blank line is a sentence, a blank line ends a paragraph`;

/** `bitext glossary check`: prints the term findings and sets the exit code. */
export async function runGlossaryCheck(
  list: readonly string[],
  readInput: (path: string) => Promise<string>,
  loadDictionary: () => Promise<CedictIndex>,
): Promise<void> {
  const hint = `${USAGE.split('\n')[0] ?? ''}\n(bitext glossary check --help describes its options)`;
  const { positional, options, wantsHelp } = parseCommandArguments(
    list,
    { flags: ['presplit'], valued: ['glossary'] },
    hint,
  );
  if (wantsHelp) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const glossaryPath = options.get('glossary');
  if (positional.length !== 2 || typeof glossaryPath !== 'string')
    throw new CommandLineError(
      `glossary check needs --glossary G, a SOURCE and a TARGET.\n${hint}`,
      2,
    );
  const [sourceText, targetText] = await Promise.all(
    [positional[0] ?? '', positional[1] ?? ''].map(readInput),
  );
  const glossary = conceptsFromEntries(await readGlossaryInput(glossaryPath));
  const findings = checkGlossaryFiles(
    glossary,
    sourceText ?? '',
    targetText ?? '',
    options.has('presplit'),
    await loadDictionary(),
  );
  if (findings.length > 0) process.stdout.write(`${findings.join('\n')}\n`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}
