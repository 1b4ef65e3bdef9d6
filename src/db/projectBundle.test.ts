import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProjectBundle } from '../domain/bundle/readProjectBundle';
import type { BundleRow, ProjectBundle } from '../domain/bundle/projectBundle';
import { writeProjectBundle } from '../domain/bundle/writeProjectBundle';
import type { ProjectId } from '../domain/ids';
import { richTextFromPlainText } from '../domain/richText';
import { createAlignment } from './alignmentRepository';
import { addAnnotations } from './annotationRepository';
import { exportProjectBundle } from './exportProjectBundle';
import { importMemoryPairs } from './memoryRepository';
import { importProjectBundle } from './importProjectBundle';
import { loadSampleCorpus } from './loadSampleCorpus';
import { listProjects } from './projectRepository';
import { listDocuments, listRevisions, listSegments, saveSegmentTarget } from './segmentRepository';
import { listProjectEntries } from './glossaryRepository';
import { addSegmentComment } from './segmentCommentRepository';
import { seedSampleProjectIfMissing } from './seedSampleProject';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import { readAllRows } from './testing/readAllRows';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let other: WorkbenchDatabase;
let projectId: ProjectId;

beforeEach(async () => {
  database = openTestDatabase();
  other = openTestDatabase();
  projectId = (await seedSampleProjectIfMissing(database, loadSampleCorpus())) as ProjectId;
  const [first, second] = await listProjectSegments(database, projectId);
  if (first === undefined || second === undefined) throw new Error('no sample segments');
  await saveSegmentTarget(database, first.id, {
    target: richTextFromPlainText('Typed'),
    event: 'type',
  });
  await saveSegmentTarget(database, first.id, {
    target: richTextFromPlainText('Typed on'),
    event: 'confirm',
  });
  await saveSegmentTarget(database, second.id, {
    target: richTextFromPlainText('Second'),
    event: 'confirm',
  });
  await importMemoryPairs(database, [{ source: '山西', target: 'Shanxi' }], { projectId });
  await addAnnotations(database, [
    {
      segmentId: first.id,
      side: 'target',
      text: 'Typed on',
      start: 6,
      end: 8,
      category: 'accuracy/mistranslation',
      severity: 'major',
      comment: 'not "on"',
      author: 'Reviewer',
    },
  ]);
  await addSegmentComment(database, second.id, { author: 'Reviewer', text: 'Check the name.' });
  const alignmentId = await createAlignment(database, {
    name: 'A',
    sourceFileName: 'zh.txt',
    targetFileName: 'en.txt',
    list: {
      source: [{ text: '一。', paragraphStart: true }],
      target: [{ text: 'One.', paragraphStart: true }],
      beads: [{ sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: false }],
    },
    summary: { beads: 1, confirmed: 0, lowConfidence: 0 },
  });
  await database.alignments.update(alignmentId, { projectId });
  await database.alignmentChanges.add({
    alignmentId,
    sequence: 1,
    change: { splices: [{ part: 'confirmation', at: 0, count: 1, confirmed: true }] },
    madeAt: 1,
  });
});
afterEach(async () => {
  await database.delete();
  await other.delete();
});

/** A bundle without its export time, for comparing two exports. */
const contentOf = (bundle: ProjectBundle) => ({ ...bundle, exportedAt: 0 });

