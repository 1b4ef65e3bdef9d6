import type { CedictIndex } from '../dictionary/cedictIndex';
import { englishContentStems } from '../dictionary/englishContentStems';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import type { BeadList } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';

/** A pair must occur together in at least this many confirmed beads. */
export const MINIMUM_PAIR_BEADS = 3;
/** And its Dice coefficient, 2·together / (beads with the Chinese + beads with the English), reach this. */
export const MINIMUM_PAIR_DICE = 0.5;
const MAXIMUM_PAIRS = 5000;
const HAN_RUN = /\p{Script=Han}+/gu;
const LONGEST_WORD = 8;

/**
 * Learns word pairs from the beads the user confirmed, as glossary entries the engine scores: Chinese
 * units (dictionary words of two characters or more, and character pairs, which catch the names and
 * terms no dictionary has) against English content words, by how exclusively they occur together
 * in confirmed beads (Dice). Each unit and each English word is linked at most once, best score
 * first (competitive linking), so that a frequent word does not pair with everything near it. Pairs
 * the dictionary already gives are left out: the engine counts them anyway.
 */
export function learnPairsFromConfirmedBeads(
  list: BeadList,
  dictionary?: CedictIndex,
): GlossaryEntry[] {
  const ranges = beadSentenceRanges(list);
  const beads: { chinese: Set<string>; english: Set<string> }[] = [];
  const surfaces = new Map<string, string>();
  list.beads.forEach((bead, index) => {
    const range = ranges[index];
    if (!bead.confirmed || range === undefined || bead.sourceCount === 0 || bead.targetCount === 0)
      return;
    const source = textOf(list.source.slice(range.sourceStart, range.sourceEnd));
    const target = textOf(list.target.slice(range.targetStart, range.targetEnd));
    const english = new Set<string>();
    for (const word of target.match(/[A-Za-z]+(?:'[A-Za-z]+)?/g) ?? []) {
      const [stem, ...more] = englishContentStems(word);
      if (stem === undefined || more.length > 0) continue;
      english.add(stem);
      if (!surfaces.has(stem)) surfaces.set(stem, word.toLowerCase());
    }
    beads.push({ chinese: chineseUnits(source, dictionary), english });
  });

  const chineseBeads = countBeads(beads.map((bead) => bead.chinese));
  const englishBeads = countBeads(beads.map((bead) => bead.english));
  const together = new Map<string, Map<string, number>>();
  for (const bead of beads) {
    const english = [...bead.english].filter(
      (stem) => (englishBeads.get(stem) ?? 0) >= MINIMUM_PAIR_BEADS,
    );
    for (const unit of bead.chinese) {
      if ((chineseBeads.get(unit) ?? 0) < MINIMUM_PAIR_BEADS) continue;
      const counts = together.get(unit) ?? new Map<string, number>();
      for (const stem of english) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      together.set(unit, counts);
    }
  }

  const candidates: { unit: string; stem: string; count: number; dice: number }[] = [];
  for (const [unit, counts] of together) {
    const known = new Set(dictionary?.lookup(unit) ?? []);
    for (const [stem, count] of counts) {
      if (count < MINIMUM_PAIR_BEADS || known.has(stem)) continue;
      const dice = (2 * count) / ((chineseBeads.get(unit) ?? 0) + (englishBeads.get(stem) ?? 0));
      if (dice >= MINIMUM_PAIR_DICE) candidates.push({ unit, stem, count, dice });
    }
  }
  candidates.sort(
    (a, b) =>
      b.dice - a.dice ||
      b.count - a.count ||
      b.unit.length - a.unit.length ||
      compare(a.unit, b.unit) ||
      compare(a.stem, b.stem),
  );
  const linkedUnits = new Set<string>();
  const linkedStems = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const { unit, stem } of candidates) {
    if (linkedUnits.has(unit) || linkedStems.has(stem)) continue;
    linkedUnits.add(unit);
    linkedStems.add(stem);
    entries.push({ source: unit, target: surfaces.get(stem) ?? stem, partOfSpeech: '', note: '' });
    if (entries.length === MAXIMUM_PAIRS) break;
  }
  return entries;
}

function textOf(sentences: readonly { text: string }[]): string {
  return sentences.map((sentence) => sentence.text).join(' ');
}

function chineseUnits(text: string, dictionary: CedictIndex | undefined): Set<string> {
  const units = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let start = 0; start + 2 <= run.length; start += 1) units.add(run.slice(start, start + 2));
    if (dictionary === undefined) continue;
    let position = 0;
    while (position < run.length) {
      let length = Math.min(LONGEST_WORD, run.length - position);
      while (length > 1 && dictionary.lookup(run.slice(position, position + length)) === undefined)
        length -= 1;
      if (length > 1) units.add(run.slice(position, position + length));
      position += length;
    }
  }
  return units;
}

function countBeads(sets: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const item of set) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function compare(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}
