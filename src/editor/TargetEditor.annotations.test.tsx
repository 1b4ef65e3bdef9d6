// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { richTextFromPlainText } from '../domain/richText';
import { createTargetExtensions } from './createTargetExtensions';
import type { EditorAnnotation } from './editorAnnotation';
import { editorJsonWithAnnotations } from './editorJsonWithAnnotations';
import { findAnnotationRanges } from './findAnnotationRanges';
import { TargetEditor, type TargetAnnotationRanges, type TargetEditorHandle } from './TargetEditor';
import { undo } from '@tiptap/pm/history';

afterEach(cleanup);

// Undo scrolls the selection into view; jsdom has no layout.
const noRects = () =>
  ({
    length: 0,
    item: () => null,
    [Symbol.iterator]: [][Symbol.iterator],
  }) as unknown as DOMRectList;
Range.prototype.getClientRects ??= noRects;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

interface TiptapElement extends HTMLElement {
  readonly editor?: { readonly view: EditorView };
}

const TEXT = 'Shanxi slows its transformation.';
const slows: EditorAnnotation = {
  id: 'a1',
  category: 'mistranslation',
  start: 7,
  end: 12,
  isError: true,
};

async function renderEditor(annotations: readonly EditorAnnotation[]) {
  const handle = createRef<TargetEditorHandle>();
  const reports: TargetAnnotationRanges[] = [];
  const props = {
    initialContent: richTextFromPlainText(TEXT),
    label: 'Translation',
    onChange: () => undefined,
    onBlur: () => undefined,
    handleRef: handle,
    onAnnotationsChange: (ranges: TargetAnnotationRanges) => reports.push(ranges),
  };
  const { container, rerender } = render(<TargetEditor {...props} annotations={annotations} />);
  const view = await waitFor(() => {
    const found = container.querySelector<TiptapElement>('.ProseMirror')?.editor?.view;
    if (found === undefined) throw new Error('no editor yet');
    return found;
  });
  const edit = (from: number, to: number, text: string) =>
    act(() => {
      view.dispatch(
        text === ''
          ? view.state.tr.delete(from + 1, to + 1)
          : view.state.tr.insertText(text, from + 1, to + 1),
      );
    });
  const spans = () =>
    [...container.querySelectorAll('[data-annotation-id]')].map((span) => [
      span.getAttribute('data-annotation-id'),
      span.getAttribute('data-annotation-category'),
      span.textContent,
    ]);
  const update = (next: readonly EditorAnnotation[]) =>
    rerender(<TargetEditor {...props} annotations={next} />);
  return { view, edit, spans, reports, handle, update, container };
}

describe('TargetEditor annotations', () => {
  it('renders each annotation as a span with its id and category', async () => {
    const editor = await renderEditor([slows]);
    expect(editor.spans()).toEqual([['a1', 'mistranslation', 'slows']]);
  });

  it('follows typing around and inside the span, and reports where it is', async () => {
    const editor = await renderEditor([slows]);
    editor.edit(0, 0, 'Now ');
    editor.edit(16, 16, ' down');
    editor.edit(12, 12, 'x');
    expect(editor.view.state.doc.textContent).toBe('Now Shanxi sxlows down its transformation.');
    expect(editor.spans()).toEqual([['a1', 'mistranslation', 'sxlows']]);
    expect(editor.reports.at(-1)).toEqual({
      text: 'Now Shanxi sxlows down its transformation.',
      ranges: [{ id: 'a1', start: 11, end: 17 }],
      knownIds: ['a1'],
    });
  });

  it('drops it when all of its text is deleted, and undo brings it back', async () => {
    const editor = await renderEditor([slows]);
    editor.edit(7, 13, '');
    expect(editor.spans()).toEqual([]);
    expect(editor.reports.at(-1)?.ranges).toEqual([]);
    act(() => {
      undo(editor.view.state, editor.view.dispatch);
    });
    expect(editor.spans()).toEqual([['a1', 'mistranslation', 'slows']]);
    expect(editor.reports.at(-1)?.ranges).toEqual([{ id: 'a1', start: 7, end: 12 }]);
  });

  it('marks annotations added later, restyles changed ones and unmarks deleted ones, none undoable', async () => {
    const editor = await renderEditor([slows]);
    const its: EditorAnnotation = {
      id: 'a2',
      category: 'term',
      start: 13,
      end: 16,
      isError: false,
    };
    editor.update([{ ...slows, category: 'grammar' }, its]);
    expect(editor.spans()).toEqual([
      ['a1', 'grammar', 'slows'],
      ['a2', 'term', 'its'],
    ]);
    editor.update([its]);
    expect(editor.spans()).toEqual([['a2', 'term', 'its']]);
    expect(editor.reports).toEqual([]);
  });

  it('gives the selection in plain-text offsets', async () => {
    const editor = await renderEditor([]);
    act(() => {
      const { state } = editor.view;
      editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, 8, 13)));
    });
    expect(editor.handle.current?.selectedRange()).toEqual({ start: 7, end: 12, text: TEXT });
  });
});

describe('annotation marks through random edits', () => {
  type Label = 'a' | 'o' | 'n';
  it('never move onto other words', () => {
    const edit = fc.record({
      from: fc.double({ min: 0, max: 1, noNaN: true }),
      width: fc.double({ min: 0, max: 1, noNaN: true }),
      insert: fc.nat({ max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 15 }), (edits) => {
        const editor = new Editor({
          element: document.createElement('div'),
          extensions: createTargetExtensions(),
          content: editorJsonWithAnnotations(richTextFromPlainText(TEXT), [slows]),
        });
        try {
          let labels: Label[] = [...TEXT].map((_, index) => (index >= 7 && index < 12 ? 'a' : 'o'));
          for (const { from: share, width, insert } of edits) {
            const from = Math.floor(share * labels.length);
            const to = from + Math.floor(width * (labels.length - from));
            const { tr } = editor.state;
            editor.view.dispatch(
              insert === 0
                ? tr.delete(from + 1, to + 1)
                : tr.insertText('x'.repeat(insert), from + 1, to + 1),
            );
            labels = [
              ...labels.slice(0, from),
              ...Array<Label>(insert).fill('n'),
              ...labels.slice(to),
            ];
            const [range] = findAnnotationRanges(editor.state.doc);
            const annotated = labels.flatMap((label, index) => (label === 'a' ? [index] : []));
            if (range === undefined) {
              expect(annotated).toEqual([]);
              continue;
            }
            expect(labels.slice(range.start, range.end)).not.toContain('o');
            expect(annotated.every((index) => index >= range.start && index < range.end)).toBe(
              true,
            );
          }
        } finally {
          editor.destroy();
        }
      }),
      { numRuns: 150 },
    );
  });
});
