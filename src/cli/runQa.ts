import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import { createTermbaseMatcher } from '../domain/glossary/createTermbaseMatcher';
import { runQaChecks } from '../domain/qa/runQaChecks';
import { alignFileUnits } from './alignFileUnits';
import { CommandLineError } from './CommandLineError';
import { commandUsage } from './commandUsage';
import { describeQaFinding } from './describeQaFinding';
import { parseCommandArguments } from './parseCommandArguments';
import { readGlossaryInput } from './readGlossaryInput';
import { usageHint } from './usageHint';

/** `bitext qa`: prints the quality findings of a translation and sets the exit code (1 with findings). */
export async function runQa(
  list: readonly string[],
  readInput: (path: string) => Promise<string>,
  loadDictionary: () => Promise<CedictIndex>,
): Promise<void> {
  const hint = usageHint('qa');
  const { positional, options, wantsHelp } = parseCommandArguments(
    list,
    { flags: ['presplit'], valued: ['glossary'] },
    hint,
  );
  if (wantsHelp) {
    process.stdout.write(`${commandUsage('qa')}\n`);
    return;
  }
  if (positional.length !== 2)
    throw new CommandLineError(`qa needs a SOURCE and a TARGET file.\n${hint}`, 2);
  const glossaryPath = options.get('glossary');
  if (glossaryPath !== undefined && typeof glossaryPath !== 'string')
    throw new CommandLineError(`--glossary needs a file.\n${hint}`, 2);
  const [sourceText = '', targetText = ''] = await Promise.all(
    [positional[0] ?? '', positional[1] ?? ''].map(readInput),
  );
  const glossary =
    glossaryPath === undefined ? [] : conceptsFromEntries(await readGlossaryInput(glossaryPath));
  const units = alignFileUnits(
    sourceText,
    targetText,
    options.has('presplit'),
    await loadDictionary(),
    glossary,
  );
  const findings = runQaChecks(units, {
    ...(glossaryPath === undefined ? {} : { matcher: createTermbaseMatcher(glossary) }),
  });
  const lines = findings.map((finding) =>
    [units[finding.segmentIndex]?.line ?? 0, finding.check, describeQaFinding(finding)].join('\t'),
  );
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = lines.length > 0 ? 1 : 0;
}
