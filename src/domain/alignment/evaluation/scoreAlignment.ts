import type { BeadLink } from './parseBeads';

/** Hits and misses of an alignment against gold beads, summed over documents before dividing. */
export interface AlignmentScoreCounts {
  strictPrecisionHits: number;
  strictPrecisionMisses: number;
  laxPrecisionHits: number;
  laxPrecisionMisses: number;
  strictRecallHits: number;
  strictRecallMisses: number;
  laxRecallHits: number;
  laxRecallMisses: number;
  /** Per gold bead type (`1-2`): gold beads found identically, and gold beads of that type. */
  readonly recallByType: Map<string, { found: number; total: number }>;
}

/**
 * Adds one document's comparison to `counts`, with the rules of the shared scorer (align-score.mjs):
 * strict counts identical beads; lax also counts a bead that links one of its source sentences to one
 * of its target sentences as the other side does; insertions and deletions are left out of recall.
 */
export function scoreAlignment(
  gold: readonly BeadLink[],
  system: readonly BeadLink[],
  counts: AlignmentScoreCounts,
): void {
  const linksOnly = (beads: readonly BeadLink[]): BeadLink[] =>
    beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
  const [strictPrecisionHits, strictPrecisionMisses, laxPrecisionHits, laxPrecisionMisses] = judge(
    gold,
    system,
  );
  counts.strictPrecisionHits += strictPrecisionHits;
  counts.strictPrecisionMisses += strictPrecisionMisses;
  counts.laxPrecisionHits += laxPrecisionHits;
  counts.laxPrecisionMisses += laxPrecisionMisses;
  const [strictRecallHits, strictRecallMisses, laxRecallHits, laxRecallMisses] = judge(
    linksOnly(system),
    linksOnly(gold),
  );
  counts.strictRecallHits += strictRecallHits;
  counts.strictRecallMisses += strictRecallMisses;
  counts.laxRecallHits += laxRecallHits;
  counts.laxRecallMisses += laxRecallMisses;
  const systemKeys = new Set(system.map(beadKey));
  for (const bead of gold) {
    const type = `${bead.source.length}-${bead.target.length}`;
    const entry = counts.recallByType.get(type) ?? { found: 0, total: 0 };
    entry.total += 1;
    if (systemKeys.has(beadKey(bead))) entry.found += 1;
    counts.recallByType.set(type, entry);
  }
}

function beadKey(bead: BeadLink): string {
  return `${bead.source.join(',')}:${bead.target.join(',')}`;
}

function judge(
  reference: readonly BeadLink[],
  test: readonly BeadLink[],
): [number, number, number, number] {
  const nonEmpty = (beads: readonly BeadLink[]): BeadLink[] =>
    beads.filter((bead) => bead.source.length > 0 || bead.target.length > 0);
  const referenceKeys = new Set(nonEmpty(reference).map(beadKey));
  const links = new Map<number, Set<number>>();
  for (const bead of nonEmpty(reference)) {
    for (const source of bead.source)
      links.set(source, new Set([...(links.get(source) ?? []), ...bead.target]));
  }
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const bead of nonEmpty(test)) {
    if (referenceKeys.has(beadKey(bead))) {
      counts[0] += 1;
      counts[2] += 1;
      continue;
    }
    counts[1] += 1;
    const isLinked = bead.source.some((source) =>
      bead.target.some((target) => links.get(source)?.has(target)),
    );
    if (isLinked) counts[2] += 1;
    else counts[3] += 1;
  }
  return counts;
}
