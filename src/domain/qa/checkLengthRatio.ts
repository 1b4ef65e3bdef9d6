import { SHORTEST_MEASURED_SOURCE } from './createQaDocument';
import { measuredLength } from './measuredLength';
import type { QaDocument } from './qaDocument';
import type { QaFindingDraft } from './qaFinding';

/**
 * A translation far longer or shorter than the document's norm for its source (an addition, an
 * omission, a sentence pasted twice): at least twice or half the usual ratio of target to source
 * characters. Translations with Chinese in them, short sources (under 10 characters) and documents without a norm are not checked.
 */
export function checkLengthRatio(document: QaDocument, index: number): QaFindingDraft[] {
  const segment = document.segments[index];
  const norm = document.lengthNorm;
  if (segment === undefined || norm === undefined || segment.target.trim() === '') return [];
  // Chinese left in the translation is `untranslated` or `same-as-source`, not a length.
  if (/\p{Script=Han}/u.test(segment.target)) return [];
  const sourceLength = measuredLength(segment.source);
  if (sourceLength < SHORTEST_MEASURED_SOURCE) return [];
  const logRatio = Math.log(measuredLength(segment.target) / sourceLength);
  const distance = logRatio - norm.logRatio;
  if (Math.abs(distance) <= norm.tolerance) return [];
  const direction = distance > 0 ? 'long' : 'short';
  return [
    {
      check: 'length-ratio',
      detail: direction,
      values: {
        direction,
        ratio: Math.exp(logRatio).toFixed(1),
        norm: Math.exp(norm.logRatio).toFixed(1),
      },
    },
  ];
}
