import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richTextFromPlainText } from '../domain/richText';
import type { SampleCorpus } from '../domain/sample/buildSampleCorpus';
import { deleteProject, getProject, listProjects } from './projectRepository';
import { saveSegmentTarget } from './segmentRepository';
import { seedSampleProjectIfMissing } from './seedSampleProject';
import { listTerms } from './termRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

const corpus: SampleCorpus = {
  name: 'Sample',
  paragraphs: [
    [
      { source: '山西转型。', target: 'Shanxi transforms.' },
      { source: '第二句。', target: 'Second.' },
    ],
    [{ source: '京津冀。', target: 'Beijing-Tianjin-Hebei.' }],
  ],
  glossary: [
    { source: '山西', target: 'Shanxi', partOfSpeech: 'n.', note: '' },
    { source: '京津冀', target: 'Beijing-Tianjin-Hebei', partOfSpeech: 'n.', note: 'region' },
  ],
};

let database: WorkbenchDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(async () => {
  await database.delete();
});

async function snapshot(on = database) {
  return {
    projects: await on.projects.toArray(),
    documents: await on.documents.toArray(),
    segments: await on.segments.toArray(),
    terms: await on.terms.toArray(),
    revisions: await on.revisions.toArray(),
    meta: await on.meta.toArray(),
  };
}

describe('seedSampleProjectIfMissing', () => {
  it('creates the sample with drafts in rich text, its glossary, and the seeded flag', async () => {
    const projectId = await seedSampleProjectIfMissing(database, corpus);
    expect(projectId).toBeDefined();
    if (projectId === undefined) return;
    expect(await getProject(database, projectId)).toMatchObject({ name: 'Sample', isSample: true });
    const segments = await listProjectSegments(database, projectId);
    expect(
      segments.map(({ source, paragraph, status, targetText }) => [
        source,
        paragraph,
        status,
        targetText,
      ]),
    ).toEqual([
      ['山西转型。', 0, 'draft', 'Shanxi transforms.'],
      ['第二句。', 0, 'draft', 'Second.'],
      ['京津冀。', 1, 'draft', 'Beijing-Tianjin-Hebei.'],
    ]);
    expect(itemAt(segments, 0).target).toEqual(richTextFromPlainText('Shanxi transforms.'));
    expect(
      (await listTerms(database, projectId)).map((term) => [term.source, term.target, term.note]),
    ).toEqual([
      ['京津冀', 'Beijing-Tianjin-Hebei', 'region'],
      ['山西', 'Shanxi', ''],
    ]);
    expect(await database.meta.get('sampleSeeded')).toBeDefined();
  });

  it('does nothing the second time', async () => {
    await seedSampleProjectIfMissing(database, corpus);
    const before = await snapshot();
    expect(await seedSampleProjectIfMissing(database, corpus)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('never seeds over a user’s edits', async () => {
    const projectId = await seedSampleProjectIfMissing(database, corpus);
    if (projectId === undefined) throw new Error('not seeded');
    const segment = itemAt(await listProjectSegments(database, projectId), 0);
    await saveSegmentTarget(database, segment.id, { target: richTextFromPlainText('Mine.') });
    const before = await snapshot();
    expect(await seedSampleProjectIfMissing(database, corpus)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
    expect(itemAt(await listProjectSegments(database, projectId), 0).targetText).toBe('Mine.');
  });

  it('never seeds again after the user deleted the sample', async () => {
    const projectId = await seedSampleProjectIfMissing(database, corpus);
    if (projectId === undefined) throw new Error('not seeded');
    await deleteProject(database, projectId);
    expect(await seedSampleProjectIfMissing(database, corpus)).toBeUndefined();
    expect(await listProjects(database)).toEqual([]);
  });

  it('seeds once when two tabs start at the same time', async () => {
    const otherTab = openTestDatabase(database.name);
    const results = await Promise.all([
      seedSampleProjectIfMissing(database, corpus),
      seedSampleProjectIfMissing(otherTab, corpus),
      seedSampleProjectIfMissing(database, corpus),
    ]);
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    expect(await listProjects(database)).toHaveLength(1);
    expect(await database.segments.count()).toBe(3);
    expect(await database.glossaryEntries.count()).toBe(2);
    otherTab.close();
  });

  it('writes nothing, not even the flag, when seeding fails half-way', async () => {
    const failTerms = (): never => {
      throw new Error('disk gone');
    };
    database.glossaryEntries.hook('creating', failTerms);
    await expect(seedSampleProjectIfMissing(database, corpus)).rejects.toThrow('disk gone');
    database.glossaryEntries.hook('creating').unsubscribe(failTerms);
    expect(await snapshot()).toEqual({
      projects: [],
      documents: [],
      segments: [],
      terms: [],
      revisions: [],
      meta: [],
    });
    expect(await database.glossaries.count()).toBe(0);
    expect(await seedSampleProjectIfMissing(database, corpus)).toBeDefined();
  });
});
