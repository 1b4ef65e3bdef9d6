import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planGlossaryImport } from '../domain/glossary/planGlossaryImport';
import { termConcept } from '../domain/glossary/testing/termConcept';
import type { GlossaryEntryId, GlossaryId, ProjectId } from '../domain/ids';
import {
  addGlossaryEntry,
  addProjectTerm,
  applyGlossaryImport,
  createGlossary,
  deleteGlossary,
  deleteGlossaryEntry,
  listGlossaries,
  listGlossaryEntries,
  listProjectEntries,
  listProjectGlossaryIds,
  renameGlossary,
  restoreGlossaryEntry,
  saveGlossaryEntry,
  setProjectGlossaries,
} from './glossaryRepository';
import { createProjectFromText } from './projectRepository';
import { StorageInputError } from './StorageInputError';
import {
  listTermDecisions,
  recordTermDecision,
  withdrawTermDecision,
} from './termDecisionRepository';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;
let glossaryId: GlossaryId;
beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '山西高校。' });
  glossaryId = (await createGlossary(database, ' Policy ')).id;
});
afterEach(async () => {
  await database.delete();
});

const renderingsOf = async (id = glossaryId) =>
  (await listGlossaryEntries(database, id)).map(
    (entry) =>
      `${entry.term}=${entry.renderings.map((rendering) => `${rendering.text}:${rendering.status}`).join(',')}`,
  );

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof StorageInputError ? error.reason : error),
  );

describe('glossaries', () => {
  it('lists the starter first, then by name, with names trimmed', async () => {
    await createGlossary(database, 'Alpha');
    await createGlossary(database, 'Starter glossary', true);
    expect((await listGlossaries(database)).map((glossary) => glossary.name)).toEqual([
      'Starter glossary',
      'Alpha',
      'Policy',
    ]);
  });

  it('refuses a blank name and renames', async () => {
    expect(await reasonOf(createGlossary(database, '  '))).toBe('emptyName');
    await renameGlossary(database, glossaryId, ' Terms ');
    expect((await listGlossaries(database)).map((glossary) => glossary.name)).toEqual(['Terms']);
    expect(await reasonOf(renameGlossary(database, 'nope' as GlossaryId, 'x'))).toBe(
      'glossaryNotFound',
    );
  });

  it('sets the glossaries a project uses, in order, and deleting one unlinks it', async () => {
    const other = await createGlossary(database, 'Other');
    await setProjectGlossaries(database, projectId, [other.id, glossaryId, other.id]);
    expect(await listProjectGlossaryIds(database, projectId)).toEqual([other.id, glossaryId]);
    await addGlossaryEntry(database, other.id, termConcept('山西', [['Shanxi', 'preferred']]));
    await addGlossaryEntry(
      database,
      glossaryId,
      termConcept('高校', [['universities', 'preferred']]),
    );
    expect((await listProjectEntries(database, projectId)).map((entry) => entry.term)).toEqual([
      '山西',
      '高校',
    ]);
    await deleteGlossary(database, other.id);
    expect(await listProjectGlossaryIds(database, projectId)).toEqual([glossaryId]);
    expect(await database.glossaryEntries.where('glossaryId').equals(other.id).count()).toBe(0);
  });
});

describe('addGlossaryEntry', () => {
  it('stores a trimmed concept with its dates and refuses the same term again, folded', async () => {
    const entry = await addGlossaryEntry(database, glossaryId, {
      ...termConcept(' 两个基本实现 ', [
        [' two basic goals ', 'preferred'],
        ['', 'admitted'],
      ]),
      domain: 'policy',
    });
    expect(entry).toMatchObject({ term: '两个基本实现', domain: 'policy', glossaryId });
    expect(entry.createdAt).toBeGreaterThan(0);
    expect(await renderingsOf()).toEqual(['两个基本实现=two basic goals:preferred']);
    expect(
      await reasonOf(
        addGlossaryEntry(database, glossaryId, termConcept('兩個基本實現', [['x', 'preferred']])),
      ),
    ).toBe('termExists');
    expect(
      await reasonOf(
        addGlossaryEntry(database, glossaryId, termConcept('空', [['  ', 'preferred']])),
      ),
    ).toBe('emptyTermTarget');
    expect(await renderingsOf()).toHaveLength(1);
  });
});

