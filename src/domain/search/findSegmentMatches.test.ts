import { describe, expect, it } from 'vitest';
import { findSegmentMatches } from './findSegmentMatches';

const segments = [
  { source: '两个基本实现。', target: 'The Two Basic Realisations.' },
  { source: '山西省转型发展。', target: '' },
  { source: 'ＧＤＰ增长５％。', target: 'GDP grew 5%.' },
  { source: '太原市。', target: 'Taiyuan City, basic facts.' },
];

describe('findSegmentMatches', () => {
  it.each([
    ['Chinese in the source', '基本实现', [0]],
    ['English in the target, any case', 'basic', [0, 3]],
    ['a query in no segment', '北京', []],
    ['a blank query', '   ', []],
    ['an empty query', '', []],
    ['full-width letters found by ASCII', 'GDP', [2]],
    ['ASCII found by full-width digits', '５%', [2]],
    ['punctuation', '。', [0, 1, 2, 3]],
  ] as const)('%s', (_name, query, expected) => {
    expect(findSegmentMatches(segments, query)).toEqual(expected);
  });

  it('matches case only when asked to', () => {
    expect(findSegmentMatches(segments, 'Basic', { isCaseSensitive: true })).toEqual([0]);
    expect(findSegmentMatches(segments, 'basic', { isCaseSensitive: true })).toEqual([3]);
  });

  it('does not change the segments it searches', () => {
    const copy = structuredClone(segments);
    findSegmentMatches(segments, 'basic');
    expect(segments).toEqual(copy);
  });
});
