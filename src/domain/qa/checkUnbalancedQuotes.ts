import type { QaFindingDraft, QaSegment } from './qaFinding';

/**
 * Double quotation marks that do not pair up in the translation ("…" an odd number of times, or
 * more “ than ” or fewer) while those of the source do: a quotation that runs over two segments
 * opens in one and closes in the next on both sides, and is not a finding.
 */
export function checkUnbalancedQuotes(segment: QaSegment): QaFindingDraft[] {
  if (segment.target.trim() === '' || !areQuotesBalanced(segment.source)) return [];
  if (areQuotesBalanced(segment.target)) return [];
  return [{ check: 'unbalanced-quotes', detail: '', values: {} }];
}

function areQuotesBalanced(text: string): boolean {
  const count = (character: string): number => text.split(character).length - 1;
  const straight = count('"') + count('＂');
  return straight % 2 === 0 && count('“') === count('”') && count('「') === count('」');
}
