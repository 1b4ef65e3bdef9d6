import type {
  AlignmentAssessment,
  AlignmentWarning,
} from '../domain/alignment/engine/alignmentAssessment';

const MESSAGES: Record<AlignmentWarning, (assessment: AlignmentAssessment) => string> = {
  'source-not-chinese': () => 'the SOURCE does not look like Chinese text.',
  'target-not-english': () => 'the TARGET does not look like English text.',
  'languages-swapped': () =>
    'the SOURCE looks English and the TARGET Chinese: were the files given the wrong way round?',
  'both-chinese': () => 'both texts look Chinese; the TARGET should be the English translation.',
  'both-english': () => 'both texts look English; the SOURCE should be the Chinese text.',
  'not-a-translation': (assessment) =>
    `the two texts do not look like a text and its translation (mean confidence ${assessment.meanConfidence.toFixed(2)}${assessment.evidenceShare === undefined ? '' : `, ${percent(assessment.evidenceShare)} of beads supported by the dictionary`}); the beads are guesses.`,
  'many-low-confidence': (assessment) =>
    `${percent(assessment.lowConfidenceShare)} of the beads have a confidence below 0.5; check them.`,
  'one-sided-stretch': (assessment) =>
    assessment.oneSidedStretches
      .map(
        (stretch) =>
          `${stretch.side === 'target' ? 'TARGET' : 'SOURCE'} sentences ${first(stretch)}–${last(stretch)} seem to have no counterpart on the other side (an introduction, notes or a missing part?).`,
      )
      .join('\nbitext: warning: '),
};

/** The warnings of an alignment's assessment as lines for standard error; empty when there are none. */
export function formatAssessmentWarnings(assessment: AlignmentAssessment): string {
  return assessment.warnings
    .map((warning) => `bitext: warning: ${MESSAGES[warning](assessment)}\n`)
    .join('');
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)} %`;
}

function first(stretch: AlignmentAssessment['oneSidedStretches'][number]): number {
  return stretch.side === 'target' ? stretch.targetStart : stretch.sourceStart;
}

function last(stretch: AlignmentAssessment['oneSidedStretches'][number]): number {
  return (
    first(stretch) + (stretch.side === 'target' ? stretch.targetCount : stretch.sourceCount) - 1
  );
}
