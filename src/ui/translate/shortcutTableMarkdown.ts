import englishTranslate from '../../../locales/en/translate.json';
import { keyCombinationParts } from './keyCombinationParts';
import { SHORTCUTS } from './shortcuts';

/** The shortcut table for the README, in English, from the same list the in-app sheet shows. */
export function shortcutTableMarkdown(): string {
  const strings = englishTranslate.shortcuts;
  const rows = SHORTCUTS.map((shortcut) => {
    const keys = shortcut.combinations
      .map((combination) =>
        keyCombinationParts(combination, strings.keys)
          .map((key) => `<kbd>${key}</kbd>`)
          .join('+'),
      )
      .join(` ${strings.or} `);
    return `| ${keys} | ${strings.actions[shortcut.action]} |`;
  });
  const hasOutsideTextKeys = SHORTCUTS.some((shortcut) =>
    shortcut.combinations.some((combination) => combination.outsideTextOnly === true),
  );
  return [
    `| ${strings.keysColumn} | ${strings.actionColumn} |`,
    '| --- | --- |',
    ...rows,
    '',
    strings.macNote,
    ...(hasOutsideTextKeys ? ['', strings.outsideTextNote] : []),
  ].join('\n');
}
