import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../domain/ids';
import type { Segment } from '../domain/model';
import { richTextFromPlainText, type RichTextDoc } from '../domain/richText';
import { createProjectFromText } from './projectRepository';
import {
  replaceSegmentTargets,
  restoreSegmentStates,
  setSegmentStatuses,
} from './reviewRepository';
import { listRevisions, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;
let segments: Segment[];

const bold: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Three', marks: [{ type: 'bold' }] }],
    },
  ],
};

beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, {
    name: 'P',
    text: '第一句。第二句。第三句。',
  });
  segments = await listProjectSegments(database, projectId);
  const [first, second, third] = segments;
  if (first === undefined || second === undefined || third === undefined)
    throw new Error('fixture');
  await saveSegmentTarget(database, first.id, {
    target: richTextFromPlainText('One.'),
    event: 'confirm',
  });
  await saveSegmentTarget(database, second.id, {
    target: richTextFromPlainText('Two.'),
    event: 'type',
  });
  await saveSegmentTarget(database, third.id, { target: bold, status: 'locked' });
  segments = await listProjectSegments(database, projectId);
});
afterEach(async () => {
  await database.delete();
});

const ids = () => segments.map((segment) => segment.id);
const idAt = (index: number) => itemAt(ids(), index);
const statuses = async () =>
  (await listProjectSegments(database, projectId)).map((segment) => segment.status);
const texts = async () =>
  (await listProjectSegments(database, projectId)).map((segment) => segment.targetText);

describe('setSegmentStatuses', () => {
  it('sets the status of every segment given, keeping a revision of each, and undoes as one', async () => {
    const replaced = await setSegmentStatuses(database, ids().slice(0, 2), 'approved');
    expect(await statuses()).toEqual(['approved', 'approved', 'locked']);
    expect(replaced.map((state) => state.status)).toEqual(['translated', 'draft']);
    expect((await listRevisions(database, idAt(1))).at(0)?.status).toBe('draft');
    await restoreSegmentStates(database, replaced);
    expect(await statuses()).toEqual(['translated', 'draft', 'locked']);
  });

  it('leaves out of the undo the segments that had the status already', async () => {
    expect(await setSegmentStatuses(database, ids(), 'locked')).toHaveLength(2);
  });

  it('changes nothing when one of the segments is gone', async () => {
    const missing = [...ids().slice(0, 1), 'missing' as Segment['id']];
    await expect(setSegmentStatuses(database, missing, 'approved')).rejects.toMatchObject({
      reason: 'segmentNotFound',
    });
    expect(await statuses()).toEqual(['translated', 'draft', 'locked']);
  });
});

describe('replaceSegmentTargets', () => {
  it('writes the new targets as typing would and undoes them as one step', async () => {
    const replaced = await replaceSegmentTargets(database, [
      { segmentId: idAt(0), target: richTextFromPlainText('Uno.') },
      { segmentId: idAt(1), target: richTextFromPlainText('Dos.') },
    ]);
    expect(await texts()).toEqual(['Uno.', 'Dos.', 'Three']);
    expect(await statuses()).toEqual(['draft', 'draft', 'locked']);
    await restoreSegmentStates(database, replaced);
    expect(await texts()).toEqual(['One.', 'Two.', 'Three']);
    expect(await statuses()).toEqual(['translated', 'draft', 'locked']);
  });

  it('refuses a locked segment and then writes nothing at all', async () => {
    await expect(
      replaceSegmentTargets(database, [
        { segmentId: idAt(0), target: richTextFromPlainText('Uno.') },
        { segmentId: idAt(2), target: richTextFromPlainText('Tres') },
      ]),
    ).rejects.toMatchObject({ reason: 'segmentLocked' });
    expect(await texts()).toEqual(['One.', 'Two.', 'Three']);
  });

  it('keeps the marks of a restored target', async () => {
    await setSegmentStatuses(database, ids().slice(2), 'draft');
    const replaced = await replaceSegmentTargets(database, [
      { segmentId: idAt(2), target: richTextFromPlainText('Tres') },
    ]);
    await restoreSegmentStates(database, replaced);
    expect((await listProjectSegments(database, projectId))[2]?.target).toEqual(bold);
  });
});

describe('saveSegmentTarget on a locked segment', () => {
  it('refuses new text, takes a new status with it, and takes text with the lock', async () => {
    const third = idAt(2);
    await expect(
      saveSegmentTarget(database, third, { target: richTextFromPlainText('Tres'), event: 'type' }),
    ).rejects.toMatchObject({ reason: 'segmentLocked' });
    await saveSegmentTarget(database, third, {
      target: richTextFromPlainText('Tres'),
      status: 'draft',
    });
    await saveSegmentTarget(database, third, {
      target: richTextFromPlainText('Trois'),
      status: 'locked',
    });
    expect((await texts())[2]).toBe('Trois');
  });
});
