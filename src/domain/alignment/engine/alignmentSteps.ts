import { foldChineseText } from '../../glossary/foldChineseText';
import type { AlignmentBand } from './alignmentBand';
import type { AlignmentModel } from './alignmentModel';
import type { AlignmentEvidence, AlignmentInput, AlignmentResult, Bead } from './alignmentTypes';
import { DEFAULT_WEIGHTS, type AlignmentWeights } from './alignmentWeights';
import { assessAlignment } from './assessAlignment';
import { bandAroundPath } from './bandAroundPath';
import { bandOffsets } from './bandOffsets';
import { BEAD_TYPES } from './beadTypes';
import { computeBeadPosteriors } from './computeBeadPosteriors';
import { collectTrainingPairs, type TrainingText } from './collectTrainingPairs';
import { computePairMasks } from './computePairMasks';
import { createBeadScorer, type BeadScorer } from './createBeadScorer';
import { estimateAlignmentModel } from './estimateAlignmentModel';
import { extractSentenceFeatures } from './extractSentenceFeatures';
import { findAnchorBand } from './findAnchorBand';
import { findAnchorChain, type Anchor } from './findAnchorChain';
import { findOneSidedEnds, type AlignedSpan } from './findOneSidedEnds';
import { learnTranslations } from './learnTranslations';
import { measureEvidenceShare } from './measureEvidenceShare';
import { mergeSentenceFeatures } from './mergeSentenceFeatures';
import type { RawBead } from './rawBead';
import { runBandedAlignment } from './runBandedAlignment';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

const COARSE_THRESHOLD = 2000;
/** Sentences a coarse block holds on the source side, whatever the length of the text. */
const COARSE_BLOCK_SIZE = 10;
/** Beads at least this sure teach the learned translations. */
const TRAINING_CONFIDENCE = 0.9;
/** A confirmed pair counts as this many confident beads. */
const TRUSTED_WEIGHT = 3;

/**
 * Aligns two texts step by step, yielding the share of the work done (0 to 1) between steps so that a
 * worker can report progress and stop early; the generator's return value is the alignment. A first
 * pass runs in a band found from rare shared evidence (or, for a long text, from a coarse alignment of
 * sentence blocks); the model is recalibrated on its result; a second pass runs in a narrow band around
 * the first path, and forward–backward over that band gives each bead's confidence. The result
 * carries an assessment of the run (see `assessAlignment`).
 */
export function* alignmentSteps(
  input: AlignmentInput,
  evidence: AlignmentEvidence = {},
  weights: AlignmentWeights = DEFAULT_WEIGHTS,
): Generator<number, AlignmentResult, void> {
  return yield* alignTexts(input, evidence, weights, true);
}

