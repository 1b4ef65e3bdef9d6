import { describe, expect, it } from 'vitest';
import { checkTerms } from './checkTerms';
import { createTermbaseMatcher } from './createTermbaseMatcher';
import { termConcept } from './testing/termConcept';

const matcher = createTermbaseMatcher([
  termConcept('高校', [
    ['universities', 'preferred'],
    ['higher education institutions', 'admitted'],
    ['colleges', 'forbidden'],
    ['academies', 'deprecated'],
  ]),
  termConcept('山西', [['Shanxi', 'preferred']]),
  termConcept('京津冀', [['Beijing-Tianjin-Hebei', 'admitted']]),
]);

const summary = (pairs: readonly (readonly [string, string])[]) =>
  checkTerms(
    matcher,
    pairs.map(([source, target], index) => ({ key: `s${index}`, source, target })),
  ).map((finding) =>
    [
      finding.segmentIndex + 1,
      finding.kind,
      finding.entry.term,
      finding.used ?? '',
      finding.expected ?? '',
    ].join(' | '),
  );

describe('checkTerms', () => {
  it.each<[string, (readonly [string, string])[], string[]]>([
    ['a rendering present', [['山西高校', 'Universities in Shanxi']], []],
    ['an untranslated segment', [['山西高校', '']], []],
    [
      'a missing rendering',
      [['山西高校', 'Schools in Shanxi']],
      ['1 | missing | 高校 |  | universities'],
    ],
    ['an admitted rendering counts', [['京津冀', 'the Beijing-Tianjin-Hebei region']], []],
    [
      'a forbidden rendering',
      [['高校', 'colleges']],
      ['1 | forbidden | 高校 | colleges | universities'],
    ],
    [
      'a deprecated one beside a preferred one',
      [['高校', 'universities and academies']],
      ['1 | deprecated | 高校 | academies | universities'],
    ],
    [
      'a term rendered otherwise than in most segments',
      [
        ['高校', 'universities'],
        ['高校', 'higher education institutions'],
        ['高校', 'universities'],
      ],
      ['2 | inconsistent | 高校 | higher education institutions | universities'],
    ],
    [
      'a tie goes to the preferred rendering',
      [
        ['高校', 'higher education institutions'],
        ['高校', 'universities'],
      ],
      ['1 | inconsistent | 高校 | higher education institutions | universities'],
    ],
  ])('%s', (_name, pairs, expected) => {
    expect(summary(pairs)).toEqual(expected);
  });

  it('keys a finding by segment, kind, term and rendering', () => {
    const [finding] = checkTerms(matcher, [{ key: 'a', source: '高校', target: 'colleges' }]);
    expect(finding?.key).toBe('a\u241fforbidden\u241f高校\u241fcolleges');
  });
});
