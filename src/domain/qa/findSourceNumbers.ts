import { findChineseNumbers } from '../alignment/engine/findChineseNumbers';

export interface SourceNumber {
  /** The number as written in the source (40, 四十, 百亿, 2022). */
  readonly text: string;
  readonly value: number;
  /**
   * Whether a translation must carry it: digits always; Chinese numerals above one when a
   * multiplier (万, 亿), a counter (年, 月, 个, 大, 届, %…) or 第 marks them as a quantity, so that
   * words such as 一体化, 三晋 or 百姓 are not read as numbers.
   */
  readonly isQuantity: boolean;
  /** Every value the characters may stand for, for reading numbers back (十四五 → 14 and 5). */
  readonly readings: readonly number[];
}

const LOCATION = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)([万亿]*)/g;
const COUNTERS = new Set([
  ...'年月日号天周岁个项大届次倍家名位座条所种类件元吨米亩斤克时秒轮场台辆户省市县国人%％‰',
]);
const IDIOMS = [
  '千家万户',
  '千方百计',
  '千军万马',
  '千丝万缕',
  '千变万化',
  '成千上万',
  '千千万万',
  '三番五次',
  '十有八九',
  '百年大计',
  '五湖四海',
  '四面八方',
  '七上八下',
  '五花八门',
  '十万火急',
  '百发百中',
];

/**
 * The numbers of a Chinese text in order, through the alignment engine's reader of Chinese
 * numerals (findChineseNumbers): digits of either width, numerals with 万 and 亿, 百分之四十 as
 * 40 percent, 1,000 with its separator; numbers inside common idioms (千家万户) are left out.
 */
export function findSourceNumbers(text: string): SourceNumber[] {
  const prepared = IDIOMS.reduce(
    (current, idiom) => current.replaceAll(idiom, '\u3000'.repeat(idiom.length)),
    text
      .replace(/([0-9])[,，]([0-9]{3})(?![0-9])/g, '$1$2')
      .replace(/百分之([零〇一二两三四五六七八九十百千0-9０-９.．]+)/g, (_, body: string) =>
        `${body}%`.padStart(3 + body.length, '\u3000'),
      ),
  );
  const numbers: SourceNumber[] = [];
  for (const match of prepared.matchAll(LOCATION)) {
    const body = match[1] ?? '';
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const next = prepared[end] ?? '';
    const parsed = findChineseNumbers(`${match[0]}${next}`)[0];
    if (parsed === undefined) continue;
    const isDigits = /[0-9０-９]/.test(body);
    const hasMultiplier = (match[2] ?? '') !== '';
    const isMarked = hasMultiplier || COUNTERS.has(next) || prepared[start - 1] === '第';
    numbers.push({
      text: match[0],
      value: parsed.value,
      isQuantity: isDigits || (parsed.value !== 1 && isMarked),
      readings: isDigits ? [parsed.value] : [parsed.value, ...readingsOfParts(body)],
    });
  }
  return numbers;
}

function readingsOfParts(numeral: string): number[] {
  const characters = [...numeral];
  const readings: number[] = [];
  for (let start = 0; start < characters.length; start += 1) {
    for (let end = start + 1; end <= characters.length; end += 1) {
      const value = findChineseNumbers(characters.slice(start, end).join(''))[0]?.value;
      if (value !== undefined) readings.push(value);
    }
  }
  return readings;
}