function* alignTexts(
  input: AlignmentInput,
  evidence: AlignmentEvidence,
  weights: AlignmentWeights,
  mayLeaveOut: boolean,
): Generator<number, AlignmentResult, void> {
  // Traditional characters (and full-width letters and digits) folded, so the dictionary, names and learned translations find them.
  const source: string[] = [];
  for (const sentence of input.source.flat()) {
    if (source.length % STEP_INTERVAL === STEP_INTERVAL - 1) yield 0;
    source.push(foldChineseText(sentence));
  }
  const target = input.target.flat();
  if (source.length === 0 || target.length === 0) {
    const beads: Bead[] = [
      ...source.map((_, index) => ({ source: [index], target: [], confidence: 1 })),
      ...target.map((_, index) => ({ source: [], target: [index], confidence: 1 })),
    ];
    const empty = { beads, sourceCount: source.length, targetCount: target.length };
    return { ...empty, assessment: assessAlignment(input, empty) };
  }
  const features = yield* scaleProgress(
    extractSentenceFeatures(
      source,
      target,
      paragraphEnds(input.source),
      paragraphEnds(input.target),
      evidence,
    ),
    0,
    0.08,
  );
  const scored = { ...weights, length: evidence.useLength === false ? 0 : weights.length };
  const initialModel = yield* scaleProgress(estimateAlignmentModel(features, scored), 0.08, 0.08);
  const coarse =
    source.length > COARSE_THRESHOLD
      ? yield* scaleProgress(
          coarseAnchors(features, scored, source.length, target.length),
          0.08,
          0.1,
        )
      : undefined;
  const anchors = coarse
    ? coarse.sentenceAnchors
    : yield* scaleProgress(
        findAnchorChain(features, initialModel, scored.anchorBandWidth),
        0.08,
        0.1,
      );
  if (mayLeaveOut) {
    const span = findOneSidedEnds(anchors, source.length, target.length, coarse?.margin);
    if (
      span.sourceStart > 0 ||
      span.targetStart > 0 ||
      span.sourceEnd < source.length ||
      span.targetEnd < target.length
    ) {
      const inner = yield* scaleProgress(
        alignTexts(sliceInput(input, span), evidence, weights, false),
        0.1,
        1,
      );
      const beads = leaveOut(inner.beads, span, source.length, target.length);
      const result = { beads, sourceCount: source.length, targetCount: target.length };
      const evidenceShare = inner.assessment?.evidenceShare;
      return { ...result, assessment: assessAlignment(input, result, { evidenceShare }) };
    }
  }
  const firstBand = coarse
    ? yield* coarseBand(coarse, scored, source.length, target.length)
    : findAnchorBand(features, initialModel, scored.anchorBandWidth, anchors);
  const firstMasks = yield* scaleProgress(computePairMasks(features, firstBand), 0.2, 0.2);
  const firstPass = yield* scaleProgress(
    runBandedAlignment(
      firstBand,
      yield* scaleProgress(createBeadScorer(features, firstMasks, initialModel, scored), 0.2, 0.2),
    ),
    0.2,
    0.55,
  );
  const learns = evidence.useLearned !== false;
  const calibratedModel = yield* scaleProgress(
    estimateAlignmentModel(features, scored, { beads: firstPass, masks: firstMasks }),
    0.55,
    0.58,
  );
  const secondBand = bandAroundPath(
    firstPass,
    source.length,
    target.length,
    scored.refineBandWidth,
  );
  const secondMasks = yield* scaleProgress(computePairMasks(features, secondBand), 0.58, 0.6);
  const scorer = yield* scaleProgress(
    createBeadScorer(features, secondMasks, calibratedModel, scored),
    0.6,
    0.6,
  );
  const second = yield* scoredPass(secondBand, scorer, 0.6, learns ? 0.75 : 0.95);
  let final = second;
  if (learns) {
    const pairs = yield* scaleProgress(
      collectTrainingPairs(
        [...trainingTexts(second, source, target), ...trustedTexts(evidence)],
        evidence.dictionary,
      ),
      0.75,
      0.76,
    );
    const learned = yield* scaleProgress(learnTranslations(pairs), 0.76, 0.77);
    if (learned.size > 0) {
      const learnedFeatures = yield* scaleProgress(
        extractSentenceFeatures(
          source,
          target,
          paragraphEnds(input.source),
          paragraphEnds(input.target),
          evidence,
          learned,
        ),
        0.77,
        0.79,
      );
      const learnedMasks = yield* scaleProgress(
        computePairMasks(learnedFeatures, secondBand),
        0.79,
        0.795,
      );
      const learnedModel = yield* scaleProgress(
        estimateAlignmentModel(learnedFeatures, scored, {
          beads: second.path,
          masks: learnedMasks,
        }),
        0.795,
        0.8,
      );
      final = yield* scoredPass(
        secondBand,
        yield* scaleProgress(
          createBeadScorer(learnedFeatures, learnedMasks, learnedModel, scored),
          0.8,
          0.8,
        ),
        0.8,
        0.95,
      );
    }
  }
  const confidences = yield* scaleProgress(
    computeBeadPosteriors(secondBand, final.transitions, final.path, weights.confidenceTemperature),
    0.95,
    0.99,
  );
  const beads = final.path.map(
    ([sourceStart, sourceSize, targetStart, targetSize], index) =>
      ({
        source: range(sourceStart, sourceSize),
        target: range(targetStart, targetSize),
        confidence: Math.round((confidences[index] ?? 0) * 1000) / 1000,
      }) satisfies Bead,
  );
  const result = { beads, sourceCount: source.length, targetCount: target.length };
  const evidenceShare = evidence.dictionary ? measureEvidenceShare(final.path, scorer) : undefined;
  return { ...result, assessment: assessAlignment(input, result, { evidenceShare }) };
}

