import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../domain/ids';
import {
  createProjectFromText,
  deleteProject,
  getProject,
  listProjects,
  renameProject,
} from './projectRepository';
import { listDocuments, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { addTerm } from './termRepository';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';
import { richTextFromPlainText } from '../domain/richText';

let database: WorkbenchDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(async () => {
  await database.delete();
});

async function countRows(projectId?: ProjectId): Promise<Record<string, number>> {
  const byProject = <T extends { projectId: ProjectId }>(rows: T[]): number =>
    rows.filter((row) => projectId === undefined || row.projectId === projectId).length;
  return {
    projects: (await database.projects.toArray()).filter(
      (row) => projectId === undefined || row.id === projectId,
    ).length,
    documents: byProject(await database.documents.toArray()),
    segments: byProject(await database.segments.toArray()),
    terms: byProject(await database.projectGlossaries.toArray()),
    revisions: byProject(await database.revisions.toArray()),
  };
}

describe('createProjectFromText', () => {
  it('creates one document with a new, empty segment a sentence, in paragraphs', async () => {
    const id = await createProjectFromText(database, {
      name: '  山西  ',
      text: '第一句。第二句！\n\n第三句？',
    });
    const project = await getProject(database, id);
    expect(project).toMatchObject({
      name: '山西',
      isSample: false,
      sourceLang: 'zh',
      targetLang: 'en',
    });
    expect(await listDocuments(database, id)).toHaveLength(1);
    const segments = await listProjectSegments(database, id);
    expect(
      segments.map(({ source, paragraph, order, status, targetText }) => ({
        source,
        paragraph,
        order,
        status,
        targetText,
      })),
    ).toEqual([
      { source: '第一句。', paragraph: 0, order: 0, status: 'new', targetText: '' },
      { source: '第二句！', paragraph: 0, order: 1, status: 'new', targetText: '' },
      { source: '第三句？', paragraph: 1, order: 2, status: 'new', targetText: '' },
    ]);
  });

  it.each([
    ['an empty text', { name: 'P', text: '' }, 'emptyText'],
    ['a text of blanks', { name: 'P', text: ' \n\u3000\n\t' }, 'emptyText'],
    ['a blank name', { name: '  ', text: '一句。' }, 'emptyName'],
  ])('refuses %s and writes nothing', async (_label, input, reason) => {
    await expect(createProjectFromText(database, input)).rejects.toMatchObject({ reason });
    expect(await countRows()).toEqual({
      projects: 0,
      documents: 0,
      segments: 0,
      terms: 0,
      revisions: 0,
    });
  });

  it('writes nothing when a write fails half-way through', async () => {
    const failOnSegments = (): never => {
      throw new Error('disk gone');
    };
    database.segments.hook('creating', failOnSegments);
    await expect(
      createProjectFromText(database, { name: 'P', text: '一句。两句。' }),
    ).rejects.toThrow();
    database.segments.hook('creating').unsubscribe(failOnSegments);
    expect(await countRows()).toEqual({
      projects: 0,
      documents: 0,
      segments: 0,
      terms: 0,
      revisions: 0,
    });
  });
});

describe('listProjects, renameProject', () => {
  it('lists the newest first and renames with a trimmed name', async () => {
    const first = await createProjectFromText(database, { name: 'first', text: '一。' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await createProjectFromText(database, { name: 'second', text: '二。' });
    expect((await listProjects(database)).map((project) => project.id)).toEqual([second, first]);
    const renamed = await renameProject(database, first, '  renamed ');
    expect(renamed.name).toBe('renamed');
    expect((await getProject(database, first))?.name).toBe('renamed');
  });

  it.each([['  '], ['']])('refuses the blank name %j', async (name) => {
    const id = await createProjectFromText(database, { name: 'kept', text: '一。' });
    await expect(renameProject(database, id, name)).rejects.toMatchObject({ reason: 'emptyName' });
    expect((await getProject(database, id))?.name).toBe('kept');
  });
});

describe('deleteProject', () => {
  it('removes the project and every row of it, leaving other projects alone', async () => {
    const doomed = await createProjectFromText(database, { name: 'doomed', text: '一。二。' });
    const kept = await createProjectFromText(database, { name: 'kept', text: '三。' });
    for (const id of [doomed, kept]) {
      await addTerm(database, id, { source: '一', target: 'one' });
      const segment = itemAt(await listProjectSegments(database, id), 0);
      await saveSegmentTarget(database, segment.id, { target: richTextFromPlainText('One.') });
      await saveSegmentTarget(database, segment.id, {
        target: richTextFromPlainText('Two.'),
        status: 'translated',
      });
    }
    const keptBefore = await countRows(kept);
    expect(keptBefore.revisions).toBeGreaterThan(0);
    await deleteProject(database, doomed);
    expect(await countRows(doomed)).toEqual({
      projects: 0,
      documents: 0,
      segments: 0,
      terms: 0,
      revisions: 0,
    });
    expect(await countRows(kept)).toEqual(keptBefore);
    expect(await countRows()).toEqual(keptBefore);
  });
});
