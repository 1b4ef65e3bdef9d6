import { useCallback, useEffect, useRef, useState } from 'react';
import {
  loadAlignment,
  moveAlignmentPosition,
  recordAlignmentChange,
} from '../../db/alignmentRepository';
import { applyBeadListChange } from '../../domain/alignmentEditing/applyBeadListChange';
import type { BeadList, BeadListChange } from '../../domain/alignmentEditing/beadListTypes';
import {
  confirmedPairChanges,
  type ConfirmedPairChanges,
} from '../../domain/alignmentEditing/confirmedPairChanges';
import { invertBeadListChange } from '../../domain/alignmentEditing/invertBeadListChange';
import { summarizeBeadList } from '../../domain/alignmentEditing/summarizeBeadList';
import type { AlignmentId } from '../../domain/ids';
import type { StoredAlignment } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

interface SessionState {
  readonly alignment: StoredAlignment;
  readonly list: BeadList;
  /** Every stored change; the first `position` are applied to `list`. */
  readonly changes: readonly BeadListChange[];
  readonly position: number;
}

export type AlignmentSession =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  /** Storage could not be read, or held a damaged alignment (the error says which). */
  | { readonly status: 'unreadable'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly alignment: StoredAlignment;
      readonly list: BeadList;
      readonly canUndo: boolean;
      readonly canRedo: boolean;
      /** The last write that failed (the session went back to what is stored), until the next edit. */
      readonly failure: unknown;
      readonly apply: (change: BeadListChange) => void;
      readonly undo: () => void;
      readonly redo: () => void;
    };

function replay(
  snapshot: BeadList,
  changes: readonly BeadListChange[],
  position: number,
): BeadList {
  let list = snapshot;
  for (const change of changes.slice(0, position)) list = applyBeadListChange(list, change);
  return list;
}

/**
 * An open alignment: its bead list as stored, and edits, undo and redo that change the list in
 * memory at once and are written to storage one after another, each a small row. A write that
 * fails (full disk, the alignment changed in another tab) brings the session back to what storage
 * holds and is reported in `failure`.
 */
export function useAlignmentSession(alignmentId: AlignmentId): AlignmentSession {
  const database = useDatabase();
  const [state, setState] = useState<
    SessionState | 'loading' | 'missing' | { readonly unreadable: unknown }
  >('loading');
  const [failure, setFailure] = useState<unknown>(undefined);
  const stateRef = useRef<SessionState | undefined>(undefined);
  const writesRef = useRef<Promise<unknown>>(Promise.resolve());
  const storedPositionRef = useRef(0);

  const reload = useCallback(async () => {
    let loaded: Awaited<ReturnType<typeof loadAlignment>>;
    try {
      loaded = await loadAlignment(database, alignmentId);
    } catch (error) {
      stateRef.current = undefined;
      setState({ unreadable: error });
      return;
    }
    if (loaded === undefined) {
      stateRef.current = undefined;
      setState('missing');
      return;
    }
    const { alignment, snapshot, changes } = loaded;
    const next: SessionState = {
      alignment,
      list: replay(snapshot, changes, alignment.position),
      changes,
      position: alignment.position,
    };
    storedPositionRef.current = alignment.position;
    stateRef.current = next;
    setState(next);
  }, [database, alignmentId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const update = useCallback(
    (next: SessionState, write: (expectedPosition: number) => Promise<StoredAlignment>) => {
      stateRef.current = next;
      setState(next);
      writesRef.current = writesRef.current.then(async () => {
        try {
          const stored = await write(storedPositionRef.current);
          storedPositionRef.current = stored.position;
        } catch (error) {
          setFailure(error);
          writesRef.current = Promise.resolve();
          await reload();
        }
      });
    },
    [reload],
  );

  const apply = useCallback(
    (change: BeadListChange) => {
      const current = stateRef.current;
      if (current === undefined) return;
      setFailure(undefined);
      const list = applyBeadListChange(current.list, change);
      const summary = summarizeBeadList(list);
      const confirmedPairs = pairChangesOf(change, current.list, list);
      update(
        {
          ...current,
          list,
          changes: [...current.changes.slice(0, current.position), change],
          position: current.position + 1,
        },
        (expectedPosition) =>
          recordAlignmentChange(database, alignmentId, {
            expectedPosition,
            change,
            summary,
            confirmedPairs,
          }),
      );
    },
    [database, alignmentId, update],
  );

  const move = useCallback(
    (step: -1 | 1) => {
      const current = stateRef.current;
      if (current === undefined) return;
      const position = current.position + step;
      if (position < 0 || position > current.changes.length) return;
      setFailure(undefined);
      const change = current.changes[step === -1 ? current.position - 1 : current.position];
      if (change === undefined) return;
      const list = applyBeadListChange(
        current.list,
        step === -1 ? invertBeadListChange(change) : change,
      );
      const summary = summarizeBeadList(list);
      const confirmedPairs = pairChangesOf(change, current.list, list);
      update({ ...current, list, position }, (expectedPosition) =>
        moveAlignmentPosition(database, alignmentId, {
          expectedPosition,
          position: expectedPosition + step,
          summary,
          confirmedPairs,
        }),
      );
    },
    [database, alignmentId, update],
  );
  const undo = useCallback(() => move(-1), [move]);
  const redo = useCallback(() => move(1), [move]);

  if (state === 'loading' || state === 'missing') return { status: state };
  if ('unreadable' in state) return { status: 'unreadable', error: state.unreadable };
  return {
    status: 'ready',
    alignment: state.alignment,
    list: state.list,
    canUndo: state.position > 0,
    canRedo: state.position < state.changes.length,
    failure,
    apply,
    undo,
    redo,
  };
}

/** Only a confirmation changes the confirmed pairs: every other edit leaves confirmed beads locked. */
function pairChangesOf(
  change: BeadListChange,
  before: BeadList,
  after: BeadList,
): ConfirmedPairChanges | undefined {
  return change.splices.some((splice) => splice.part === 'confirmation')
    ? confirmedPairChanges(before, after)
    : undefined;
}
