import { liveQuery } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../domain/ids';
import { beginProjectImport, type ImportDatabases } from './beginProjectImport';
import { cleanUpAbandonedImports } from './cleanUpAbandonedImports';
import { ImportCancelledError } from './ImportCancelledError';
import { importProject, type ImportProgress, type ImportSource } from './importProject';
import { openQuietDatabase } from './openQuietDatabase';
import { createProjectFromText, listProjects } from './projectRepository';
import { createMemoryImportLocks } from './testing/createMemoryImportLocks';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

const fixture = (name: string) =>
  new Blob([readFileSync(new URL(`../../test/fixtures/text/${name}`, import.meta.url))]);

const tenParagraphs = Array.from(
  { length: 10 },
  (_, paragraph) => `第${paragraph}段第一句。第二句！第三句？`,
).join('\n');

let database: WorkbenchDatabase;
let databases: ImportDatabases;
let locks: ReturnType<typeof createMemoryImportLocks>;

beforeEach(() => {
  database = openTestDatabase();
  databases = {
    database,
    quietDatabase: openQuietDatabase(database.name, { indexedDB, IDBKeyRange }),
  };
  locks = createMemoryImportLocks();
});

afterEach(async () => {
  databases.quietDatabase.close();
  await database.delete();
});

/** Every row of every store, to compare before and after. */
async function snapshot() {
  const tables = database.tables.map(async (table) => [table.name, await table.toArray()]);
  return Object.fromEntries(await Promise.all(tables));
}

function importText(text: string, options: Partial<Parameters<typeof importProject>[2]> = {}) {
  const source: ImportSource = { kind: 'text', text };
  return importProject(databases, { name: 'Imported', source }, { locks, ...options });
}

