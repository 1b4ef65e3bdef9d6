import { describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, type SegmentStatus } from '../model';
import { isConfirmedStatus, nextSegmentStatus, type SegmentStatusEvent } from './nextSegmentStatus';

const type = (targetText: string): SegmentStatusEvent => ({ kind: 'type', targetText });
const confirm = (targetText: string): SegmentStatusEvent => ({ kind: 'confirm', targetText });
const set = (status: SegmentStatus): SegmentStatusEvent => ({ kind: 'set', status });
const restore = (status: SegmentStatus): SegmentStatusEvent => ({ kind: 'restore', status });

describe('nextSegmentStatus', () => {
  const cases: [SegmentStatus, SegmentStatusEvent, SegmentStatus][] = [
    ['new', type('A'), 'draft'],
    ['draft', type('A'), 'draft'],
    ['translated', type('A'), 'draft'],
    ['reviewed', type('A'), 'draft'],
    ['approved', type('A'), 'draft'],
    ['draft', type(''), 'new'],
    ['approved', type('  \n'), 'new'],
    ['new', type(''), 'new'],
    ['new', confirm('A'), 'translated'],
    ['draft', confirm('A'), 'translated'],
    ['translated', confirm('A'), 'translated'],
    ['reviewed', confirm('A'), 'reviewed'],
    ['approved', confirm('A'), 'approved'],
    ['new', confirm(''), 'new'],
    ['draft', confirm('   '), 'new'],
    ['approved', set('draft'), 'draft'],
    ['new', set('approved'), 'approved'],
    ['reviewed', set('reviewed'), 'reviewed'],
    ['draft', restore('approved'), 'approved'],
    ['approved', restore('new'), 'new'],
    ['rejected', type('A'), 'draft'],
    ['rejected', confirm('A'), 'translated'],
    ['rejected', type(''), 'new'],
    ['approved', set('rejected'), 'rejected'],
    ['locked', type('A'), 'locked'],
    ['locked', type(''), 'locked'],
    ['locked', confirm('A'), 'locked'],
    ['locked', set('approved'), 'approved'],
    ['approved', set('locked'), 'locked'],
    ['locked', restore('draft'), 'draft'],
  ];

  it.each(cases)('%s, then %o: %s', (current, event, expected) => {
    expect(nextSegmentStatus(current, event)).toBe(expected);
  });

  it('never lowers a confirmed segment on confirm, whatever its status', () => {
    for (const status of SEGMENT_STATUSES) {
      const next = nextSegmentStatus(status, confirm('Text.'));
      expect(isConfirmedStatus(next)).toBe(true);
      if (isConfirmedStatus(status)) expect(next).toBe(status);
    }
  });
});

describe('isConfirmedStatus', () => {
  it.each([
    ['new', false],
    ['draft', false],
    ['translated', true],
    ['reviewed', true],
    ['approved', true],
    ['rejected', false],
    ['locked', true],
  ] as const)('%s: %s', (status, expected) => {
    expect(isConfirmedStatus(status)).toBe(expected);
  });
});
