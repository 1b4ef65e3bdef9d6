/**
 * Storage layout of Bitext Workbench in IndexedDB (database 'bitext-workbench').
 * Change only with a new version and an upgrade; see schemaVersions.test.ts.
 *
 * projects   one row a project, keyed by id.
 * documents  the source texts of a project, by projectId and [projectId+order].
 * segments   one row a source sentence with its target, by projectId and [documentId+order].
 * terms      glossary terms of a project, by projectId and [projectId+source].
 * revisions  earlier states of a segment's target, by [segmentId+savedAt] and projectId.
 * meta       key/value flags of the whole database, e.g. 'sampleSeeded'.
 * Version 2 adds the alignment workspace:
 * alignments          one row a stored alignment (name, files, undo position, summary), by updatedAt.
 * alignmentSnapshots  the bead list an alignment started from, keyed by alignmentId.
 * alignmentChanges    the alignment's edits in order, keyed by [alignmentId+sequence] (1-based);
 *                     the alignment's state is its snapshot with changes 1..position applied.
 * Version 3 adds glossaries as termbases of their own:
 * glossaries          termbases, by id; glossaryEntries their concepts, by glossaryId and
 *                     [glossaryId+term]; projectGlossaries which glossaries a project uses, by
 *                     projectId and glossaryId; termDecisions dismissed term findings and rejected
 *                     candidates of a project, by projectId. The v1 terms rows are copied into a
 *                     glossary of their project by the upgrade and no longer written.
 * Version 4 adds the translation memory:
 * memoryUnits         source/target pairs from confirmed segments and imports, by projectId
 *                     (absent from the index when shared), segmentId, updatedAt, [source+target].
 * Segment rows also carry lastSave (who saved last, when the typing burst began), unindexed.
 * Version 5 adds annotation and review:
 * annotations         labelled spans of a segment's source or target (category, severity, comment,
 *                     author, offsets with the text they refer to), by projectId, documentId, segmentId.
 * segmentComments     the messages of each segment's comment thread, by projectId and segmentId.
 * qualityScores       a document's MQM score each time its annotations changed, by projectId and
 *                     [documentId+recordedAt].
 * The annotation settings (author name, typology, penalties) are the meta row 'annotationSettings'.
 *
 * To change the schema: keep every earlier version() call as it is, add
 * database.version(N + 1).stores(changes).upgrade(transaction => ...), freeze the new stores in
 * frozenSchemas/, and add a case to schemaVersions.test.ts that writes the user data fixture
 * (src/db/testing/writeUserDataFixture.ts) with frozen version N and checks it after the upgrade.
 */
import type Dexie from 'dexie';
import { fillMemoryFromConfirmedSegments } from './fillMemoryFromConfirmedSegments';
import { moveTermsIntoGlossaries } from './moveTermsIntoGlossaries';

export const currentSchemaVersion = 5;

/** The store definitions of version 1, frozen as src/db/frozenSchemas/version1.ts. */
export const storesOfVersion1 = {
  projects: 'id, updatedAt',
  documents: 'id, projectId, [projectId+order]',
  segments: 'id, projectId, documentId, [documentId+order]',
  terms: 'id, projectId, [projectId+source]',
  revisions: 'id, projectId, segmentId, [segmentId+savedAt]',
  meta: 'key',
} as const;

/** The stores version 2 adds, frozen as src/db/frozenSchemas/version2.ts. */
export const storesAddedInVersion2 = {
  alignments: 'id, updatedAt',
  alignmentSnapshots: 'alignmentId',
  alignmentChanges: '[alignmentId+sequence]',
} as const;

/** The stores version 3 adds, frozen as src/db/frozenSchemas/version3.ts. */
export const storesOfVersion3 = {
  glossaries: 'id, updatedAt',
  glossaryEntries: 'id, glossaryId, [glossaryId+term]',
  projectGlossaries: 'id, projectId, glossaryId',
  termDecisions: 'id, projectId',
} as const;

/** The stores version 4 adds, frozen as src/db/frozenSchemas/version4.ts. */
export const storesOfVersion4 = {
  memoryUnits: 'id, projectId, segmentId, updatedAt, [source+target]',
} as const;

/** The stores version 5 adds, frozen as src/db/frozenSchemas/version5.ts. */
export const storesOfVersion5 = {
  annotations: 'id, projectId, documentId, segmentId',
  segmentComments: 'id, projectId, segmentId',
  qualityScores: 'id, projectId, [documentId+recordedAt]',
} as const;

/** Declares every schema version, each later one with its upgrade, on a Dexie instance. */
export function declareSchema(database: Dexie): void {
  database.version(1).stores(storesOfVersion1);
  database.version(2).stores(storesAddedInVersion2);
  database.version(3).stores(storesOfVersion3).upgrade(moveTermsIntoGlossaries);
  database.version(4).stores(storesOfVersion4).upgrade(fillMemoryFromConfirmedSegments);
  database.version(5).stores(storesOfVersion5);
}
