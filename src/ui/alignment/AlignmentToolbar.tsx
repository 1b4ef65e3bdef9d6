import { useTranslation } from 'react-i18next';
import { keyCombinationParts } from '../translate/keyCombinationParts';
import { ALIGNMENT_SHORTCUTS, type AlignmentCommand } from './alignmentCommands';

type ToolbarCommand = AlignmentCommand | 'use-as-project' | 'export-tsv';

interface AlignmentToolbarProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly isBusy: boolean;
  readonly onCommand: (command: ToolbarCommand) => void;
}

const GROUPS: readonly (readonly ToolbarCommand[])[] = [
  ['undo', 'redo'],
  [
    'merge-next',
    'split-bead',
    'shift-up',
    'pop-down',
    'detach-side',
    'insert-empty',
    'swap-previous',
  ],
  ['edit-sentence', 'join-sentence'],
  ['confirm-bead', 'confirm-through', 'realign'],
  ['previous-low-confidence', 'next-low-confidence', 'next-unconfirmed', 'next-not-one-to-one'],
  ['use-as-project', 'export-tsv'],
];

/** A button for every correction, with its key in the tooltip. */
export function AlignmentToolbar({ canUndo, canRedo, isBusy, onCommand }: AlignmentToolbarProps) {
  const { t } = useTranslation('alignment');
  const keyNames = { mod: t('keys.mod'), alt: t('keys.alt'), shift: t('keys.shift') };

  function keysOf(command: ToolbarCommand): string {
    const shortcut = ALIGNMENT_SHORTCUTS.find((candidate) => candidate.command === command);
    const first = shortcut?.combinations[0];
    return first === undefined ? '' : keyCombinationParts(first, keyNames).join('+');
  }

  return (
    <div className="align-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {GROUPS.map((group, groupIndex) => (
        <div className="align-toolbar__group" key={groupIndex}>
          {group.map((command) => {
            const keys = keysOf(command);
            const isDisabled =
              isBusy || (command === 'undo' && !canUndo) || (command === 'redo' && !canRedo);
            return (
              <button
                key={command}
                type="button"
                className={command === 'use-as-project' ? 'button button--primary' : 'button'}
                data-action={command}
                disabled={isDisabled}
                title={
                  keys === ''
                    ? t(`commands.${command}.help`)
                    : `${t(`commands.${command}.help`)} (${keys})`
                }
                aria-keyshortcuts={
                  keys === '' ? undefined : keys.replace(/↑/g, 'ArrowUp').replace(/↓/g, 'ArrowDown')
                }
                onClick={() => onCommand(command)}
              >
                {t(`commands.${command}.label`)}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
