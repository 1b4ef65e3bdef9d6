import { pinyin } from 'pinyin-pro';
import type { CedictIndex } from '../dictionary/cedictIndex';
import { ENGLISH_STOP_WORDS } from '../dictionary/englishStopWords';
import { stemEnglishWord } from '../dictionary/stemEnglishWord';
import type { CandidateSegment } from './extractTermCandidates';
import { tokenizeEnglishTerms } from './tokenizeEnglishTerms';

const LONGEST = 6;
const CLAUSE_BREAK = /[,.;:!?()"“”[\]—]/;
const QUOTED = /["“]([^"“”]+)["”]/g;

interface Phrase {
  readonly key: string;
  readonly text: string;
  readonly stems: readonly string[];
}

export interface SuggestedRendering {
  /** Empty when no segment is translated. */
  readonly text: string;
  /**
   * How well the evidence backs it, 0 to 1: the share of the term's translated segments that give
   * it (Dice, so a phrase found everywhere counts less), weighed, with a dictionary, by how much of
   * the phrase translates the term and how much of the term it explains.
   */
  readonly confidence: number;
}

/**
 * The English phrase (one to six words, no function word at either end, inside one clause) that
 * best accompanies a Chinese term in the translated segments it occurs in: found in most of them
 * and seldom elsewhere, and, with a dictionary, made of words that translate its characters.
 */
export function suggestRendering(
  term: string,
  segmentIndexes: readonly number[],
  segments: readonly CandidateSegment[],
  dictionary: CedictIndex | undefined,
): SuggestedRendering {
  const translated = segmentIndexes.filter(
    (index) => (segments[index]?.target ?? '').trim() !== '',
  );
  if (translated.length === 0) return { text: '', confidence: 0 };
  const glosses: { start: number; end: number; stems: ReadonlySet<string> }[] = [];
  if (dictionary !== undefined)
    for (let start = 0; start < term.length; start += 1)
      for (let end = start + 1; end <= term.length; end += 1) {
        const stems = dictionary.lookup(term.slice(start, end));
        if (stems !== undefined) glosses.push({ start, end, stems: new Set(stems) });
      }
  const isQuoted = translated.some((index) =>
    /[“‘「『《]$/.test((segments[index]?.source ?? '').split(term)[0] ?? ''),
  );
  const spelled = pinyin(term, { toneType: 'none', type: 'array' }).join('').toLowerCase();
  const quotedInTargets = new Set(
    translated.flatMap((index) =>
      [...(segments[index]?.target ?? '').matchAll(QUOTED)].map((match) =>
        tokenizeEnglishTerms(match[1] ?? '')
          .map((token) => token.form)
          .join(' '),
      ),
    ),
  );

  const inTerm = new Map<string, { phrase: Phrase; segments: Set<number> }>();
  for (const index of translated)
    for (const phrase of phrasesOf(segments[index]?.target ?? '')) {
      const found = inTerm.get(phrase.key) ?? { phrase, segments: new Set<number>() };
      found.segments.add(index);
      inTerm.set(phrase.key, found);
    }
  const elsewhere = new Map<string, number>();
  segments.forEach((segment, index) => {
    if (segment.target.trim() === '' || segmentIndexes.includes(index)) return;
    for (const key of new Set(phrasesOf(segment.target).map((phrase) => phrase.key)))
      if (inTerm.has(key)) elsewhere.set(key, (elsewhere.get(key) ?? 0) + 1);
  });

  let best: { text: string; score: number; confidence: number } | undefined;
  for (const [key, { phrase, segments: found }] of inTerm) {
    const together = found.size;
    const dice = (2 * together) / (translated.length + together + (elsewhere.get(key) ?? 0));
    const isSpelled = phrase.key.replace(/[^a-z]/g, '') === spelled;
    const explained = new Uint8Array(term.length);
    let supported = 0;
    for (const stem of phrase.stems) {
      const translating = glosses.filter((gloss) => gloss.stems.has(stem));
      if (translating.length > 0) supported += 1;
      for (const gloss of translating) explained.fill(1, gloss.start, gloss.end);
    }
    const support = isSpelled ? 1 : supported / Math.max(1, phrase.stems.length);
    const coverage = isSpelled ? 1 : explained.reduce((sum, bit) => sum + bit, 0) / term.length;
    const weight =
      dictionary === undefined && !isSpelled ? 1 : (0.25 + 0.75 * support) * (0.1 + 0.9 * coverage);
    const confidence = Math.min(1, dice * weight);
    const score =
      dice * weight +
      (isQuoted && quotedInTargets.has(key) ? 0.3 * dice : 0) +
      0.001 * phrase.stems.length;
    if (best === undefined || score > best.score) best = { text: phrase.text, score, confidence };
  }
  return { text: best?.text ?? '', confidence: best?.confidence ?? 0 };
}

function phrasesOf(target: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const clause of target.split(CLAUSE_BREAK)) {
    const tokens = tokenizeEnglishTerms(clause);
    for (let first = 0; first < tokens.length; first += 1)
      for (let last = first; last < tokens.length && last - first < LONGEST; last += 1) {
        const edgeWords = [tokens[first], tokens[last]].map((token) =>
          clause.slice(token?.start, token?.end).toLowerCase(),
        );
        if (edgeWords.some((word) => ENGLISH_STOP_WORDS.has(word) || /^\d+$/.test(word))) continue;
        const words = tokens.slice(first, last + 1);
        const text = clause
          .slice(words[0]?.start, words[words.length - 1]?.end)
          .replace(/['’]s?$/, '');
        const stems = words
          .map((token) => clause.slice(token.start, token.end).toLowerCase())
          .filter((word) => !ENGLISH_STOP_WORDS.has(word))
          .map((word) => stemEnglishWord(word.replace(/['’]s?$/, '')));
        phrases.push({ key: words.map((token) => token.form).join(' '), text, stems });
      }
  }
  return phrases;
}