describe('project bundles', () => {
  it('carry every store a project has rows in', async () => {
    const bundle = await exportProjectBundle(database, projectId);
    const counts = Object.fromEntries(
      Object.entries(bundle.stores).map(([store, rows]) => [store, rows.length]),
    );
    expect(counts).toMatchObject({
      documents: 1,
      segments: 34,
      revisions: 3,
      projectGlossaries: 1,
      glossaries: 1,
      alignments: 1,
      alignmentSnapshots: 1,
      alignmentChanges: 1,
      annotations: 1,
      segmentComments: 1,
      qualityScores: 1,
    });
    expect(counts.glossaryEntries).toBeGreaterThan(100);
    expect(counts.memoryUnits).toBe(3);
    expect(bundle.stores.segments?.some((row) => 'lastSave' in row)).toBe(false);
  });

  it('import into another database gives the identical project, ids and all', async () => {
    const bundle = readProjectBundle(
      writeProjectBundle(await exportProjectBundle(database, projectId)),
    );
    const imported = await importProjectBundle(other, bundle);
    expect(imported).toBe(projectId);
    expect(contentOf(await exportProjectBundle(other, imported))).toEqual(
      contentOf(await exportProjectBundle(database, projectId)),
    );
  });

  it('import beside the project itself gives a copy with fresh ids, the original untouched', async () => {
    const before = await readAllRows(database);
    const bundle = await exportProjectBundle(database, projectId);
    const copyId = await importProjectBundle(database, bundle);
    expect(copyId).not.toBe(projectId);
    expect(contentOf(await exportProjectBundle(database, projectId))).toEqual(contentOf(bundle));
    const copy = await exportProjectBundle(database, copyId);
    const texts = (rows: readonly BundleRow[] | undefined) =>
      rows?.map((row) => [row.order, row.source, row.targetText, row.status]).sort();
    expect(texts(copy.stores.segments)).toEqual(texts(bundle.stores.segments));
    const ids = (rows: readonly BundleRow[] | undefined) => new Set(rows?.map((row) => row.id));
    for (const store of ['segments', 'revisions', 'glossaries', 'glossaryEntries'] as const)
      for (const id of ids(copy.stores[store]))
        expect(ids(bundle.stores[store]).has(id)).toBe(false);
    const segmentIds = ids(copy.stores.segments);
    for (const revision of copy.stores.revisions ?? [])
      expect(segmentIds.has(revision.segmentId)).toBe(true);
    expect(copy.project).toMatchObject({ isSample: false, name: bundle.project.name });
    expect(copy.stores.glossaries?.[0]).toMatchObject({ isStarter: false });
    const after = await readAllRows(database);
    expect(after.segments?.length).toBe((before.segments?.length ?? 0) * 2);
  });

  it('a failed import leaves the database as it was', async () => {
    const bundle = await exportProjectBundle(database, projectId);
    const broken: ProjectBundle = {
      ...bundle,
      stores: { ...bundle.stores, alignmentChanges: [{ alignmentId: 'x' }] },
    };
    const before = await readAllRows(other);
    await expect(importProjectBundle(other, broken)).rejects.toThrow();
    expect(await readAllRows(other)).toEqual(before);
    expect(await listProjects(other)).toEqual([]);
  });

  it('imports the frozen bundle of version 1 as the project it was', async () => {
    const text = readFileSync(
      new URL('../../test/fixtures/bundle/version1.bitext.json', import.meta.url),
      'utf8',
    );
    const imported = await importProjectBundle(other, readProjectBundle(text));
    const [document] = await listDocuments(other, imported);
    if (document === undefined) throw new Error('no document');
    const segments = await listSegments(other, document.id);
    expect(
      segments.map(({ source, targetText, status, note }) => ({
        source,
        targetText,
        status,
        note,
      })),
    ).toEqual([
      {
        source: '山西加快转型发展。',
        targetText: 'Shanxi speeds up its transformation.',
        status: 'translated',
        note: '',
      },
      {
        source: '全会精神鼓舞人心！',
        targetText: 'The plenary <inspires> & "moves" people.',
        status: 'draft',
        note: '',
      },
      { source: '“新路”在脚下。', targetText: '', status: 'new', note: 'check the quote marks' },
    ]);
    expect(await listRevisions(other, itemAt(segments, 0).id)).toHaveLength(1);
    expect((await listProjectEntries(other, imported)).map((entry) => entry.term)).toEqual([
      '山西',
    ]);
  });
});
