import { describe, expect, it } from 'vitest';
import { fixtureAnnotation, fixtureDocument } from './testing/annotationFixture';
import { writeMqmTsv } from './writeMqmTsv';

describe('writeMqmTsv', () => {
  it('writes the MQM Viewer columns, a row an annotation, No-error rows and <v> marks', () => {
    const tsv = writeMqmTsv(
      fixtureDocument([
        fixtureAnnotation('a1', 0, 'target', 'slows', { comment: 'speeds\tup' }),
        fixtureAnnotation('a2', 0, 'source', '发展', { category: 'omission', severity: 'minor' }),
        fixtureAnnotation('a3', 1, 'target', 'capital', {
          category: 'term',
          severity: undefined,
          author: 'Wu',
        }),
      ]),
      { system: 'human' },
    );
    const rows = tsv.split('\n').map((line) => line.split('\t'));
    expect(tsv.endsWith('\n')).toBe(true);
    expect(rows.slice(0, -1).every((row) => row.length === 10)).toBe(true);
    expect(rows[0]).toEqual([
      'system',
      'doc',
      'docSegId',
      'globalSegId',
      'rater',
      'source',
      'target',
      'category',
      'severity',
      'metadata',
    ]);
    expect(rows.slice(1, -1).map((row) => row.slice(0, 9))).toEqual([
      [
        'human',
        'shanxi.txt',
        '1',
        '1',
        'Lin',
        '山西加快转型<v>发展</v>。',
        'Shanxi slows its transformation.',
        'Accuracy/Omission',
        'Minor',
      ],
      [
        'human',
        'shanxi.txt',
        '1',
        '1',
        'Lin',
        '山西加快转型发展。',
        'Shanxi <v>slows</v> its transformation.',
        'Accuracy/Mistranslation',
        'Major',
      ],
      [
        'human',
        'shanxi.txt',
        '1',
        '1',
        'Wu',
        '山西加快转型发展。',
        'Shanxi slows its transformation.',
        'No-error',
        'No-error',
      ],
      [
        'human',
        'shanxi.txt',
        '2',
        '2',
        'Lin',
        '太原是省会。',
        'Taiyuan is the capital.',
        'No-error',
        'No-error',
      ],
      [
        'human',
        'shanxi.txt',
        '2',
        '2',
        'Wu',
        '太原是省会。',
        'Taiyuan is the <v>capital</v>.',
        'Term',
        'Neutral',
      ],
    ]);
    expect(JSON.parse(rows[2]?.[9] ?? '')).toEqual({
      timestamp: Date.UTC(2026, 11, 4, 11),
      note: 'speeds\tup',
      annotation_id: 'a1',
      side: 'target',
    });
  });

  it('offsets the global segment number', () => {
    const tsv = writeMqmTsv(fixtureDocument([fixtureAnnotation('a1', 1, 'target', 'capital')]), {
      system: 'x',
      globalOffset: 40,
    });
    expect((tsv.split('\n')[2] ?? '').split('\t').slice(2, 4)).toEqual(['2', '42']);
  });
});
