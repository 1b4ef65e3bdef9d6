/**
 * Every schema version must open what the previous one stored. To add version N+1:
 * freeze its stores in frozenSchemas/versionN+1.ts, declare it with an upgrade in schema.ts,
 * and add a case below that writes rows with frozen version N and checks them after the upgrade.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newId, type DocumentId, type ProjectId, type SegmentId } from '../domain/ids';
import { richTextFromPlainText } from '../domain/richText';
import { frozenStoresOfVersion1 } from './frozenSchemas/version1';
import { currentSchemaVersion, storesOfVersion1 } from './schema';
import { listTerms } from './termRepository';
import { openTestDatabase } from './testing/openTestDatabase';
import { writeWithFrozenSchema } from './testing/writeWithFrozenSchema';
import type { WorkbenchDatabase } from './WorkbenchDatabase';
import { listProjects } from './projectRepository';
import { listDocuments, listRevisions, listSegments } from './segmentRepository';

function rowsOfVersion1() {
  const projectId = newId<ProjectId>();
  const documentId = newId<DocumentId>();
  const segmentId = newId<SegmentId>();
  const target = richTextFromPlainText('Shanxi presses on.');
  return {
    projects: [
      {
        id: projectId,
        name: '山西',
        sourceLang: 'zh',
        targetLang: 'en',
        isSample: true,
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    documents: [{ id: documentId, projectId, name: '山西', order: 0, createdAt: 1 }],
    segments: [
      {
        id: segmentId,
        projectId,
        documentId,
        order: 0,
        paragraph: 0,
        source: '山西奋进。',
        target,
        targetText: 'Shanxi presses on.',
        status: 'draft',
        note: 'checked',
        createdAt: 1,
        updatedAt: 3,
      },
    ],
    terms: [
      {
        id: newId<string>(),
        projectId,
        source: '山西',
        target: 'Shanxi',
        partOfSpeech: 'n.',
        note: '',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    revisions: [
      {
        id: newId<string>(),
        segmentId,
        projectId,
        target: richTextFromPlainText('Shanxi goes.'),
        targetText: 'Shanxi goes.',
        status: 'new',
        savedAt: 2,
      },
    ],
    meta: [{ key: 'sampleSeeded', value: { projectId, seededAt: 1 } }],
  };
}

let opened: WorkbenchDatabase | undefined;
afterEach(async () => {
  await opened?.delete();
  opened = undefined;
});

describe('schema versions', () => {
  it('keeps version 1 exactly as frozen (change the schema only with a new version)', () => {
    expect(storesOfVersion1).toEqual(frozenStoresOfVersion1);
  });

  it('opens a database written by frozen version 1 and keeps every row', async () => {
    const name = `test-${newId<string>()}`;
    const rows = rowsOfVersion1();
    await writeWithFrozenSchema(name, 1, frozenStoresOfVersion1, rows);
    opened = openTestDatabase(name);
    await opened.open();
    expect(opened.verno).toBe(currentSchemaVersion);
    for (const [table, tableRows] of Object.entries(rows)) {
      expect(await opened.table(table).toArray(), table).toEqual(tableRows);
    }
    const [project] = rows.projects;
    const [segment] = rows.segments;
    if (project === undefined || segment === undefined) throw new Error('fixture without rows');
    expect(await listProjects(opened)).toEqual(rows.projects);
    expect(await listDocuments(opened, project.id)).toEqual(rows.documents);
    expect(await listSegments(opened, segment.documentId)).toEqual(rows.segments);
    expect(await listRevisions(opened, segment.id)).toEqual(rows.revisions);
    expect(await listTerms(opened, project.id)).toEqual(rows.terms);
  });
});
