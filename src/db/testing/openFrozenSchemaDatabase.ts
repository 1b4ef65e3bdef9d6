/**
 * A fake-indexeddb database declared with one frozen schema version only (no later version, no
 * upgrade), typed as a WorkbenchDatabase so that today's repositories can write into it the rows
 * users of that version have. Close it before opening the same name with the current schema.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { newId } from '../../domain/ids';
import type { WorkbenchDatabase } from '../WorkbenchDatabase';

export type FrozenStores = Readonly<Record<string, string | null>>;

class FrozenSchemaDatabase extends Dexie {
  declare projects: WorkbenchDatabase['projects'];
  declare documents: WorkbenchDatabase['documents'];
  declare segments: WorkbenchDatabase['segments'];
  declare terms: WorkbenchDatabase['terms'];
  declare revisions: WorkbenchDatabase['revisions'];
  declare meta: WorkbenchDatabase['meta'];
  declare alignments: WorkbenchDatabase['alignments'];
  declare alignmentSnapshots: WorkbenchDatabase['alignmentSnapshots'];
  declare alignmentChanges: WorkbenchDatabase['alignmentChanges'];
  declare memoryUnits: WorkbenchDatabase['memoryUnits'];
  declare glossaries: WorkbenchDatabase['glossaries'];
  declare glossaryEntries: WorkbenchDatabase['glossaryEntries'];
  declare projectGlossaries: WorkbenchDatabase['projectGlossaries'];
  declare termDecisions: WorkbenchDatabase['termDecisions'];
  declare annotations: WorkbenchDatabase['annotations'];
  declare segmentComments: WorkbenchDatabase['segmentComments'];
  declare qualityScores: WorkbenchDatabase['qualityScores'];
  readonly sessionId: string = newId();

  constructor(name: string, version: number, stores: FrozenStores) {
    super(name, { indexedDB, IDBKeyRange });
    this.version(version).stores({ ...stores });
  }
}

export function openFrozenSchemaDatabase(
  name: string,
  version: number,
  stores: FrozenStores,
): WorkbenchDatabase {
  return new FrozenSchemaDatabase(name, version, stores);
}
