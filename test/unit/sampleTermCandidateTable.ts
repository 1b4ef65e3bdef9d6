import { readCedictText } from '../../src/cli/readCedictText';
import { loadSampleCorpus } from '../../src/db/loadSampleCorpus';
import { loadCedict } from '../../src/domain/dictionary/loadCedict';
import { conceptsFromEntries } from '../../src/domain/glossary/conceptsFromEntries';
import { findProjectTermCandidates } from '../../src/domain/glossary/findProjectTermCandidates';

/**
 * The README's table of the sample project's first 20 term candidates, as the glossary screen's
 * Candidates tab lists them for it: the starter glossary's terms left out, with CC-CEDICT (the
 * screen's worker loads it).
 */
export async function sampleTermCandidateTable(count = 20): Promise<string> {
  const dictionary = await loadCedict(readCedictText);
  const corpus = loadSampleCorpus();
  const segments = corpus.paragraphs.flat();
  const candidates = findProjectTermCandidates(segments, conceptsFromEntries(corpus.glossary), [], {
    limit: count,
    dictionary,
  });
  const rows = candidates.map(
    (candidate, index) =>
      `| ${index + 1} | ${candidate.isQuoted ? `“${candidate.term}”` : candidate.term} | ${candidate.count} × in ${candidate.segmentIndexes.length} | ${candidate.suggestion === '' ? '—' : candidate.suggestion} |`,
  );
  return [
    '| # | Candidate | Occurrences (segments) | Suggested rendering |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
