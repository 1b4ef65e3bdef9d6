import { describe, expect, it } from 'vitest';
import { SearchPatternError } from '../search/SearchPatternError';
import { filterSegments, type FilterableSegment } from './filterSegments';
import type { SegmentFilter } from './segmentFilter';

const segments: FilterableSegment[] = [
  { id: 'a', status: 'approved', source: '山西转型发展。', target: 'Shanxi transforms.' },
  { id: 'b', status: 'draft', source: '太原市。', target: 'Taiyuan transformed the city.' },
  { id: 'c', status: 'new', source: '转型。', target: '' },
  { id: 'd', status: 'translated', source: '大同市。', target: 'Datong, a city.' },
];

const filter = (overrides: Partial<SegmentFilter>): SegmentFilter => ({
  query: '',
  statuses: [],
  ...overrides,
});

describe('filterSegments', () => {
  it.each([
    ['nothing asked: every segment', {}, [0, 1, 2, 3]],
    ['plain text in either side', { query: 'transform' }, [0, 1]],
    ['Chinese in the source', { query: '转型' }, [0, 2]],
    ['a whole word', { query: 'city', mode: 'wholeWord' }, [1, 3]],
    ['a whole word not inside another', { query: 'transform', mode: 'wholeWord' }, []],
    ['a regular expression', { query: '^\\w+ transform', mode: 'regex' }, [0, 1]],
    ['the target only', { query: '市', side: 'target' }, []],
    ['case when asked', { query: 'shanxi', isCaseSensitive: true }, []],
    ['by status', { statuses: ['draft', 'new'] }, [1, 2]],
    ['text and status together', { query: 'transform', statuses: ['approved'] }, [0]],
    ['with check findings', { withFindings: new Set(['c', 'd']) }, [2, 3]],
    ['with annotations', { withAnnotations: new Set(['a']) }, [0]],
    ['with both', { withFindings: new Set(['a', 'b']), withAnnotations: new Set(['b']) }, [1]],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(filterSegments(segments, filter(overrides))).toEqual(expected);
  });

  it('throws a SearchPatternError for a bad regular expression', () => {
    expect(() => filterSegments(segments, filter({ query: '(city', mode: 'regex' }))).toThrow(
      SearchPatternError,
    );
  });
});
