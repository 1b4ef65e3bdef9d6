/**
 * Glossaries (glossaries store), their entries (glossaryEntries, by glossaryId and
 * [glossaryId+term]) and which glossaries each project uses (projectGlossaries, by projectId).
 * A project's first glossary that is not the starter receives the terms added in it.
 * Every function that writes does so in one transaction: a refusal or a failure writes nothing.
 */
import { findEntryOfTerm } from '../domain/glossary/findEntryOfTerm';
import type { GlossaryConcept, TermRendering } from '../domain/glossary/glossaryEntry';
import type { GlossaryImportMode, GlossaryImportPlan } from '../domain/glossary/planGlossaryImport';
import type { GlossaryEntryId, GlossaryId, ProjectId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { Glossary, Project, ProjectGlossary, StoredGlossaryEntry } from '../domain/model';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface NewProjectTerm {
  readonly term: string;
  readonly rendering: string;
  readonly partOfSpeech?: GlossaryConcept['partOfSpeech'];
  readonly note?: string;
}

export interface AddedTerm {
  readonly entry: StoredGlossaryEntry;
  /** `added`: a new entry; `renderingAdded`: the rendering joined the entry of the same term. */
  readonly outcome: 'added' | 'renderingAdded' | 'alreadyPresent';
}

/** Every glossary, the starter first, then by name. */
export async function listGlossaries(database: WorkbenchDatabase): Promise<Glossary[]> {
  const glossaries = await database.glossaries.toArray();
  return glossaries.sort(
    (left, right) =>
      Number(right.isStarter) - Number(left.isStarter) || left.name.localeCompare(right.name, 'zh'),
  );
}

/** Creates an empty glossary (name trimmed, not blank). */
export async function createGlossary(
  database: WorkbenchDatabase,
  name: string,
  isStarter = false,
): Promise<Glossary> {
  const trimmed = name.trim();
  if (trimmed === '') throw new StorageInputError('emptyName', 'A glossary needs a name.');
  const now = Date.now();
  const glossary: Glossary = {
    id: newId<GlossaryId>(),
    name: trimmed,
    isStarter,
    createdAt: now,
    updatedAt: now,
  };
  await database.glossaries.add(glossary);
  return glossary;
}

/** The ids of the glossaries a project uses, in their order. */
export async function listProjectGlossaryIds(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<GlossaryId[]> {
  const links = await database.projectGlossaries.where('projectId').equals(projectId).toArray();
  return links.sort((left, right) => left.order - right.order).map((link) => link.glossaryId);
}

/** Makes a project use exactly these glossaries, in this order. */
export async function setProjectGlossaries(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  glossaryIds: readonly GlossaryId[],
): Promise<void> {
  await database.transaction('rw', database.projectGlossaries, async () => {
    await database.projectGlossaries.where('projectId').equals(projectId).delete();
    await database.projectGlossaries.bulkAdd(
      [...new Set(glossaryIds)].map((glossaryId, order): ProjectGlossary => ({
        id: `${projectId}|${glossaryId}`,
        projectId,
        glossaryId,
        order,
      })),
    );
  });
}

/** The entries of one glossary, by term. */
export async function listGlossaryEntries(
  database: WorkbenchDatabase,
  glossaryId: GlossaryId,
): Promise<StoredGlossaryEntry[]> {
  const entries = await database.glossaryEntries.where('glossaryId').equals(glossaryId).toArray();
  return entries.sort((left, right) => left.term.localeCompare(right.term, 'zh'));
}

/** The entries of every glossary a project uses: its glossaries in order, each by term. */
export async function listProjectEntries(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<StoredGlossaryEntry[]> {
  const { projectGlossaries, glossaryEntries } = database;
  return database.transaction('r', projectGlossaries, glossaryEntries, async () => {
    const ids = await listProjectGlossaryIds(database, projectId);
    const lists = await Promise.all(ids.map((id) => listGlossaryEntries(database, id)));
    return lists.flat();
  });
}

/**
 * Adds a term to a project. When one of its glossaries has the term already, the rendering joins
 * that entry (admitted; nothing changes when it is there); otherwise a new entry with the
 * rendering preferred goes into the project's own glossary, made and linked when it has none.
 */
export async function addProjectTerm(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  input: NewProjectTerm,
): Promise<AddedTerm> {
  const term = input.term.trim();
  const rendering = input.rendering.trim();
  if (term === '')
    throw new StorageInputError('emptyTermSource', 'A term needs its Chinese source.');
  if (rendering === '')
    throw new StorageInputError('emptyTermTarget', `The term ${term} needs a rendering.`);
  const { glossaryEntries } = database;
  return inProjectGlossaries(database, projectId, async (project, glossaryIds) => {
    // The first of the project's glossaries with the term, folded, as term or variant.
    const found = (
      await Promise.all(
        glossaryIds.map(async (glossaryId) =>
          findEntryOfTerm(await glossaryEntries.where('glossaryId').equals(glossaryId).toArray(), {
            term,
            variants: [],
          }),
        ),
      )
    ).find((entry) => entry !== undefined);
    const now = Date.now();
    if (found !== undefined) {
      if (found.renderings.some((known) => known.text === rendering))
        return { entry: found, outcome: 'alreadyPresent' as const };
      const added: TermRendering = {
        text: rendering,
        status: found.renderings.length === 0 ? 'preferred' : 'admitted',
        note: '',
      };
      const entry = { ...found, renderings: [...found.renderings, added], changedAt: now };
      await glossaryEntries.put(entry);
      return { entry, outcome: 'renderingAdded' as const };
    }
    const glossaryId = await ownGlossaryId(database, projectId, project.name, glossaryIds);
    const entry: StoredGlossaryEntry = {
      id: newId<GlossaryEntryId>(),
      glossaryId,
      term,
      variants: [],
      renderings: [{ text: rendering, status: 'preferred', note: '' }],
      partOfSpeech: input.partOfSpeech,
      definition: '',
      note: input.note?.trim() ?? '',
      domain: '',
      source: '',
      createdAt: now,
      changedAt: now,
    };
    await glossaryEntries.add(entry);
    return { entry, outcome: 'added' as const };
  });
}

/**
 * Adds a concept as a new entry of the project's own glossary (the first it uses that is not the
 * starter one), made and linked when it has none, in one transaction: what a term the project
 * found belongs in, rather than the starter glossary every project shares. Refuses a term that
 * glossary has already, as addGlossaryEntry does.
 */
export async function addProjectEntry(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  concept: GlossaryConcept,
): Promise<StoredGlossaryEntry> {
  return inProjectGlossaries(database, projectId, async (project, glossaryIds) => {
    const glossaryId = await ownGlossaryId(database, projectId, project.name, glossaryIds);
    return addGlossaryEntry(database, glossaryId, concept);
  });
}

/**
 * Runs `work` in one read-write transaction over the project and the glossaries, their entries
 * and links, with the project (refused when it is gone) and the ids of the glossaries it uses.
 */
async function inProjectGlossaries<Result>(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  work: (project: Project, glossaryIds: GlossaryId[]) => Promise<Result>,
): Promise<Result> {
  const { projects, glossaries, glossaryEntries, projectGlossaries } = database;
  return database.transaction(
    'rw',
    [projects, glossaries, glossaryEntries, projectGlossaries],
    async () => {
      const project = await projects.get(projectId);
      if (project === undefined)
        throw new StorageInputError('projectNotFound', `There is no project ${projectId}.`);
      return work(project, await listProjectGlossaryIds(database, projectId));
    },
  );
}

async function ownGlossaryId(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  projectName: string,
  glossaryIds: readonly GlossaryId[],
): Promise<GlossaryId> {
  const linked = await database.glossaries.bulkGet([...glossaryIds]);
  const own = linked.find((glossary) => glossary !== undefined && !glossary.isStarter);
  if (own !== undefined) return own.id;
  const glossary = await createGlossary(database, projectName);
  await database.projectGlossaries.add({
    id: `${projectId}|${glossary.id}`,
    projectId,
    glossaryId: glossary.id,
    order: -1,
  });
  return glossary.id;
}

/** Stores an edited entry (its changed date set to now); refuses one without a term. */
export async function saveGlossaryEntry(
  database: WorkbenchDatabase,
  entry: StoredGlossaryEntry,
): Promise<StoredGlossaryEntry> {
  if (entry.term.trim() === '')
    throw new StorageInputError('emptyTermSource', 'A term needs its Chinese source.');
  const saved = { ...entry, term: entry.term.trim(), changedAt: Date.now() };
  return database.transaction('rw', database.glossaryEntries, async () => {
    const others = await database.glossaryEntries
      .where('glossaryId')
      .equals(entry.glossaryId)
      .filter((other) => other.id !== entry.id)
      .toArray();
    // An edit may not make the entry a second one of a term (or variant) the glossary has.
    const duplicated = findEntryOfTerm(others, saved);
    if (duplicated !== undefined)
      throw new StorageInputError(
        'termExists',
        `The glossary has the term ${duplicated.term} already.`,
      );
    await database.glossaryEntries.put(saved);
    return saved;
  });
}

/** Deletes an entry and returns it, so that the deletion can be undone with saveGlossaryEntry. */
export async function deleteGlossaryEntry(
  database: WorkbenchDatabase,
  id: GlossaryEntryId,
): Promise<StoredGlossaryEntry | undefined> {
  return database.transaction('rw', database.glossaryEntries, async () => {
    const entry = await database.glossaryEntries.get(id);
    await database.glossaryEntries.delete(id);
    return entry;
  });
}

/** Puts a deleted entry back as it was, into its glossary (refused when that is gone too). */
export async function restoreGlossaryEntry(
  database: WorkbenchDatabase,
  entry: StoredGlossaryEntry,
): Promise<void> {
  await database.transaction('rw', [database.glossaries, database.glossaryEntries], async () => {
    if ((await database.glossaries.get(entry.glossaryId)) === undefined)
      throw new StorageInputError('glossaryNotFound', `There is no glossary ${entry.glossaryId}.`);
    await database.glossaryEntries.put(entry);
  });
}

/** Renames a glossary (name trimmed, not blank). */
export async function renameGlossary(
  database: WorkbenchDatabase,
  glossaryId: GlossaryId,
  name: string,
): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new StorageInputError('emptyName', 'A glossary needs a name.');
  const changed = await database.glossaries.update(glossaryId, {
    name: trimmed,
    updatedAt: Date.now(),
  });
  if (changed === 0)
    throw new StorageInputError('glossaryNotFound', `There is no glossary ${glossaryId}.`);
}

/** Deletes a glossary with its entries; the projects that used it no longer do. */
export async function deleteGlossary(
  database: WorkbenchDatabase,
  glossaryId: GlossaryId,
): Promise<void> {
  const { glossaries, glossaryEntries, projectGlossaries } = database;
  await database.transaction('rw', [glossaries, glossaryEntries, projectGlossaries], async () => {
    await glossaryEntries.where('glossaryId').equals(glossaryId).delete();
    await projectGlossaries.where('glossaryId').equals(glossaryId).delete();
    await glossaries.delete(glossaryId);
  });
}

/**
 * Adds a concept to a glossary as a new entry (term and renderings trimmed, empty renderings left
 * out); refuses a term the glossary has already (folded: 高校 and 高校 are one), so that
 * the user adds the rendering to the entry there instead.
 */
export async function addGlossaryEntry(
  database: WorkbenchDatabase,
  glossaryId: GlossaryId,
  concept: GlossaryConcept,
): Promise<StoredGlossaryEntry> {
  const term = concept.term.trim();
  if (term === '')
    throw new StorageInputError('emptyTermSource', 'A term needs its Chinese source.');
  const renderings = concept.renderings
    .map((rendering) => ({ ...rendering, text: rendering.text.trim() }))
    .filter((rendering) => rendering.text !== '');
  if (renderings.length === 0)
    throw new StorageInputError('emptyTermTarget', `The term ${term} needs a rendering.`);
  const { glossaries, glossaryEntries } = database;
  return database.transaction('rw', [glossaries, glossaryEntries], async () => {
    if ((await glossaries.get(glossaryId)) === undefined)
      throw new StorageInputError('glossaryNotFound', `There is no glossary ${glossaryId}.`);
    const known = await glossaryEntries.where('glossaryId').equals(glossaryId).toArray();
    if (findEntryOfTerm(known, { ...concept, term }) !== undefined)
      throw new StorageInputError('termExists', `The glossary has the term ${term} already.`);
    const now = Date.now();
    const entry: StoredGlossaryEntry = {
      ...concept,
      id: newId<GlossaryEntryId>(),
      glossaryId,
      term,
      renderings,
      createdAt: now,
      changedAt: now,
    };
    await glossaryEntries.add(entry);
    return entry;
  });
}

export interface GlossaryImportChoice {
  readonly mode: GlossaryImportMode;
  /** Whose value a merge keeps where the file and the glossary differ. */
  readonly onConflict: 'theirs' | 'mine';
}

/**
 * Carries out an import planned by planGlossaryImport: a merge adds the new concepts and writes
 * the merged entries; a replace makes the glossary hold the file's concepts only (matched
 * entries keep their ids and creation dates). One transaction: a failure leaves the glossary as
 * it was. Returns how many entries were written.
 */
export async function applyGlossaryImport(
  database: WorkbenchDatabase,
  glossaryId: GlossaryId,
  plan: GlossaryImportPlan<StoredGlossaryEntry>,
  choice: GlossaryImportChoice,
): Promise<number> {
  const { glossaries, glossaryEntries } = database;
  return database.transaction('rw', [glossaries, glossaryEntries], async () => {
    if ((await glossaries.get(glossaryId)) === undefined)
      throw new StorageInputError('glossaryNotFound', `There is no glossary ${glossaryId}.`);
    const now = Date.now();
    const added = plan.added.map((concept): StoredGlossaryEntry => ({
      ...concept,
      id: newId<GlossaryEntryId>(),
      glossaryId,
      createdAt: concept.createdAt ?? now,
      changedAt: now,
    }));
    const updated = plan.matched.flatMap((match): StoredGlossaryEntry[] => {
      const isChanged = choice.mode === 'merge' ? match.isChangedByMerge : match.isChangedByReplace;
      if (!isChanged) return [];
      const concept =
        choice.mode === 'replace'
          ? match.imported
          : choice.onConflict === 'mine'
            ? match.mergedKeepingMine
            : match.merged;
      return [
        {
          ...concept,
          term: match.entry.term,
          id: match.entry.id,
          glossaryId,
          createdAt: match.entry.createdAt,
          changedAt: now,
        },
      ];
    });
    if (choice.mode === 'replace')
      await glossaryEntries.bulkDelete(plan.absent.map((entry) => entry.id));
    await glossaryEntries.bulkPut([...added, ...updated]);
    await glossaries.update(glossaryId, { updatedAt: now });
    return added.length + updated.length;
  });
}
