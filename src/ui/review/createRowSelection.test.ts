import { describe, expect, it } from 'vitest';
import type { SegmentId } from '../../domain/ids';
import { createRowSelection } from './createRowSelection';

const ids = ['a', 'b', 'c', 'd', 'e'] as SegmentId[];
const [a, b, c, d, e] = ids as [SegmentId, SegmentId, SegmentId, SegmentId, SegmentId];

describe('createRowSelection', () => {
  it.each([
    ['one click picks a row', [[b, false]], [b]],
    [
      'a second click drops it',
      [
        [b, false],
        [b, false],
      ],
      [],
    ],
    [
      'Shift picks the rows between',
      [
        [b, false],
        [d, true],
      ],
      [b, c, d],
    ],
    [
      'Shift backwards too',
      [
        [d, false],
        [a, true],
      ],
      [a, b, c, d],
    ],
    [
      'Shift from a dropped row drops the rows between',
      [
        [a, false],
        [e, true],
        [b, false],
        [d, true],
      ],
      [a, e],
    ],
    ['Shift with nothing picked before picks one', [[c, true]], [c]],
  ] as const)('%s', (_name, clicks, expected) => {
    const selection = createRowSelection();
    selection.setOrder(ids);
    for (const [id, isRange] of clicks) selection.toggle(id, { isRange });
    expect(selection.selected()).toEqual(expected);
  });

  it('picks every row shown, keeps hidden picks out of the bulk set, and clears', () => {
    const selection = createRowSelection();
    let calls = 0;
    selection.subscribe(() => (calls += 1));
    selection.setOrder([b, d]);
    selection.selectAll();
    expect(selection.selected()).toEqual([b, d]);
    selection.setOrder([a, b, c]);
    expect(selection.selected()).toEqual([b]);
    expect(selection.isSelected(d)).toBe(true);
    selection.setOrder(ids);
    expect(selection.selected()).toEqual([b, d]);
    selection.clear();
    expect(selection.selected()).toEqual([]);
    expect(calls).toBeGreaterThan(3);
  });
});
