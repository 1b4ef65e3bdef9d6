import { useMemo } from 'react';
import {
  addGlossaryEntry,
  addProjectEntry,
  addProjectTerm,
  applyGlossaryImport,
  createGlossary,
  deleteGlossary,
  deleteGlossaryEntry,
  renameGlossary,
  restoreGlossaryEntry,
  saveGlossaryEntry,
  setProjectGlossaries,
  type GlossaryImportChoice,
  type NewProjectTerm,
} from '../../db/glossaryRepository';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import type { GlossaryImportPlan } from '../../domain/glossary/planGlossaryImport';
import type { GlossaryEntryId, GlossaryId, ProjectId } from '../../domain/ids';
import type { StoredGlossaryEntry } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** The glossary's writes, bound to the open database; each is one transaction. */
export function useGlossaryEditing() {
  const database = useDatabase();
  return useMemo(
    () => ({
      createGlossary: (name: string) => createGlossary(database, name),
      renameGlossary: (id: GlossaryId, name: string) => renameGlossary(database, id, name),
      deleteGlossary: (id: GlossaryId) => deleteGlossary(database, id),
      setProjectGlossaries: (projectId: ProjectId, ids: readonly GlossaryId[]) =>
        setProjectGlossaries(database, projectId, ids),
      addEntry: (glossaryId: GlossaryId, concept: GlossaryConcept) =>
        addGlossaryEntry(database, glossaryId, concept),
      addProjectEntry: (projectId: ProjectId, concept: GlossaryConcept) =>
        addProjectEntry(database, projectId, concept),
      addProjectTerm: (projectId: ProjectId, term: NewProjectTerm) =>
        addProjectTerm(database, projectId, term),
      saveEntry: (entry: StoredGlossaryEntry) => saveGlossaryEntry(database, entry),
      deleteEntry: (id: GlossaryEntryId) => deleteGlossaryEntry(database, id),
      restoreEntry: (entry: StoredGlossaryEntry) => restoreGlossaryEntry(database, entry),
      applyImport: (
        glossaryId: GlossaryId,
        plan: GlossaryImportPlan<StoredGlossaryEntry>,
        choice: GlossaryImportChoice,
      ) => applyGlossaryImport(database, glossaryId, plan, choice),
    }),
    [database],
  );
}
