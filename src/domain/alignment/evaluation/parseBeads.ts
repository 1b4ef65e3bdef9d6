/** A bead as written in an alignment file: source and target sentence numbers. */
export interface BeadLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export class BeadFormatError extends Error {
  override readonly name = 'BeadFormatError';
}

const BEAD = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/;

/** Reads an alignment file, one bead a line (`[0,1]:[0]`), skipping blank lines; a bad line is an error naming it. */
export function parseBeads(text: string): BeadLink[] {
  const beads: BeadLink[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = BEAD.exec(line);
    if (!match) throw new BeadFormatError(`Line ${index + 1} is not a bead: ${line}`);
    const side = (numbers: string): number[] =>
      numbers
        .split(',')
        .map((number) => number.trim())
        .filter((number) => number !== '')
        .map(Number);
    beads.push({ source: side(match[1] ?? ''), target: side(match[2] ?? '') });
  });
  return beads;
}
