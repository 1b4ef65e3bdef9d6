import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBeadListChange } from './applyBeadListChange';
import type { BeadList, BeadListChange, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { confirmThrough } from './confirmThrough';
import { detachSide } from './detachSide';
import { editSentence } from './editSentence';
import { insertEmptyBead } from './insertEmptyBead';
import { invertBeadListChange } from './invertBeadListChange';
import { joinSentenceWithNext } from './joinSentenceWithNext';
import { mergeWithNext } from './mergeWithNext';
import { popDown } from './popDown';
import { sentenceSeparator } from './sentenceSeparator';
import { setConfirmed } from './setConfirmed';
import { shiftUp } from './shiftUp';
import { splitBead } from './splitBead';
import { splitSentence } from './splitSentence';
import { swapWithPrevious } from './swapWithPrevious';

const beadList: fc.Arbitrary<BeadList> = fc
  .array(
    fc.record({
      sourceCount: fc.integer({ min: 0, max: 3 }),
      targetCount: fc.integer({ min: 0, max: 3 }),
      confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      confirmed: fc.nat(4).map((draw) => draw === 0),
    }),
    { maxLength: 10 },
  )
  .chain((beads) => {
    const sourceTotal = beads.reduce((sum, bead) => sum + bead.sourceCount, 0);
    const targetTotal = beads.reduce((sum, bead) => sum + bead.targetCount, 0);
    const starts = (count: number): fc.Arbitrary<boolean[]> =>
      fc.array(fc.boolean(), { minLength: count, maxLength: count });
    return fc
      .tuple(starts(sourceTotal), starts(targetTotal))
      .map(([sourceStarts, targetStarts]) => ({
        beads,
        source: sourceStarts.map((start, index) => ({
          text: `中文${index}句子。`,
          paragraphStart: start || index === 0,
        })),
        target: targetStarts.map((start, index) => ({
          text: `Sentence ${index} here.`,
          paragraphStart: start || index === 0,
        })),
      }));
  });

type Kind = 'shape' | 'swap' | 'split' | 'join' | 'edit' | 'confirm';

interface Operation {
  readonly kind: Kind;
  readonly side: BeadSide;
  readonly sentence: number;
  readonly run: (list: BeadList) => BeadOperationResult;
  readonly name: string;
}

const index = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -1, max: 12 }));
const side = fc.constantFrom<BeadSide>('source', 'target');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  index.map((i) => shape(`mergeWithNext ${i}`, (list) => mergeWithNext(list, i))),
  fc
    .tuple(index, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([i, s, t]) => shape(`splitBead ${i} ${s} ${t}`, (list) => splitBead(list, i, s, t))),
  fc.tuple(index, side).map(([i, d]) => shape(`shiftUp ${i} ${d}`, (list) => shiftUp(list, i, d))),
  fc.tuple(index, side).map(([i, d]) => shape(`popDown ${i} ${d}`, (list) => popDown(list, i, d))),
  fc
    .tuple(index, side)
    .map(([i, d]) => shape(`detach ${i} ${d}`, (list) => detachSide(list, i, d))),
  index.map((i) => shape(`insertEmptyBead ${i}`, (list) => insertEmptyBead(list, i))),
  fc.tuple(index, side).map(([i, d]) => ({
    kind: 'swap' as const,
    side: d,
    sentence: 0,
    name: `swap ${i} ${d}`,
    run: (list: BeadList) => swapWithPrevious(list, i, d),
  })),
  fc.tuple(side, index, fc.integer({ min: -1, max: 22 })).map(([d, k, offset]) => ({
    kind: 'split' as const,
    side: d,
    sentence: k,
    name: `splitSentence ${d} ${k} ${offset}`,
    run: (list: BeadList) => splitSentence(list, d, k, offset),
  })),
  fc.tuple(side, index).map(([d, k]) => ({
    kind: 'join' as const,
    side: d,
    sentence: k,
    name: `join ${d} ${k}`,
    run: (list: BeadList) => joinSentenceWithNext(list, d, k),
  })),
  fc
    .tuple(side, index, fc.constantFrom('改过了。', ' Changed. ', '', 'Sentence 1 here.'))
    .map(([d, k, text]) => ({
      kind: 'edit' as const,
      side: d,
      sentence: k,
      name: `edit ${d} ${k} ${text}`,
      run: (list: BeadList) => editSentence(list, d, k, text),
    })),
  fc.tuple(index, fc.boolean()).map(([i, confirmed]) => ({
    kind: 'confirm' as const,
    side: 'source' as const,
    sentence: 0,
    name: `setConfirmed ${i} ${confirmed}`,
    run: (list: BeadList) => setConfirmed(list, i, confirmed),
  })),
  index.map((i) => ({
    kind: 'confirm' as const,
    side: 'source' as const,
    sentence: 0,
    name: `confirmThrough ${i}`,
    run: (list: BeadList) => confirmThrough(list, i),
  })),
);

