import { describe, expect, it } from 'vitest';
import { checkDoubleSpaces } from './checkDoubleSpaces';

describe('checkDoubleSpaces', () => {
  it.each([
    ['Two  spaces.', [3, 5], '1'],
    ['Two  spaces  twice.', [3, 5], '2'],
    ['Ideographic\u3000\u3000space.', [11, 13], '1'],
    ['One space. Then another.', undefined, undefined],
    ['  Leading and trailing  ', undefined, undefined],
  ])('%j', (target, range, count) => {
    const [finding] = checkDoubleSpaces({ key: 's', source: '句。', target });
    expect(finding === undefined ? undefined : [finding.targetStart, finding.targetEnd]).toEqual(
      range,
    );
    expect(finding?.values['count']).toBe(count);
  });
});
