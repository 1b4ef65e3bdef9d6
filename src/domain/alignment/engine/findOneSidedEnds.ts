import type { Anchor } from './findAnchorChain';

/** The part of both texts that translate each other; what lies before or after on one side is left out. */
export interface AlignedSpan {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
}

/** A block left out holds at least this many sentences. */
const MINIMUM_BLOCK = 12;
/** Anchors (at most) whose offsets decide each end. */
const END_ANCHORS = 10;
/** Sentences next to the block left to the aligner, which decides where exactly the block ends. */
const MARGIN = 3;
/** Fewer anchors than this say too little to cut anything. */
const MINIMUM_ANCHORS = 6;

/**
 * Finds material at the start or end of one text that the other lacks (a translator's introduction,
 * notes, a table of contents), from the chain of anchors: along the chain the target advances at its
 * overall rate, so the median offset of the first anchors from a line through the origin at that rate
 * is the length of a one-sided block before the text proper (and likewise at the end). A block
 * shorter than twelve sentences, or a chain of fewer than six anchors, leaves the texts whole.
 * `margin` sentences next to a block are left to the aligner (more when the anchors are coarse).
 */
export function findOneSidedEnds(
  anchors: readonly Anchor[],
  sourceCount: number,
  targetCount: number,
  margin = MARGIN,
): AlignedSpan {
  const whole = { sourceStart: 0, sourceEnd: sourceCount, targetStart: 0, targetEnd: targetCount };
  const first = anchors[0];
  const last = anchors.at(-1);
  if (anchors.length < MINIMUM_ANCHORS || first === undefined || last === undefined) return whole;
  if (last.source <= first.source || last.target <= first.target) return whole;
  const rate = (last.target - first.target) / (last.source - first.source);
  const count = Math.min(END_ANCHORS, Math.ceil(anchors.length / 4));
  // Target sentences ahead of the line t = rate · s at the start (negative: source sentences ahead).
  const lead = median(anchors.slice(0, count).map(({ source, target }) => target - rate * source));
  const trail = median(
    anchors
      .slice(-count)
      .map(({ source, target }) => targetCount - 1 - target - rate * (sourceCount - 1 - source)),
  );
  const cut = (sentences: number): number =>
    sentences >= Math.max(MINIMUM_BLOCK, margin + 1) ? Math.floor(sentences) - margin : 0;
  return {
    sourceStart: Math.min(first.source, cut(-lead / rate)),
    sourceEnd: Math.max(last.source + 1, sourceCount - cut(-trail / rate)),
    targetStart: Math.min(first.target, cut(lead)),
    targetEnd: Math.max(last.target + 1, targetCount - cut(trail)),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