/** A pass through the band that also keeps every bead's score, and the posteriors of the beads it chose (uncalibrated: the learned translations train on those above 0.9). */
function* scoredPass(
  band: AlignmentBand,
  scorer: BeadScorer,
  from: number,
  to: number,
): Generator<number, { path: RawBead[]; posteriors: number[]; transitions: Float32Array }, void> {
  const transitions = new Float32Array(
    (bandOffsets(band)[band.low.length] ?? 0) * BEAD_TYPES.length,
  ).fill(Number.NEGATIVE_INFINITY);
  const path = yield* scaleProgress(runBandedAlignment(band, scorer, transitions), from, to);
  const posteriors = yield* scaleProgress(computeBeadPosteriors(band, transitions, path), to, to);
  return { path, posteriors, transitions };
}

/** The texts of the beads a pass is sure of (both sides filled), to learn translations from. */
function trainingTexts(
  pass: { readonly path: readonly RawBead[]; readonly posteriors: readonly number[] },
  source: readonly string[],
  target: readonly string[],
): TrainingText[] {
  const texts: TrainingText[] = [];
  pass.path.forEach(([sourceStart, sourceSize, targetStart, targetSize], index) => {
    if (sourceSize === 0 || targetSize === 0) return;
    if ((pass.posteriors[index] ?? 0) < TRAINING_CONFIDENCE) return;
    texts.push({
      source: source.slice(sourceStart, sourceStart + sourceSize).join(''),
      target: target.slice(targetStart, targetStart + targetSize).join(' '),
      weight: 1,
    });
  });
  return texts;
}

function trustedTexts(evidence: AlignmentEvidence): TrainingText[] {
  return (evidence.trustedPairs ?? []).map((pair) => ({
    source: foldChineseText(pair.source),
    target: pair.target,
    weight: TRUSTED_WEIGHT,
  }));
}

/**
 * For a long text: aligns blocks of ten source sentences first (itself banded by anchors), and
 * returns a band around the block path for the sentence-level first pass. The block size stays the
 * same however long the text (a block count fixed at 1,000 made blocks of 51 sentences on a
 * 51,000-sentence text, and the block path drifted), so the block problem grows linearly.
 */
interface CoarseAnchors {
  readonly blocks: SentenceFeatures;
  readonly model: AlignmentModel;
  readonly anchors: readonly Anchor[];
  readonly sourceBlock: number;
  readonly targetBlock: number;
  /** The block anchors at the middle of their blocks' sentences, for `findOneSidedEnds`. */
  readonly sentenceAnchors: readonly Anchor[];
  /** Sentences a block anchor may be off by. */
  readonly margin: number;
}

/** For a long text: its sentences pooled into blocks of ten source sentences, and the blocks' anchors. */
function* coarseAnchors(
  features: SentenceFeatures,
  weights: AlignmentWeights,
  sourceCount: number,
  targetCount: number,
): Generator<number, CoarseAnchors, void> {
  const sourceBlock = COARSE_BLOCK_SIZE;
  const targetBlock = Math.max(2, Math.round((sourceBlock * targetCount) / sourceCount));
  const blocks = yield* scaleProgress(
    mergeSentenceFeatures(features, sourceBlock, targetBlock),
    0,
    0.3,
  );
  const model = yield* scaleProgress(estimateAlignmentModel(blocks, weights), 0.3, 0.4);
  const anchors = yield* scaleProgress(
    findAnchorChain(blocks, model, weights.anchorBandWidth),
    0.4,
    1,
  );
  const sentenceAnchors = anchors.map((anchor) => ({
    source: Math.min(sourceCount - 1, Math.floor((anchor.source + 0.5) * sourceBlock)),
    target: Math.min(targetCount - 1, Math.floor((anchor.target + 0.5) * targetBlock)),
    score: anchor.score,
  }));
  const margin = Math.max(sourceBlock, targetBlock) + 3;
  return { blocks, model, anchors, sourceBlock, targetBlock, sentenceAnchors, margin };
}

