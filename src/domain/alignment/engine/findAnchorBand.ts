import type { AlignmentBand } from './alignmentBand';
import type { AlignmentModel } from './alignmentModel';
import { connectBand } from './connectBand';
import { findAnchorChain, type Anchor } from './findAnchorChain';
import { finishSteps } from './finishSteps';
import type { SentenceFeatures } from './sentenceFeatures';

const MAXIMUM_EXTRA_WIDTH = 300;

/**
 * Finds a band for the first pass without comparing every pair: it follows the chain of anchors
 * (`findAnchorChain`, or the chain given), wider where anchors are far apart.
 */
export function findAnchorBand(
  features: SentenceFeatures,
  model: AlignmentModel,
  width: number,
  anchors: readonly Anchor[] = finishSteps(findAnchorChain(features, model, width)),
): AlignmentBand {
  const sourceCount = features.sourceKeys.length;
  const targetCount = features.targetTokens.length;
  const points = [
    { source: 0, target: 0 },
    ...anchors.map(({ source, target }) => ({ source: source + 0.5, target: target + 0.5 })),
    { source: sourceCount, target: targetCount },
  ];
  const low = new Int32Array(sourceCount + 1);
  const high = new Int32Array(sourceCount + 1);
  let segment = 0;
  for (let row = 0; row <= sourceCount; row += 1) {
    while (segment < points.length - 2 && (points[segment + 1]?.source ?? 0) <= row) segment += 1;
    const start = points[segment] ?? { source: 0, target: 0 };
    const end = points[segment + 1] ?? { source: sourceCount, target: targetCount };
    const span = Math.max(1e-9, end.source - start.source);
    const center = start.target + ((row - start.source) * (end.target - start.target)) / span;
    const extra = Math.min(MAXIMUM_EXTRA_WIDTH, 0.25 * Math.max(span, end.target - start.target));
    low[row] = Math.floor(center - width - extra);
    high[row] = Math.ceil(center + width + extra);
  }
  return connectBand(low, high, targetCount);
}
