import type { MemoryMatch } from './memoryMatch';

/**
 * Matches best first: exact ones, then by score; equal ones keep the order they came in. A pair
 * (same source and target) found twice is listed once, where it ranks best. Does not reorder its input.
 */
export function rankMemoryMatches(matches: readonly MemoryMatch[]): MemoryMatch[] {
  const ranked = [...matches].sort(
    (first, second) => Number(second.isExact) - Number(first.isExact) || second.score - first.score,
  );
  const seen = new Set<string>();
  return ranked.filter(({ unit }) => {
    const key = `${unit.source}\u0000${unit.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
