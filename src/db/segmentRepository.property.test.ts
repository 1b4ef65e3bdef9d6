import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEGMENT_STATUSES, type SegmentStatus } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import { createProjectFromText } from './projectRepository';
import { listRevisions, revisionCoalescingWindowMs, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';

interface Save {
  readonly tab: 0 | 1;
  readonly afterMs: number;
  readonly status: SegmentStatus | undefined;
}

const save: fc.Arbitrary<Save> = fc.record({
  tab: fc.constantFrom(0 as const, 1 as const),
  afterMs: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 30_000 })),
  // A locked segment refuses new text (reviewRepository.test.ts); these saves all write text.
  status: fc.option(fc.constantFrom(...SEGMENT_STATUSES.filter((status) => status !== 'locked')), {
    nil: undefined,
  }),
});

let clock: number;
beforeEach(() => {
  clock = 1_800_000_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('saveSegmentTarget, over any sequence of saves from two tabs', () => {
  it('keeps every text followed by a pause, another tab or a deliberate status change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(save, { minLength: 1, maxLength: 15 }), async (saves) => {
        const first = openTestDatabase();
        const second = openTestDatabase(first.name);
        try {
          const projectId = await createProjectFromText(first, { name: 'P', text: '一句。' });
          const { id } = itemAt(await listProjectSegments(first, projectId), 0);
          const mustKeep = new Set<string>();
          let previous: { text: string; status: SegmentStatus; tab: number } | undefined;
          for (const [index, { tab, afterMs, status }] of saves.entries()) {
            clock += afterMs;
            const text = `text ${index}`;
            const saved = await saveSegmentTarget(tab === 0 ? first : second, id, {
              target: richTextFromPlainText(text),
              status,
            });
            const isPaused = afterMs > revisionCoalescingWindowMs;
            const isStatusChanged =
              previous !== undefined &&
              saved.status !== previous.status &&
              !(previous.status === 'new' && saved.status === 'draft');
            if (previous !== undefined && (isPaused || previous.tab !== tab || isStatusChanged)) {
              mustKeep.add(`${previous.text}|${previous.status}`);
            }
            previous = { text, status: saved.status, tab };
          }
          const kept = new Set(
            (await listRevisions(first, id)).map(
              (revision) => `${revision.targetText}|${revision.status}`,
            ),
          );
          for (const state of mustKeep) expect(kept).toContain(state);
          expect(kept.size).toBeLessThanOrEqual(saves.length);
          expect((await listProjectSegments(first, projectId))[0]?.targetText).toBe(previous?.text);
        } finally {
          second.close();
          await first.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
