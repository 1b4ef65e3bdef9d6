import type { JSONContent } from '@tiptap/core';
import type { RichTextDoc } from '../domain/richText';
import type { EditorAnnotation } from './editorAnnotation';
import { annotationMarkAttributes } from './annotationMarkAttributes';
import { editorJsonFromRichText } from './editorJsonFromRichText';

/** The target editor's content for a stored target, with a mark over each annotation's range. */
export function editorJsonWithAnnotations(
  doc: RichTextDoc,
  annotations: readonly EditorAnnotation[],
): JSONContent {
  const json = editorJsonFromRichText(doc);
  if (annotations.length === 0) return json;
  const paragraph = json.content?.[0];
  const inline = paragraph?.content ?? [];
  const marked: JSONContent[] = [];
  let offset = 0;
  for (const node of inline) {
    const text = node.type === 'text' ? (node.text ?? '') : undefined;
    const length = text?.length ?? 1;
    const cuts = new Set([0, length]);
    for (const { start, end } of annotations) {
      for (const cut of [start - offset, end - offset]) if (cut > 0 && cut < length) cuts.add(cut);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index] ?? 0;
      const to = points[index + 1] ?? length;
      const marks = annotations
        .filter(({ start, end }) => start < offset + to && end > offset + from)
        .map((annotation) => ({ type: 'annotation', attrs: annotationMarkAttributes(annotation) }));
      const piece: JSONContent =
        text === undefined ? { ...node } : { type: 'text', text: text.slice(from, to) };
      marked.push(marks.length === 0 ? piece : { ...piece, marks });
    }
    offset += length;
  }
  return { type: 'doc', content: [{ ...paragraph, type: 'paragraph', content: marked }] };
}
