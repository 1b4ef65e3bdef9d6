import type { Editor } from '@tiptap/core';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { annotationMarkAttributes } from './annotationMarkAttributes';
import type { EditorAnnotation } from './editorAnnotation';

/** Meta of the transactions that bring the marks in line with the stored annotations (not typing). */
export const annotationSyncMeta = 'annotationSync';

/**
 * Brings the target's annotation marks in line with the annotations given: marks the ones the
 * editor never held (added here or in another tab), changes the look of those whose category or
 * link changed, and removes those that are gone (deleted) unless in `keptIds` (stored but not
 * placed in the text: the editor's own mark wins); where the editor holds an annotation it keeps
 * its own range, which follows the typing. Not undoable; adds each id to `knownIds`.
 */
export function syncAnnotationMarks(
  editor: Editor,
  annotations: readonly EditorAnnotation[],
  knownIds: Set<string>,
  keptIds: ReadonlySet<string> = new Set(),
): void {
  if (editor.isDestroyed) return;
  const { state } = editor;
  const markType = state.schema.marks['annotation'];
  if (markType === undefined) return;
  const wanted = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const tr = state.tr;
  const found = new Map<string, Mark>();
  state.doc.descendants((node: ProseMirrorNode, position: number) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (mark.type !== markType) continue;
      const id = String(mark.attrs['annotationId']);
      found.set(id, mark);
      const annotation = wanted.get(id);
      if (annotation === undefined) {
        if (!keptIds.has(id)) tr.removeMark(position, position + node.nodeSize, mark);
      } else {
        const attributes = annotationMarkAttributes(annotation);
        if (JSON.stringify(attributes) !== JSON.stringify(mark.attrs)) {
          tr.removeMark(position, position + node.nodeSize, mark);
          tr.addMark(position, position + node.nodeSize, markType.create(attributes));
        }
      }
    }
    return false;
  });
  const size = state.doc.content.size;
  for (const annotation of annotations) {
    if (knownIds.has(annotation.id) || found.has(annotation.id)) {
      knownIds.add(annotation.id);
      continue;
    }
    knownIds.add(annotation.id);
    const from = annotation.start + 1;
    const to = annotation.end + 1;
    if (from < to && to <= size - 1)
      tr.addMark(from, to, markType.create(annotationMarkAttributes(annotation)));
  }
  if (!tr.docChanged) return;
  editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta(annotationSyncMeta, true));
}