describe('importProject', () => {
  it('stores the segments createProjectFromText stores, in batches', async () => {
    const progress: ImportProgress[] = [];
    const imported = await importText(tenParagraphs, {
      batchSize: 4,
      chunkSize: 7,
      onProgress: (step) => progress.push(step),
    });
    const expectedId = await createProjectFromText(database, {
      name: 'Expected',
      text: tenParagraphs,
    });
    const shape = async (projectId: ProjectId) =>
      (await listProjectSegments(database, projectId)).map(
        ({ order, paragraph, source, status, target, targetText, note }) => ({
          ...{ order, paragraph, source, status, target, targetText, note },
        }),
      );
    expect(await shape(imported.projectId)).toEqual(await shape(expectedId));
    expect(imported.segments).toBe(30);
    expect(progress.map((step) => step.segments)).toEqual([4, 8, 12, 16, 20, 24, 28, 30]);
    expect(progress.at(-1)?.fraction).toBe(1);
    expect((await listProjects(database)).map((project) => project.name)).toEqual([
      'Expected',
      'Imported',
    ]);
    expect(await database.meta.toArray()).toEqual([]);
  });

  it('decodes and stores a file, here in GBK', async () => {
    const { projectId } = await importProject(
      databases,
      { name: ' GBK ', source: { kind: 'file', file: fixture('zh-gbk.txt') } },
      { locks, batchSize: 2, chunkSize: 16 },
    );
    const sources = (await listProjectSegments(database, projectId)).map((row) => row.source);
    expect(sources[0]).toBe('晋北新闻简报');
    expect(sources.join('')).toContain('市长李明在会上表示');
    expect((await listProjects(database)).map((project) => project.name)).toEqual(['GBK']);
  });

  it('shows no project to another connection until its last transaction', async () => {
    const watcher = openTestDatabase(database.name);
    const checks: Promise<{ projects: number; segments: number }>[] = [];
    await importText(tenParagraphs, {
      batchSize: 10,
      onProgress: () => {
        checks.push(
          Promise.all([watcher.projects.count(), watcher.segments.count()]).then(
            ([projects, segments]) => ({ projects, segments }),
          ),
        );
      },
    });
    const during = await Promise.all(checks);
    expect(during.map((seen) => seen.projects)).toEqual([0, 0, 0]);
    expect(during.map((seen) => seen.segments >= 10)).toEqual([true, true, true]);
    expect(await watcher.projects.count()).toBe(1);
    watcher.close();
  });

  it('wakes no live query while it stores segments; the project list sees the finished project', async () => {
    const segmentCounts: number[] = [];
    const projectCounts: number[] = [];
    const segmentSubscription = liveQuery(() => database.segments.count()).subscribe((count) =>
      segmentCounts.push(count),
    );
    const projectSubscription = liveQuery(() => database.projects.count()).subscribe((count) =>
      projectCounts.push(count),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await importText(tenParagraphs, { batchSize: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    segmentSubscription.unsubscribe();
    projectSubscription.unsubscribe();
    expect(segmentCounts).toEqual([0]);
    expect(projectCounts).toEqual([0, 1]);
  });

  describe('leaves nothing behind and keeps what was stored before', () => {
    let kept: ProjectId;
    beforeEach(async () => {
      kept = await createProjectFromText(database, { name: 'Kept', text: '已有的一句。' });
    });

    it('when cancelled between two batches', async () => {
      const before = await snapshot();
      const controller = new AbortController();
      const cancelling = importText(tenParagraphs, {
        batchSize: 4,
        signal: controller.signal,
        onProgress: ({ segments }) => {
          if (segments >= 8) controller.abort();
        },
      });
      await expect(cancelling).rejects.toBeInstanceOf(ImportCancelledError);
      expect(await snapshot()).toEqual(before);
      expect(await listProjects(database)).toHaveLength(1);
      expect(locks.held.size).toBe(0);
    });

    it('when a write fails half-way through', async () => {
      const before = await snapshot();
      let writes = 0;
      const failOnThirdBatch = (): void => {
        writes += 1;
        if (writes > 8) throw new Error('disk gone');
      };
      databases.quietDatabase.segments.hook('creating', failOnThirdBatch);
      await expect(importText(tenParagraphs, { batchSize: 4 })).rejects.toThrow();
      databases.quietDatabase.segments.hook('creating').unsubscribe(failOnThirdBatch);
      expect(writes).toBeGreaterThan(8);
      expect(await snapshot()).toEqual(before);
    });

    it('when the file changes encoding after segments were stored', async () => {
      const before = await snapshot();
      const head = new TextEncoder().encode('第一行。\n'.repeat(20_000));
      const file = new Blob([
        head,
        readFileSync(new URL('../../test/fixtures/text/zh-gbk.txt', import.meta.url)),
      ]);
      const stored: number[] = [];
      const importing = importProject(
        databases,
        { name: 'Mixed', source: { kind: 'file', file } },
        {
          locks,
          batchSize: 1000,
          chunkSize: 64 * 1024,
          onProgress: (step) => stored.push(step.segments),
        },
      );
      await expect(importing).rejects.toMatchObject({ reason: 'mixedEncodings' });
      expect(stored.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['a blank text', { kind: 'text', text: ' \n\u3000\n' }, { reason: 'emptyText' }],
      ['a blank file', { kind: 'file', file: fixture('whitespace-only.txt') }, { reason: 'empty' }],
      [
        'a Shift_JIS file',
        { kind: 'file', file: fixture('ja-shift-jis.txt') },
        { reason: 'otherEncoding' },
      ],
      ['a text holding NUL', { kind: 'text', text: '一句。\u0000' }, { reason: 'binary' }],
    ] as const)('when given %s', async (_label, source, refusal) => {
      const before = await snapshot();
      await expect(
        importProject(databases, { name: 'Refused', source }, { locks }),
      ).rejects.toMatchObject(refusal);
      expect(await snapshot()).toEqual(before);
    });

    it('when the name is blank, before reading anything', async () => {
      const before = await snapshot();
      await expect(
        importProject(
          databases,
          { name: '  ', source: { kind: 'text', text: '一句。' } },
          { locks },
        ),
      ).rejects.toMatchObject({ reason: 'emptyName' });
      expect(await snapshot()).toEqual(before);
      expect(kept).toBeDefined();
    });
  });
});

describe('cleanUpAbandonedImports', () => {
  it('removes an import whose tab died, not one still running, nor finished projects', async () => {
    const finished = await createProjectFromText(database, { name: 'Finished', text: '一句。' });
    const before = await snapshot();
    const abandoned = await beginProjectImport(databases, {
      projectId: 'abandoned' as ProjectId,
      name: 'Abandoned',
    });
    await abandoned.addSegments([{ paragraph: 0, source: '没写完的一句。' }]);

    let cleaning: Promise<number> | undefined;
    const { projectId } = await importText(tenParagraphs, {
      batchSize: 10,
      onProgress: ({ segments }) => {
        if (segments === 10) cleaning = cleanUpAbandonedImports(databases.quietDatabase, locks);
      },
    });
    expect(await cleaning).toBe(1);
    expect(await database.segments.where('projectId').equals('abandoned').count()).toBe(0);
    expect(await database.segments.where('projectId').equals(projectId).count()).toBe(30);
    expect(await cleanUpAbandonedImports(databases.quietDatabase, locks)).toBe(0);
    const after = await snapshot();
    expect(after['projects']).toHaveLength(2);
    expect(after['projects']).toEqual(
      expect.arrayContaining([...before['projects'], expect.objectContaining({ id: projectId })]),
    );
    expect(after['meta']).toEqual(before['meta']);
    expect(finished).toBeDefined();
  });
});
