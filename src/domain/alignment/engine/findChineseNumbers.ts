const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };
const NUMBER = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)([万亿]*)/g;

export interface ChineseNumber {
  readonly value: number;
  /** The character right after the number (年, 月, 日, 岁…), or '' at the end. */
  readonly unit: string;
}

/**
 * Finds the numbers written in a Chinese text, in Arabic digits (full or half width) or in Chinese
 * numerals, with 万 and 亿 multipliers: 2022年度 → 2022, 百亿 → 10,000,000,000, 三十五 → 35, 一九八四 → 1984.
 */
export function findChineseNumbers(text: string): ChineseNumber[] {
  const numbers: ChineseNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const body = match[1] ?? '';
    const multiplier = [...(match[2] ?? '')].reduce(
      (product, unit) => product * (LARGE_UNITS[unit] ?? 1),
      1,
    );
    const base = /[0-9０-９]/.test(body) ? Number(toHalfWidth(body)) : parseChineseNumeral(body);
    if (!Number.isFinite(base)) continue;
    const end = (match.index ?? 0) + match[0].length;
    numbers.push({ value: Math.round(base * multiplier * 1000) / 1000, unit: text[end] ?? '' });
  }
  return numbers;
}

function toHalfWidth(digits: string): string {
  return digits.replace(/[０-９．]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

function parseChineseNumeral(numeral: string): number {
  if (numeral.length > 1 && [...numeral].every((character) => character in DIGITS)) {
    return Number([...numeral].map((character) => DIGITS[character]).join(''));
  }
  let total = 0;
  let pending = 0;
  for (const character of numeral) {
    const digit = DIGITS[character];
    const unit = SMALL_UNITS[character];
    if (digit !== undefined) pending = digit;
    else if (unit !== undefined) {
      total += (pending === 0 ? 1 : pending) * unit;
      pending = 0;
    }
  }
  return total + pending;
}
