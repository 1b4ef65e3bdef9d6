/**
 * Keeps a document's segments in memory as storage changes them, without re-reading the whole
 * document on every save: a write to known segments (this tab's autosave, another tab's) re-reads
 * only those rows. Anything else that touches the document (rows added or deleted, a change too
 * wide to name its keys) reads the document again. A long document is first given in part (its
 * first rows, to show at once), then whole. Stores nothing.
 */
import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { DocumentId, SegmentId } from '../domain/ids';
import type { Segment } from '../domain/model';
import { listSegments, toSegment } from './segmentRepository';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** More changed rows than this in one transaction read the document again. */
const MAXIMUM_PATCHED_ROWS = 200;

/** How many rows a long document shows before the whole of it is read. */
export const FIRST_ROWS = 300;

/**
 * Calls onChange with the document's segments now and after every change (isComplete false while
 * only the first rows are read); returns a stop function.
 */
export function watchDocumentSegments(
  database: WorkbenchDatabase,
  documentId: DocumentId,
  onChange: (segments: readonly Segment[], isComplete: boolean) => void,
  onError: (error: unknown) => void,
): () => void {
  let isStopped = false;
  let segments: readonly Segment[] = [];
  let positions = new Map<SegmentId, number>();
  let work: Promise<void> = Promise.resolve();

  const enqueue = (step: () => Promise<void>): void => {
    work = work.then(step).catch((error: unknown) => {
      if (!isStopped) onError(error);
    });
  };

  let isComplete = false;
  const show = (read: readonly Segment[], isWhole: boolean): void => {
    segments = read;
    isComplete = isWhole;
    positions = new Map(read.map((segment, index) => [segment.id, index]));
    onChange(segments, isComplete);
  };

  const readAll = async (): Promise<void> => {
    const read = await listSegments(database, documentId);
    if (!isStopped) show(read, true);
  };

  const readFirstThenAll = async (): Promise<void> => {
    const first = await listSegments(database, documentId, FIRST_ROWS);
    if (isStopped) return;
    if (first.length < FIRST_ROWS) return show(first, true);
    show(first, false);
    // The rest is read after the first rows have had a chance to be drawn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!isStopped) await readAll();
  };

  const patch = async (changedIds: readonly SegmentId[]): Promise<void> => {
    const records = await database.segments.bulkGet([...changedIds]);
    if (isStopped) return;
    const next = [...segments];
    let isChanged = false;
    for (const [index, id] of changedIds.entries()) {
      const record = records[index];
      const position = positions.get(id);
      if (record === undefined) {
        if (position !== undefined) return readAll();
        continue;
      }
      if (record.documentId !== documentId) continue;
      if (position === undefined && !isComplete) continue;
      if (position === undefined || next[position]?.order !== record.order) return readAll();
      next[position] = toSegment(record);
      isChanged = true;
    }
    if (!isChanged) return;
    segments = next;
    onChange(segments, isComplete);
  };

  const onStorageMutated = (parts: ObservabilitySet): void => {
    const prefix = `idb://${database.name}/segments/`;
    const changed = parts[prefix];
    const deleted = parts[`${prefix}:dels`];
    if (changed === undefined && deleted === undefined) return;
    const ids = pointKeys(changed, deleted);
    enqueue(() => (ids === undefined ? readAll() : patch(ids)));
  };

  enqueue(readFirstThenAll);
  Dexie.on('storagemutated', onStorageMutated);
  return () => {
    isStopped = true;
    Dexie.on('storagemutated').unsubscribe(onStorageMutated);
  };
}

/** The single keys of the trees, or undefined if a range covers more than single keys. */
function pointKeys(...trees: (IntervalTree | undefined)[]): SegmentId[] | undefined {
  const keys = new Set<SegmentId>();
  for (const tree of trees) {
    if (tree === undefined) continue;
    for (const node of RangeSet(tree)) {
      if (typeof node.from !== 'string' || node.from !== node.to) return undefined;
      keys.add(node.from as SegmentId);
      if (keys.size > MAXIMUM_PATCHED_ROWS) return undefined;
    }
  }
  return [...keys];
}
