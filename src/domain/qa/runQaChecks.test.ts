import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conceptsFromEntries } from '../glossary/conceptsFromEntries';
import { createTermbaseMatcher } from '../glossary/createTermbaseMatcher';
import { buildSampleCorpus } from '../sample/buildSampleCorpus';
import type { QaSegment } from './qaFinding';
import { runQaChecks } from './runQaChecks';

const corpus = new URL('../../../corpus/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');
const sample = buildSampleCorpus({
  name: 'Sample',
  zhSentences: read('shanxi/zh.sentences.txt'),
  enSentences: read('shanxi/en.sentences.txt'),
  goldAlign: read('shanxi/gold.align'),
  glossaryTsv: read('glossary.tsv'),
});
const sampleSegments: QaSegment[] = sample.paragraphs
  .flat()
  .map((pair, index) => ({ key: `segment-${index + 1}`, ...pair }));
const matcher = createTermbaseMatcher(conceptsFromEntries(sample.glossary));

const listed = (segments: readonly QaSegment[]) =>
  runQaChecks(segments, { matcher }).map(
    (finding) => `${finding.segmentIndex + 1} ${finding.check} ${JSON.stringify(finding.values)}`,
  );

function withTarget(number: number, change: (target: string) => string): QaSegment[] {
  return sampleSegments.map((segment, index) =>
    index === number - 1 ? { ...segment, target: change(segment.target) } : segment,
  );
}

describe('runQaChecks on the sample article with its translation and glossary', () => {
  it('finds nothing: every number, date, quote and term of our translation is right', () => {
    expect(listed(sampleSegments)).toEqual([]);
  });

  it.each([
    [
      12,
      (text: string) => text.replace('July 28', 'July 27'),
      [
        '12 numbers {"number":"28","value":"28","side":"source"}',
        '12 numbers {"number":"27","value":"27","side":"target"}',
      ],
    ],
    [
      28,
      (text: string) => text.replace('all four', 'all three'),
      ['28 numbers {"number":"四","value":"4","side":"source"}'],
    ],
    [
      4,
      (text: string) => text.replace('Ten-Billion-Yuan', 'Billion-Yuan'),
      [
        '4 numbers {"number":"百亿","value":"10,000,000,000","side":"source"}',
        '4 term-missing {"term":"百亿工程","expected":"Ten-Billion-Yuan Project"}',
      ],
    ],
    [
      22,
      (text: string) => text.replace('"2022 Nitrogen', '"2021 Nitrogen'),
      [
        '22 numbers {"number":"2022","value":"2,022","side":"source"}',
        '22 numbers {"number":"2021","value":"2,021","side":"target"}',
      ],
    ],
    [20, () => '', ['20 empty-target {}']],
    [20, () => '狠抓改革任务落地落实。', ['20 same-as-source {}']],
    [
      20,
      (text: string) => text.replace('reform tasks', 'reform 任务'),
      ['20 untranslated {"text":"任务"}'],
    ],
    [
      20,
      (text: string) => text.replace('practice and', 'practice，and'),
      ['20 chinese-punctuation {"character":"，"}'],
    ],
    [
      20,
      (text: string) => text.replace('work hard', 'work  hard'),
      ['20 double-space {"count":"1"}'],
    ],
    [20, (text: string) => text.replace('to see', 'to to see'), ['20 doubled-word {"word":"to"}']],
    [
      6,
      (text: string) => text.replace('"Six Major Initiatives,"', '"Six Major Initiatives,'),
      ['6 unbalanced-quotes {}'],
    ],
    [
      16,
      (text: string) => text.replace('(Reform Office)', '(Reform Office'),
      ['16 unbalanced-brackets {"character":"("}'],
    ],
    [
      8,
      (text: string) => `${text} ${text} ${text}`,
      ['8 length-ratio {"direction":"long","ratio":"13.3","norm":"4.3"}'],
    ],
    [
      6,
      (text: string) => text.replace('"Six Major Initiatives,"', 'six actions,'),
      ['6 term-missing {"term":"六大行动","expected":"Six Major Initiatives"}'],
    ],
  ])('segment %i changed: %#', (number, change, expected) => {
    expect(listed(withTarget(number, change))).toEqual(expected);
  });

  it('checks only the segments asked for, against the whole document', () => {
    const segments = withTarget(20, () => '');
    const only = runQaChecks(segments, { matcher, indices: [19, 20] });
    expect(only.map((finding) => [finding.segmentIndex, finding.check])).toEqual([
      [19, 'empty-target'],
    ]);
  });

  it('keys a finding by check, segment and detail, and a term finding as checkTerms does', () => {
    const [numbers] = runQaChecks(withTarget(12, (text) => text.replace('July 28', 'July 27')));
    expect(numbers?.key).toBe('numbers\u241fsegment-12\u241fmissing:28');
    const [term] = runQaChecks(
      withTarget(6, (text) => text.replace('"Six Major Initiatives,"', 'six actions,')),
      { matcher },
    );
    expect(term?.key).toBe(['segment-6', 'missing', '六大行动', ''].join('\u241f'));
  });

  it('does not change the segments it reads', () => {
    const segments = withTarget(20, () => '');
    const copy = structuredClone(segments);
    runQaChecks(segments, { matcher });
    expect(segments).toEqual(copy);
  });
});
