import { describe, expect, it } from 'vitest';
import { applyBeadListChange } from './applyBeadListChange';
import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadListFixture } from './beadListFixture';
import { describeBeadShapes } from './describeBeadShapes';
import { editSentence } from './editSentence';
import { joinSentenceWithNext } from './joinSentenceWithNext';
import { splitSentence } from './splitSentence';

type Operation = (list: BeadList) => BeadOperationResult;

/** The shapes and the texts of `side` after the operation, or its refusal. */
function outcome(list: BeadList, side: BeadSide, operation: Operation): string {
  const result = operation(list);
  if (!result.ok) return `refused: ${result.reason}`;
  const next = applyBeadListChange(list, result.change);
  return `${describeBeadShapes(next)} | ${next[side].map((sentence) => sentence.text).join('|')}`;
}

const english: BeadList = {
  source: [
    { text: '他来了。她走了。', paragraphStart: true },
    { text: '好。', paragraphStart: true },
  ],
  target: [
    { text: 'He came. She left.', paragraphStart: true },
    { text: 'Good', paragraphStart: true },
    { text: 'news.', paragraphStart: false },
  ],
  beads: [
    { sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: false },
    { sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: false },
    { sourceCount: 0, targetCount: 1, confidence: 0.4, confirmed: false },
  ],
};

describe('sentence operations', () => {
  it.each([
    [
      'split a Chinese sentence',
      'source',
      (list) => splitSentence(list, 'source', 0, 4),
      '2-1* 1-1 0-1 | 他来了。|她走了。|好。',
    ],
    [
      'split an English sentence, dropping the space',
      'target',
      (list) => splitSentence(list, 'target', 0, 8),
      '1-2* 1-1 0-1 | He came.|She left.|Good|news.',
    ],
    [
      'split at the start',
      'target',
      (list) => splitSentence(list, 'target', 0, 0),
      'refused: bad-offset',
    ],
    [
      'split at the end',
      'target',
      (list) => splitSentence(list, 'target', 1, 4),
      'refused: bad-offset',
    ],
    [
      'split at a space only',
      'target',
      (list) => splitSentence(list, 'target', 0, 9),
      '1-2* 1-1 0-1 | He came.|She left.|Good|news.',
    ],
    [
      'split a sentence that is not there',
      'target',
      (list) => splitSentence(list, 'target', 3, 1),
      'refused: no-sentence',
    ],
    [
      'join English with a space, across beads',
      'target',
      (list) => joinSentenceWithNext(list, 'target', 1),
      '1-1 1-1* | He came. She left.|Good news.',
    ],
    [
      'join across beads, keeping the next bead',
      'source',
      (list) => joinSentenceWithNext(list, 'source', 0),
      '1-1* 0-1* 0-1 | 他来了。她走了。好。',
    ],
    [
      'join the last sentence',
      'target',
      (list) => joinSentenceWithNext(list, 'target', 2),
      'refused: no-next-sentence',
    ],
    [
      'join a sentence that is not there',
      'target',
      (list) => joinSentenceWithNext(list, 'target', -1),
      'refused: no-sentence',
    ],
    [
      'edit a sentence, trimmed',
      'target',
      (list) => editSentence(list, 'target', 1, ' Fine '),
      '1-1 1-1* 0-1 | He came. She left.|Fine|news.',
    ],
    [
      'edit to blank',
      'target',
      (list) => editSentence(list, 'target', 1, '  '),
      'refused: empty-text',
    ],
    [
      'edit to the same text',
      'target',
      (list) => editSentence(list, 'target', 1, 'Good'),
      'refused: unchanged',
    ],
  ] satisfies [string, BeadSide, Operation, string][])('%s', (_name, side, operation, expected) => {
    expect(outcome(english, side, operation)).toBe(expected);
  });

  it.each([
    ['split', (list) => splitSentence(list, 'source', 0, 1)],
    ['join', (list) => joinSentenceWithNext(list, 'source', 0)],
    ['join into a confirmed bead', (list) => joinSentenceWithNext(list, 'source', 1)],
    ['edit', (list) => editSentence(list, 'source', 1, '改')],
  ] satisfies [string, Operation][])('refuses to %s in a confirmed bead', (_name, operation) => {
    const list = beadListFixture('2-1! 1-1 1-1!');
    expect(operation(list)).toEqual({ ok: false, reason: 'confirmed' });
  });

  it('joins two sentences of one bead', () => {
    const list = beadListFixture('2-1 1-1');
    expect(outcome(list, 'source', (shaped) => joinSentenceWithNext(shaped, 'source', 0))).toBe(
      '1-1* 1-1 | 源0。源1。|源2。',
    );
  });

  it('does not cut a character in two', () => {
    const list = beadListFixture('1-1');
    const withAstral = { ...list, source: [{ text: '𠀀𠀁。', paragraphStart: true }] };
    expect(splitSentence(withAstral, 'source', 0, 1)).toEqual({ ok: false, reason: 'bad-offset' });
    expect(splitSentence(withAstral, 'source', 0, 2).ok).toBe(true);
  });

  it('keeps the paragraph start on the first part of a split and on a joined sentence', () => {
    const split = splitSentence(english, 'source', 0, 4);
    if (!split.ok) throw new Error(split.reason);
    expect(applyBeadListChange(english, split.change).source.map((s) => s.paragraphStart)).toEqual([
      true,
      false,
      true,
    ]);
    const joined = joinSentenceWithNext(english, 'source', 0);
    if (!joined.ok) throw new Error(joined.reason);
    expect(applyBeadListChange(english, joined.change).source).toEqual([
      { text: '他来了。她走了。好。', paragraphStart: true },
    ]);
  });
});