describe('addProjectTerm', () => {
  it('makes the project its own glossary, then adds a second rendering to the same entry', async () => {
    const first = await addProjectTerm(database, projectId, {
      term: '高校',
      rendering: 'universities',
    });
    expect(first.outcome).toBe('added');
    const second = await addProjectTerm(database, projectId, {
      term: '高校',
      rendering: 'higher education institutions',
    });
    expect(second.outcome).toBe('renderingAdded');
    expect(second.entry.id).toBe(first.entry.id);
    const again = await addProjectTerm(database, projectId, {
      term: '高校',
      rendering: 'universities',
    });
    expect(again.outcome).toBe('alreadyPresent');
    expect(await renderingsOf(first.entry.glossaryId)).toEqual([
      '高校=universities:preferred,higher education institutions:admitted',
    ]);
    expect(await listProjectGlossaryIds(database, projectId)).toEqual([first.entry.glossaryId]);
  });
});

describe('editing entries', () => {
  it('saves an edit with a new changed date, deletes and restores an entry as it was', async () => {
    const entry = await addGlossaryEntry(
      database,
      glossaryId,
      termConcept('山西', [['Shanxi', 'preferred']]),
    );
    const saved = await saveGlossaryEntry(database, {
      ...entry,
      renderings: [
        { text: 'Shansi', status: 'forbidden', note: 'old spelling' },
        ...entry.renderings,
      ],
    });
    expect(saved.changedAt).toBeGreaterThanOrEqual(entry.changedAt);
    expect(await renderingsOf()).toEqual(['山西=Shansi:forbidden,Shanxi:preferred']);
    expect(await reasonOf(saveGlossaryEntry(database, { ...entry, term: ' ' }))).toBe(
      'emptyTermSource',
    );
    const deleted = await deleteGlossaryEntry(database, entry.id);
    expect(await renderingsOf()).toEqual([]);
    if (deleted === undefined) throw new Error('nothing deleted');
    await restoreGlossaryEntry(database, deleted);
    expect(await listGlossaryEntries(database, glossaryId)).toEqual([saved]);
    // An entry whose glossary went too has nowhere to go back to.
    await deleteGlossaryEntry(database, entry.id);
    await deleteGlossary(database, glossaryId);
    expect(await reasonOf(restoreGlossaryEntry(database, deleted))).toBe('glossaryNotFound');
    expect(await database.glossaryEntries.count()).toBe(0);
  });
});

describe('one entry a term', () => {
  it('refuses an edit that makes an entry a second one of a term or variant, and an add of a variant', async () => {
    const goals = await addGlossaryEntry(database, glossaryId, {
      ...termConcept('两个基本实现', [['Two Basic Achievements', 'preferred']]),
      variants: [{ text: '两个实现', kind: 'abbreviation' }],
    });
    const datong = await addGlossaryEntry(
      database,
      glossaryId,
      termConcept('大同', [['Datong', 'preferred']]),
    );
    expect(await reasonOf(saveGlossaryEntry(database, { ...datong, term: '两个基本实现' }))).toBe(
      'termExists',
    );
    expect(await reasonOf(saveGlossaryEntry(database, { ...datong, term: '两个实现' }))).toBe(
      'termExists',
    );
    expect(
      await reasonOf(
        saveGlossaryEntry(database, {
          ...datong,
          variants: [{ text: '兩個基本實現', kind: 'traditional' }],
        }),
      ),
    ).toBe('termExists');
    expect(
      await reasonOf(
        addGlossaryEntry(
          database,
          glossaryId,
          termConcept('两个实现', [['two goals', 'preferred']]),
        ),
      ),
    ).toBe('termExists');
    // Its own term and variants are no conflict.
    await saveGlossaryEntry(database, { ...goals, note: 'Shanxi’s twin goal' });
    expect(await renderingsOf()).toEqual([
      '大同=Datong:preferred',
      '两个基本实现=Two Basic Achievements:preferred',
    ]);
  });

  it('adds a rendering from the translate view to the entry whose variant the term is', async () => {
    await setProjectGlossaries(database, projectId, [glossaryId]);
    await addGlossaryEntry(database, glossaryId, {
      ...termConcept('高等学校', [['institutions of higher education', 'preferred']]),
      variants: [{ text: '高校', kind: 'abbreviation' }],
    });
    const added = await addProjectTerm(database, projectId, {
      term: '高校',
      rendering: 'universities',
    });
    expect(added.outcome).toBe('renderingAdded');
    expect(added.entry.term).toBe('高等学校');
  });
});

