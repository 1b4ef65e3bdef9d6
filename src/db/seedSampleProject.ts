/**
 * The sample project: created once per database from the corpus (projects, documents,
 * segments, terms stores) and remembered in meta under 'sampleSeeded', in the same transaction.
 * Because the flag outlives the project, the sample is never seeded again: not over a user's
 * edits, not after the user deleted it; two tabs starting at once are serialized by the
 * transaction, and the second sees the flag.
 */
import type { ProjectId, TermId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { Term } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import type { SampleCorpus } from '../domain/sample/buildSampleCorpus';
import { insertProject } from './insertProject';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export const sampleSeededKey = 'sampleSeeded';

/** Seeds the sample project on first start; returns its id, or undefined if it was seeded before. */
export async function seedSampleProjectIfMissing(
  database: WorkbenchDatabase,
  corpus: SampleCorpus,
): Promise<ProjectId | undefined> {
  const { projects, documents, segments, terms, meta } = database;
  return database.transaction('rw', [projects, documents, segments, terms, meta], async () => {
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
    const distinctEntries = new Map(
      corpus.glossary.map((entry) => [`${entry.source}\t${entry.target}`, entry]),
    );
    const glossary: Term[] = [...distinctEntries.values()].map((entry) => ({
      id: newId<TermId>(),
      projectId,
      ...entry,
      createdAt: now,
      updatedAt: now,
    }));
    await terms.bulkAdd(glossary);
    await meta.put({ key: sampleSeededKey, value: { projectId, seededAt: now } });
    return projectId;
  });
}
