// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { richTextFromPlainText } from '../domain/richText';
import { createTargetExtensions } from './createTargetExtensions';
import { editorJsonFromRichText } from './editorJsonFromRichText';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function editorWith(text: string): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createTargetExtensions(),
    content: editorJsonFromRichText(richTextFromPlainText(text)),
  });
  editor.commands.focus('end');
  return editor;
}

function press(target: Editor, key: string, modifiers: KeyboardEventInit = {}): void {
  target.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }),
  );
}

describe('the target editor keymap', () => {
  it.each<[string, KeyboardEventInit]>([
    ['Enter', {}],
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Cmd+Enter', { metaKey: true }],
  ])('keeps the target one paragraph on %s', (_name, modifiers) => {
    const target = editorWith('One sentence.');
    press(target, 'Enter', modifiers);
    expect(target.getJSON()).toEqual(
      editorJsonFromRichText(richTextFromPlainText('One sentence.')),
    );
  });

  it('inserts a hard break on Shift+Enter', () => {
    const target = editorWith('One');
    press(target, 'Enter', { shiftKey: true });
    expect(target.getJSON().content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'One' }, { type: 'hardBreak' }] },
    ]);
  });

  it.each(['b', 'i', 'u'])('takes Ctrl+%s without marking anything', (key) => {
    const target = editorWith('word');
    const event = new KeyboardEvent('keydown', {
      key,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    target.commands.selectAll();
    target.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(JSON.stringify(target.getJSON())).not.toContain('marks');
  });
});