function* coarseBand(
  coarse: CoarseAnchors,
  weights: AlignmentWeights,
  sourceCount: number,
  targetCount: number,
): Generator<number, AlignmentBand, void> {
  const { blocks, model, anchors, sourceBlock, targetBlock } = coarse;
  const band = findAnchorBand(blocks, model, weights.anchorBandWidth, anchors);
  const masks = yield* scaleProgress(computePairMasks(blocks, band), 0.1, 0.1);
  const path = yield* scaleProgress(
    runBandedAlignment(
      band,
      yield* scaleProgress(createBeadScorer(blocks, masks, model, weights), 0.1, 0.1),
    ),
    0.1,
    0.2,
  );
  const scaled = path.map(
    ([sourceStart, sourceSize, targetStart, targetSize, score]) =>
      [
        Math.min(sourceCount, sourceStart * sourceBlock),
        Math.min(sourceCount, (sourceStart + sourceSize) * sourceBlock) -
          Math.min(sourceCount, sourceStart * sourceBlock),
        Math.min(targetCount, targetStart * targetBlock),
        Math.min(targetCount, (targetStart + targetSize) * targetBlock) -
          Math.min(targetCount, targetStart * targetBlock),
        score,
      ] satisfies RawBead,
  );
  return bandAroundPath(
    scaled,
    sourceCount,
    targetCount,
    weights.anchorBandWidth + 2 * Math.max(sourceBlock, targetBlock),
  );
}

/** The sentences inside the span, in their paragraphs. */
function sliceInput(input: AlignmentInput, span: AlignedSpan): AlignmentInput {
  const slice = (
    paragraphs: readonly (readonly string[])[],
    start: number,
    end: number,
  ): string[][] => {
    const sliced: string[][] = [];
    let first = 0;
    for (const paragraph of paragraphs) {
      const kept = paragraph.slice(Math.max(0, start - first), Math.max(0, end - first));
      if (kept.length > 0) sliced.push(kept);
      first += paragraph.length;
    }
    return sliced;
  };
  return {
    source: slice(input.source, span.sourceStart, span.sourceEnd),
    target: slice(input.target, span.targetStart, span.targetEnd),
  };
}

/** The beads of the span renumbered in the whole texts, with the sentences outside it unpaired. */
function leaveOut(
  beads: readonly Bead[],
  span: AlignedSpan,
  sourceCount: number,
  targetCount: number,
): Bead[] {
  const unpaired = (side: 'source' | 'target', from: number, to: number): Bead[] =>
    range(from, to - from).map((sentence) =>
      side === 'source'
        ? { source: [sentence], target: [], confidence: 1 }
        : { source: [], target: [sentence], confidence: 1 },
    );
  return [
    ...unpaired('source', 0, span.sourceStart),
    ...unpaired('target', 0, span.targetStart),
    ...beads.map((bead) => ({
      source: bead.source.map((sentence) => sentence + span.sourceStart),
      target: bead.target.map((sentence) => sentence + span.targetStart),
      confidence: bead.confidence,
    })),
    ...unpaired('source', span.sourceEnd, sourceCount),
    ...unpaired('target', span.targetEnd, targetCount),
  ];
}

function* scaleProgress<T>(
  steps: Generator<number, T, void>,
  from: number,
  to: number,
): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}

function paragraphEnds(paragraphs: readonly (readonly string[])[]): Uint8Array {
  const ends: number[] = [];
  for (const paragraph of paragraphs)
    paragraph.forEach((_, index) => ends.push(index === paragraph.length - 1 ? 1 : 0));
  return Uint8Array.from(ends);
}

function range(start: number, size: number): number[] {
  return Array.from({ length: size }, (_, index) => start + index);
}
