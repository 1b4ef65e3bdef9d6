import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { RichTextDoc } from '../domain/richText';
import type { AvoidedRenderingSpan } from './AvoidedRenderingHighlight';
import { createTargetExtensions } from './createTargetExtensions';
import { editorJsonFromRichText } from './editorJsonFromRichText';
import { richTextFromEditorJson } from './richTextFromEditorJson';
import { spacedInsertion } from './spacedInsertion';
import { spaceOwedPluginKey } from './spaceOwedPluginKey';

/** What the translate view may do with the mounted target editor. */
export interface TargetEditorHandle {
  /** Inserts plain text at the cursor (replacing a selection), spaced from the words around it. */
  insertText(text: string): void;
  /** Replaces the whole target, as one undoable step. */
  replaceContent(doc: RichTextDoc): void;
  /** The text currently selected in the editor, '' when none. */
  selectedText(): string;
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
}

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
}: TargetEditorProps) {
  const callbacks = useRef({ onChange, onBlur, findAvoidedRenderings });
  useEffect(() => {
    callbacks.current = { onChange, onBlur, findAvoidedRenderings };
  }, [onChange, onBlur, findAvoidedRenderings]);

  const editor = useEditor({
    extensions: createTargetExtensions(
      (text) => callbacks.current.findAvoidedRenderings?.(text) ?? [],
    ),
    content: editorJsonFromRichText(initialContent),
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
    },
    onUpdate: ({ editor: updated }) =>
      callbacks.current.onChange(richTextFromEditorJson(updated.getJSON())),
    onBlur: () => callbacks.current.onBlur(),
  });

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
      focus: () => {
        editor.commands.focus();
      },
    }),
    [editor],
  );

  return <EditorContent editor={editor} />;
}

function viewportPoint(element: HTMLElement, offset: { readonly x: number; readonly y: number }) {
  const rectangle = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    left: rectangle.left + (parseFloat(style.paddingLeft) || 0) + offset.x,
    top: rectangle.top + (parseFloat(style.paddingTop) || 0) + offset.y,
  };
}
