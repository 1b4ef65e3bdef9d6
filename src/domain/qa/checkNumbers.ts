import { findSourceNumbers } from './findSourceNumbers';
import { findTargetNumbers } from './findTargetNumbers';
import type { QaFindingDraft, QaSegment } from './qaFinding';

/**
 * Numbers and dates that differ: a quantity of the source (40, 四十, 百亿, 7月28日, 2022年度) that
 * the translation does not carry in any form (forty, ten billion, July 28, 2022), and a number
 * written in digits in the translation that the source does not have.
 */
export function checkNumbers(segment: QaSegment): QaFindingDraft[] {
  if (segment.target.trim() === '') return [];
  const source = findSourceNumbers(segment.source);
  const target = findTargetNumbers(segment.target);
  const findings: QaFindingDraft[] = [];
  const reported = new Set<string>();
  for (const number of source) {
    if (!number.isQuantity || target.accepted.some((value) => isSame(value, number.value)))
      continue;
    const detail = `missing:${number.value}`;
    if (reported.has(detail)) continue;
    reported.add(detail);
    findings.push({
      check: 'numbers',
      detail,
      values: { number: number.text, value: formatValue(number.value), side: 'source' },
    });
  }
  const readings = source.flatMap((number) => number.readings);
  for (const number of target.written) {
    if (readings.some((value) => isSame(value, number.value))) continue;
    const detail = `extra:${number.value}`;
    if (reported.has(detail)) continue;
    reported.add(detail);
    const start = segment.target.indexOf(number.text);
    findings.push({
      check: 'numbers',
      detail,
      values: { number: number.text, value: formatValue(number.value), side: 'target' },
      ...(start >= 0 ? { targetStart: start, targetEnd: start + number.text.length } : {}),
    });
  }
  return findings;
}

function isSame(left: number, right: number): boolean {
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

function formatValue(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
