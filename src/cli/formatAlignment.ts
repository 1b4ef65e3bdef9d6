import type { AlignmentResult } from '../domain/alignment/engine/alignmentTypes';
import { formatBead } from '../domain/alignment/engine/formatBead';

export type AlignmentFormat = 'beads' | 'tsv' | 'json';

/** Prints an alignment: one bead a line, source and target text per bead separated by a tab, or JSON with scores and the run's assessment. */
export function formatAlignment(
  result: AlignmentResult,
  source: readonly string[],
  target: readonly string[],
  format: AlignmentFormat,
): string {
  if (format === 'beads') return result.beads.map(formatBead).join('\n') + '\n';
  const texts = result.beads.map((bead) => ({
    source: bead.source.map((index) => source[index] ?? '').join(''),
    target: bead.target.map((index) => target[index] ?? '').join(' '),
  }));
  if (format === 'tsv') {
    const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');
    return texts.map((text) => `${clean(text.source)}\t${clean(text.target)}`).join('\n') + '\n';
  }
  const beads = result.beads.map((bead, index) => ({
    ...bead,
    sourceText: texts[index]?.source,
    targetText: texts[index]?.target,
  }));
  return (
    JSON.stringify(
      {
        sourceCount: result.sourceCount,
        targetCount: result.targetCount,
        assessment: result.assessment,
        beads,
      },
      null,
      2,
    ) + '\n'
  );
}
