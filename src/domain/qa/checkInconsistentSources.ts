import { foldForComparison } from './foldForComparison';
import type { QaDocument } from './qaDocument';
import type { QaFindingDraft } from './qaFinding';

/**
 * One translation for different sources elsewhere in the document (sources that differ only in
 * punctuation or spacing are the same); translations of fewer than two words are not compared.
 */
export function checkInconsistentSources(document: QaDocument, index: number): QaFindingDraft[] {
  const segment = document.segments[index];
  if (segment === undefined || segment.target.trim() === '') return [];
  if ((segment.target.match(/\p{L}+/gu) ?? []).length < 2) return [];
  const own = withoutPunctuation(segment.source);
  const others = (document.segmentsByTarget.get(foldForComparison(segment.target)) ?? [])
    .map((other) => document.segments[other])
    .filter((other) => other !== undefined && withoutPunctuation(other.source) !== own);
  const other = others[0];
  if (other === undefined) return [];
  return [
    {
      check: 'inconsistent-source',
      detail: own,
      values: { other: other.source.trim(), count: String(others.length) },
    },
  ];
}

function withoutPunctuation(text: string): string {
  return foldForComparison(text).replace(/[\p{P}\p{S}\s]/gu, '');
}
