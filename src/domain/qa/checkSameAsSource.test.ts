import { describe, expect, it } from 'vitest';
import { checkSameAsSource } from './checkSameAsSource';

describe('checkSameAsSource', () => {
  it.each([
    ['山西高校很多。', '山西高校很多。', 1],
    ['山西高校很多。', ' 山西高校很多。 ', 1],
    ['COVID-19', 'COVID-19', 0],
    ['2022', '2022', 0],
    ['山西。', 'Shanxi.', 0],
    ['山西。', '', 0],
  ])('%s → %s: %i', (source, target, count) => {
    expect(checkSameAsSource({ key: 's', source, target })).toHaveLength(count);
  });
});
