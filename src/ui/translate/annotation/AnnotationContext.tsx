import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { AnnotationTypology } from '../../../domain/annotation/annotationTypology';
import type { SegmentId } from '../../../domain/ids';
import type { EditorAnnotation } from '../../../editor/editorAnnotation';
import type { TargetAnnotationRanges } from '../../../editor/TargetEditor';
import type { AnnotationStore } from './createAnnotationStore';
import { editorAnnotationsOf } from './editorAnnotationsOf';
import './annotation.css';

/** A span selected in the focused row: offsets into the side's whole text. */
export interface SelectedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface AnnotationLayer {
  readonly store: AnnotationStore;
  readonly typology: AnnotationTypology;
  /** Called by the focused row's editor after each change of its text. */
  readonly onTargetAnnotationsChange: (
    segmentId: SegmentId,
    ranges: TargetAnnotationRanges,
  ) => void;
  /** The spans selected now in the focused row's source and target. */
  readonly readSelection: () => { readonly source?: SelectedSpan; readonly target?: SelectedSpan };
  /** Asks the focused row's Annotate control to open (the keyboard shortcut). */
  readonly requestAnnotate: () => void;
  /** Lets the focused row's Annotate control hear those requests. */
  readonly onAnnotateRequest: (listener: () => void) => () => void;
}

const AnnotationContext = createContext<AnnotationLayer | null>(null);

export function AnnotationProvider({
  layer,
  children,
}: {
  readonly layer: AnnotationLayer;
  readonly children: ReactNode;
}) {
  return <AnnotationContext.Provider value={layer}>{children}</AnnotationContext.Provider>;
}

/** The annotation layer of the translate view. */
export function useAnnotationLayer(): AnnotationLayer {
  const layer = useContext(AnnotationContext);
  if (layer === null)
    throw new Error('useAnnotationLayer() needs an <AnnotationProvider> above it.');
  return layer;
}

export interface RowAnnotations {
  readonly source: readonly EditorAnnotation[];
  readonly target: readonly EditorAnnotation[];
  /** Every stored target annotation, placed or not: the editor keeps its marks of these. */
  readonly targetIds: ReadonlySet<string>;
  readonly onTargetChange: (ranges: TargetAnnotationRanges) => void;
}

const NO_ROW_ANNOTATIONS: RowAnnotations = {
  source: [],
  target: [],
  targetIds: new Set(),
  onTargetChange: () => undefined,
};

/** A row's annotations placed in its source and its current target; none outside an AnnotationProvider. */
export function useRowAnnotations(
  segmentId: SegmentId,
  source: string,
  targetText: string,
): RowAnnotations {
  const layer = useContext(AnnotationContext);
  const subscribe = useCallback(
    (listener: () => void) => layer?.store.subscribe(listener) ?? (() => undefined),
    [layer],
  );
  const read = useCallback(() => layer?.store.forSegment(segmentId), [layer, segmentId]);
  const annotations = useSyncExternalStore(subscribe, read);
  const typology = layer?.typology;
  const sourceAnnotations = useMemo(
    () =>
      annotations === undefined || typology === undefined
        ? NO_ROW_ANNOTATIONS.source
        : editorAnnotationsOf(annotations, 'source', source, typology),
    [annotations, source, typology],
  );
  const targetAnnotations = useMemo(
    () =>
      annotations === undefined || typology === undefined
        ? NO_ROW_ANNOTATIONS.target
        : editorAnnotationsOf(annotations, 'target', targetText, typology),
    [annotations, targetText, typology],
  );
  const targetIds = useMemo(
    () =>
      new Set(
        (annotations ?? [])
          .filter((annotation) => annotation.side === 'target')
          .map((annotation) => annotation.id),
      ),
    [annotations],
  );
  const onTargetChange = useCallback(
    (ranges: TargetAnnotationRanges) => layer?.onTargetAnnotationsChange(segmentId, ranges),
    [layer, segmentId],
  );
  if (layer === null) return NO_ROW_ANNOTATIONS;
  return { source: sourceAnnotations, target: targetAnnotations, targetIds, onTargetChange };
}
