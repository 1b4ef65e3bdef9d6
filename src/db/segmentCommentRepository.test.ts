import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../domain/model';
import { createProjectFromText } from './projectRepository';
import {
  addSegmentComment,
  listProjectComments,
  listSegmentComments,
  setThreadResolved,
} from './segmentCommentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let segment: Segment;

beforeEach(async () => {
  database = openTestDatabase();
  const projectId = await createProjectFromText(database, { name: 'P', text: '第一句。第二句。' });
  segment = itemAt(await listProjectSegments(database, projectId), 0);
});
afterEach(async () => {
  await database.delete();
});

describe('segmentCommentRepository', () => {
  it('keeps a thread in order, resolves it and opens it again with a new message', async () => {
    await addSegmentComment(database, segment.id, {
      author: 'Lin',
      text: ' Is 转型 "transformation"? ',
    });
    await addSegmentComment(database, segment.id, {
      author: 'Wu',
      text: 'Yes, as in the glossary.',
    });
    await setThreadResolved(database, segment.id, { isResolved: true, author: 'Lin' });
    let thread = await listSegmentComments(database, segment.id);
    expect(thread.map((comment) => [comment.author, comment.text])).toEqual([
      ['Lin', 'Is 转型 "transformation"?'],
      ['Wu', 'Yes, as in the glossary.'],
    ]);
    expect(thread[0]).toMatchObject({ resolvedBy: 'Lin' });
    await addSegmentComment(database, segment.id, { author: 'Wu', text: 'Reopened.' });
    thread = await listSegmentComments(database, segment.id);
    expect(thread[0]).not.toHaveProperty('resolvedAt');
    expect(await listProjectComments(database, segment.projectId)).toHaveLength(3);
  });

  it('refuses an empty comment', async () => {
    await expect(
      addSegmentComment(database, segment.id, { author: 'Lin', text: '  ' }),
    ).rejects.toMatchObject({
      reason: 'emptyComment',
    });
    expect(await listSegmentComments(database, segment.id)).toEqual([]);
  });
});
