import type { CedictIndex } from '../dictionary/cedictIndex';
import {
  extractTermCandidates,
  type CandidateSegment,
  type TermCandidate,
} from './extractTermCandidates';
import type { GlossaryConcept } from './glossaryEntry';

/**
 * The candidates a project's review list offers: extractTermCandidates on its segments, without
 * the terms (and variants) of the glossaries it uses and the candidates it rejected.
 */
export function findProjectTermCandidates(
  segments: readonly CandidateSegment[],
  entries: readonly GlossaryConcept[],
  rejected: readonly string[],
  options: { readonly limit?: number; readonly dictionary?: CedictIndex } = {},
): TermCandidate[] {
  const known = [
    ...entries.flatMap((entry) => [entry.term, ...entry.variants.map((variant) => variant.text)]),
    ...rejected,
  ];
  return extractTermCandidates(segments, { ...options, known });
}
