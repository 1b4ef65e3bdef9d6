import { describe, expect, it } from 'vitest';
import { applyBeadListChange } from './applyBeadListChange';
import { beadListFixture } from './beadListFixture';
import type { BeadList, BeadOperationResult } from './beadListTypes';
import { confirmedPairChanges } from './confirmedPairChanges';
import { confirmThrough } from './confirmThrough';
import { setConfirmed } from './setConfirmed';

function applied(list: BeadList, result: BeadOperationResult): BeadList {
  if (!result.ok) throw new Error(result.reason);
  return applyBeadListChange(list, result.change);
}

describe('confirmedPairChanges', () => {
  const list = beadListFixture('1-1 2-1 1-0 1-1!');

  it.each([
    ['confirming a 1-1 bead', (l: BeadList) => setConfirmed(l, 0, true), [['源0。', 'T0.']], []],
    [
      'confirming a 2-1 bead joins its Chinese sentences with nothing',
      (l: BeadList) => setConfirmed(l, 1, true),
      [['源1。源2。', 'T1.']],
      [],
    ],
    ['confirming a bead with no English', (l: BeadList) => setConfirmed(l, 2, true), [], []],
    ['un-confirming a bead', (l: BeadList) => setConfirmed(l, 3, false), [], [['源4。', 'T2.']]],
    [
      'confirming every bead through the third',
      (l: BeadList) => confirmThrough(l, 2),
      [
        ['源0。', 'T0.'],
        ['源1。源2。', 'T1.'],
      ],
      [],
    ],
  ])('%s', (_name, operation, added, removed) => {
    const changes = confirmedPairChanges(list, applied(list, operation(list)));
    expect(changes.added.map(({ source, target }) => [source, target])).toEqual(added);
    expect(changes.removed.map(({ source, target }) => [source, target])).toEqual(removed);
  });

  it('reports nothing for an edit that leaves the confirmed pairs as they were', () => {
    expect(confirmedPairChanges(list, list)).toEqual({ added: [], removed: [] });
  });

  it('counts a pair confirmed twice once, and keeps it while one copy stays confirmed', () => {
    const twice: BeadList = {
      source: [
        { text: '好。', paragraphStart: true },
        { text: '好。', paragraphStart: false },
      ],
      target: [
        { text: 'Good.', paragraphStart: true },
        { text: 'Good.', paragraphStart: false },
      ],
      beads: [
        { sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: true },
        { sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: true },
      ],
    };
    const oneLeft = applied(twice, setConfirmed(twice, 0, false));
    expect(confirmedPairChanges(twice, oneLeft)).toEqual({ added: [], removed: [] });
    const none = applied(oneLeft, setConfirmed(oneLeft, 1, false));
    expect(confirmedPairChanges(oneLeft, none).removed).toEqual([
      { source: '好。', target: 'Good.' },
    ]);
  });
});
