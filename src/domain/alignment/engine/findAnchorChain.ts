import type { AlignmentModel } from './alignmentModel';
import { LARGEST_BEAD_SIDE } from './beadTypes';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

const MAXIMUM_POSTINGS = 12;
const POSTINGS_PER_SENTENCES = 100;
const MINIMUM_ANCHOR_SCORE = 6;
/** Anchors are looked for this much further off the diagonal, so that a one-sided introduction this long still has the text's anchors after it. */
const LONGEST_ONE_SIDED_BLOCK = 500;

/** A sentence pair sharing rare evidence: a point the alignment very likely passes through. */
export interface Anchor {
  readonly source: number;
  readonly target: number;
  readonly score: number;
}

/**
 * Finds anchors without comparing every pair: sentence pairs that share rare
 * evidence (looked up through an index of rare target tokens: in at most 12 target sentences, or one
 * in a hundred in a long text, so that a book still has anchors) become anchor candidates, and the heaviest
 * chain of candidates increasing on both sides is kept (in order). `width` widens the corridor
 * around the diagonal where candidates are looked for.
 */
export function* findAnchorChain(
  features: SentenceFeatures,
  model: AlignmentModel,
  width: number,
): Generator<number, Anchor[], void> {
  const sourceCount = features.sourceKeys.length;
  const targetCount = features.targetTokens.length;
  const side = LARGEST_BEAD_SIDE;
  const maximumPostings = Math.max(
    MAXIMUM_POSTINGS,
    Math.ceil(targetCount / POSTINGS_PER_SENTENCES),
  );
  const postings = new Map<number, number[]>();
  const frequency = new Int32Array(features.tokenCount);
  for (const tokens of features.targetTokens)
    for (const token of tokens) frequency[token] = (frequency[token] ?? 0) + 1;
  features.targetTokens.forEach((tokens, target) => {
    for (const token of tokens) {
      if ((frequency[token] ?? 0) > maximumPostings) continue;
      const list = postings.get(token) ?? [];
      list.push(target);
      postings.set(token, list);
    }
  });
  const slope = targetCount / Math.max(1, sourceCount);
  const corridor = 0.1 * targetCount + 3 * width + LONGEST_ONE_SIDED_BLOCK;
  const candidates: Anchor[] = [];
  for (const [source, keys] of features.sourceKeys.entries()) {
    if (source % STEP_INTERVAL === STEP_INTERVAL - 1) yield source / sourceCount;
    const scores = new Map<number, number>();
    for (const key of keys) {
      const gain = model.keyGain[key * side] ?? 0;
      const seen = new Set<number>();
      for (const token of features.keyTranslations[key] ?? []) {
        for (const target of postings.get(token) ?? []) {
          if (seen.has(target) || Math.abs(target - source * slope) > corridor) continue;
          seen.add(target);
          scores.set(target, (scores.get(target) ?? 0) + gain);
        }
      }
    }
    for (const [target, score] of scores)
      if (score >= MINIMUM_ANCHOR_SCORE) candidates.push({ source, target, score });
  }
  return heaviestIncreasingChain(candidates, targetCount);
}

function heaviestIncreasingChain<T extends { source: number; target: number; score: number }>(
  candidates: readonly T[],
  targetCount: number,
): T[] {
  const sorted = [...candidates].sort((a, b) => a.source - b.source || b.target - a.target);
  const size = targetCount + 1;
  const treeScore = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((candidate, index) => {
    let bestScore = 0;
    let bestIndex = -1;
    for (let position = candidate.target; position > 0; position -= position & -position) {
      if ((treeScore[position] ?? 0) > bestScore) {
        bestScore = treeScore[position] ?? 0;
        bestIndex = treeIndex[position] ?? -1;
      }
    }
    total[index] = bestScore + candidate.score;
    previous[index] = bestIndex;
    for (let position = candidate.target + 1; position <= size; position += position & -position) {
      if ((total[index] ?? 0) > (treeScore[position] ?? 0)) {
        treeScore[position] = total[index] ?? 0;
        treeIndex[position] = index;
      }
    }
  });
  let index = total.reduce(
    (bestIndex, score, current) => (score > (total[bestIndex] ?? 0) ? current : bestIndex),
    0,
  );
  const chain: T[] = [];
  for (let candidate = sorted[index]; candidate !== undefined; candidate = sorted[index]) {
    chain.push(candidate);
    index = previous[index] ?? -1;
  }
  return chain.reverse();
}
