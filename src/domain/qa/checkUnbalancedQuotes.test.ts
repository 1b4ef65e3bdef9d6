import { describe, expect, it } from 'vitest';
import { checkUnbalancedQuotes } from './checkUnbalancedQuotes';

describe('checkUnbalancedQuotes', () => {
  it.each([
    ['“路线图”已经制定', 'The "road map is drawn up', 1],
    ['“路线图”已经制定', 'The "road map" is drawn up', 0],
    ['“路线图”已经制定', 'The “road map” is drawn up', 0],
    ['“路线图”已经制定', 'The “road map“ is drawn up', 1],
    ['路线图已经制定', 'The road map" is drawn up', 1],
    ['“全会凝聚人心。', '"The plenary session united hearts.', 0],
    ['明确了路径。”他说', 'It set out the path," he said.', 0],
    ['“路线图”已经制定', '', 0],
    ["山西的'小切口'", "Shanxi's 'small-incision' reforms", 0],
  ])('%s → %s: %i', (source, target, count) => {
    expect(checkUnbalancedQuotes({ key: 's', source, target })).toHaveLength(count);
  });
});