function shape(name: string, run: Operation['run']): Operation {
  return { kind: 'shape', side: 'source', sentence: 0, name, run };
}

function texts(list: BeadList, of: BeadSide): string[] {
  return list[of].map((sentence) => sentence.text);
}

/** Each confirmed bead with its sentences, in order. */
function confirmedBeads(list: BeadList): string[] {
  const ranges = beadSentenceRanges(list);
  return list.beads.flatMap((bead, beadIndex) => {
    const range = ranges[beadIndex];
    if (!bead.confirmed || range === undefined) return [];
    return [
      JSON.stringify([
        bead,
        texts(list, 'source').slice(range.sourceStart, range.sourceEnd),
        texts(list, 'target').slice(range.targetStart, range.targetEnd),
      ]),
    ];
  });
}

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let position = 0;
  for (const item of whole) if (item === part[position]) position += 1;
  return position === part.length;
}

function spliceSize(change: BeadListChange): number {
  return change.splices.reduce(
    (sum, splice) =>
      sum + (splice.part === 'confirmation' ? 1 : splice.removed.length + splice.inserted.length),
    0,
  );
}

function checkTexts(before: BeadList, after: BeadList, done: Operation): void {
  for (const each of ['source', 'target'] as const) {
    const old = texts(before, each);
    const now = texts(after, each);
    if (each !== done.side || done.kind === 'shape' || done.kind === 'confirm') {
      expect(now).toEqual(old);
    } else if (done.kind === 'swap') {
      expect(now.toSorted()).toEqual(old.toSorted());
    } else if (done.kind === 'split') {
      expect(now.length).toBe(old.length + 1);
      const k = done.sentence;
      expect(now.slice(0, k)).toEqual(old.slice(0, k));
      expect(now.slice(k + 2)).toEqual(old.slice(k + 1));
      const [first = '', second = ''] = now.slice(k, k + 2);
      expect(old[k]?.startsWith(first)).toBe(true);
      expect(old[k]?.endsWith(second)).toBe(true);
      expect(old[k]?.slice(first.length, -second.length).trim()).toBe('');
    } else if (done.kind === 'join') {
      const k = done.sentence;
      expect(now).toEqual([
        ...old.slice(0, k),
        `${old[k]}${sentenceSeparator(each)}${old[k + 1]}`,
        ...old.slice(k + 2),
      ]);
    } else {
      const k = done.sentence;
      expect(now.toSpliced(k, 1)).toEqual(old.toSpliced(k, 1));
      expect(now[k]).not.toBe(old[k]);
    }
    if (old.length > 0) expect(after[each][0]?.paragraphStart).toBe(true);
  }
}

describe('bead operations, properties', () => {
  it('keep every sentence once and in order, the counts consistent, and undo exact', () => {
    fc.assert(
      fc.property(beadList, operation, (list, done) => {
        const result = done.run(list);
        if (!result.ok) return;
        const stored = JSON.parse(JSON.stringify(result.change)) as BeadListChange;
        expect(stored).toEqual(result.change);
        const after = applyBeadListChange(list, stored);
        const sum = (key: 'sourceCount' | 'targetCount'): number =>
          after.beads.reduce((total, bead) => total + bead[key], 0);
        expect(sum('sourceCount')).toBe(after.source.length);
        expect(sum('targetCount')).toBe(after.target.length);
        checkTexts(list, after, done);
        expect(applyBeadListChange(after, invertBeadListChange(stored))).toEqual(list);
        expect(spliceSize(stored)).toBeLessThanOrEqual(16);
        if (done.name.startsWith('confirmThrough')) {
          expect(isSubsequence(confirmedBeads(list), confirmedBeads(after))).toBe(true);
        } else if (done.name.startsWith('setConfirmed')) {
          expect(Math.abs(confirmedBeads(after).length - confirmedBeads(list).length)).toBe(1);
        } else {
          expect(confirmedBeads(after)).toEqual(confirmedBeads(list));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('undo a sequence of changes, last first, back to the start', () => {
    fc.assert(
      fc.property(beadList, fc.array(operation, { maxLength: 10 }), (list, operations) => {
        const changes: BeadListChange[] = [];
        let current = list;
        for (const done of operations) {
          const result = done.run(current);
          if (!result.ok) continue;
          changes.push(result.change);
          current = applyBeadListChange(current, result.change);
        }
        for (const change of changes.toReversed())
          current = applyBeadListChange(current, invertBeadListChange(change));
        expect(current).toEqual(list);
      }),
      { numRuns: 500 },
    );
  });
});
