import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { SegmentId } from '../../domain/ids';
import type { RowSelection } from './createRowSelection';

const RowSelectionContext = createContext<RowSelection | null>(null);

export function RowSelectionProvider({
  selection,
  children,
}: {
  readonly selection: RowSelection;
  readonly children: ReactNode;
}) {
  return <RowSelectionContext.Provider value={selection}>{children}</RowSelectionContext.Provider>;
}

/** The translate view's hand-picked rows, or undefined outside a RowSelectionProvider. */
export function useRowSelection(): RowSelection | undefined {
  return useContext(RowSelectionContext) ?? undefined;
}

/** Whether a row is picked; re-renders only when that changes. */
export function useIsRowSelected(segmentId: SegmentId): boolean {
  const selection = useContext(RowSelectionContext);
  const subscribe = useCallback(
    (listener: () => void) => selection?.subscribe(listener) ?? (() => undefined),
    [selection],
  );
  return useSyncExternalStore(subscribe, () => selection?.isSelected(segmentId) ?? false);
}

/** The picked rows that are shown, in their order. */
export function useSelectedRows(): readonly SegmentId[] {
  const selection = useContext(RowSelectionContext);
  const subscribe = useCallback(
    (listener: () => void) => selection?.subscribe(listener) ?? (() => undefined),
    [selection],
  );
  return useSyncExternalStore(subscribe, () => selection?.selected() ?? NONE);
}

const NONE: readonly SegmentId[] = [];
