import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { pastedPlainText } from './pastedPlainText';

/**
 * Takes every paste, and every drop from outside the editor, as cleaned plain text: formatting,
 * markup and control characters from other pages never enter a target.
 */
export const PlainTextPaste = Extension.create({
  name: 'plainTextPaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('plainTextPaste'),
        props: {
          handlePaste: (view, event, slice) => {
            const clipboardText = event.clipboardData?.getData('text/plain') ?? '';
            const text =
              clipboardText !== ''
                ? clipboardText
                : slice.content.textBetween(0, slice.content.size, ' ', ' ');
            const insertion = pastedPlainText(text);
            if (insertion !== '')
              view.dispatch(view.state.tr.insertText(insertion).scrollIntoView());
            return true;
          },
          handleDrop: (view, event, slice, isMoved) => {
            if (isMoved) return false;
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY });
            const droppedText = event.dataTransfer?.getData('text/plain') ?? '';
            const text =
              droppedText !== ''
                ? droppedText
                : slice.content.textBetween(0, slice.content.size, ' ', ' ');
            const insertion = pastedPlainText(text);
            if (position !== null && insertion !== '')
              view.dispatch(view.state.tr.insertText(insertion, position.pos));
            return true;
          },
        },
      }),
    ];
  },
});
