import { englishContentStems } from '../../../dictionary/englishContentStems';
import { findTermMatches } from '../../../glossary/findTermMatches';
import type { EvidenceSource } from './evidenceSource';

/** Glossary terms: the term in the Chinese, the stems of its rendering in order in the English. */
export const glossaryEvidence: EvidenceSource = {
  name: 'glossary',
  isOn: (evidence) => (evidence.glossary?.length ?? 0) > 0,
  read: ({ source, evidence }) => {
    const terms = (evidence.glossary ?? [])
      .map((entry, index) => ({
        id: index,
        source: entry.source,
        stems: englishContentStems(entry.target),
      }))
      .filter((entry) => entry.stems.length > 0);
    return {
      targetTokens: (_index, stems) =>
        terms.filter((term) => containsSequence(stems, term.stems)).map((term) => `g:${term.id}`),
      sourceKeys: (index) =>
        findTermMatches(source[index] ?? '', terms).map((match) => ({
          key: `g:${match.id}`,
          translations: () => [`g:${match.id}`],
        })),
    };
  },
};

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1)
      if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}
