import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../domain/ids';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import { createProjectFromText } from './projectRepository';
import { listProjectEntries } from './glossaryRepository';
import { addTerm, importGlossaryEntries, listTerms } from './termRepository';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;
beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '山西转型。' });
});
afterEach(async () => {
  await database.delete();
});

const entry = (source: string, target: string, note = ''): GlossaryEntry => ({
  source,
  target,
  partOfSpeech: 'n.',
  note,
});

const pairs = async (id = projectId) =>
  (await listTerms(database, id)).map((term) => `${term.source}=${term.target}`);

describe('addTerm', () => {
  it('stores a trimmed term with its defaults and lists it', async () => {
    const term = await addTerm(database, projectId, { source: ' 山西 ', target: ' Shanxi ' });
    expect(term).toMatchObject({
      projectId,
      source: '山西',
      target: 'Shanxi',
      partOfSpeech: '',
      note: '',
    });
    expect(await listTerms(database, projectId)).toEqual([term]);
  });

  it('adds another rendering of a known term to its entry, preferred one first', async () => {
    const first = await addTerm(database, projectId, { source: '高校', target: 'universities' });
    const again = await addTerm(database, projectId, { source: '高校', target: 'universities' });
    const other = await addTerm(database, projectId, {
      source: '高校',
      target: 'higher education institutions',
    });
    expect([again.id, other.id]).toEqual([first.id, first.id]);
    expect(await pairs()).toEqual(['高校=universities']);
    const [entry] = await listProjectEntries(database, projectId);
    expect(entry?.renderings).toEqual([
      { text: 'universities', status: 'preferred', note: '' },
      { text: 'higher education institutions', status: 'admitted', note: '' },
    ]);
  });

  it.each([
    [{ source: ' ', target: 'x' }, 'emptyTermSource'],
    [{ source: '山西', target: '' }, 'emptyTermTarget'],
  ])('refuses %j with %s', async (term, reason) => {
    await expect(addTerm(database, projectId, term)).rejects.toMatchObject({ reason });
    expect(await pairs()).toEqual([]);
  });

  it('refuses a project that does not exist', async () => {
    await expect(
      addTerm(database, 'missing' as ProjectId, { source: '山西', target: 'Shanxi' }),
    ).rejects.toMatchObject({ reason: 'projectNotFound' });
  });
});

describe('importGlossaryEntries', () => {
  it('adds new entries, skips those already present, and counts both', async () => {
    await addTerm(database, projectId, { source: '山西', target: 'Shanxi' });
    const result = await importGlossaryEntries(database, projectId, [
      entry('山西', 'Shanxi'),
      entry('双一流', 'Double First-Class', 'universities'),
      entry('双一流', 'Double First-Class'),
    ]);
    expect(result).toEqual({ added: 1, alreadyPresent: 2 });
    expect(await pairs()).toEqual(['山西=Shanxi', '双一流=Double First-Class']);
  });

  it('imports nothing when one entry is invalid', async () => {
    await expect(
      importGlossaryEntries(database, projectId, [entry('山西', 'Shanxi'), entry('京津冀', ' ')]),
    ).rejects.toMatchObject({ reason: 'emptyTermTarget' });
    expect(await pairs()).toEqual([]);
  });

  it('imports nothing when a write fails half-way', async () => {
    let writes = 0;
    const failSecond = (): void => {
      writes += 1;
      if (writes === 2) throw new Error('disk gone');
    };
    database.glossaryEntries.hook('creating', failSecond);
    await expect(
      importGlossaryEntries(database, projectId, [
        entry('山西', 'Shanxi'),
        entry('京津冀', 'Beijing-Tianjin-Hebei'),
      ]),
    ).rejects.toThrow('disk gone');
    database.glossaryEntries.hook('creating').unsubscribe(failSecond);
    expect(await pairs()).toEqual([]);
  });
});
