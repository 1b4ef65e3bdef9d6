import { describe, expect, it } from 'vitest';
import { checkLengthRatio } from './checkLengthRatio';
import { createQaDocument } from './createQaDocument';

const source = '全省广大干部群众认真学习贯彻全会精神。'; // 19 characters
const usual = 'Officials across the province study the plenary session closely.'; // 56 without spaces

function findingsFor(target: string, count = 6) {
  const segments = [
    { key: 'x', source, target },
    ...Array.from({ length: count }, (_, index) => ({ key: String(index), source, target: usual })),
  ];
  return checkLengthRatio(createQaDocument(segments), 0).map((finding) => finding.values);
}

describe('checkLengthRatio', () => {
  it.each([
    [usual, []],
    [`${usual} More.`, []],
    ['Officials study.', [{ direction: 'short', ratio: '0.8', norm: '2.9' }]],
    [`${usual} ${usual} ${usual}`, [{ direction: 'long', ratio: '8.8', norm: '2.9' }]],
    ['', []],
  ])('%j', (target, expected) => {
    expect(findingsFor(target)).toEqual(expected);
  });

  it('needs five measured segments for a norm', () => {
    expect(findingsFor('Officials study.', 3)).toEqual([]);
  });

  it('leaves short sources alone', () => {
    const segments = [
      {
        key: 'x',
        source: '狠抓落实。',
        target: 'It must work hard to see that reform tasks are fully delivered.',
      },
      ...Array.from({ length: 6 }, (_, index) => ({ key: String(index), source, target: usual })),
    ];
    expect(checkLengthRatio(createQaDocument(segments), 0)).toEqual([]);
  });
});
