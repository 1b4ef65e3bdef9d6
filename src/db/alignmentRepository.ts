/**
 * Alignments (stores alignments, alignmentSnapshots, alignmentChanges). An alignment is stored as
 * the bead list it started from plus every edit made since, in order, so that reopening it shows
 * the same beads and the same undo history. Each edit is one small row written in its own
 * transaction together with the alignment's new position; undo and redo move the position only.
 * The pairs of confirmed beads go into the translation memory (memoryUnits, origin 'aligned') in
 * the same transaction, and leave it when a bead is un-confirmed or its confirmation undone.
 */
import Dexie from 'dexie';
import type { AlignmentWarning } from '../domain/alignment/engine/alignmentAssessment';
import type { BeadList, BeadListChange } from '../domain/alignmentEditing/beadListTypes';
import type { ConfirmedPairChanges } from '../domain/alignmentEditing/confirmedPairChanges';
import { parseBeadList } from '../domain/alignmentEditing/parseBeadList';
import { parseBeadListChange } from '../domain/alignmentEditing/parseBeadListChange';
import { newId, type AlignmentId } from '../domain/ids';
import type { AlignmentSummary, StoredAlignment, Timestamp } from '../domain/model';
import { recordAlignedPairs } from './recordAlignedPairs';
import { memoryStores } from './recordConfirmedSegment';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface AlignmentSnapshotRecord {
  readonly alignmentId: AlignmentId;
  readonly list: BeadList;
}

export interface AlignmentChangeRecord {
  readonly alignmentId: AlignmentId;
  /** 1-based: change n turns the state after n - 1 changes into the state after n. */
  readonly sequence: number;
  readonly change: BeadListChange;
  readonly madeAt: Timestamp;
}

/** A stored alignment with everything needed to show it and to undo or redo its edits. */
export interface LoadedAlignment {
  readonly alignment: StoredAlignment;
  readonly snapshot: BeadList;
  /** Changes 1..changeCount, in order; the first `alignment.position` of them are applied. */
  readonly changes: readonly BeadListChange[];
}

const NO_PAIR_CHANGES: ConfirmedPairChanges = { added: [], removed: [] };

/** Every stored alignment, the newest first. */
export async function listAlignments(database: WorkbenchDatabase): Promise<StoredAlignment[]> {
  const alignments = await database.alignments.toArray();
  return alignments.sort((left, right) => right.createdAt - left.createdAt);
}

export async function createAlignment(
  database: WorkbenchDatabase,
  {
    name,
    sourceFileName,
    targetFileName,
    list,
    summary,
    warnings = [],
  }: {
    readonly name: string;
    readonly sourceFileName: string;
    readonly targetFileName: string;
    readonly list: BeadList;
    readonly summary: AlignmentSummary;
    readonly warnings?: readonly AlignmentWarning[];
  },
): Promise<AlignmentId> {
  if (name.trim() === '') throw new StorageInputError('emptyName', 'An alignment needs a name.');
  if (list.beads.length === 0)
    throw new StorageInputError('emptyText', 'There is nothing to align.');
  const now = Date.now();
  const alignment: StoredAlignment = {
    id: newId<AlignmentId>(),
    name: name.trim(),
    sourceFileName,
    targetFileName,
    createdAt: now,
    updatedAt: now,
    position: 0,
    changeCount: 0,
    summary,
    warnings,
  };
  await database.transaction('rw', database.alignments, database.alignmentSnapshots, async () => {
    await database.alignments.add(alignment);
    await database.alignmentSnapshots.add({ alignmentId: alignment.id, list });
  });
  return alignment.id;
}

export async function loadAlignment(
  database: WorkbenchDatabase,
  id: AlignmentId,
): Promise<LoadedAlignment | undefined> {
  return database.transaction(
    'r',
    database.alignments,
    database.alignmentSnapshots,
    database.alignmentChanges,
    async () => {
      const alignment = await database.alignments.get(id);
      const snapshot = await database.alignmentSnapshots.get(id);
      if (alignment === undefined || snapshot === undefined) return undefined;
      const changes = await changesOf(database, id).toArray();
      // Rows are checked as they are read: a damaged row is reported, never shown half right.
      return {
        alignment,
        snapshot: parseBeadList(snapshot.list),
        changes: changes
          .filter((record) => record.sequence <= alignment.changeCount)
          .map((record) => parseBeadListChange(record.change)),
      };
    },
  );
}

