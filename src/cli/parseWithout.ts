import { CommandLineError } from './CommandLineError';
import { EVIDENCE_NAMES, type EvidenceName } from './evidenceNames';

/** Reads a comma-separated list of evidence names (`numbers,names`) given to `--without`. */
export function parseWithout(list: string): Set<EvidenceName> {
  const names = new Set<EvidenceName>();
  for (const name of list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const known = EVIDENCE_NAMES.find((candidate) => candidate === name);
    if (!known)
      throw new CommandLineError(
        `Unknown evidence "${name}" for --without; choose from ${EVIDENCE_NAMES.join(', ')}.`,
        2,
      );
    names.add(known);
  }
  return names;
}
