import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface AnnotationRange {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The range, in plain-text offsets (a hard break counts one, as its newline), of each annotation
 * mark of a one-paragraph target: from its first marked character to its last, in text order.
 */
export function findAnnotationRanges(doc: ProseMirrorNode): AnnotationRange[] {
  const ranges = new Map<string, { start: number; end: number }>();
  let offset = 0;
  doc.descendants((node) => {
    if (!node.isInline) return true;
    const length = node.isText ? (node.text ?? '').length : 1;
    for (const mark of node.marks) {
      if (mark.type.name !== 'annotation') continue;
      const id = String(mark.attrs['annotationId']);
      const range = ranges.get(id);
      if (range === undefined) ranges.set(id, { start: offset, end: offset + length });
      else range.end = offset + length;
    }
    offset += length;
    return false;
  });
  return [...ranges].map(([id, { start, end }]) => ({ id, start, end }));
}
