// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { plainTextFromRichText, richTextFromPlainText, type RichTextDoc } from '../domain/richText';
import { TargetEditor, type TargetEditorHandle } from './TargetEditor';

const LABEL = 'Translation';

afterEach(cleanup);

interface TiptapElement extends HTMLElement {
  readonly editor?: { readonly view: EditorView };
}

async function renderEditor(text: string) {
  const handle = createRef<TargetEditorHandle>();
  const changes: RichTextDoc[] = [];
  const { container } = render(
    <TargetEditor
      initialContent={richTextFromPlainText(text)}
      label={LABEL}
      onChange={(doc) => changes.push(doc)}
      onBlur={() => undefined}
      handleRef={handle}
    />,
  );
  const view = await waitFor(() => {
    const found = container.querySelector<TiptapElement>('.ProseMirror');
    const view = found?.editor?.view;
    if (view === undefined) throw new Error('no editor yet');
    return view;
  });
  const typed = (characters: string) => {
    for (const character of characters) {
      act(() => {
        const { from, to } = view.state.selection;
        const isHandled = view.someProp('handleTextInput', (handler) =>
          handler(view, from, to, character, () => view.state.tr.insertText(character, from, to)),
        );
        if (isHandled !== true) view.dispatch(view.state.tr.insertText(character, from, to));
      });
    }
  };
  const currentText = () => view.state.doc.textContent;
  const insert = (rendering: string) => act(() => handle.current?.insertText(rendering));
  return { view, typed, text: currentText, insert, changes };
}

describe('TargetEditor', () => {
  it('drops a selection left outside it when pressed, and leaves its own', async () => {
    const { view } = await renderEditor('It is.');
    const outside = document.createElement('p');
    outside.textContent = '连日来';
    document.body.append(outside);
    const selection = document.getSelection();
    // The editor's own mousedown handlers (jsdom has no layout for ProseMirror's hit test).
    const press = () =>
      view.someProp('handleDOMEvents', (handlers) =>
        handlers.mousedown?.(view, new MouseEvent('mousedown')),
      );
    selection?.selectAllChildren(outside);
    press();
    expect(selection?.rangeCount).toBe(0);
    selection?.selectAllChildren(view.dom);
    press();
    expect(selection?.toString()).toBe('It is.');
    outside.remove();
  });

  it.each([
    ['a word typed after a term at the end', 'The ', 'development', 'is', 'The development is'],
    ['a full stop typed after a term', 'It is the ', 'development', '.', 'It is the development.'],
    ['a space typed after a term', 'The ', 'development', ' is', 'The development is'],
    ['a term after a word, then a word', 'The', 'development', 'is', 'The development is'],
  ])('spaces %s', async (_name, initial, rendering, typing, expected) => {
    const editor = await renderEditor(initial);
    editor.insert(rendering);
    editor.typed(typing);
    expect(editor.text()).toBe(expected);
    expect(plainTextFromRichText(editor.changes.at(-1) ?? richTextFromPlainText(''))).toBe(
      expected,
    );
  });

  it('adds no space to what is typed once the caret has moved away from the term', async () => {
    const editor = await renderEditor('The ');
    editor.insert('development');
    act(() => {
      const { state } = editor.view;
      editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, 1)));
    });
    editor.typed('x');
    expect(editor.text()).toBe('xThe development');
  });
});
