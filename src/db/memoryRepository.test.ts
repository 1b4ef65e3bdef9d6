import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../domain/ids';
import { richTextFromPlainText } from '../domain/richText';
import {
  getMemoryUnits,
  importMemoryPairs,
  listMemoryUnitIdsChangedAfter,
  listMemoryUnits,
  listMemoryUnitsChangedAfter,
} from './memoryRepository';
import { createProjectFromText } from './projectRepository';
import { listRevisions, restoreRevision, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;

beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '第一句。第二句。' });
});
afterEach(async () => {
  await database.delete();
});

const text = (value: string) => richTextFromPlainText(value);

describe('the memory of confirmed segments', () => {
  it('takes a segment when it is confirmed, not while it is typed', async () => {
    const segment = itemAt(await listProjectSegments(database, projectId), 0);
    await saveSegmentTarget(database, segment.id, { target: text('The first'), event: 'type' });
    expect(await listMemoryUnits(database)).toEqual([]);
    await saveSegmentTarget(database, segment.id, { target: text('The first'), event: 'confirm' });
    expect(await listMemoryUnits(database)).toMatchObject([
      {
        source: '第一句。',
        target: 'The first',
        origin: 'confirmed',
        projectId,
        segmentId: segment.id,
      },
    ]);
  });

  it('replaces the unit of a segment confirmed again with another translation', async () => {
    const segment = itemAt(await listProjectSegments(database, projectId), 0);
    await saveSegmentTarget(database, segment.id, { target: text('One'), event: 'confirm' });
    const [first] = await listMemoryUnits(database);
    await saveSegmentTarget(database, segment.id, { target: text('Sentence one'), event: 'type' });
    await saveSegmentTarget(database, segment.id, {
      target: text('Sentence one'),
      status: 'reviewed',
    });
    const units = await listMemoryUnits(database);
    expect(units).toMatchObject([{ id: first?.id, target: 'Sentence one' }]);
  });

  it('takes a confirmed version restored from the history', async () => {
    const segment = itemAt(await listProjectSegments(database, projectId), 1);
    await saveSegmentTarget(database, segment.id, { target: text('Two'), status: 'translated' });
    await saveSegmentTarget(database, segment.id, { target: text('Second'), event: 'type' });
    await database.memoryUnits.clear();
    const [confirmed] = (await listRevisions(database, segment.id)).filter(
      (revision) => revision.status === 'translated',
    );
    if (confirmed === undefined) throw new Error('No confirmed revision.');
    await restoreRevision(database, confirmed.id);
    expect(await listMemoryUnits(database)).toMatchObject([{ target: 'Two' }]);
  });

  it('leaves an empty confirmed segment out', async () => {
    const segment = itemAt(await listProjectSegments(database, projectId), 0);
    await saveSegmentTarget(database, segment.id, { target: text(''), status: 'translated' });
    expect(await listMemoryUnits(database)).toEqual([]);
  });
});

describe('importMemoryPairs', () => {
  it('adds new pairs once, shared unless a project is given, with progress', async () => {
    const progress: number[] = [];
    const added = await importMemoryPairs(
      database,
      [
        { source: '甲', target: 'A' },
        { source: '甲', target: 'A' },
        { source: '乙', target: 'B' },
        { source: ' ', target: 'blank' },
      ],
      { batchSize: 2, onProgress: (done) => progress.push(done) },
    );
    expect(added).toBe(2);
    expect(progress).toEqual([2, 4]);
    expect(await importMemoryPairs(database, [{ source: '乙', target: 'B' }], { projectId })).toBe(
      0,
    );
    const units = await listMemoryUnits(database);
    expect(units.map((unit) => [unit.source, unit.projectId, unit.origin]).sort()).toEqual([
      ['乙', null, 'imported'],
      ['甲', null, 'imported'],
    ]);
  });

  it('writes nothing when a batch fails', async () => {
    await expect(
      importMemoryPairs(
        database,
        [
          { source: '甲', target: 'A' },
          { source: 1 as unknown as string, target: 'broken' },
        ],
        { batchSize: 1 },
      ),
    ).rejects.toThrow();
    expect(await listMemoryUnits(database)).toEqual([]);
  });

  it('writes nothing when a later batch fails while the one before is being written', async () => {
    const pairs = Array.from({ length: 7 }, (_, index) => ({
      source: `句${index}`,
      target: `S${index}`,
    }));
    pairs[5] = { source: '坏', target: 7 as unknown as string };
    const progress: number[] = [];
    await expect(
      importMemoryPairs(database, pairs, {
        batchSize: 2,
        onProgress: (done) => progress.push(done),
      }),
    ).rejects.toThrow();
    expect(progress.length).toBeGreaterThan(0);
    expect(await listMemoryUnits(database)).toEqual([]);
  });

  it('stops when its signal is aborted, rolling back the batches written', async () => {
    await importMemoryPairs(database, [{ source: '旧', target: 'Old' }]);
    const stopping = new AbortController();
    const pairs = Array.from({ length: 10 }, (_, index) => ({
      source: `句${index}`,
      target: `S${index}`,
    }));
    await expect(
      importMemoryPairs(database, pairs, {
        batchSize: 2,
        signal: stopping.signal,
        onProgress: (done) => {
          if (done >= 4) stopping.abort();
        },
      }),
    ).rejects.toMatchObject({ name: 'ImportCancelledError' });
    expect((await listMemoryUnits(database)).map((unit) => unit.source)).toEqual(['旧']);
  });

  it('lists the ids changed after a time, and every id before the first reading', async () => {
    await importMemoryPairs(database, [
      { source: '甲', target: 'A' },
      { source: '乙', target: 'B' },
    ]);
    const ids = await listMemoryUnitIdsChangedAfter(database, undefined);
    expect(ids).toHaveLength(2);
    const units = await getMemoryUnits(database, ids);
    expect(units.map((unit) => unit.source).sort()).toEqual(['乙', '甲']);
    expect(await listMemoryUnitIdsChangedAfter(database, units[0]?.updatedAt ?? 0)).toEqual([]);
  });

  it('lists what changed after a time', async () => {
    await importMemoryPairs(database, [{ source: '甲', target: 'A' }]);
    const [unit] = await listMemoryUnits(database);
    expect(await listMemoryUnitsChangedAfter(database, (unit?.updatedAt ?? 0) - 1)).toHaveLength(1);
    expect(await listMemoryUnitsChangedAfter(database, unit?.updatedAt ?? 0)).toHaveLength(0);
  });
});