describe('applyGlossaryImport', () => {
  beforeEach(async () => {
    await addGlossaryEntry(
      database,
      glossaryId,
      termConcept('高校', [['universities', 'preferred']]),
    );
    await addGlossaryEntry(database, glossaryId, termConcept('山西', [['Shanxi', 'preferred']]));
  });
  const file = [
    termConcept('高校', [
      ['universities', 'forbidden'],
      ['higher education institutions', 'preferred'],
    ]),
    termConcept('转型', [['transformation', 'preferred']]),
  ];

  it.each([
    [
      'merge, the file winning',
      { mode: 'merge', onConflict: 'theirs' } as const,
      [
        '高校=universities:forbidden,higher education institutions:preferred',
        '山西=Shanxi:preferred',
        '转型=transformation:preferred',
      ],
    ],
    [
      'merge, the glossary winning',
      { mode: 'merge', onConflict: 'mine' } as const,
      [
        '高校=universities:preferred,higher education institutions:admitted',
        '山西=Shanxi:preferred',
        '转型=transformation:preferred',
      ],
    ],
    [
      'replace',
      { mode: 'replace', onConflict: 'theirs' } as const,
      [
        '高校=universities:forbidden,higher education institutions:preferred',
        '转型=transformation:preferred',
      ],
    ],
  ])('%s', async (_name, choice, expected) => {
    const before = await listGlossaryEntries(database, glossaryId);
    const plan = planGlossaryImport(before, file);
    await applyGlossaryImport(database, glossaryId, plan, choice);
    expect(await renderingsOf()).toEqual(expected);
    const kept = (await listGlossaryEntries(database, glossaryId)).find(
      (entry) => entry.term === '高校',
    );
    expect(kept?.id).toBe(before.find((entry) => entry.term === '高校')?.id);
  });

  it('writes nothing when it fails', async () => {
    const before = await listGlossaryEntries(database, glossaryId);
    const plan = planGlossaryImport(before, file);
    // A row IndexedDB cannot store, written after the replace has deleted 山西.
    const broken = {
      ...plan,
      matched: plan.matched.map((match) => ({
        ...match,
        entry: { ...match.entry, id: null as unknown as GlossaryEntryId },
      })),
    };
    await expect(
      applyGlossaryImport(database, glossaryId, broken, { mode: 'replace', onConflict: 'theirs' }),
    ).rejects.toThrow();
    expect(await listGlossaryEntries(database, glossaryId)).toEqual(before);
  });
});

describe('term decisions', () => {
  it('records a decision once per key and takes it back', async () => {
    const first = await recordTermDecision(database, projectId, 'dismissedFinding', 'k1');
    await recordTermDecision(database, projectId, 'dismissedFinding', 'k1');
    await recordTermDecision(database, projectId, 'rejectedCandidate', '小切口');
    expect((await listTermDecisions(database, projectId)).map((decision) => decision.key)).toEqual([
      'k1',
      '小切口',
    ]);
    await withdrawTermDecision(database, first.id);
    expect((await listTermDecisions(database, projectId)).map((decision) => decision.kind)).toEqual(
      ['rejectedCandidate'],
    );
  });
});