/**
 * Stores an edit made at `expectedPosition`: the edits that redo could have brought back are
 * dropped, as in any editor. Refuses (writing nothing) when the alignment moved on in another tab.
 */
export async function recordAlignmentChange(
  database: WorkbenchDatabase,
  id: AlignmentId,
  {
    expectedPosition,
    change,
    summary,
    confirmedPairs = NO_PAIR_CHANGES,
  }: {
    readonly expectedPosition: number;
    readonly change: BeadListChange;
    readonly summary: AlignmentSummary;
    /** What the edit did to the confirmed pairs, which the translation memory follows. */
    readonly confirmedPairs?: ConfirmedPairChanges;
  },
): Promise<StoredAlignment> {
  const stores = [database.alignments, database.alignmentChanges, ...memoryStores(database)];
  return database.transaction('rw', stores, async () => {
    const alignment = await currentAlignment(database, id, expectedPosition);
    await recordAlignedPairs(database, id, confirmedPairs);
    const sequence = expectedPosition + 1;
    await changesOf(database, id)
      .filter((record) => record.sequence >= sequence)
      .delete();
    const now = Date.now();
    await database.alignmentChanges.add({ alignmentId: id, sequence, change, madeAt: now });
    const updated: StoredAlignment = {
      ...alignment,
      position: sequence,
      changeCount: sequence,
      summary,
      updatedAt: now,
    };
    await database.alignments.put(updated);
    return updated;
  });
}

/** Undo (position - 1) or redo (position + 1): the stored edits stay, the position moves. */
export async function moveAlignmentPosition(
  database: WorkbenchDatabase,
  id: AlignmentId,
  {
    expectedPosition,
    position,
    summary,
    confirmedPairs = NO_PAIR_CHANGES,
  }: {
    readonly expectedPosition: number;
    readonly position: number;
    readonly summary: AlignmentSummary;
    readonly confirmedPairs?: ConfirmedPairChanges;
  },
): Promise<StoredAlignment> {
  return database.transaction('rw', [database.alignments, ...memoryStores(database)], async () => {
    const alignment = await currentAlignment(database, id, expectedPosition);
    if (position < 0 || position > alignment.changeCount)
      throw new RangeError(`Position ${position} is outside 0..${alignment.changeCount}.`);
    await recordAlignedPairs(database, id, confirmedPairs);
    const updated: StoredAlignment = { ...alignment, position, summary, updatedAt: Date.now() };
    await database.alignments.put(updated);
    return updated;
  });
}

export async function deleteAlignment(database: WorkbenchDatabase, id: AlignmentId): Promise<void> {
  await database.transaction(
    'rw',
    database.alignments,
    database.alignmentSnapshots,
    database.alignmentChanges,
    async () => {
      await changesOf(database, id).delete();
      await database.alignmentSnapshots.delete(id);
      await database.alignments.delete(id);
    },
  );
}

function changesOf(database: WorkbenchDatabase, id: AlignmentId) {
  return database.alignmentChanges
    .where('[alignmentId+sequence]')
    .between([id, Dexie.minKey], [id, Dexie.maxKey]);
}

async function currentAlignment(
  database: WorkbenchDatabase,
  id: AlignmentId,
  expectedPosition: number,
): Promise<StoredAlignment> {
  const alignment = await database.alignments.get(id);
  if (alignment === undefined)
    throw new StorageInputError('alignmentNotFound', 'The alignment was deleted.');
  if (alignment.position !== expectedPosition)
    throw new StorageInputError(
      'alignmentChanged',
      'The alignment was changed in another tab; reopen it to continue.',
    );
  return alignment;
}
