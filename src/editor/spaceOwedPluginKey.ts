import { PluginKey } from '@tiptap/pm/state';

/**
 * Key of the plugin remembering where a text insertion at the end of a line left off: a
 * transaction with this meta (that position) makes the next text typed there spaced from it.
 */
export const spaceOwedPluginKey = new PluginKey<number | null>('spaceOwed');
