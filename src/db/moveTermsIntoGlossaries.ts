/**
 * The version 3 upgrade: each project's v1 terms become the entries of a glossary named after the
 * project, which the project then uses. Terms with the same Chinese become one entry: the first
 * rendering added is preferred, later ones admitted. The terms rows themselves stay as they were.
 */
import type { Transaction } from 'dexie';
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import type { GlossaryEntryId, GlossaryId } from '../domain/ids';
import { newId } from '../domain/ids';
import type {
  Glossary,
  Project,
  ProjectGlossary,
  StoredGlossaryEntry,
  Term,
} from '../domain/model';

export async function moveTermsIntoGlossaries(transaction: Transaction): Promise<void> {
  const terms = (await transaction.table('terms').toArray()) as Term[];
  if (terms.length === 0) return;
  const projects = (await transaction.table('projects').toArray()) as Project[];
  const byProject = new Map<string, Term[]>();
  for (const term of [...terms].sort((left, right) => left.createdAt - right.createdAt))
    byProject.set(term.projectId, [...(byProject.get(term.projectId) ?? []), term]);
  for (const project of projects) {
    const ofProject = byProject.get(project.id);
    if (ofProject === undefined) continue;
    const glossaryId = newId<GlossaryId>();
    const created = Math.min(...ofProject.map((term) => term.createdAt));
    const changed = Math.max(...ofProject.map((term) => term.updatedAt));
    const glossary: Glossary = {
      id: glossaryId,
      name: project.name,
      isStarter: false,
      createdAt: created,
      updatedAt: changed,
    };
    const entries: StoredGlossaryEntry[] = conceptsFromEntries(ofProject).map((concept) => {
      const same = ofProject.filter((term) => term.source.trim() === concept.term);
      return {
        ...concept,
        id: newId<GlossaryEntryId>(),
        glossaryId,
        createdAt: Math.min(...same.map((term) => term.createdAt)),
        changedAt: Math.max(...same.map((term) => term.updatedAt)),
      };
    });
    const link: ProjectGlossary = {
      id: `${project.id}|${glossaryId}`,
      projectId: project.id,
      glossaryId,
      order: 0,
    };
    await transaction.table('glossaries').add(glossary);
    await transaction.table('glossaryEntries').bulkAdd(entries);
    await transaction.table('projectGlossaries').add(link);
  }
}
