import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportCancelledError } from '../db/ImportCancelledError';
import type { ImportProgress } from '../db/importProject';
import { listProjects } from '../db/projectRepository';
import { listProjectSegments } from '../db/testing/listProjectSegments';
import { openTestDatabase } from '../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import { countChineseCharacters } from '../domain/progress/countChineseCharacters';
import { decodeTextFile } from '../domain/text/decodeTextFile';
import { createInThreadImportPort } from './createInThreadImportPort';
import {
  createProjectImporter,
  type FilePreview,
  type ProjectImporter,
} from './createProjectImporter';
import { ProjectImportFailedError } from './ProjectImportFailedError';

const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/text/${name}`, import.meta.url)));
const fixture = (name: string) => new Blob([fixtureBytes(name)]);

let database: WorkbenchDatabase;
let importer: ProjectImporter;
beforeEach(() => {
  database = openTestDatabase();
  importer = createProjectImporter(createInThreadImportPort(database));
});
afterEach(async () => {
  importer.close();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await database.delete();
});

describe('createProjectImporter over the import message handler', () => {
  it('previews a file, then counts its Chinese characters', async () => {
    const previews: FilePreview[] = [];
    const inspected = await importer.inspect(fixture('zh-gbk.txt'), (preview) =>
      previews.push(preview),
    ).result;
    const { text } = decodeTextFile(fixtureBytes('zh-gbk.txt'));
    expect(previews).toEqual([{ encoding: 'gb18030', headText: text }]);
    expect(inspected).toEqual({
      encoding: 'gb18030',
      chineseCharacters: countChineseCharacters(text),
    });
  });

  it('rejects a refused file with the reason and the likely encoding', async () => {
    const inspecting = importer.inspect(fixture('ja-shift-jis.txt'), () => undefined).result;
    await expect(inspecting).rejects.toBeInstanceOf(ProjectImportFailedError);
    await expect(inspecting).rejects.toMatchObject({
      failure: {
        kind: 'textFile',
        reason: 'otherEncoding',
        details: { likelyEncoding: 'shift_jis' },
      },
    });
  });

  it('imports a text, reporting progress, and the project is listed', async () => {
    const progress: ImportProgress[] = [];
    const text = Array.from({ length: 12_000 }, (_, index) => `第${index}句。`).join('\n');
    const imported = await importer.importProject(
      { databaseName: database.name, name: 'Twelve thousand', source: { kind: 'text', text } },
      (step) => progress.push(step),
    ).result;
    expect(imported.segments).toBe(12_000);
    expect(progress.length).toBeGreaterThan(0);
    const [project] = await listProjects(database);
    expect(project?.name).toBe('Twelve thousand');
    expect(await listProjectSegments(database, imported.projectId)).toHaveLength(12_000);
  });

  it('rejects with ImportCancelledError after cancel, having stored nothing', async () => {
    const text = '一句。\n'.repeat(20_000);
    const job = importer.importProject(
      { databaseName: database.name, name: 'Cancelled', source: { kind: 'text', text } },
      () => undefined,
    );
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await database.projects.count()).toBe(0);
    expect(await database.segments.count()).toBe(0);
    expect(await database.meta.count()).toBe(0);
  });

  it('rejects a blank name as a refused input', async () => {
    const job = importer.importProject(
      { databaseName: database.name, name: ' ', source: { kind: 'text', text: '一句。' } },
      () => undefined,
    );
    await expect(job.result).rejects.toMatchObject({
      failure: { kind: 'input', reason: 'emptyName' },
    });
  });
});
