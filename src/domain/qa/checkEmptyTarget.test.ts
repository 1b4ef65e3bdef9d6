import { describe, expect, it } from 'vitest';
import { checkEmptyTarget } from './checkEmptyTarget';

describe('checkEmptyTarget', () => {
  it.each([
    ['山西。', '', 1],
    ['山西。', '  \n', 1],
    ['山西。', 'Shanxi.', 0],
    ['', '', 0],
  ])('%j → %j: %i', (source, target, count) => {
    expect(checkEmptyTarget({ key: 's', source, target })).toHaveLength(count);
  });
});
