import { englishContentStems } from '../../dictionary/englishContentStems';
import type { AlignmentEvidence } from './alignmentTypes';
import { chineseUnits } from './chineseUnits';
import { EVIDENCE_SOURCES } from './evidence/evidenceSources';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

const MAXIMUM_FEATURES = 32;
const SOURCE_STEP = STEP_INTERVAL / 4;
const HAN = /\p{Script=Han}/u;

/**
 * Turns two lists of sentences into evidence features: for each Chinese sentence the keys that the
 * evidence sources switched on in `evidence` find (EVIDENCE_SOURCES: dictionary words, numbers,
 * Latin tokens, punctuation, names, chapter headings, glossary terms) and the English tokens that
 * would confirm each key; for each English sentence its content-word stems and the sources' tokens.
 * `learned` (Chinese unit → English stems, from `learnTranslations`) adds a key for each learned
 * unit of a sentence whose translations its other keys do not already cover.
 */
export function* extractSentenceFeatures(
  source: readonly string[],
  target: readonly string[],
  sourceParagraphEnds: Uint8Array,
  targetParagraphEnds: Uint8Array,
  evidence: AlignmentEvidence,
  learned?: ReadonlyMap<string, readonly string[]>,
): Generator<number, SentenceFeatures, void> {
  const tokenIds = new Map<string, number>();
  const tokenId = (token: string): number => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(token, id);
    }
    return id;
  };
  const keyIds = new Map<string, number>();
  const keyTranslationLists: Int32Array[] = [];
  const keyId = (key: string, translations: () => readonly string[]): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(key, id);
      keyTranslationLists.push(Int32Array.from(new Set(translations().map(tokenId))));
    }
    return id;
  };
  const readers = EVIDENCE_SOURCES.filter((kind) => kind.isOn(evidence)).map((kind) =>
    kind.read({ source, target, evidence }),
  );

  // Passes over the sentences: reading each side, then ranking the keys, uniting their
  // translations and ranking the tokens.
  const total = 2 * target.length + 3 * source.length;
  const targetTokenLists: number[][] = [];
  const targetLengths = new Float64Array(target.length);
  for (const [index, sentence] of target.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1) yield index / total;
    targetLengths[index] = englishLength(sentence);
    const stems = englishContentStems(sentence);
    const tokens = new Set<string>(stems);
    for (const reader of readers)
      for (const token of reader.targetTokens?.(index, stems) ?? []) tokens.add(token);
    targetTokenLists.push([...tokens].map(tokenId));
  }

  const sourceKeyLists: Set<number>[] = [];
  const sourceLengths = new Float64Array(source.length);
  for (const [index, sentence] of source.entries()) {
    // A Chinese sentence costs more than an English one: dictionary lookups, stemmed on first use.
    if (index % SOURCE_STEP === SOURCE_STEP - 1) yield (target.length + index) / total;
    sourceLengths[index] = chineseLength(sentence);
    const keys = new Set<number>();
    for (const reader of readers)
      for (const { key, translations } of reader.sourceKeys?.(index) ?? [])
        keys.add(keyId(key, translations));
    if (learned && learned.size > 0) {
      const covered = new Set<number>();
      for (const key of keys)
        for (const token of keyTranslationLists[key] ?? []) covered.add(token);
      const { words, pairs } = chineseUnits(sentence, evidence.dictionary);
      for (const unit of [...words, ...pairs]) {
        const translations = learned.get(unit);
        if (!translations) continue;
        const tokens = translations.map(tokenId);
        if (tokens.every((token) => covered.has(token))) continue;
        keys.add(keyId(`l:${unit}`, () => translations));
        for (const token of tokens) covered.add(token);
      }
    }
    sourceKeyLists.push(keys);
  }

  const tokenCount = tokenIds.size;
  const keyTranslations = keyTranslationLists;
  const targetFrequency = new Float64Array(tokenCount);
  for (const tokens of targetTokenLists)
    for (const token of tokens) targetFrequency[token] = (targetFrequency[token] ?? 0) + 1;
  const keyRarity = keyTranslations.map((translations) =>
    translations.reduce((sum, token) => sum + (targetFrequency[token] ?? 0), 0),
  );
  const ranked = target.length + source.length;
  const sourceKeys: Int32Array[] = [];
  for (const [index, keys] of sourceKeyLists.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1) yield (ranked + index) / total;
    sourceKeys.push(
      Int32Array.from(
        [...keys]
          .sort((a, b) => matchRank(keyRarity[a] ?? 0) - matchRank(keyRarity[b] ?? 0))
          .slice(0, MAXIMUM_FEATURES),
      ),
    );
  }
  const sourceTranslations: Int32Array[] = [];
  for (const [index, keys] of sourceKeys.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1) yield (ranked + source.length + index) / total;
    const union = new Set<number>();
    for (const key of keys) for (const token of keyTranslations[key] ?? []) union.add(token);
    sourceTranslations.push(Int32Array.from(union));
  }
  const sourceFrequency = new Float64Array(tokenCount);
  for (const tokens of sourceTranslations)
    for (const token of tokens) sourceFrequency[token] = (sourceFrequency[token] ?? 0) + 1;
  const targetTokens: Int32Array[] = [];
  for (const [index, tokens] of targetTokenLists.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1)
      yield (ranked + 2 * source.length + index) / total;
    targetTokens.push(
      Int32Array.from(
        tokens
          .filter((token) => (sourceFrequency[token] ?? 0) > 0)
          .sort((a, b) => (sourceFrequency[a] ?? 0) - (sourceFrequency[b] ?? 0))
          .slice(0, MAXIMUM_FEATURES),
      ),
    );
  }
  const hasParagraphs =
    sourceParagraphEnds.slice(0, -1).some((end) => end === 1) &&
    targetParagraphEnds.slice(0, -1).some((end) => end === 1);
  return {
    sourceKeys,
    keyTranslations,
    targetTokens,
    sourceTranslations,
    tokenCount,
    sourceLengths,
    targetLengths,
    sourceParagraphEnds,
    targetParagraphEnds,
    hasParagraphs: hasParagraphs && evidence.useParagraphs !== false,
  };
}

/** Rarest first, but keys that nothing in the other text can confirm last: they only weigh against pairing. */
function matchRank(frequency: number): number {
  return frequency === 0 ? Number.MAX_SAFE_INTEGER : frequency;
}

function chineseLength(sentence: string): number {
  let length = 0;
  for (const character of sentence)
    if (character.trim() !== '') length += HAN.test(character) ? 1 : 0.5;
  return length;
}

function englishLength(sentence: string): number {
  return sentence.replace(/\s+/g, '').length;
}
