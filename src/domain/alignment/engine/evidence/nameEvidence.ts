import { polyphonic } from 'pinyin-pro';
import { ENGLISH_STOP_WORDS } from '../../../dictionary/englishStopWords';
import { CHINESE_SURNAMES } from '../chineseSurnames';
import type { EvidenceKey, EvidenceSource } from './evidenceSource';

/**
 * With learned translations on, a name read through pinyin is evidence only when the English names
 * it at most this many times: a name the text repeats is learned from the text itself (and pinyin
 * on top of it counted it twice); one seen once cannot be learned (`learnTranslations` wants two
 * co-occurrences) and still needs pinyin. On align-dev strict F1: every name 0.901, none 0.911,
 * names seen once 0.909 (twice 0.907, three times 0.906).
 */
const MAXIMUM_PINYIN_NAME_FREQUENCY = 1;
const HAN_RUN = /\p{Script=Han}+/gu;
const CAPITALISED = /(?<!\p{L})\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?/gu;
/** A one-character surname as a name is used alone: 老顾, 小黄, 阿陈, 顾先生, 黄太太 (Old Gu, Mrs Huang). */
const SURNAME_IN_ADDRESS =
  /[老小阿](\p{Script=Han})|(\p{Script=Han})(?=先生|太太|小姐|夫人|师傅|大人|公子|姑娘|大爷|大娘|同志|老师|医生|主任|队长|书记|教授|氏)/gu;

/** Names read through pinyin (陈清扬 ↔ Chen Qingyang, 老顾 ↔ Old Gu) against capitalised English words. */
export const nameEvidence: EvidenceSource = {
  name: 'names',
  isOn: (evidence) => evidence.useNames !== false,
  read: ({ source, target, evidence }) => {
    const englishNamesOf = target.map((sentence) => [...new Set(englishNames(sentence))]);
    const frequency = new Map<string, number>();
    for (const names of englishNamesOf)
      for (const name of names) frequency.set(name, (frequency.get(name) ?? 0) + 1);
    const mostFrequent =
      evidence.useLearned === false ? Number.POSITIVE_INFINITY : MAXIMUM_PINYIN_NAME_FREQUENCY;
    const known = new Set(
      [...frequency].filter(([, count]) => count <= mostFrequent).map(([name]) => name),
    );
    return {
      targetTokens: (index) => englishNamesOf[index] ?? [],
      sourceKeys: function* (index): Generator<EvidenceKey> {
        if (known.size === 0) return;
        for (const names of chineseNames(source[index] ?? '', known))
          yield { key: names[0] ?? '', translations: () => names };
      },
    };
  },
};

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
