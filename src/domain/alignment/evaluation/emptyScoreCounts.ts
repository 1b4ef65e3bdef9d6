import type { AlignmentScoreCounts } from './scoreAlignment';

/** Empty counts to add documents to. */
export function emptyScoreCounts(): AlignmentScoreCounts {
  return {
    strictPrecisionHits: 0,
    strictPrecisionMisses: 0,
    laxPrecisionHits: 0,
    laxPrecisionMisses: 0,
    strictRecallHits: 0,
    strictRecallMisses: 0,
    laxRecallHits: 0,
    laxRecallMisses: 0,
    recallByType: new Map(),
  };
}
