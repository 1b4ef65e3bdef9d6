import { describe, expect, it } from 'vitest';
import { createTermbaseMatcher } from './createTermbaseMatcher';
import { findAvoidedRenderings } from './findAvoidedRenderings';
import { termConcept } from './testing/termConcept';

const matcher = createTermbaseMatcher([
  termConcept('高校', [
    ['universities', 'preferred'],
    ['colleges', 'deprecated'],
    ['high schools', 'forbidden'],
  ]),
  termConcept('山西', [['Shanxi', 'preferred']]),
]);

describe('findAvoidedRenderings', () => {
  it.each([
    [
      '山西高校',
      'Colleges and high schools of Shanxi',
      ['colleges:deprecated', 'high schools:forbidden'],
    ],
    ['山西高校', 'The universities of Shanxi', []],
    ['山西', 'the colleges of Shanxi', []],
    ['山西高校', '', []],
  ])('%s / %s', (source, target, expected) => {
    expect(
      findAvoidedRenderings(matcher, source, target).map(
        (match) =>
          `${target.slice(match.start, match.end).toLowerCase()}:${match.rendering.status}`,
      ),
    ).toEqual(expected);
  });
});
