/**
 * Every schema version must open what the previous one stored. To add version N+1:
 * freeze its stores in frozenSchemas/versionN+1.ts, declare it with an upgrade in schema.ts,
 * and add a case below that writes the user data fixture with frozen version N
 * (openFrozenSchemaDatabase, writeUserDataFixture) and checks it after the upgrade.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import type { RichTextNode } from '../domain/richText';
import type { Term } from '../domain/model';
import { frozenStoresOfVersion1 } from './frozenSchemas/version1';
import { isConfirmedStatus } from '../domain/status/nextSegmentStatus';
import { frozenStoresAddedInVersion2 } from './frozenSchemas/version2';
import { frozenStoresOfVersion3 } from './frozenSchemas/version3';
import { frozenStoresOfVersion4 } from './frozenSchemas/version4';
import { frozenStoresOfVersion5 } from './frozenSchemas/version5';
import { addAnnotations, listDocumentAnnotations } from './annotationRepository';
import { listSegmentComments } from './segmentCommentRepository';
import { listGlossaries, listProjectGlossaryIds } from './glossaryRepository';
import { listMemoryUnits } from './memoryRepository';
import { listProjects } from './projectRepository';
import {
  currentSchemaVersion,
  storesAddedInVersion2,
  storesOfVersion1,
  storesOfVersion3,
  storesOfVersion4,
  storesOfVersion5,
} from './schema';
import { listTerms } from './termRepository';
import { openFrozenSchemaDatabase } from './testing/openFrozenSchemaDatabase';
import { openTestDatabase } from './testing/openTestDatabase';
import { readAllRows } from './testing/readAllRows';
import { readThroughRepositories } from './testing/readThroughRepositories';
import { writeUserDataFixture } from './testing/writeUserDataFixture';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let opened: WorkbenchDatabase | undefined;
afterEach(async () => {
  await opened?.delete();
  opened = undefined;
});

async function writeVersion1Fixture(name: string) {
  await writeUserDataFixture(() => openFrozenSchemaDatabase(name, 1, frozenStoresOfVersion1));
  const frozen = openFrozenSchemaDatabase(name, 1, frozenStoresOfVersion1);
  try {
    return { rows: await readAllRows(frozen), read: await readThroughRepositories(frozen) };
  } finally {
    frozen.close();
  }
}

function nodesOf(node: RichTextNode): RichTextNode[] {
  return [node, ...(node.content ?? []).flatMap(nodesOf)];
}

describe('schema versions', () => {
  it('keeps every version exactly as frozen (change the schema only with a new version)', () => {
    expect(storesOfVersion1).toEqual(frozenStoresOfVersion1);
    expect(storesAddedInVersion2).toEqual(frozenStoresAddedInVersion2);
  });

  it('writes a version 1 fixture with the shapes users have', async () => {
    const name = `test-${newId<string>()}`;
    const { read, rows } = await writeVersion1Fixture(name);
    opened = openTestDatabase(name);
    const documentCounts = new Map(
      read.map((entry) => [entry.project.name, entry.documents.length]),
    );
    const documents = read.flatMap((entry) => entry.documents);
    const segments = documents.flatMap((entry) => entry.segments);
    const targetNodes = segments.flatMap(({ segment }) => segment.target.content.flatMap(nodesOf));
    const marks = targetNodes.flatMap((node) => node.marks ?? []).map((mark) => mark.type);
    expect(documentCounts).toEqual(
      new Map([
        ['两份文件', 2],
        ['山西：加快转型发展', 1],
      ]),
    );
    expect(new Set(marks)).toEqual(new Set(['bold', 'italic']));
    expect(targetNodes.some((node) => node.type === 'hardBreak')).toBe(true);
    expect(
      segments.some(({ segment }) => segment.status === 'new' && segment.targetText === ''),
    ).toBe(true);
    expect(segments.map(({ segment }) => segment.status)).toContain('reviewed');
    const revisionStatuses = segments.map(({ revisions }) => revisions.map((r) => r.status));
    expect(revisionStatuses).toContainEqual(['translated', 'draft']);
    expect(revisionStatuses).toContainEqual(['draft']);
    expect((rows['terms'] as readonly Term[]).map((term) => term.note)).toContain('added by hand');
  });

  it('opens the version 1 fixture and reads back every row unchanged', async () => {
    const name = `test-${newId<string>()}`;
    const { rows, read } = await writeVersion1Fixture(name);
    const segmentRows = rows['segments'] as readonly { lastSave?: unknown }[];
    expect(segmentRows.filter((row) => row.lastSave !== undefined)).toHaveLength(1);
    expect(rows['meta']).toHaveLength(1);
    opened = openTestDatabase(name);
    await opened.open();
    expect(opened.verno).toBe(currentSchemaVersion);
    // Every version 1 row is kept as it was; the alignment and annotation stores start empty (the glossary and
    // memory stores are filled by their upgrades, checked below).
    const upgradedRows = await readAllRows(opened);
    const filledByUpgrades = new Set([
      ...Object.keys(storesOfVersion3),
      ...Object.keys(storesOfVersion4),
    ]);
    const addedStores = Object.keys(upgradedRows).filter(
      (store) => !(store in rows) && !filledByUpgrades.has(store),
    );
    expect(addedStores.sort()).toEqual(
      [...Object.keys(frozenStoresAddedInVersion2), ...Object.keys(frozenStoresOfVersion5)].sort(),
    );
    for (const store of addedStores) expect(upgradedRows[store]).toEqual([]);
    expect(
      Object.fromEntries(Object.keys(rows).map((store) => [store, upgradedRows[store]])),
    ).toEqual(rows);
    expect(await readThroughRepositories(opened)).toEqual(read);
  });

  it('keeps the stores version 4 adds exactly as frozen', () => {
    expect(storesOfVersion4).toEqual(frozenStoresOfVersion4);
  });

  it('puts the segments confirmed under version 1 into the memory when upgrading to version 4', async () => {
    const name = `test-${newId<string>()}`;
    const { read } = await writeVersion1Fixture(name);
    opened = openTestDatabase(name);
    const confirmed = read
      .flatMap((entry) => entry.documents.flatMap((document) => document.segments))
      .map(({ segment }) => segment)
      .filter((segment) => isConfirmedStatus(segment.status) && segment.targetText !== '');
    expect(confirmed.length).toBeGreaterThan(0);
    const units = await listMemoryUnits(opened);
    expect(units.map((unit) => [unit.segmentId, unit.source, unit.target, unit.origin])).toEqual(
      expect.arrayContaining(
        confirmed.map((segment) => [segment.id, segment.source, segment.targetText, 'confirmed']),
      ),
    );
    expect(units).toHaveLength(confirmed.length);
  });

  it('keeps version 3 exactly as frozen', () => {
    expect(storesOfVersion3).toEqual(frozenStoresOfVersion3);
  });

  it('moves each project’s version 1 terms into a glossary the project uses', async () => {
    const name = `test-${newId<string>()}`;
    const { rows } = await writeVersion1Fixture(name);
    const terms = rows['terms'] as readonly Term[];
    opened = openTestDatabase(name);
    const projects = await listProjects(opened);
    const pairsOf = (list: readonly Term[]) =>
      list.map((term) => `${term.source}=${term.target}=${term.note}`).sort();
    for (const project of projects) {
      const before = terms.filter((term) => term.projectId === project.id);
      expect(pairsOf(await listTerms(opened, project.id))).toEqual(pairsOf(before));
      const glossaryIds = await listProjectGlossaryIds(opened, project.id);
      expect(glossaryIds).toHaveLength(before.length > 0 ? 1 : 0);
    }
    const glossaries = await listGlossaries(opened);
    expect(glossaries.map((glossary) => glossary.name).sort()).toEqual(
      ['两份文件', '山西：加快转型发展'].sort(),
    );
    const handMade = (await opened.glossaryEntries.toArray()).find(
      (entry) => entry.term === '第一句',
    );
    expect(handMade).toMatchObject({
      renderings: [{ text: 'first sentence', status: 'preferred', note: '' }],
      partOfSpeech: 'phrase',
      note: 'added by hand',
    });
    expect(await opened.terms.count()).toBe(terms.length);
  });

  it('keeps the stores version 5 adds exactly as frozen', () => {
    expect(storesOfVersion5).toEqual(frozenStoresOfVersion5);
  });

  it('opens a version 4 database with every row unchanged and the annotation stores empty, then usable', async () => {
    const name = `test-${newId<string>()}`;
    const version4 = {
      ...frozenStoresOfVersion1,
      ...frozenStoresAddedInVersion2,
      ...frozenStoresOfVersion3,
      ...frozenStoresOfVersion4,
    };
    await writeUserDataFixture(() => openFrozenSchemaDatabase(name, 4, version4));
    const frozen = openFrozenSchemaDatabase(name, 4, version4);
    const rows = await readAllRows(frozen);
    const read = await readThroughRepositories(frozen);
    frozen.close();
    expect(Object.keys(rows).sort()).toEqual(Object.keys(version4).sort());
    opened = openTestDatabase(name);
    await opened.open();
    expect(opened.verno).toBe(5);
    const upgradedRows = await readAllRows(opened);
    for (const store of Object.keys(frozenStoresOfVersion5))
      expect(upgradedRows[store]).toEqual([]);
    expect(
      Object.fromEntries(Object.keys(rows).map((store) => [store, upgradedRows[store]])),
    ).toEqual(rows);
    expect(await readThroughRepositories(opened)).toEqual(read);
    const segment = read[0]?.documents[0]?.segments[0]?.segment;
    if (segment === undefined) throw new Error('The fixture has no segment.');
    await addAnnotations(opened, [
      {
        segmentId: segment.id,
        side: 'source',
        text: segment.source,
        start: 0,
        end: 1,
        category: 'term',
        comment: '',
        author: 'Lin',
      },
    ]);
    expect(await listDocumentAnnotations(opened, segment.documentId)).toHaveLength(1);
  });

  it('writes the version 5 fixture with annotations and a comment thread, and reads them back', async () => {
    const name = `test-${newId<string>()}`;
    const version5 = {
      ...frozenStoresOfVersion1,
      ...frozenStoresAddedInVersion2,
      ...frozenStoresOfVersion3,
      ...frozenStoresOfVersion4,
      ...frozenStoresOfVersion5,
    };
    await writeUserDataFixture(() => openFrozenSchemaDatabase(name, 5, version5));
    const frozen = openFrozenSchemaDatabase(name, 5, version5);
    const rows = await readAllRows(frozen);
    frozen.close();
    expect(rows['annotations']).toHaveLength(3);
    expect(rows['segmentComments']).toHaveLength(2);
    expect((rows['qualityScores'] ?? []).length).toBeGreaterThan(0);
    opened = openTestDatabase(name);
    const upgradedRows = await readAllRows(opened);
    expect(upgradedRows).toEqual(rows);
    const annotated = (
      rows['annotations'] as readonly { segmentId: never; documentId: never }[]
    )[0];
    if (annotated === undefined) throw new Error('No annotation written.');
    expect(await listDocumentAnnotations(opened, annotated.documentId)).toHaveLength(3);
    expect(await listSegmentComments(opened, annotated.segmentId)).toHaveLength(2);
  });
});
