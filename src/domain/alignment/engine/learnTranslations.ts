import { STEP_INTERVAL } from './stepInterval';

/** Training pairs between two yields: each costs its Chinese units times its English units. */
const PAIRS_PER_STEP = STEP_INTERVAL / 16;

/** One training pair for `learnTranslations`: the units of a bead's two sides and how much it counts. */
export interface TranslationTrainingPair {
  /** Chinese units (words, character pairs) that nothing else in the pair explains. */
  readonly source: readonly string[];
  /** English units (stems) that nothing else in the pair explains. */
  readonly target: readonly string[];
  /** 1 for a confident bead of the first pass; more for a pair a person confirmed. */
  readonly weight: number;
}

/** Pairs seen together fewer times than this (weighted) are never learned: one coincidence proves nothing. */
const MINIMUM_JOINT = 2;
/** Dice coefficient a pair needs: its joint count against the counts of its two sides. */
const MINIMUM_DICE = 0.45;
/** English units kept per Chinese unit. */
const TRANSLATIONS_PER_UNIT = 2;

/**
 * Learns a small translation table from the text itself (after Moore 2002, with Melamed's
 * competitive linking in place of EM): units that turn up together in the confident beads of a first
 * alignment far more often than their own frequencies explain are taken as translations of each
 * other — which is how 韦小宝 = Trinket is found where neither dictionary nor pinyin can. Each pair
 * is scored by its Dice coefficient 2·n(c,e) / (n(c) + n(e)); within a training pair an English
 * unit is linked to its best Chinese unit only, so that a frequent Chinese unit cannot claim every
 * English word near it. Returns Chinese unit → English units, best first.
 */
export function* learnTranslations(
  pairs: readonly TranslationTrainingPair[],
): Generator<number, Map<string, string[]>, void> {
  const sourceCount = new Map<string, number>();
  const targetCount = new Map<string, number>();
  const joint = new Map<string, Map<string, number>>();
  for (const [index, pair] of pairs.entries()) {
    if (index % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield index / (2 * pairs.length);
    const sources = new Set(pair.source);
    const targets = new Set(pair.target);
    for (const unit of sources) sourceCount.set(unit, (sourceCount.get(unit) ?? 0) + pair.weight);
    for (const unit of targets) targetCount.set(unit, (targetCount.get(unit) ?? 0) + pair.weight);
    for (const source of sources) {
      let row = joint.get(source);
      if (!row) joint.set(source, (row = new Map()));
      for (const target of targets) row.set(target, (row.get(target) ?? 0) + pair.weight);
    }
  }
  const dice = (source: string, target: string): number => {
    const together = joint.get(source)?.get(target) ?? 0;
    if (together < MINIMUM_JOINT) return 0;
    return (2 * together) / ((sourceCount.get(source) ?? 0) + (targetCount.get(target) ?? 0));
  };
  const links = new Map<string, Map<string, number>>();
  for (const [index, pair] of pairs.entries()) {
    if (index % PAIRS_PER_STEP === PAIRS_PER_STEP - 1)
      yield (pairs.length + index) / (2 * pairs.length);
    const sources = [...new Set(pair.source)];
    for (const target of new Set(pair.target)) {
      let best = '';
      let bestScore = MINIMUM_DICE;
      for (const source of sources) {
        const score = dice(source, target);
        if (score > bestScore) {
          best = source;
          bestScore = score;
        }
      }
      if (best === '') continue;
      let row = links.get(best);
      if (!row) links.set(best, (row = new Map()));
      row.set(target, (row.get(target) ?? 0) + pair.weight);
    }
  }
  const learned = new Map<string, string[]>();
  for (const [source, row] of links) {
    const targets = [...row.entries()]
      .filter(([, count]) => count >= MINIMUM_JOINT)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TRANSLATIONS_PER_UNIT)
      .map(([target]) => target);
    if (targets.length > 0) learned.set(source, targets);
  }
  return learned;
}
