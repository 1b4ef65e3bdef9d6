/**
 * The sample project: created once per database from the corpus (projects, documents,
 * segments stores), using the starter glossary (seedStarterGlossary, projectGlossaries store),
 * and remembered in meta under 'sampleSeeded', in the same transaction.
 * Because the flag outlives the project, the sample is never seeded again: not over a user's
 * edits, not after the user deleted it; two tabs starting at once are serialized by the
 * transaction, and the second sees the flag.
 */
import type { ProjectId } from '../domain/ids';
import { richTextFromPlainText } from '../domain/richText';
import type { SampleCorpus } from '../domain/sample/buildSampleCorpus';
import { insertProject } from './insertProject';
import { seedStarterGlossaryIfMissing } from './seedStarterGlossary';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export const sampleSeededKey = 'sampleSeeded';

/** Seeds the sample project on first start; returns its id, or undefined if it was seeded before. */
export async function seedSampleProjectIfMissing(
  database: WorkbenchDatabase,
  corpus: SampleCorpus,
): Promise<ProjectId | undefined> {
  const { projects, documents, segments, meta, glossaries, glossaryEntries, projectGlossaries } =
    database;
  const stores = [
    projects,
    documents,
    segments,
    meta,
    glossaries,
    glossaryEntries,
    projectGlossaries,
  ];
  return database.transaction('rw', stores, async () => {
    if ((await meta.get(sampleSeededKey)) !== undefined) return undefined;
    const projectId = await insertProject(database, {
      name: corpus.name,
      isSample: true,
      documentName: corpus.name,
      paragraphs: corpus.paragraphs.map((sentences) =>
        sentences.map(({ source, target }) => ({
          source,
          target: richTextFromPlainText(target),
          status: target.trim() === '' ? ('new' as const) : ('draft' as const),
        })),
      ),
    });
    const now = Date.now();
    const glossaryId = await seedStarterGlossaryIfMissing(database, corpus.glossary);
    await projectGlossaries.add({
      id: `${projectId}|${glossaryId}`,
      projectId,
      glossaryId,
      order: 0,
    });
    await meta.put({ key: sampleSeededKey, value: { projectId, seededAt: now } });
    return projectId;
  });
}
