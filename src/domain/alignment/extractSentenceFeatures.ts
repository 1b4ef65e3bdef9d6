import { polyphonic } from 'pinyin-pro';
import { englishContentStems } from '../dictionary/englishContentStems';
import { ENGLISH_STOP_WORDS } from '../dictionary/englishStopWords';
import { stemEnglishWord } from '../dictionary/stemEnglishWord';
import { findTermMatches } from '../glossary/findTermMatches';
import type { AlignmentEvidence } from './alignmentTypes';
import { findChapterNumber } from './findChapterNumber';
import { findChineseNumbers } from './findChineseNumbers';
import { chineseUnits } from './chineseUnits';
import { CHINESE_SURNAMES } from './chineseSurnames';
import { findEnglishNumbers } from './findEnglishNumbers';
import { segmentByDictionary } from './segmentByDictionary';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

const MAXIMUM_FEATURES = 32;
/**
 * With learned translations on, a name read through pinyin is evidence only when the English names
 * it at most this many times: a name the text repeats is learned from the text itself (and pinyin
 * on top of it counted it twice), one seen once or twice cannot be learned (two co-occurrences at
 * least) and still needs pinyin. On align-dev: all names 0.901 strict, none 0.911, this 0.907.
 */
const MAXIMUM_PINYIN_NAME_FREQUENCY = 2;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_IN_CHINESE = /[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*/g;
const CAPITALISED = /(?<!\p{L})\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?/gu;
const CHINESE_QUOTES = /[“”「」『』"]/;
const ENGLISH_QUOTES = /["“”]|(?:^|\s)[‘']/;
/** A one-character surname as a name is used alone: 老顾, 小黄, 阿陈, 顾先生, 黄太太 (Old Gu, Mrs Huang). */
const SURNAME_IN_ADDRESS =
  /[老小阿](\p{Script=Han})|(\p{Script=Han})(?=先生|太太|小姐|夫人|师傅|大人|公子|姑娘|大爷|大娘|同志|老师|医生|主任|队长|书记|教授|氏)/gu;
/** Quotation structure: a sentence that opens a quotation and one that closes it, kept apart. */
const CHINESE_OPENS = /^\s*[“「『"]/;
const CHINESE_CLOSES = /[”」』"]\s*$/;
const ENGLISH_OPENS = /^\s*[“"‘']/;
const ENGLISH_CLOSES = /[”"’']\s*$/;

/**
 * Turns two lists of sentences into evidence features: for each Chinese sentence the keys (dictionary
 * words, numbers, names, Latin tokens, punctuation, chapter headings, glossary terms) and the English tokens that would
 * confirm each key; for each English sentence its tokens. Which evidence is used follows `evidence`.
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
  const glossary = (evidence.glossary ?? [])
    .map((entry, index) => ({
      id: index,
      source: entry.source,
      stems: englishContentStems(entry.target),
    }))
    .filter((entry) => entry.stems.length > 0);

  const nameFrequency = new Map<string, number>();
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
    if (evidence.useNumbers !== false)
      for (const value of findEnglishNumbers(sentence)) tokens.add(`#${value}`);
    if (evidence.useLatinTokens !== false)
      for (const latin of sentence.match(/\b[A-Z0-9]{2,}\b/g) ?? [])
        tokens.add(latin.toLowerCase());
    if (evidence.usePunctuation !== false) {
      if (ENGLISH_QUOTES.test(sentence)) tokens.add('"');
      if (sentence.includes('?')) tokens.add('?');
      if (sentence.includes('!')) tokens.add('!');
      if (/:\s*$|:\s*["“]/.test(sentence)) tokens.add(':');
      if (/\.\.\.|…/.test(sentence)) tokens.add('…');
      if (/—|--/.test(sentence)) tokens.add('—');
      if (ENGLISH_OPENS.test(sentence)) tokens.add('q<');
      if (ENGLISH_CLOSES.test(sentence)) tokens.add('q>');
    }
    if (evidence.useNames !== false)
      for (const name of englishNames(sentence)) {
        if (!tokens.has(name)) nameFrequency.set(name, (nameFrequency.get(name) ?? 0) + 1);
        tokens.add(name);
      }
    if (evidence.useHeadings !== false) {
      const chapter = findChapterNumber(sentence, 'en');
      if (chapter !== undefined) tokens.add(`h:${chapter}`);
    }
    for (const term of glossary)
      if (containsSequence(stems, term.stems)) tokens.add(`g:${term.id}`);
    targetTokenLists.push([...tokens].map(tokenId));
  }
  const pinyinNameFrequency =
    evidence.useLearned === false ? Number.POSITIVE_INFINITY : MAXIMUM_PINYIN_NAME_FREQUENCY;
  const nameTokens = new Set(
    [...nameFrequency]
      .filter(([, frequency]) => frequency <= pinyinNameFrequency)
      .map(([name]) => name),
  );

  const sourceKeyLists: Set<number>[] = [];
  const sourceLengths = new Float64Array(source.length);
  for (const [index, sentence] of source.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1) yield (target.length + index) / total;
    sourceLengths[index] = chineseLength(sentence);
    const keys = new Set<number>();
    if (evidence.dictionary) {
      const dictionary = evidence.dictionary;
      for (const word of segmentByDictionary(sentence, dictionary)) {
        keys.add(keyId(word, () => dictionary.lookup(word) ?? []));
      }
    }
    if (evidence.useNumbers !== false) {
      for (const { value, unit } of findChineseNumbers(sentence)) {
        const month = unit === '月' && Number.isInteger(value) ? MONTHS[value - 1] : undefined;
        keys.add(keyId(`#${value}`, () => [`#${value}`]));
        if (month !== undefined) keys.add(keyId(`month:${month}`, () => [stemEnglishWord(month)]));
      }
    }
    if (evidence.useLatinTokens !== false) {
      for (const latin of sentence.match(LATIN_IN_CHINESE) ?? []) {
        const lower = latin.toLowerCase();
        keys.add(keyId(`latin:${lower}`, () => [lower, stemEnglishWord(lower)]));
      }
    }
    if (evidence.usePunctuation !== false) {
      if (CHINESE_QUOTES.test(sentence)) keys.add(keyId('"', () => ['"']));
      if (/[？?]/.test(sentence)) keys.add(keyId('?', () => ['?']));
      if (/[！!]/.test(sentence)) keys.add(keyId('!', () => ['!']));
      if (/：\s*$|：[“「]/.test(sentence)) keys.add(keyId(':', () => [':']));
      if (/…/.test(sentence)) keys.add(keyId('…', () => ['…']));
      if (/——/.test(sentence)) keys.add(keyId('—', () => ['—']));
      if (CHINESE_OPENS.test(sentence)) keys.add(keyId('q<', () => ['q<']));
      if (CHINESE_CLOSES.test(sentence)) keys.add(keyId('q>', () => ['q>']));
    }
    if (evidence.useNames !== false && nameTokens.size > 0) {
      for (const names of chineseNames(sentence, nameTokens))
        keys.add(keyId(names[0] ?? '', () => names));
    }
    if (evidence.useHeadings !== false) {
      const chapter = findChapterNumber(sentence, 'zh');
      if (chapter !== undefined) keys.add(keyId(`h:${chapter}`, () => [`h:${chapter}`]));
    }
    for (const match of findTermMatches(sentence, glossary))
      keys.add(keyId(`g:${match.id}`, () => [`g:${match.id}`]));
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

function englishNames(sentence: string): string[] {
  const names: string[] = [];
  let previous: { word: string; end: number } | undefined;
  for (const match of sentence.matchAll(CAPITALISED)) {
    const word = foldName(match[0]);
    names.push(`n:${word}`);
    const start = match.index ?? 0;
    if (previous && start - previous.end <= 1) names.push(`n:${previous.word}${word}`);
    previous = { word, end: start + match[0].length };
  }
  return names;
}

const syllableCache = new Map<string, string>();

/**
 * The usual toneless pinyin of one character (its first reading), cached: names are read character
 * by character. `polyphonic` answers from pinyin-pro's character table; `pinyin` would first build
 * its word matcher, a tenth of a second the command line would spend at every start.
 */
function syllableOf(character: string): string {
  let syllable = syllableCache.get(character);
  if (syllable === undefined) {
    const readings = polyphonic(character, { toneType: 'none', type: 'array', v: true })[0];
    syllable = (readings?.[0] ?? character).replace('ü', 'v');
    syllableCache.set(character, syllable);
  }
  return syllable;
}

/** A name as pinyin spells it without tones: lower case, ü as v (Lü → lv), other accents dropped. */
function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]|[-'’]/g, '');
}

/**
 * The names of a Chinese sentence that the English has, read through pinyin: a surname used alone in
 * an address (老顾 → gu), and runs of two to four syllables, the longest first, each once: 陈清扬 is
 * one name whose key the English `Chen Qingyang`, `Chen` `Qingyang` or `Qingyang` alone confirms
 * (its shorter names its translations), not three keys counting one name three times.
 */
function chineseNames(sentence: string, nameTokens: ReadonlySet<string>): string[][] {
  const names: string[][] = [];
  for (const run of sentence.match(HAN_RUN) ?? []) {
    for (const match of run.matchAll(SURNAME_IN_ADDRESS)) {
      const character = match[1] ?? match[2] ?? '';
      if (!CHINESE_SURNAMES.has(character)) continue;
      const syllable = syllableOf(character);
      if (!ENGLISH_STOP_WORDS.has(syllable) && nameTokens.has(`n:${syllable}`))
        names.push([`n:${syllable}`]);
    }
    if (run.length < 2) continue;
    const syllables = Array.from(run, syllableOf);
    for (let start = 0; start < syllables.length - 1;) {
      const length = [4, 3, 2].find(
        (size) =>
          start + size <= syllables.length &&
          nameTokens.has(`n:${syllables.slice(start, start + size).join('')}`),
      );
      if (length === undefined) {
        start += 1;
        continue;
      }
      const found: string[] = [];
      for (let from = start; from < start + length - 1; from += 1)
        for (let to = start + length; to >= from + 2; to -= 1) {
          const name = `n:${syllables.slice(from, to).join('')}`;
          if (nameTokens.has(name) && !found.includes(name)) found.push(name);
        }
      names.push(found);
      start += length;
    }
  }
  return names;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1)
      if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}
