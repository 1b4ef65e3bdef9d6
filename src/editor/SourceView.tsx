import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { changeAnnotationHighlight } from './changeAnnotationHighlight';
import { changeTermHighlight } from './changeTermHighlight';
import { createSourceExtensions } from './createSourceExtensions';
import type { EditorAnnotation } from './editorAnnotation';
import { editorJsonFromPlainText } from './editorJsonFromPlainText';
import type { HighlightTerm } from './highlightTerm';
import { moveTermFocus } from './moveTermFocus';

export interface SourceViewProps {
  readonly text: string;
  readonly terms: readonly HighlightTerm[];
  readonly annotations?: readonly EditorAnnotation[];
}

const NO_ANNOTATIONS: readonly EditorAnnotation[] = [];

/**
 * The focused row's source: a read-only TipTap view whose glossary terms and annotations are highlighted, one
 * of them a Tab stop and the arrow keys between them, and whose bidi controls are isolated.
 */
export function SourceView({ text, terms, annotations = NO_ANNOTATIONS }: SourceViewProps) {
  const editor = useEditor(
    {
      extensions: createSourceExtensions(terms, annotations),
      content: editorJsonFromPlainText(text),
      editable: false,
      editorProps: { attributes: { class: 'source-view', lang: 'zh-Hans' } },
    },
    [text],
  );

  useEffect(() => {
    changeTermHighlight(editor, { terms });
  }, [editor, terms]);

  useEffect(() => {
    changeAnnotationHighlight(editor, annotations);
  }, [editor, annotations]);

  return (
    <EditorContent
      editor={editor}
      onKeyDown={(event) =>
        moveTermFocus(event.currentTarget, event, (tabStop) =>
          changeTermHighlight(editor, { tabStop }),
        )
      }
    />
  );
}
