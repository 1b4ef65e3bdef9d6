const WORD_VALUES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    twentieth: 20,
    hundredth: 100,
    dozen: 12,
  }),
);
const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    hundred: 100,
    thousand: 1000,
    million: 1_000_000,
    billion: 1_000_000_000,
    trillion: 1e12,
  }),
);
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s)?|[a-z]+/g;

/**
 * Finds the numbers in an English text, written in digits (10,000; 2.5; 28th; 1990s) or in words
 * (forty, twenty-eight, ten billion, a hundred), each scale word multiplying what precedes it.
 */
export function findEnglishNumbers(text: string): number[] {
  const numbers: number[] = [];
  let current: number | undefined;
  let total = 0;
  const flush = (): void => {
    if (current !== undefined) numbers.push(total + current);
    current = undefined;
    total = 0;
  };
  for (const match of text.toLowerCase().replace(/-/g, ' ').matchAll(TOKEN)) {
    const token = match[0];
    if (/^\d/.test(token)) {
      flush();
      current = Number(token.replace(/,|st$|nd$|rd$|th$|s$/g, ''));
      continue;
    }
    const value = WORD_VALUES.get(token);
    const scale = SCALES.get(token);
    if (value !== undefined) {
      if (
        current !== undefined &&
        current % 10 === 0 &&
        current >= 20 &&
        current < 100 &&
        value < 10
      )
        current += value;
      else if (current !== undefined && current >= 100 && current % 100 === 0 && value < 100)
        current += value;
      else {
        flush();
        current = value;
      }
    } else if (scale !== undefined) {
      const base = current ?? 1;
      if (scale >= 1000) {
        total += base * scale;
        current = 0;
      } else current = base * scale;
    } else if (token === 'and' && current !== undefined && current >= 100) {
      continue;
    } else if (token === 'a' || token === 'an') {
      flush();
    } else flush();
  }
  flush();
  return numbers.filter((value) => Number.isFinite(value));
}
