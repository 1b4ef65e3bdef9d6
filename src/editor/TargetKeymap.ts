import { Extension } from '@tiptap/core';

const handled = () => true;

/**
 * Keys the target editor takes without acting: Enter never splits the sentence (Shift+Enter
 * inserts a hard break), Mod+Enter is the translate view's confirm and never a hard break, and
 * the browser's own bold, italic and underline never mark text no export could carry.
 */
export const TargetKeymap = Extension.create({
  name: 'targetKeymap',
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Enter: handled,
      'Mod-Enter': handled,
      'Mod-b': handled,
      'Mod-i': handled,
      'Mod-u': handled,
    };
  },
});
