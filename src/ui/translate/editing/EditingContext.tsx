import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { SegmentId } from '../../../domain/ids';
import type { Segment, SegmentStatus } from '../../../domain/model';
import type { RichTextDoc } from '../../../domain/richText';
import { AnnotationProvider, type AnnotationLayer } from '../annotation/AnnotationContext';
import type { EditingStore } from './createEditingStore';

/** What a row may ask of the translate view. */
export interface RowActions {
  readonly activate: (segment: Segment, options?: { readonly isEditorFocused?: boolean }) => void;
  readonly changeTarget: (segment: Segment, target: RichTextDoc) => void;
  readonly leaveTarget: () => void;
  readonly changeStatus: (segment: Segment, status: SegmentStatus) => void;
}

interface EditingContextValue {
  readonly store: EditingStore;
  readonly actions: RowActions;
  readonly isReadOnly: boolean;
}

const EditingContext = createContext<EditingContextValue | null>(null);

export function EditingProvider({
  store,
  actions,
  isReadOnly,
  annotationLayer,
  children,
}: EditingContextValue & {
  readonly children: ReactNode;
  /** The annotations the rows and panels show, if any. */
  readonly annotationLayer?: AnnotationLayer;
}) {
  return (
    <EditingContext.Provider value={{ store, actions, isReadOnly }}>
      {annotationLayer === undefined ? (
        children
      ) : (
        <AnnotationProvider layer={annotationLayer}>{children}</AnnotationProvider>
      )}
    </EditingContext.Provider>
  );
}

/** The editing store, the row actions and whether editing is off, from the translate view. */
export function useEditing(): EditingContextValue {
  const value = useContext(EditingContext);
  if (value === null) throw new Error('useEditing() needs an <EditingProvider> above it.');
  return value;
}

/** Whether this segment is the focused one; re-renders only when that changes. */
export function useIsFocusedSegment(segmentId: SegmentId): boolean {
  const { store } = useEditing();
  const read = useCallback(() => store.focusedId() === segmentId, [store, segmentId]);
  return useSyncExternalStore(store.subscribe, read);
}

/** The focused segment's id. */
export function useFocusedSegmentId(store: EditingStore): SegmentId | undefined {
  return useSyncExternalStore(store.subscribe, store.focusedId);
}

/** The target typed into this segment ahead of storage, if any. */
export function useLocalTarget(segmentId: SegmentId): RichTextDoc | undefined {
  const { store } = useEditing();
  const read = useCallback(() => store.localTarget(segmentId), [store, segmentId]);
  return useSyncExternalStore(store.subscribe, read);
}

/** Changes when the focused editor must start again from its target. */
export function useEditorGeneration(): number {
  const { store } = useEditing();
  return useSyncExternalStore(store.subscribe, store.generation);
}
