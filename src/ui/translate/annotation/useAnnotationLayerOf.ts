import { useEffect, useMemo } from 'react';
import type { Annotation } from '../../../domain/annotation/annotation';
import type { AnnotationId, DocumentId, SegmentId } from '../../../domain/ids';
import type { TargetAnnotationRanges } from '../../../editor/TargetEditor';
import { useAnnotationAnchorSaver } from '../../hooks/useAnnotationAnchorSaver';
import { useAnnotationSettings } from '../../hooks/useAnnotationSettings';
import { useDocumentAnnotations } from '../../hooks/useDocumentAnnotations';
import type { EditingStore } from '../editing/createEditingStore';
import type { AnnotationLayer } from './AnnotationContext';
import { createAnnotationStore } from './createAnnotationStore';

/**
 * The translate view's annotation layer for a document: its annotations for the rows, the
 * typology, the writes of the target editor's annotation ranges as it is typed, and the spans
 * selected in the focused row (the source's from the DOM, the target's from its editor).
 */
export function useAnnotationLayerOf(
  documentId: DocumentId | undefined,
  editing: EditingStore,
  sourceSelection: { range(): { start: number; end: number } | undefined },
  sourceOf: (segmentId: SegmentId) => string | undefined,
): { readonly layer: AnnotationLayer; readonly annotations: readonly Annotation[] | undefined } {
  const annotations = useDocumentAnnotations(documentId);
  const { settings } = useAnnotationSettings();
  const saveAnchors = useAnnotationAnchorSaver();
  const store = useMemo(createAnnotationStore, []);
  const annotateListeners = useMemo(() => new Set<() => void>(), []);
  useEffect(() => {
    store.set(annotations ?? []);
  }, [store, annotations]);

  const layer = useMemo<AnnotationLayer>(
    () => ({
      store,
      typology: settings.typology,
      onTargetAnnotationsChange: (segmentId: SegmentId, ranges: TargetAnnotationRanges) =>
        saveAnchors(segmentId, {
          text: ranges.text,
          ranges: ranges.ranges.map((range) => ({ ...range, id: range.id as AnnotationId })),
          knownIds: ranges.knownIds as AnnotationId[],
        }),
      requestAnnotate: () => annotateListeners.forEach((listener) => listener()),
      onAnnotateRequest: (listener) => {
        annotateListeners.add(listener);
        return () => annotateListeners.delete(listener);
      },
      readSelection: () => {
        const focusedId = editing.focusedId();
        const source = focusedId === undefined ? undefined : sourceOf(focusedId);
        const sourceRange = sourceSelection.range();
        const target = editing.editorRef.current?.selectedRange();
        return {
          ...(source === undefined || sourceRange === undefined
            ? {}
            : { source: { ...sourceRange, text: source } }),
          ...(target === undefined || target.text.slice(target.start, target.end).trim() === ''
            ? {}
            : { target }),
        };
      },
    }),
    [store, annotateListeners, settings.typology, saveAnchors, editing, sourceSelection, sourceOf],
  );
  return { layer, annotations };
}
