/**
 * Projects: rows of the projects store, each with its documents, segments, terms and revisions
 * (stores documents, segments, terms, revisions, all indexed by projectId).
 * Creating and deleting touch all of them in one transaction.
 */
import type { ProjectId } from '../domain/ids';
import type { Project } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import { segmentText } from '../domain/segmentation/segmentText';
import { insertProject } from './insertProject';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** All projects, the most recently created first. */
export async function listProjects(database: WorkbenchDatabase): Promise<Project[]> {
  const projects = await database.projects.toArray();
  return projects.sort((left, right) => right.createdAt - left.createdAt);
}

export async function getProject(
  database: WorkbenchDatabase,
  id: ProjectId,
): Promise<Project | undefined> {
  return database.projects.get(id);
}

/**
 * Creates a project from Chinese text: one document, one segment a sentence (status 'new',
 * empty target). Refuses a blank name or a text without any sentence, writing nothing.
 */
export async function createProjectFromText(
  database: WorkbenchDatabase,
  { name, text }: { name: string; text: string },
): Promise<ProjectId> {
  const trimmedName = requireName(name);
  const paragraphs = segmentText(text, 'zh')
    .map((sentences) => sentences.filter((sentence) => sentence.trim() !== ''))
    .filter((sentences) => sentences.length > 0);
  if (paragraphs.length === 0) {
    throw new StorageInputError('emptyText', 'The text has no sentence to translate.');
  }
  const emptyTarget = richTextFromPlainText('');
  return database.transaction('rw', database.projects, database.documents, database.segments, () =>
    insertProject(database, {
      name: trimmedName,
      isSample: false,
      documentName: trimmedName,
      paragraphs: paragraphs.map((sentences) =>
        sentences.map((source) => ({ source, target: emptyTarget, status: 'new' as const })),
      ),
    }),
  );
}

/** Renames a project; the name is trimmed and may not be blank. */
export async function renameProject(
  database: WorkbenchDatabase,
  id: ProjectId,
  name: string,
): Promise<Project> {
  const trimmedName = requireName(name);
  return database.transaction('rw', database.projects, async () => {
    const project = await database.projects.get(id);
    if (project === undefined) throw projectNotFound(id);
    const renamed: Project = { ...project, name: trimmedName, updatedAt: Date.now() };
    await database.projects.put(renamed);
    return renamed;
  });
}

/** Sets the BCP 47 tags a project's exchange files are written with. */
export async function setProjectLanguageTags(
  database: WorkbenchDatabase,
  id: ProjectId,
  languageTags: { readonly source: string; readonly target: string },
): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const project = await database.projects.get(id);
    if (project === undefined) throw projectNotFound(id);
    await database.projects.put({ ...project, languageTags });
  });
}

/** Deletes a project with its documents, segments, terms and revisions, all or nothing. */
export async function deleteProject(database: WorkbenchDatabase, id: ProjectId): Promise<void> {
  const { projects, documents, segments, terms, revisions, projectGlossaries, termDecisions } =
    database;
  const stores = [
    projects,
    documents,
    segments,
    terms,
    revisions,
    projectGlossaries,
    termDecisions,
  ];
  await database.transaction('rw', stores, async () => {
    await revisions.where('projectId').equals(id).delete();
    await terms.where('projectId').equals(id).delete();
    await projectGlossaries.where('projectId').equals(id).delete();
    await termDecisions.where('projectId').equals(id).delete();
    await segments.where('projectId').equals(id).delete();
    await documents.where('projectId').equals(id).delete();
    await projects.delete(id);
  });
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new StorageInputError('emptyName', 'A project needs a name.');
  return trimmed;
}

function projectNotFound(id: ProjectId): StorageInputError {
  return new StorageInputError('projectNotFound', `There is no project ${id}.`);
}
