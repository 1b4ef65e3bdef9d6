import { readFileSync } from 'node:fs';
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import { createTermbaseMatcher } from '../domain/glossary/createTermbaseMatcher';
import { createQaDocument } from '../domain/qa/createQaDocument';
import type { QaSegment } from '../domain/qa/qaFinding';
import { runQaChecks } from '../domain/qa/runQaChecks';
import { buildSampleCorpus } from '../domain/sample/buildSampleCorpus';

const corpus = new URL('../../corpus/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');

/**
 * Times the quality checks on the sample article repeated to 1,000, 10,000 and 50,000 segments
 * (with its glossary): reading the document's norms, checking one segment against a document
 * read before (what the checks panel does as one types) and checking the whole document.
 */
function main(): void {
  const sample = buildSampleCorpus({
    name: 'Sample',
    zhSentences: read('shanxi/zh.sentences.txt'),
    enSentences: read('shanxi/en.sentences.txt'),
    goldAlign: read('shanxi/gold.align'),
    glossaryTsv: read('glossary.tsv'),
  });
  const pairs = sample.paragraphs.flat();
  const matcher = createTermbaseMatcher(conceptsFromEntries(sample.glossary));
  process.stdout.write('segments\tread norms\tone segment\twhole document\tfindings\n');
  for (const count of [1_000, 10_000, 50_000]) {
    const segments: QaSegment[] = Array.from({ length: count }, (_, index) => ({
      key: String(index),
      ...(pairs[index % pairs.length] ?? { source: '', target: '' }),
    }));
    const [document, readMs] = timed(() => createQaDocument(segments));
    const [, oneMs] = timed(() =>
      runQaChecks(segments, { matcher, document, indices: [Math.floor(count / 2)] }),
    );
    const [findings, wholeMs] = timed(() => runQaChecks(segments, { matcher }));
    process.stdout.write(
      `${count.toLocaleString('en')}\t${readMs} ms\t${oneMs} ms\t${wholeMs} ms\t${findings.length}\n`,
    );
  }
}

function timed<T>(work: () => T): [T, string] {
  const start = performance.now();
  const result = work();
  return [result, (performance.now() - start).toFixed(1)];
}

main();
