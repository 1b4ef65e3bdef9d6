import { afterEach, describe, expect, it } from 'vitest';
import { loadSampleCorpus } from '../../db/loadSampleCorpus';
import { createSaveJournal } from '../../db/createSaveJournal';
import { listProjects, renameProject } from '../../db/projectRepository';
import { listDocuments, listSegments } from '../../db/segmentRepository';
import { createMemoryStorage } from '../../db/testing/createMemoryStorage';
import { richTextFromPlainText } from '../../domain/richText';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { startWorkbench } from './startWorkbench';

const opened: WorkbenchDatabase[] = [];

function openTracked(name: string): WorkbenchDatabase {
  const database = openTestDatabase(name);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await database.delete();
  }
});

describe('startWorkbench', () => {
  it('seeds the sample on the first start only, keeping a renamed sample', async () => {
    const name = `start-${crypto.randomUUID()}`;
    const { database: first } = await startWorkbench({ openDatabase: () => openTracked(name) });
    const [sample] = await listProjects(first);
    if (sample === undefined) throw new Error('The first start seeded nothing.');
    expect(sample.isSample).toBe(true);
    await renameProject(first, sample.id, 'Mine now');
    first.close();

    const { database: second } = await startWorkbench({ openDatabase: () => openTracked(name) });
    const projects = await listProjects(second);
    expect(projects.map((project) => project.name)).toEqual(['Mine now']);
  });

  it('reads the sample corpus only for the start that seeds it', async () => {
    const name = `start-${crypto.randomUUID()}`;
    let corpusReads = 0;
    const countingLoader = async () => {
      corpusReads += 1;
      return loadSampleCorpus();
    };
    const { database: first } = await startWorkbench({
      openDatabase: () => openTracked(name),
      loadSampleCorpus: countingLoader,
    });
    expect(corpusReads).toBe(1);
    first.close();

    await startWorkbench({
      openDatabase: () => openTracked(name),
      loadSampleCorpus: countingLoader,
    });
    expect(corpusReads).toBe(1);
  });

  it('recovers the journal of a session still running at start-up once that session ends', async () => {
    const name = `start-${crypto.randomUUID()}`;
    const { database: first } = await startWorkbench({ openDatabase: () => openTracked(name) });
    const [sample] = await listProjects(first);
    if (sample === undefined) throw new Error('The first start seeded nothing.');
    const [document] = await listDocuments(first, sample.id);
    const [segment] = await listSegments(first, document?.id ?? ('' as never));
    if (segment === undefined) throw new Error('The sample has no segment.');
    first.close();
    const storage = createMemoryStorage();
    createSaveJournal(storage, 'page-before-reload').record(segment.id, {
      target: richTextFromPlainText('Typed just before the reload'),
      event: 'type',
    });
    const endings: (() => Promise<unknown>)[] = [];
    const { database: second } = await startWorkbench({
      openDatabase: () => openTracked(name),
      journalStorage: storage,
      listLiveSessions: () => Promise.resolve(new Set(['page-before-reload'])),
      afterSessionEnds: (_sessionId, callback) => endings.push(callback),
    });
    const read = async () => (await listSegments(second, segment.documentId))[0]?.targetText;
    expect(await read()).not.toBe('Typed just before the reload');
    expect(endings).toHaveLength(1);
    await endings[0]?.();
    expect(await read()).toBe('Typed just before the reload');
  });
});
