import { describe, expect, it } from 'vitest';
import englishTranslate from '../../../locales/en/translate.json';
import { shortcutTableMarkdown } from './shortcutTableMarkdown';
import { SHORTCUTS } from './shortcuts';

describe('shortcutTableMarkdown', () => {
  const table = shortcutTableMarkdown();

  it.each(SHORTCUTS.map((shortcut) => [shortcut.action]))('has a row for %s', (action) => {
    const description = englishTranslate.shortcuts.actions[action];
    expect(table.split('\n').filter((line) => line.endsWith(`| ${description} |`))).toHaveLength(1);
  });

  it('explains the * of keys that work only outside text fields, as the in-app sheet does', () => {
    expect(table).toContain('<kbd>?*</kbd>');
    expect(table.split('\n')).toContain(englishTranslate.shortcuts.outsideTextNote);
  });

  it('shows modifiers before keys', () => {
    expect(table).toContain('<kbd>Ctrl</kbd>+<kbd>Enter</kbd>');
    expect(table).toContain(
      '<kbd>Alt</kbd>+<kbd>Insert</kbd> or <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>',
    );
  });
});
