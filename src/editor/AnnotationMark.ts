import { Mark } from '@tiptap/core';
import { annotationAttributes } from './annotationAttributes';

/**
 * The target's annotated spans, as marks so that ProseMirror maps them through every edit and
 * undo brings back one whose text was deleted. Several may overlap (excludes nothing); text
 * typed at their edges stays outside (not inclusive). They are never stored with the target
 * (normalizeRichText drops marks): the editor reports their ranges instead (findAnnotationRanges).
 */
export const AnnotationMark = Mark.create({
  name: 'annotation',
  excludes: '',
  inclusive: false,
  spanning: true,
  addAttributes() {
    return {
      annotationId: { default: '', rendered: false },
      category: { default: '', rendered: false },
      linkedId: { default: null, rendered: false },
      isError: { default: false, rendered: false },
    };
  },
  parseHTML() {
    return [];
  },
  renderHTML({ mark }) {
    const { annotationId, category, linkedId, isError } = mark.attrs as {
      annotationId: string;
      category: string;
      linkedId: string | null;
      isError: boolean;
    };
    return [
      'span',
      annotationAttributes({
        id: annotationId,
        category,
        isError,
        ...(linkedId === null ? {} : { linkedId }),
      }),
      0,
    ];
  },
});
