import type { MatchingToken } from './matchingTokens';

/**
 * The similarity of two token sequences, from 0 to 1: one minus their weighted edit distance
 * (adding or removing a token costs its weight, changing one the larger of the two weights)
 * over the larger of the two total weights. Two empty sequences are alike (1).
 */
export function similarityOfTokens(
  first: readonly MatchingToken[],
  second: readonly MatchingToken[],
): number {
  const firstWeight = totalWeight(first);
  const secondWeight = totalWeight(second);
  const largest = Math.max(firstWeight, secondWeight);
  if (largest === 0) return 1;
  let previous = new Float64Array(second.length + 1);
  let current = new Float64Array(second.length + 1);
  for (let column = 1; column <= second.length; column += 1) {
    previous[column] = (previous[column - 1] ?? 0) + (second[column - 1]?.weight ?? 0);
  }
  for (const token of first) {
    current[0] = (previous[0] ?? 0) + token.weight;
    for (let column = 1; column <= second.length; column += 1) {
      const other = second[column - 1];
      if (other === undefined) continue;
      const change = other.text === token.text ? 0 : Math.max(token.weight, other.weight);
      current[column] = Math.min(
        (previous[column - 1] ?? 0) + change,
        (previous[column] ?? 0) + token.weight,
        (current[column - 1] ?? 0) + other.weight,
      );
    }
    [previous, current] = [current, previous];
  }
  const distance = previous[second.length] ?? largest;
  return Math.max(0, 1 - distance / largest);
}

function totalWeight(tokens: readonly MatchingToken[]): number {
  let sum = 0;
  for (const token of tokens) sum += token.weight;
  return sum;
}
