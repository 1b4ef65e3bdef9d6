import type { CedictIndex } from '../../dictionary/cedictIndex';
import { englishContentStems } from '../../dictionary/englishContentStems';
import { chineseUnits } from './chineseUnits';
import type { TranslationTrainingPair } from './learnTranslations';
import { segmentByDictionary } from './segmentByDictionary';
import { STEP_INTERVAL } from './stepInterval';

/** A bead's two sides as text, and how much it counts. */
export interface TrainingText {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/**
 * Turns bead texts into training pairs for `learnTranslations`, keeping on each side only what the
 * dictionary does not already explain: a Chinese word whose dictionary translation is in the English
 * side is left out, with the character pairs inside it, and so are the English stems it explains.
 */
export function* collectTrainingPairs(
  texts: readonly TrainingText[],
  dictionary: CedictIndex | undefined,
): Generator<number, TranslationTrainingPair[], void> {
  const pairs: TranslationTrainingPair[] = [];
  for (const [index, { source, target, weight }] of texts.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1) yield index / texts.length;
    const stems = new Set(englishContentStems(target));
    const explainedStems = new Set<string>();
    const explainedWords: string[] = [];
    if (dictionary) {
      for (const word of segmentByDictionary(source, dictionary)) {
        const found = (dictionary.lookup(word) ?? []).filter((stem) => stems.has(stem));
        if (found.length === 0) continue;
        explainedWords.push(word);
        for (const stem of found) explainedStems.add(stem);
      }
    }
    const units = chineseUnits(source, dictionary);
    const isExplained = (unit: string): boolean =>
      explainedWords.some((word) => word.includes(unit));
    pairs.push({
      source: [...units.words, ...units.pairs].filter((unit) => !isExplained(unit)),
      target: [...stems].filter((stem) => !explainedStems.has(stem)),
      weight,
    });
  }
  return pairs;
}
