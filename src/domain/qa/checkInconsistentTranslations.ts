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
  const translations = document.translationsBySource.get(foldForComparison(segment.source));
  const others = [...(translations ?? [])]
    .filter(([target]) => target !== own)
    .map(([target, indices]) => [target, indices.filter((other) => other !== index)] as const)
    .filter(([, indices]) => indices.length > 0);
  const other = document.segments[others[0]?.[1][0] ?? -1];
  if (other === undefined) return [];
  const count = others.reduce((sum, [, indices]) => sum + indices.length, 0);
  return [
    {
      check: 'inconsistent-translation',
      detail: own,
      values: { other: other.target.trim(), count: String(count) },
    },
  ];
}
