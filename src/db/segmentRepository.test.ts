import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectId } from '../domain/ids';
import type { Segment } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import { createProjectFromText } from './projectRepository';
import {
  listRevisions,
  maximumBurstMs,
  restoreRevision,
  revisionCoalescingWindowMs,
  saveSegmentTarget,
} from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let clock: number;
let projectId: ProjectId;
let segment: Segment;

beforeEach(async () => {
  clock = 1_800_000_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '第一句。第二句。' });
  segment = itemAt(await listProjectSegments(database, projectId), 0);
  clock += 1000;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await database.delete();
});

const text = (value: string) => richTextFromPlainText(value);

async function typeAt(milliseconds: number, value: string, on = database): Promise<Segment> {
  clock += milliseconds;
  return saveSegmentTarget(on, segment.id, { target: text(value) });
}

async function history(): Promise<string[]> {
  return (await listRevisions(database, segment.id)).map(
    (revision) => `${revision.targetText}|${revision.status}`,
  );
}

describe('saveSegmentTarget', () => {
  it('stores the target, its plain text and status, and returns the saved segment', async () => {
    clock += 5;
    const saved = await saveSegmentTarget(database, segment.id, {
      target: text('First.\nline'),
      status: 'draft',
    });
    expect(saved).toMatchObject({ targetText: 'First.\nline', status: 'draft', updatedAt: clock });
    expect(saved).not.toHaveProperty('lastSave');
    expect(itemAt(await listProjectSegments(database, projectId), 0)).toEqual(saved);
  });

  it('keeps the replaced state of each separate save, the newest first', async () => {
    await typeAt(0, 'one');
    await typeAt(revisionCoalescingWindowMs + 1, 'two');
    await typeAt(revisionCoalescingWindowMs + 1, 'three');
    expect(await history()).toEqual(['two|new', 'one|new']);
  });

  it('writes nothing for a save that changes nothing', async () => {
    await typeAt(0, 'one');
    const before = await database.segments.get(segment.id);
    await typeAt(revisionCoalescingWindowMs + 1, 'one');
    expect(await database.segments.get(segment.id)).toEqual(before);
    expect(await history()).toEqual([]);
  });

  it.each([
    {
      rule: 'saves within the window coalesce, keeping the state before the burst',
      saves: [
        [0, 'A'],
        [20_000, 'Ab'],
        [300, 'Abc'],
        [300, 'Abcd'],
      ],
      expected: ['A|new'],
    },
    {
      rule: 'a pause longer than the window starts a new burst',
      saves: [
        [0, 'A'],
        [300, 'Ab'],
        [revisionCoalescingWindowMs + 1, 'Abc'],
        [300, 'Abcd'],
      ],
      expected: ['Ab|new'],
    },
    {
      rule: 'a burst longer than the maximum keeps a revision and starts again',
      saves: Array.from({ length: maximumBurstMs / 5000 + 2 }, (_, index) => [5000, `v${index}`]),
      expected: [`v${maximumBurstMs / 5000}|new`],
    },
  ] satisfies { rule: string; saves: [number, string][]; expected: string[] }[])(
    '$rule',
    async ({ saves, expected }) => {
      for (const [delay, value] of saves) await typeAt(delay, value);
      expect(await history()).toEqual(expected);
      expect((await database.segments.get(segment.id))?.targetText).toBe(saves.at(-1)?.[1]);
    },
  );

  it('treats typing into a new segment, which makes it a draft, as part of the burst', async () => {
    clock += 300;
    await saveSegmentTarget(database, segment.id, { target: text('T'), status: 'draft' });
    clock += 300;
    await saveSegmentTarget(database, segment.id, { target: text('Ty'), status: 'draft' });
    await typeAt(300, 'Typed');
    expect(await history()).toEqual([]);
    expect(await database.segments.get(segment.id)).toMatchObject({
      targetText: 'Typed',
      status: 'draft',
    });
  });

  it('never coalesces saves of two tabs: the last wins and the other text is kept', async () => {
    const otherTab = openTestDatabase(database.name);
    await typeAt(0, 'mine');
    await typeAt(300, 'theirs', otherTab);
    await typeAt(300, 'mine again');
    expect(await history()).toEqual(['theirs|new', 'mine|new']);
    otherTab.close();
  });

  it('keeps a revision when the status changes and closes the burst', async () => {
    await typeAt(0, 'draft text');
    clock += 300;
    await saveSegmentTarget(database, segment.id, { target: text('final'), status: 'translated' });
    await typeAt(300, 'final, edited');
    expect(await history()).toEqual(['final|translated', 'draft text|new']);
  });

  it('refuses an unknown segment and malformed rich text', async () => {
    await expect(
      saveSegmentTarget(database, 'nope' as Segment['id'], { target: text('x') }),
    ).rejects.toMatchObject({ reason: 'segmentNotFound' });
    await expect(
      saveSegmentTarget(database, segment.id, { target: JSON.parse('{"type":"doc"}') }),
    ).rejects.toThrow(/Rich text/);
  });

  it('leaves segment and history untouched when the segment write fails after the revision', async () => {
    await typeAt(0, 'kept');
    const before = await database.segments.get(segment.id);
    const failSegmentUpdate = (): never => {
      throw new Error('disk gone');
    };
    database.segments.hook('updating', failSegmentUpdate);
    await expect(typeAt(revisionCoalescingWindowMs + 1, 'lost?')).rejects.toThrow('disk gone');
    database.segments.hook('updating').unsubscribe(failSegmentUpdate);
    expect(await database.segments.get(segment.id)).toEqual(before);
    expect(await history()).toEqual([]);
  });
});

