import type { AlignmentEvidence, AlignmentInput, AlignmentResult } from './alignmentTypes';
import { alignmentSteps } from './alignmentSteps';
import { DEFAULT_WEIGHTS, type AlignmentWeights } from './alignmentWeights';

/**
 * Aligns a Chinese text with its English translation, sentence by sentence: every sentence of both
 * sides appears in exactly one bead, in order. Runs to completion; see `alignmentSteps` to report
 * progress or stop early.
 */
export function alignSentences(
  input: AlignmentInput,
  evidence: AlignmentEvidence = {},
  weights: AlignmentWeights = DEFAULT_WEIGHTS,
): AlignmentResult {
  const steps = alignmentSteps(input, evidence, weights);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
