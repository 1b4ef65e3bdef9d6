import type { AlignmentResult } from '../alignment/engine/alignmentTypes';
import type { AlignedSentence, BeadList, EditableBead } from './beadListTypes';

/**
 * The editable form of an engine result: the sentences of each side with their paragraph starts,
 * and the beads as counts with the engine's confidence, none confirmed. Throws if the result does
 * not cover the sentences exactly once and in order.
 */
export function beadListFromAlignment(
  sourceParagraphs: readonly (readonly string[])[],
  targetParagraphs: readonly (readonly string[])[],
  result: AlignmentResult,
): BeadList {
  const source = sentencesOf(sourceParagraphs);
  const target = sentencesOf(targetParagraphs);
  let nextSource = 0;
  let nextTarget = 0;
  const beads = result.beads.map((bead): EditableBead => {
    if (!isRun(bead.source, nextSource) || !isRun(bead.target, nextTarget))
      throw new Error('The alignment does not take the sentences in order.');
    nextSource += bead.source.length;
    nextTarget += bead.target.length;
    return {
      sourceCount: bead.source.length,
      targetCount: bead.target.length,
      confidence: bead.confidence,
      confirmed: false,
    };
  });
  if (nextSource !== source.length || nextTarget !== target.length)
    throw new Error('The alignment does not cover every sentence.');
  return { source, target, beads };
}

function sentencesOf(paragraphs: readonly (readonly string[])[]): AlignedSentence[] {
  return paragraphs.flatMap((sentences) =>
    sentences.map((text, index) => ({ text, paragraphStart: index === 0 })),
  );
}

function isRun(numbers: readonly number[], start: number): boolean {
  return numbers.every((number, offset) => number === start + offset);
}
