import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { RichTextDoc } from '../domain/richText';
import { refreshAvoidedRenderings, type AvoidedRenderingSpan } from './AvoidedRenderingHighlight';
import { createTargetExtensions } from './createTargetExtensions';
import type { EditorAnnotation } from './editorAnnotation';
import { editorJsonFromRichText } from './editorJsonFromRichText';
import { editorJsonWithAnnotations } from './editorJsonWithAnnotations';
import { findAnnotationRanges, type AnnotationRange } from './findAnnotationRanges';
import { richTextFromEditorJson } from './richTextFromEditorJson';
import { spacedInsertion } from './spacedInsertion';
import { spaceOwedPluginKey } from './spaceOwedPluginKey';
import { annotationSyncMeta, syncAnnotationMarks } from './syncAnnotationMarks';

/** The selection of the target in plain-text offsets, with the whole text they refer to. */
export interface TargetSelection {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where the editor holds its annotations now: ranges of `text`; `knownIds` are all it was given. */
export interface TargetAnnotationRanges {
  readonly text: string;
  readonly ranges: readonly AnnotationRange[];
  readonly knownIds: readonly string[];
}

/** What the translate view may do with the mounted target editor. */
export interface TargetEditorHandle {
  /** Inserts plain text at the cursor (replacing a selection), spaced from the words around it. */
  insertText(text: string): void;
  /** Replaces the whole target, as one undoable step. */
  replaceContent(doc: RichTextDoc): void;
  /** The text currently selected in the editor, '' when none. */
  selectedText(): string;
  /** The selection in plain-text offsets, undefined when nothing is selected. */
  selectedRange(): TargetSelection | undefined;
  focus(): void;
}

export interface TargetEditorProps {
  readonly initialContent: RichTextDoc;
  readonly label: string;
  readonly onChange: (doc: RichTextDoc) => void;
  readonly onBlur: () => void;
  readonly handleRef?: Ref<TargetEditorHandle>;
  /** Where the user clicked, in pixels from the text's top-left corner, to put the caret there; else it goes to the end. */
  readonly caretPoint?: { readonly x: number; readonly y: number };
  /** False leaves the focus where it is (the find box moving from hit to hit). */
  readonly isFocusedOnMount?: boolean;
  /** The deprecated and forbidden renderings of the text, to mark (the latest function is used). */
  readonly findAvoidedRenderings?: (text: string) => readonly AvoidedRenderingSpan[];
  /** The segment's target annotations, placed in the text the editor starts with. */
  readonly annotations?: readonly EditorAnnotation[];
  /** Stored annotations not in `annotations` (not placed, detached): a mark the editor holds for one stays. */
  readonly keptAnnotationIds?: ReadonlySet<string>;
  /** Called after each change of the text with where the annotations are now. */
  readonly onAnnotationsChange?: (ranges: TargetAnnotationRanges) => void;
}

const NO_ANNOTATIONS: readonly EditorAnnotation[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

/** The focused row's target: a TipTap editor that starts with the caret where the user clicked, or at the end. */
export function TargetEditor({
  initialContent,
  label,
  onChange,
  onBlur,
  handleRef,
  caretPoint,
  isFocusedOnMount = true,
  findAvoidedRenderings,
  annotations = NO_ANNOTATIONS,
  keptAnnotationIds = NO_IDS,
  onAnnotationsChange,
}: TargetEditorProps) {
  const callbacks = useRef({ onChange, onBlur, findAvoidedRenderings, onAnnotationsChange });
  useEffect(() => {
    callbacks.current = { onChange, onBlur, findAvoidedRenderings, onAnnotationsChange };
  }, [onChange, onBlur, findAvoidedRenderings, onAnnotationsChange]);
  const initialAnnotations = useRef(annotations);
  const knownAnnotationIds = useRef(new Set(annotations.map((annotation) => annotation.id)));

  const editor = useEditor({
    extensions: createTargetExtensions(
      (text) => callbacks.current.findAvoidedRenderings?.(text) ?? [],
    ),
    content:
      initialAnnotations.current.length === 0
        ? editorJsonFromRichText(initialContent)
        : editorJsonWithAnnotations(initialContent, initialAnnotations.current),
    autofocus: false,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'target-editor',
        spellcheck: 'true',
        lang: 'en',
      },
      handleDOMEvents: {
        // A selection left in a source (kept for Add term and Annotate, which remember it) would
        // stay the page's selection after a click here, and keys would act on it: drop it first.
        mousedown: (view) => {
          const selection = view.dom.ownerDocument.getSelection();
          if (
            selection !== null &&
            selection.rangeCount > 0 &&
            !view.dom.contains(selection.anchorNode)
          )
            selection.removeAllRanges();
          return false;
        },
      },
    },
    onUpdate: ({ editor: updated, transaction }) => {
      if (transaction.getMeta(annotationSyncMeta) === true) return;
      callbacks.current.onChange(richTextFromEditorJson(updated.getJSON()));
      if (knownAnnotationIds.current.size === 0) return;
      callbacks.current.onAnnotationsChange?.({
        text: plainTextOf(updated.state.doc),
        ranges: findAnnotationRanges(updated.state.doc),
        knownIds: [...knownAnnotationIds.current],
      });
    },
    onBlur: () => callbacks.current.onBlur(),
  });

