import type { QaFindingDraft, QaSegment } from './qaFinding';

const HAN = /[\p{Script=Han}\u3007]+(?:[\s\u3000]*[\p{Script=Han}\u3007]+)*/u;

/** Chinese text left in the translation (the first run of it is named); a copy of the source is `same-as-source`. */
export function checkUntranslated(segment: QaSegment): QaFindingDraft[] {
  if (normalize(segment.target) === normalize(segment.source)) return [];
  const match = HAN.exec(segment.target);
  if (match === null) return [];
  return [
    {
      check: 'untranslated',
      detail: match[0],
      values: { text: match[0] },
      targetStart: match.index,
      targetEnd: match.index + match[0].length,
    },
  ];
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
