import type { QaFindingDraft, QaSegment } from './qaFinding';

/** Two or more spaces in a row between words of the translation (one finding a segment, at the first). */
export function checkDoubleSpaces(segment: QaSegment): QaFindingDraft[] {
  const match = /(?<=\S)[ \u00a0\u3000]{2,}(?=\S)/u.exec(segment.target);
  if (match === null) return [];
  return [
    {
      check: 'double-space',
      detail: '',
      values: {
        count: String([...segment.target.matchAll(/(?<=\S)[ \u00a0\u3000]{2,}(?=\S)/gu)].length),
      },
      targetStart: match.index,
      targetEnd: match.index + match[0].length,
    },
  ];
}
