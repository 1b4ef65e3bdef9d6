/**
 * The glossary of a project as flat terms, the shape the translate view highlights and inserts:
 * one Term a form (the term and each variant) of every entry of the project's glossaries, its
 * target the entry's preferred rendering. Since version 3 terms live in glossaries
 * (glossaryRepository); the v1 terms store is no longer written.
 */
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import { partOfSpeechFromText } from '../domain/glossary/partOfSpeechFromText';
import { termsOfEntries } from '../domain/glossary/termsOfEntries';
import type { ProjectId } from '../domain/ids';
import type { Term } from '../domain/model';
import { addProjectTerm, listProjectEntries } from './glossaryRepository';
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

/** The terms of a project's glossaries, ordered by source. */
export async function listTerms(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<Term[]> {
  const entries = await listProjectEntries(database, projectId);
  return termsOfEntries(entries, projectId).sort(
    (left, right) =>
      left.source.localeCompare(right.source, 'zh') || left.target.localeCompare(right.target),
  );
}

/**
 * Adds a term (trimmed) to the project: a rendering of an entry with the same source when there
 * is one, else a new entry. Returns the term as the project now shows it.
 */
export async function addTerm(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  term: NewTerm,
): Promise<Term> {
  const { entry } = await addProjectTerm(database, projectId, {
    term: term.source,
    rendering: term.target,
    partOfSpeech: partOfSpeechFromText(term.partOfSpeech ?? ''),
    note: term.note ?? '',
  });
  const [shown] = termsOfEntries([entry], projectId);
  if (shown === undefined) throw new Error(`The entry ${entry.id} has no rendering.`);
  return shown;
}

/** Adds glossary lines to a project one after another; lines already present are counted. */
export async function importGlossaryEntries(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  entries: readonly GlossaryEntry[],
): Promise<GlossaryImportResult> {
  for (const entry of entries) {
    if (entry.source.trim() === '')
      throw new StorageInputError('emptyTermSource', 'A term needs its Chinese source.');
    if (entry.target.trim() === '')
      throw new StorageInputError('emptyTermTarget', `The term ${entry.source} needs a rendering.`);
  }
  const { projects, glossaries, glossaryEntries, projectGlossaries } = database;
  return database.transaction(
    'rw',
    [projects, glossaries, glossaryEntries, projectGlossaries],
    async () => {
      let added = 0;
      for (const concept of conceptsFromEntries(entries))
        for (const rendering of concept.renderings) {
          const result = await addProjectTerm(database, projectId, {
            term: concept.term,
            rendering: rendering.text,
            partOfSpeech: concept.partOfSpeech,
            note: concept.note,
          });
          if (result.outcome !== 'alreadyPresent') added += 1;
        }
      return { added, alreadyPresent: entries.length - added };
    },
  );
}
