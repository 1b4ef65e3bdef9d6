import { foldForComparison } from './foldForComparison';
import type { QaDocument } from './qaDocument';
import type { QaFindingDraft } from './qaFinding';

/** The same source translated otherwise elsewhere in the document (case and spacing aside); names one other translation. */
export function checkInconsistentTranslations(
  document: QaDocument,
  index: number,
): QaFindingDraft[] {
  const segment = document.segments[index];
  if (segment === undefined || segment.target.trim() === '') return [];
  const own = foldForComparison(segment.target);
  const others = (document.translatedBySource.get(foldForComparison(segment.source)) ?? [])
    .map((other) => document.segments[other])
    .filter((other) => other !== undefined && foldForComparison(other.target) !== own);
  const other = others[0];
  if (other === undefined) return [];
  return [
    {
      check: 'inconsistent-translation',
      detail: own,
      values: { other: other.target.trim(), count: String(others.length) },
    },
  ];
}