  // The finder changes when the glossary loads or changes, or the UI language does: mark anew.
  const markedWith = useRef(findAvoidedRenderings);
  useEffect(() => {
    if (markedWith.current === findAvoidedRenderings || editor.isDestroyed) return;
    markedWith.current = findAvoidedRenderings;
    refreshAvoidedRenderings(editor.view);
  }, [editor, findAvoidedRenderings]);

  useEffect(() => {
    syncAnnotationMarks(editor, annotations, knownAnnotationIds.current, keptAnnotationIds);
  }, [editor, annotations, keptAnnotationIds]);

  const initialCaretPoint = useRef(caretPoint);
  const shouldFocusOnMount = useRef(isFocusedOnMount);
  useEffect(() => {
    if (!shouldFocusOnMount.current) return;
    const point = initialCaretPoint.current;
    const position =
      point === undefined
        ? undefined
        : editor.view.posAtCoords(viewportPoint(editor.view.dom, point));
    // The list scrolls the row into view; scrolling to a caret at the end would hide a long row's start.
    editor.commands.focus(position?.pos ?? 'end', { scrollIntoView: false });
  }, [editor]);

  useImperativeHandle(
    handleRef,
    () => ({
      insertText: (text) => {
        if (text.trim() === '') return;
        const { from, to } = editor.state.selection;
        const { doc } = editor.state;
        const before = doc.textBetween(Math.max(0, from - 2), from, '\n', '\n');
        const after = doc.textBetween(to, Math.min(doc.content.size, to + 2), '\n', '\n');
        const isAtLineEnd = after === '' || after.startsWith('\n');
        editor
          .chain()
          .focus()
          .insertContent({ type: 'text', text: spacedInsertion(before, text.trim(), after) })
          .command(({ tr }) => {
            if (isAtLineEnd) tr.setMeta(spaceOwedPluginKey, tr.selection.from);
            return true;
          })
          .run();
      },
      replaceContent: (doc) => {
        editor
          .chain()
          .focus()
          .setContent(editorJsonFromRichText(doc), { emitUpdate: true })
          .focus('end')
          .run();
      },
      selectedText: () => {
        const { from, to } = editor.state.selection;
        return editor.state.doc.textBetween(from, to, ' ');
      },
      selectedRange: () => {
        const { from, to } = editor.state.selection;
        if (from === to) return undefined;
        const { doc } = editor.state;
        return {
          start: doc.textBetween(0, from, '\n', '\n').length,
          end: doc.textBetween(0, to, '\n', '\n').length,
          text: plainTextOf(doc),
        };
      },
      focus: () => {
        editor.commands.focus();
      },
    }),
    [editor],
  );

  return <EditorContent editor={editor} />;
}

function plainTextOf(doc: {
  readonly content: { readonly size: number };
  textBetween(from: number, to: number, blockSeparator: string, leafText: string): string;
}): string {
  return doc.textBetween(0, doc.content.size, '\n', '\n');
}

function viewportPoint(element: HTMLElement, offset: { readonly x: number; readonly y: number }) {
  const rectangle = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    left: rectangle.left + (parseFloat(style.paddingLeft) || 0) + offset.x,
    top: rectangle.top + (parseFloat(style.paddingTop) || 0) + offset.y,
  };
}
