/**
 * The starter glossary: made once per database from the sample corpus's glossary (glossaries and
 * glossaryEntries stores) and remembered in meta under 'starterGlossary' with its id, in the same
 * transaction, so that it is never made twice, not even after the user deleted it.
 */
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import type { GlossaryEntryId, GlossaryId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { StoredGlossaryEntry } from '../domain/model';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export const starterGlossaryKey = 'starterGlossary';
export const STARTER_GLOSSARY_NAME = 'Starter glossary';

/** Makes the starter glossary unless it was made before; returns its id either way. */
export async function seedStarterGlossaryIfMissing(
  database: WorkbenchDatabase,
  lines: readonly GlossaryEntry[],
): Promise<GlossaryId> {
  const { glossaries, glossaryEntries, meta } = database;
  return database.transaction('rw', [glossaries, glossaryEntries, meta], async () => {
    const seeded = (await meta.get(starterGlossaryKey))?.value as
      { glossaryId: GlossaryId } | undefined;
    if (seeded !== undefined) return seeded.glossaryId;
    const now = Date.now();
    const glossaryId = newId<GlossaryId>();
    await glossaries.add({
      id: glossaryId,
      name: STARTER_GLOSSARY_NAME,
      isStarter: true,
      createdAt: now,
      updatedAt: now,
    });
    const entries: StoredGlossaryEntry[] = conceptsFromEntries(lines).map((concept) => ({
      ...concept,
      id: newId<GlossaryEntryId>(),
      glossaryId,
      source: 'corpus/glossary.tsv',
      createdAt: now,
      changedAt: now,
    }));
    await glossaryEntries.bulkAdd(entries);
    await meta.put({ key: starterGlossaryKey, value: { glossaryId, seededAt: now } });
    return glossaryId;
  });
}
