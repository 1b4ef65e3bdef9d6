import englishAlignment from '../../../locales/en/alignment.json';
import { keyCombinationParts } from '../translate/keyCombinationParts';
import { ALIGNMENT_SHORTCUTS } from './alignmentCommands';

/** The alignment workspace's key table for the README, in English, from the list the grid reads. */
export function alignmentShortcutTableMarkdown(): string {
  const rows = ALIGNMENT_SHORTCUTS.map((shortcut) => {
    const keys = shortcut.combinations
      .map((combination) =>
        keyCombinationParts(combination, englishAlignment.keys)
          .map((key) => `<kbd>${key}</kbd>`)
          .join('+'),
      )
      .join(' or ');
    return `| ${keys} | \`${shortcut.command}\` | ${englishAlignment.commands[shortcut.command].help} |`;
  });
  return ['| Keys | Command | Action |', '| --- | --- | --- |', ...rows].join('\n');
}