describe('saveSegmentTarget with an event: the status follows nextSegmentStatus on the stored row', () => {
  it.each([
    ['new', 'type', 'A', 'draft'],
    ['approved', 'type', 'A', 'draft'],
    ['draft', 'type', '', 'new'],
    ['draft', 'confirm', 'A', 'translated'],
    ['approved', 'confirm', 'A', 'approved'],
    ['reviewed', 'confirm', 'A', 'reviewed'],
    ['draft', 'confirm', ' ', 'new'],
  ] as const)('%s, %s “%s”: %s', async (stored, event, typed, expected) => {
    await saveSegmentTarget(database, segment.id, { target: text('Before'), status: stored });
    clock += 20_000;
    const saved = await saveSegmentTarget(database, segment.id, { target: text(typed), event });
    expect(saved.status).toBe(expected);
  });

  it('a confirm never lowers a status stored a moment ago, whatever the caller saw', async () => {
    await saveSegmentTarget(database, segment.id, { target: text('Done.'), status: 'approved' });
    await saveSegmentTarget(database, segment.id, { target: text('Done.'), event: 'confirm' });
    expect(itemAt(await listProjectSegments(database, projectId), 0).status).toBe('approved');
  });

  it('typing a draft empty continues the burst; choosing new for it does not', async () => {
    await typeAt(0, 'Wo');
    await saveSegmentTarget(database, segment.id, { target: text('Word'), event: 'type' });
    clock += 100;
    await saveSegmentTarget(database, segment.id, { target: text(''), event: 'type' });
    expect(await history()).toEqual([]);
  });
});

/** Chooses a status for the segment, its stored target unchanged (the status picker's save). */
async function setStatus(status: Segment['status']): Promise<Segment> {
  const stored = itemAt(await listProjectSegments(database, projectId), 0);
  return saveSegmentTarget(database, stored.id, { target: stored.target, status });
}

describe('saveSegmentTarget with a chosen status and the same target', () => {
  it('changes the status and keeps the previous state; the same status writes nothing', async () => {
    await typeAt(0, 'text');
    clock += 1;
    const changed = await setStatus('reviewed');
    expect(changed).toMatchObject({ status: 'reviewed', targetText: 'text', updatedAt: clock });
    await setStatus('reviewed');
    expect(await history()).toEqual(['text|new']);
  });

  it('closes the typing burst so the confirmed state is kept', async () => {
    await typeAt(0, 'text');
    await setStatus('translated');
    await typeAt(300, 'text edited');
    expect(await history()).toEqual(['text|translated', 'text|new']);
  });
});

describe('restoreRevision', () => {
  it('puts an old state back and keeps the current one as a revision', async () => {
    await typeAt(0, 'old');
    clock += 1;
    await saveSegmentTarget(database, segment.id, { target: text('new'), status: 'translated' });
    const oldRevision = itemAt(await listRevisions(database, segment.id), 0);
    clock += 1;
    const restored = await restoreRevision(database, oldRevision.id);
    expect(restored).toMatchObject({ targetText: 'old', status: 'new', updatedAt: clock });
    expect(await history()).toEqual(['new|translated', 'old|new']);
    expect((await database.segments.get(segment.id))?.targetText).toBe('old');
  });

  it('refuses an unknown revision', async () => {
    await expect(restoreRevision(database, 'nope' as never)).rejects.toMatchObject({
      reason: 'revisionNotFound',
    });
  });
});
