import { describe, expect, it } from 'vitest';
import { findSegmentMatches } from './findSegmentMatches';
import { SearchPatternError } from './SearchPatternError';

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

describe('findSegmentMatches with a mode and a side', () => {
  it.each([
    ['a whole word', 'basic', { mode: 'wholeWord' }, [0, 3]],
    ['not inside a word', 'Basic Real', { mode: 'wholeWord' }, []],
    ['a whole word at a full stop', 'facts', { mode: 'wholeWord' }, [3]],
    ['Chinese with no word edges', '基本', { mode: 'wholeWord' }, [0]],
    ['a regular expression', '^T\\w+ (Two|City)', { mode: 'regex' }, [0, 3]],
    ['a regular expression, any case', 'gdp\\s+grew', { mode: 'regex' }, [2]],
    ['a regular expression, case-sensitive', 'gdp', { mode: 'regex', isCaseSensitive: true }, []],
    ['the source only', 'basic', { side: 'source' }, []],
    ['the target only', '.', { side: 'target' }, [0, 2, 3]],
    ['a dot is a dot when plain', 'G.P', {}, []],
  ] as const)('%s', (_name, query, options, expected) => {
    expect(findSegmentMatches(segments, query, options)).toEqual(expected);
  });

  it('names what is wrong with a bad regular expression', () => {
    expect(() => findSegmentMatches(segments, 'Two (Basic', { mode: 'regex' })).toThrow(
      SearchPatternError,
    );
  });
});
