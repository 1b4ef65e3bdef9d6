import { describe, expect, it } from 'vitest';
import { applyBeadListChange } from './applyBeadListChange';
import type { BeadList, BeadOperationResult } from './beadListTypes';
import { beadListFixture } from './beadListFixture';
import { confirmThrough } from './confirmThrough';
import { describeBeadShapes } from './describeBeadShapes';
import { detachSide } from './detachSide';
import { insertEmptyBead } from './insertEmptyBead';
import { invertBeadListChange } from './invertBeadListChange';
import { mergeWithNext } from './mergeWithNext';
import { popDown } from './popDown';
import { setConfirmed } from './setConfirmed';
import { shiftUp } from './shiftUp';
import { splitBead } from './splitBead';
import { swapWithPrevious } from './swapWithPrevious';

type Operation = (list: BeadList) => BeadOperationResult;

/** The shapes after the operation, or its refusal as `refused: reason`. */
function outcome(shapes: string, operation: Operation): string {
  const list = beadListFixture(shapes);
  const result = operation(list);
  return result.ok
    ? describeBeadShapes(applyBeadListChange(list, result.change))
    : `refused: ${result.reason}`;
}

describe('bead operations', () => {
  it.each([
    ['merge a 1-1 with the next 2-1', '1-1 2-1 1-1', (list) => mergeWithNext(list, 0), '3-2* 1-1'],
    ['merge the last bead', '1-1 1-1', (list) => mergeWithNext(list, 1), 'refused: no-next-bead'],
    [
      'merge into a confirmed bead',
      '1-1 1-1!',
      (list) => mergeWithNext(list, 0),
      'refused: confirmed',
    ],
    ['merge a bead that is not there', '1-1', (list) => mergeWithNext(list, 3), 'refused: no-bead'],
    [
      'merge at a fractional index',
      '1-1 1-1',
      (list) => mergeWithNext(list, 0.5),
      'refused: no-bead',
    ],
    ['split a 2-2 in two 1-1', '2-2', (list) => splitBead(list, 0, 1, 1), '1-1* 1-1*'],
    ['split a 2-1 keeping no target', '2-1', (list) => splitBead(list, 0, 1, 0), '1-0* 1-1*'],
    ['split a 1-1 into 1-0 and 0-1', '1-1', (list) => splitBead(list, 0, 1, 0), '1-0* 0-1*'],
    ['split a 1-0', '1-0', (list) => splitBead(list, 0, 1, 0), 'refused: single-sentence'],
    [
      'split leaving an empty part',
      '2-2',
      (list) => splitBead(list, 0, 2, 2),
      'refused: bad-split',
    ],
    ['split keeping too many', '2-2', (list) => splitBead(list, 0, 3, 1), 'refused: bad-split'],
    ['split a confirmed bead', '2-2!', (list) => splitBead(list, 0, 1, 1), 'refused: confirmed'],
    ['shift a target up', '1-1 1-2', (list) => shiftUp(list, 1, 'target'), '1-2* 1-1*'],
    ['shift the only sentence up', '1-1 0-1', (list) => shiftUp(list, 1, 'target'), '1-2*'],
    [
      'shift up from the first bead',
      '1-1',
      (list) => shiftUp(list, 0, 'source'),
      'refused: no-previous-bead',
    ],
    [
      'shift up from an empty side',
      '1-1 1-0',
      (list) => shiftUp(list, 1, 'target'),
      'refused: empty-side',
    ],
    [
      'shift up into a confirmed bead',
      '1-1! 1-2',
      (list) => shiftUp(list, 1, 'target'),
      'refused: confirmed',
    ],
    ['pop a source down', '2-1 0-1', (list) => popDown(list, 0, 'source'), '1-1* 1-1*'],
    ['pop the only sentence down', '1-0 1-1', (list) => popDown(list, 0, 'source'), '2-1*'],
    [
      'pop down from the last bead',
      '1-1',
      (list) => popDown(list, 0, 'source'),
      'refused: no-next-bead',
    ],
    [
      'pop down from a confirmed bead',
      '2-1! 1-1',
      (list) => popDown(list, 0, 'source'),
      'refused: confirmed',
    ],
    ['empty the target side', '2-1 1-1', (list) => detachSide(list, 0, 'target'), '2-0* 0-1* 1-1'],
    ['empty the source side', '1-3', (list) => detachSide(list, 0, 'source'), '1-0* 0-3*'],
    [
      'empty a side already empty',
      '1-0',
      (list) => detachSide(list, 0, 'target'),
      'refused: empty-side',
    ],
    [
      'empty a side of a confirmed bead',
      '1-1!',
      (list) => detachSide(list, 0, 'target'),
      'refused: confirmed',
    ],
    ['insert an empty bead', '1-1 1-1', (list) => insertEmptyBead(list, 1), '1-1 0-0* 1-1'],
    ['insert at the end', '1-1', (list) => insertEmptyBead(list, 1), '1-1 0-0*'],
    [
      'insert between confirmed beads',
      '1-1! 1-1!',
      (list) => insertEmptyBead(list, 1),
      '1-1! 0-0* 1-1!',
    ],
    ['insert past the end', '1-1', (list) => insertEmptyBead(list, 2), 'refused: no-bead'],
    ['swap targets', '1-1 1-2', (list) => swapWithPrevious(list, 1, 'target'), '1-2* 1-1*'],
    ['swap into an empty pair', '1-0 0-1', (list) => swapWithPrevious(list, 1, 'target'), '1-1*'],
    [
      'swap the first bead',
      '1-1',
      (list) => swapWithPrevious(list, 0, 'target'),
      'refused: no-previous-bead',
    ],
    [
      'swap empty sides',
      '1-0 1-0',
      (list) => swapWithPrevious(list, 1, 'target'),
      'refused: empty-side',
    ],
    [
      'swap with a confirmed bead',
      '1-1! 1-1',
      (list) => swapWithPrevious(list, 1, 'source'),
      'refused: confirmed',
    ],
    ['confirm a bead', '1-1 1-1', (list) => setConfirmed(list, 1, true), '1-1 1-1!'],
    ['un-confirm a bead', '1-1!', (list) => setConfirmed(list, 0, false), '1-1'],
    [
      'confirm a confirmed bead',
      '1-1!',
      (list) => setConfirmed(list, 0, true),
      'refused: unchanged',
    ],
    [
      'confirm through the third bead',
      '1-1 1-1! 2-1 1-1',
      (list) => confirmThrough(list, 2),
      '1-1! 1-1! 2-1! 1-1',
    ],
    [
      'confirm through confirmed beads',
      '1-1! 1-1!',
      (list) => confirmThrough(list, 1),
      'refused: unchanged',
    ],
    [
      'confirm through a missing bead',
      '1-1',
      (list) => confirmThrough(list, 1),
      'refused: no-bead',
    ],
  ] satisfies [string, string, Operation, string][])('%s', (_name, shapes, operation, expected) => {
    expect(outcome(shapes, operation)).toBe(expected);
  });

  it('keeps the confidence of a confirmed bead and the other beads as they were', () => {
    const list = beadListFixture('1-1? 2-1 1-1');
    const result = setConfirmed(list, 0, true);
    if (!result.ok) throw new Error(result.reason);
    const next = applyBeadListChange(list, result.change);
    expect(next.beads[0]).toEqual({
      sourceCount: 1,
      targetCount: 1,
      confidence: 0.2,
      confirmed: true,
    });
    expect(next.beads[1]).toBe(list.beads[1]);
    expect(next.source).toBe(list.source);
  });

  it('swaps the texts of one side and leaves the paragraph starts where they were', () => {
    const list = beadListFixture('1-1 1-2');
    const result = swapWithPrevious(list, 1, 'target');
    if (!result.ok) throw new Error(result.reason);
    const next = applyBeadListChange(list, result.change);
    expect(next.target).toEqual([
      { text: 'T1.', paragraphStart: true },
      { text: 'T2.', paragraphStart: false },
      { text: 'T0.', paragraphStart: false },
    ]);
    expect(next.source).toBe(list.source);
  });

  it.each([
    ['a merge', (list: BeadList) => mergeWithNext(list, 500)],
    ['confirming a thousand beads', (list: BeadList) => confirmThrough(list, 999)],
  ])('records only the region it edits: %s', (_name, operation) => {
    const list = beadListFixture(Array.from({ length: 1000 }, () => '1-1').join(' '));
    const result = operation(list);
    if (!result.ok) throw new Error(result.reason);
    expect(JSON.stringify(result.change).length).toBeLessThan(300);
  });

  it('applies and undoes a splice of more beads than a call can take as arguments', () => {
    const list = beadListFixture('0-0 0-0');
    const inserted = Array.from({ length: 200_000 }, () => ({
      sourceCount: 0,
      targetCount: 0,
      confidence: null,
      confirmed: false,
    }));
    const change = { splices: [{ part: 'beads' as const, at: 1, removed: [], inserted }] };
    const grown = applyBeadListChange(list, change);
    expect(grown.beads).toHaveLength(200_002);
    expect(applyBeadListChange(grown, invertBeadListChange(change))).toEqual(list);
  });

  it('refuses a confirmation that does not fit', () => {
    const list = beadListFixture('1-1! 1-1');
    const confirmation = (at: number, count: number) => ({
      splices: [{ part: 'confirmation' as const, at, count, confirmed: true }],
    });
    expect(() => applyBeadListChange(list, confirmation(0, 2))).toThrow(/does not match beads 0/);
    expect(() => applyBeadListChange(list, confirmation(1, 2))).toThrow(/removes beads/);
  });

  it('undoes a change exactly, and refuses to apply one that does not fit', () => {
    const list = beadListFixture('1-1 2-1 1-1');
    const result = mergeWithNext(list, 0);
    if (!result.ok) throw new Error(result.reason);
    const stored = JSON.parse(JSON.stringify(result.change)) as typeof result.change;
    const merged = applyBeadListChange(list, stored);
    expect(applyBeadListChange(merged, invertBeadListChange(stored))).toEqual(list);
    expect(() => applyBeadListChange(merged, stored)).toThrow(/does not match/);
    expect(() => applyBeadListChange(beadListFixture('1-1'), stored)).toThrow(/removes beads/);
  });

  it('undoes the splices of a change last first', () => {
    const list = beadListFixture('1-1 2-1');
    const [first, second] = list.beads;
    if (first === undefined || second === undefined) throw new Error('two beads');
    const inserted = { sourceCount: 0, targetCount: 0, confidence: null, confirmed: false };
    const change = {
      splices: [
        { part: 'beads' as const, at: 0, removed: [], inserted: [inserted] },
        { part: 'beads' as const, at: 1, removed: [first, second], inserted: [second, first] },
      ],
    };
    const changed = applyBeadListChange(list, change);
    expect(describeBeadShapes(changed)).toBe('0-0* 2-1 1-1');
    expect(applyBeadListChange(changed, invertBeadListChange(change))).toEqual(list);
  });

  it('does not change the list it is given', () => {
    const list = beadListFixture('1-1 2-1 1-1');
    const copy = structuredClone(list);
    const result = mergeWithNext(list, 0);
    if (result.ok) applyBeadListChange(list, result.change);
    expect(list).toEqual(copy);
  });
});
