import type { AlignmentAssessment, AlignmentWarning, OneSidedStretch } from './alignmentAssessment';
import type { AlignmentInput, AlignmentResult, Bead } from './alignmentTypes';
import { assessAlignmentInput } from './assessAlignmentInput';

/** Below this a bead is "low confidence". */
const LOW_CONFIDENCE = 0.5;
/** A text and its translation average well above this (0.79 or more on the dev chapters, with calibrated confidences); a chapter paired with another chapter's translation 0.18–0.33. */
const TRANSLATION_MEAN_CONFIDENCE = 0.6;
/** With a dictionary, a translation has at least this share of beads its words support (0.9 or more on the dev chapters, 0.6–0.67 for unrelated texts). */
const TRANSLATION_EVIDENCE_SHARE = 0.8;
/** Above this share of low-confidence beads a translation is worth a warning (at most 0.11 on the dev chapters, the free Minford translation; 0.92 or more for unrelated texts). */
const MANY_LOW_CONFIDENCE = 0.2;
/** A one-sided stretch holds at least this many sentences on its larger side… */
const STRETCH_SENTENCES = 12;
/** …and at least this share of that side, so a long book's ordinary doubtful bits do not count. */
const STRETCH_SHARE = 0.08;
/** …and its larger side holds at least this many times the sentences of the smaller. */
const STRETCH_IMBALANCE = 2.5;
/** Confident beads a stretch may swallow between its doubtful ones. */
const STRETCH_GAP = 2;

/**
 * A verdict on a finished alignment: whether the two texts look like a text and its translation
 * (from the mean confidence of the beads), the share of doubtful beads, and stretches where one side
 * holds material the other lacks (a run of unpaired or doubtful beads far heavier on one side),
 * together with the script check of `assessAlignmentInput`. `signals.evidenceShare` (from the
 * engine, when it aligned with a dictionary) is the share of beads the dictionary supports.
 */
export function assessAlignment(
  input: AlignmentInput,
  result: AlignmentResult,
  signals: { readonly evidenceShare?: number | undefined } = {},
): AlignmentAssessment {
  const inputAssessment = assessAlignmentInput(input);
  const { beads } = result;
  const meanConfidence =
    beads.length === 0 ? 1 : beads.reduce((sum, bead) => sum + bead.confidence, 0) / beads.length;
  const lowConfidenceShare =
    beads.length === 0
      ? 0
      : beads.filter((bead) => bead.confidence < LOW_CONFIDENCE).length / beads.length;
  const looksLikeTranslation =
    beads.length === 0 ||
    (meanConfidence >= TRANSLATION_MEAN_CONFIDENCE &&
      (signals.evidenceShare ?? 1) >= TRANSLATION_EVIDENCE_SHARE &&
      !inputAssessment.languagesSwapped &&
      !inputAssessment.sameLanguage);
  const oneSidedStretches = findOneSidedStretches(beads, result.sourceCount, result.targetCount);
  const warnings: AlignmentWarning[] = [...inputAssessment.warnings];
  if (!looksLikeTranslation) warnings.push('not-a-translation');
  else if (lowConfidenceShare > MANY_LOW_CONFIDENCE) warnings.push('many-low-confidence');
  if (looksLikeTranslation && oneSidedStretches.length > 0) warnings.push('one-sided-stretch');
  return {
    ...inputAssessment,
    looksLikeTranslation,
    meanConfidence: Math.round(meanConfidence * 1000) / 1000,
    lowConfidenceShare: Math.round(lowConfidenceShare * 1000) / 1000,
    ...(signals.evidenceShare === undefined
      ? {}
      : { evidenceShare: Math.round(signals.evidenceShare * 1000) / 1000 }),
    oneSidedStretches,
    warnings,
  };
}

function isDoubtful(bead: Bead | undefined): boolean {
  return (
    bead !== undefined &&
    (bead.source.length === 0 || bead.target.length === 0 || bead.confidence < LOW_CONFIDENCE)
  );
}

function findOneSidedStretches(
  beads: readonly Bead[],
  sourceTotal: number,
  targetTotal: number,
): OneSidedStretch[] {
  const sourceBefore = [0];
  const targetBefore = [0];
  for (const bead of beads) {
    sourceBefore.push((sourceBefore.at(-1) ?? 0) + bead.source.length);
    targetBefore.push((targetBefore.at(-1) ?? 0) + bead.target.length);
  }
  const stretches: OneSidedStretch[] = [];
  let start = 0;
  while (start < beads.length) {
    if (!isDoubtful(beads[start])) {
      start += 1;
      continue;
    }
    let end = start + 1;
    for (let next = end; next < beads.length && next - end < STRETCH_GAP + 1; next += 1)
      if (isDoubtful(beads[next])) end = next + 1;
    const sourceStart = sourceBefore[start] ?? 0;
    const targetStart = targetBefore[start] ?? 0;
    const sourceCount = (sourceBefore[end] ?? 0) - sourceStart;
    const targetCount = (targetBefore[end] ?? 0) - targetStart;
    const side = targetCount >= sourceCount ? 'target' : 'source';
    const [larger, smaller, total] =
      side === 'target'
        ? [targetCount, sourceCount, targetTotal]
        : [sourceCount, targetCount, sourceTotal];
    if (
      larger >= STRETCH_SENTENCES &&
      larger >= STRETCH_SHARE * total &&
      larger >= STRETCH_IMBALANCE * smaller
    )
      stretches.push({ side, sourceStart, sourceCount, targetStart, targetCount });
    start = end;
  }
  return stretches;
}
