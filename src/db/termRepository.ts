/**
 * Glossary terms of a project (terms store, by projectId and [projectId+source]).
 * A term whose source and target are already in the project is not stored twice.
 */
import type { ProjectId, TermId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import type { Term } from '../domain/model';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface NewTerm {
  readonly source: string;
  readonly target: string;
  readonly partOfSpeech?: string;
  readonly note?: string;
}

export interface GlossaryImportResult {
  readonly added: number;
  readonly alreadyPresent: number;
}

/** The terms of a project, ordered by source. */
export async function listTerms(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<Term[]> {
  const terms = await database.terms.where('projectId').equals(projectId).toArray();
  return terms.sort(
    (left, right) =>
      left.source.localeCompare(right.source, 'zh') || left.target.localeCompare(right.target),
  );
}

/** Adds a term (trimmed); returns the existing one when the same source and target are stored. */
export async function addTerm(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  term: NewTerm,
): Promise<Term> {
  const checked = checkTerm(term);
  return database.transaction('rw', database.projects, database.terms, async () => {
    if ((await database.projects.get(projectId)) === undefined) {
      throw new StorageInputError('projectNotFound', `There is no project ${projectId}.`);
    }
    return (await storeTerm(database, projectId, checked)).term;
  });
}

/** Adds glossary entries to a project in one transaction; entries already present are skipped. */
export async function importGlossaryEntries(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  entries: readonly GlossaryEntry[],
): Promise<GlossaryImportResult> {
  const checked = entries.map(checkTerm);
  return database.transaction('rw', database.projects, database.terms, async () => {
    if ((await database.projects.get(projectId)) === undefined) {
      throw new StorageInputError('projectNotFound', `There is no project ${projectId}.`);
    }
    let added = 0;
    for (const entry of checked) {
      if ((await storeTerm(database, projectId, entry)).isNew) added += 1;
    }
    return { added, alreadyPresent: checked.length - added };
  });
}

async function storeTerm(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  entry: Required<NewTerm>,
): Promise<{ term: Term; isNew: boolean }> {
  const sameSource = await database.terms
    .where('[projectId+source]')
    .equals([projectId, entry.source])
    .toArray();
  const existing = sameSource.find((term) => term.target === entry.target);
  if (existing !== undefined) return { term: existing, isNew: false };
  const now = Date.now();
  const term: Term = { id: newId<TermId>(), projectId, ...entry, createdAt: now, updatedAt: now };
  await database.terms.add(term);
  return { term, isNew: true };
}

function checkTerm({ source, target, partOfSpeech = '', note = '' }: NewTerm): Required<NewTerm> {
  const trimmedSource = source.trim();
  const trimmedTarget = target.trim();
  if (trimmedSource === '') {
    throw new StorageInputError('emptyTermSource', 'A term needs its Chinese source.');
  }
  if (trimmedTarget === '') {
    throw new StorageInputError('emptyTermTarget', `The term ${trimmedSource} needs a rendering.`);
  }
  return {
    source: trimmedSource,
    target: trimmedTarget,
    partOfSpeech: partOfSpeech.trim(),
    note: note.trim(),
  };
}
