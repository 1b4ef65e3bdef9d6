import type { SegmentId } from '../../../domain/ids';
import type { RichTextDoc } from '../../../domain/richText';
import type { TargetEditorHandle } from '../../../editor/TargetEditor';

/**
 * What the translate view is editing, outside React state so that a keystroke re-renders only
 * the row it changes: the focused segment, the targets typed ahead of storage, the focused
 * editor (set by the row that mounts it) and a generation that restarts that editor from its
 * target (after a restore, or when another tab's save is taken).
 */
export interface EditingStore {
  subscribe(listener: () => void): () => void;
  focusedId(): SegmentId | undefined;
  /** Focuses a segment; its editor takes the keyboard focus unless isEditorFocused is false. */
  focus(segmentId: SegmentId | undefined, options?: { readonly isEditorFocused?: boolean }): void;
  /** Whether the focused segment's editor takes the keyboard focus as it mounts. */
  isEditorFocused(): boolean;
  /** The segments with a target typed ahead of storage. */
  localTargetIds(): readonly SegmentId[];
  localTarget(segmentId: SegmentId): RichTextDoc | undefined;
  setLocalTarget(segmentId: SegmentId, target: RichTextDoc | undefined): void;
  generation(): number;
  /** The focused editor starts again from the row's target. */
  restartEditor(): void;
  readonly editorRef: { current: TargetEditorHandle | null };
}

/** A new, empty editing store. */
export function createEditingStore(): EditingStore {
  const listeners = new Set<() => void>();
  let focusedId: SegmentId | undefined;
  let localTargets: ReadonlyMap<SegmentId, RichTextDoc> = new Map();
  let generation = 0;
  let isEditorFocused = true;
  const notify = () => listeners.forEach((listener) => listener());
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    focusedId: () => focusedId,
    focus(segmentId, options) {
      isEditorFocused = options?.isEditorFocused ?? true;
      if (segmentId === focusedId) return;
      focusedId = segmentId;
      notify();
    },
    isEditorFocused: () => isEditorFocused,
    localTarget: (segmentId) => localTargets.get(segmentId),
    localTargetIds: () => [...localTargets.keys()],
    setLocalTarget(segmentId, target) {
      if (localTargets.get(segmentId) === target) return;
      const next = new Map(localTargets);
      if (target === undefined) next.delete(segmentId);
      else next.set(segmentId, target);
      localTargets = next;
      notify();
    },
    generation: () => generation,
    restartEditor() {
      generation += 1;
      notify();
    },
    editorRef: { current: null },
  };
}
