import { foldForComparison } from './foldForComparison';
import type { QaDocument } from './qaDocument';
import type { QaFindingDraft } from './qaFinding';
import { withoutPunctuation } from './withoutPunctuation';

/**
 * One translation for different sources elsewhere in the document (sources that differ only in
 * punctuation or spacing are the same); translations of fewer than two words are not compared.
 */
export function checkInconsistentSources(document: QaDocument, index: number): QaFindingDraft[] {
  const segment = document.segments[index];
  if (segment === undefined || segment.target.trim() === '') return [];
  if ((segment.target.match(/\p{L}+/gu) ?? []).length < 2) return [];
  const own = withoutPunctuation(foldForComparison(segment.source));
  const sources = document.sourcesByTarget.get(foldForComparison(segment.target));
  const others = [...(sources ?? [])]
    .filter(([source]) => source !== own)
    .map(([source, indices]) => [source, indices.filter((other) => other !== index)] as const)
    .filter(([, indices]) => indices.length > 0);
  const other = document.segments[others[0]?.[1][0] ?? -1];
  if (other === undefined) return [];
  const count = others.reduce((sum, [, indices]) => sum + indices.length, 0);
  return [
    {
      check: 'inconsistent-source',
      detail: own,
      values: { other: other.source.trim(), count: String(count) },
    },
  ];
}
