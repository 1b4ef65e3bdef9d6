import { formatBead } from '../engine/formatBead';
import type { Bead } from '../engine/alignmentTypes';
import type { BeadLink } from './parseBeads';

/** Upper ends of the confidence bins of a reliability table (the last bin holds exactly 1 too). */
export const RELIABILITY_BIN_ENDS = [0.5, 0.7, 0.9, 0.99, 0.999, 1] as const;

/** One bin of a reliability table: the beads whose stated confidence falls in [from, to). */
export interface ReliabilityBin {
  readonly from: number;
  readonly to: number;
  readonly beads: number;
  readonly meanConfidence: number;
  /** Share of the bin's beads that are in the gold identically. */
  readonly precision: number;
}

export interface ReliabilityTable {
  readonly bins: readonly ReliabilityBin[];
  /** Expected calibration error: the bead-weighted mean gap between confidence and precision. */
  readonly calibrationError: number;
  /** Share of all wrong beads found by reviewing the least confident tenth of the beads. */
  readonly errorsInLeastConfidentTenth: number;
}

/**
 * Compares stated confidence with observed precision (a bead is right when the gold holds it
 * identically), over documents given as pairs of predicted and gold beads: how well the confidence
 * is calibrated, and how many errors a reviewer finds by checking the least confident beads first.
 */
export function tabulateReliability(
  documents: readonly { readonly beads: readonly Bead[]; readonly gold: readonly BeadLink[] }[],
): ReliabilityTable {
  const judged = documents.flatMap(({ beads, gold }) => {
    const keys = new Set(gold.map(formatBead));
    return beads.map((bead) => ({
      confidence: bead.confidence,
      isRight: keys.has(formatBead(bead)),
    }));
  });
  const bins = RELIABILITY_BIN_ENDS.map((to, index) => {
    const from = index === 0 ? 0 : (RELIABILITY_BIN_ENDS[index - 1] ?? 0);
    const isLast = index === RELIABILITY_BIN_ENDS.length - 1;
    const inside = judged.filter(
      ({ confidence }) => confidence >= from && (confidence < to || (isLast && confidence <= to)),
    );
    const right = inside.filter(({ isRight }) => isRight).length;
    const meanConfidence =
      inside.reduce((sum, { confidence }) => sum + confidence, 0) / Math.max(1, inside.length);
    return {
      from,
      to,
      beads: inside.length,
      meanConfidence,
      precision: right / Math.max(1, inside.length),
    };
  });
  const calibrationError =
    bins.reduce((sum, bin) => sum + bin.beads * Math.abs(bin.meanConfidence - bin.precision), 0) /
    Math.max(1, judged.length);
  const wrong = judged.filter(({ isRight }) => !isRight).length;
  const leastConfident = [...judged]
    .sort((left, right) => left.confidence - right.confidence)
    .slice(0, Math.round(judged.length / 10));
  const found = leastConfident.filter(({ isRight }) => !isRight).length;
  return {
    bins,
    calibrationError,
    errorsInLeastConfidentTenth: wrong === 0 ? 1 : found / wrong,
  };
}
