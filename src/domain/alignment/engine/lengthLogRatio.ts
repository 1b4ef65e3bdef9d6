const SMOOTHING = 15;

/**
 * How much longer the target is than the length model expects, as a log ratio (0 when as expected);
 * the smoothing keeps very short sentences from dominating.
 */
export function lengthLogRatio(
  sourceLength: number,
  targetLength: number,
  lengthRatio: number,
): number {
  return Math.log((targetLength + SMOOTHING) / (lengthRatio * sourceLength + SMOOTHING));
}
