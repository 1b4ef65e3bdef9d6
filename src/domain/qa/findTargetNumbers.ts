import { findEnglishNumbers } from '../alignment/engine/findEnglishNumbers';

export interface TargetNumbers {
  /** Every value the English may be read as carrying: its numbers, month names, decade… */
  readonly accepted: readonly number[];
  /** The numbers written in digits (28, 2,022, 1.5) or with a large scale word (a million). */
  readonly written: readonly { readonly text: string; readonly value: number }[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = new RegExp(
  `\\b(${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b`,
  'g',
);
const WORDS: Readonly<Record<string, number>> = {
  decade: 10,
  decades: 10,
  century: 100,
  centuries: 100,
  millennium: 1000,
  twice: 2,
  both: 2,
  pair: 2,
  couple: 2,
  dual: 2,
  triple: 3,
  thrice: 3,
  quadruple: 4,
};
const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion)\b)?/gi;
const NUMBER_WORD =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
const LARGE = new RegExp(
  `\\b${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})*\\s+(?:thousand|million|billion|trillion)\\b`,
  'gi',
);

/**
 * The numbers of an English translation, read by the alignment engine's findEnglishNumbers, with
 * month names (July → 7) and a few words that carry a number (decade, twice, both) accepted.
 */
export function findTargetNumbers(text: string): TargetNumbers {
  const accepted = [...findEnglishNumbers(text)];
  for (const match of text.matchAll(MONTH)) {
    const name = match[1] ?? '';
    const index = MONTHS.findIndex((month) => month.startsWith(name.slice(0, 3)));
    if (index >= 0) accepted.push(index + 1);
  }
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const value = WORDS[word];
    if (value !== undefined) accepted.push(value);
  }
  const written: { text: string; value: number }[] = [];
  for (const match of [...text.matchAll(DIGITS), ...text.matchAll(LARGE)]) {
    if (isPartOfCode(text, match.index ?? 0, match[0].length)) continue;
    const value = findEnglishNumbers(match[0])[0];
    if (value !== undefined && value !== 0) written.push({ text: match[0], value });
  }
  return { accepted, written };
}

/** Digits inside a code or name (G7, COVID-19, 5G) are not a quantity; 28th and 1990s are. */
function isPartOfCode(text: string, start: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(start + length);
  return (
    /[A-Za-z]-?$/.test(before) || (/^[A-Za-z]/.test(after) && !/^(?:st|nd|rd|th|s)\b/.test(after))
  );
}
