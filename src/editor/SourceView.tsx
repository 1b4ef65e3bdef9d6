import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { createSourceExtensions } from './createSourceExtensions';
import { editorJsonFromPlainText } from './editorJsonFromPlainText';
import type { HighlightTerm } from './highlightTerm';
import { setHighlightTerms } from './setHighlightTerms';

export interface SourceViewProps {
  readonly text: string;
  readonly terms: readonly HighlightTerm[];
}

/** The focused row's source: a read-only TipTap view whose glossary terms are highlighted. */
export function SourceView({ text, terms }: SourceViewProps) {
  const editor = useEditor(
    {
      extensions: createSourceExtensions(terms),
      content: editorJsonFromPlainText(text),
      editable: false,
      editorProps: { attributes: { class: 'source-view', lang: 'zh-Hans' } },
    },
    [text],
  );

  useEffect(() => {
    setHighlightTerms(editor, terms);
  }, [editor, terms]);

  return <EditorContent editor={editor} />;
}
