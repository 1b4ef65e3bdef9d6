import { describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, type SegmentStatus } from '../model';
import { computeStatusBreakdown } from './computeStatusBreakdown';

const segment = (source: string, status: SegmentStatus) => ({ source, status });

describe('computeStatusBreakdown', () => {
  it.each([
    { label: 'nothing', segments: [], expected: {} },
    {
      label: 'one status',
      segments: [segment('山西。', 'draft'), segment('转型发展', 'draft')],
      expected: { draft: [2, 6] },
    },
    {
      label: 'every status, characters without punctuation or Latin',
      segments: [
        segment('一', 'new'),
        segment('二三 GDP', 'draft'),
        segment('四五六。', 'translated'),
        segment('七', 'reviewed'),
        segment('八九', 'approved'),
      ],
      expected: {
        new: [1, 1],
        draft: [1, 2],
        translated: [1, 3],
        reviewed: [1, 1],
        approved: [1, 2],
      },
    },
  ])('counts $label', ({ segments, expected }) => {
    const breakdown = computeStatusBreakdown(segments);
    expect(breakdown.map(({ status }) => status)).toEqual([...SEGMENT_STATUSES]);
    for (const { status, segments: count, characters } of breakdown) {
      const [expectedSegments, expectedCharacters] = (expected as Record<string, number[]>)[
        status
      ] ?? [0, 0];
      expect([status, count, characters]).toEqual([status, expectedSegments, expectedCharacters]);
    }
  });
});
