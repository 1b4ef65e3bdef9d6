import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextRange } from './annotation';
import { mapRangeThroughChange } from './mapRangeThroughChange';
import type { TextChange } from './textChange';

/** Each character is labelled: 'a' annotated at the start, 'o' other original text, 'n' inserted later. */
type Label = 'a' | 'o' | 'n';

const setup = fc.integer({ min: 1, max: 30 }).chain((length) =>
  fc.record({
    length: fc.constant(length),
    range: fc
      .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: length }))
      .map(([a, b]): TextRange => ({ start: Math.min(a, b - 1), end: Math.max(b, a + 1) }))
      .filter(({ end }) => end <= length),
  }),
);

const edit = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  width: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: fc.nat({ max: 5 }),
});

function applyLabels(labels: Label[], { from, to, insert }: TextChange): Label[] {
  return [...labels.slice(0, from), ...Array<Label>(insert.length).fill('n'), ...labels.slice(to)];
}

describe('mapRangeThroughChange through random edits', () => {
  it('keeps every annotated character that survives inside the range and no other original one', () => {
    fc.assert(
      fc.property(setup, fc.array(edit, { maxLength: 25 }), ({ length, range }, edits) => {
        let labels: Label[] = Array.from({ length }, (_, index) =>
          index >= range.start && index < range.end ? 'a' : 'o',
        );
        let mapped: TextRange | undefined = range;
        const isInside = (index: number, inRange: TextRange) =>
          index >= inRange.start && index < inRange.end;
        for (const { from: fromShare, width, insert } of edits) {
          const from = Math.floor(fromShare * labels.length);
          const to = from + Math.floor(width * (labels.length - from));
          const change: TextChange = { from, to, insert: 'x'.repeat(insert) };
          labels = applyLabels(labels, change);
          mapped = mapped === undefined ? undefined : mapRangeThroughChange(mapped, change);
          const annotated = labels.flatMap((label, index) => (label === 'a' ? [index] : []));
          if (mapped === undefined) {
            expect(annotated).toEqual([]);
            continue;
          }
          expect(mapped.start).toBeLessThan(mapped.end);
          expect(mapped.end).toBeLessThanOrEqual(labels.length);
          const inside = labels.slice(mapped.start, mapped.end);
          expect(inside).not.toContain('o');
          const current = mapped;
          expect(annotated.every((index) => isInside(index, current))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('mapRangeThroughChange', () => {
  const range = { start: 4, end: 9 }; // "quick" in "The quick fox"
  it.each([
    ['typing before it shifts it', { from: 0, to: 0, insert: 'Oh, ' }, { start: 8, end: 13 }],
    [
      'typing at its start stays outside',
      { from: 4, to: 4, insert: 'very ' },
      { start: 9, end: 14 },
    ],
    ['typing at its end stays outside', { from: 9, to: 9, insert: 'est' }, { start: 4, end: 9 }],
    ['typing inside joins it', { from: 6, to: 6, insert: 'i' }, { start: 4, end: 10 }],
    ['deleting part of it shrinks it', { from: 2, to: 6, insert: '' }, { start: 2, end: 5 }],
    ['deleting after it leaves it', { from: 9, to: 13, insert: '' }, { start: 4, end: 9 }],
    ['deleting all of it removes it', { from: 4, to: 9, insert: '' }, undefined],
    ['deleting it and more removes it', { from: 3, to: 10, insert: '' }, undefined],
    [
      'retyping all of it keeps it on the new text',
      { from: 4, to: 9, insert: 'slow' },
      { start: 4, end: 8 },
    ],
  ])('%s', (_label, change, expected) => {
    expect(mapRangeThroughChange(range, change)).toEqual(expected);
  });
});
