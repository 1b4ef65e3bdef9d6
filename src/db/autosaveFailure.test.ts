import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SegmentId } from '../domain/ids';
import { richTextFromPlainText, type RichTextDoc } from '../domain/richText';
import { createSaveQueue } from './createSaveQueue';
import { createProjectFromText } from './projectRepository';
import { saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(async () => {
  await database.delete();
});

describe('autosave of segments when storage is full', () => {
  it('surfaces the quota error, keeps the text, and saves it once space is back', async () => {
    const projectId = await createProjectFromText(database, { name: 'P', text: '一句。' });
    const segment = itemAt(await listProjectSegments(database, projectId), 0);
    const fullDisk = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    database.segments.hook('updating', fullDisk);
    const queue = createSaveQueue<SegmentId, RichTextDoc>({
      write: (id, target) => saveSegmentTarget(database, id, { target }),
      delayMs: 5,
      retryDelaysMs: [20],
    });
    queue.schedule(segment.id, richTextFromPlainText('Typed before the disk filled.'));
    await vi.waitFor(() =>
      expect(queue.state()).toMatchObject({ status: 'error', error: 'quota' }),
    );
    expect(queue.state().pendingCount).toBe(1);
    expect((await database.segments.get(segment.id))?.targetText).toBe('');
    database.segments.hook('updating').unsubscribe(fullDisk);
    await vi.waitFor(() => expect(queue.state()).toEqual({ status: 'saved', pendingCount: 0 }));
    expect((await database.segments.get(segment.id))?.targetText).toBe(
      'Typed before the disk filled.',
    );
    queue.dispose();
  });
});
