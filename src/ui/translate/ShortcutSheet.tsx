import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { keyCombinationParts } from './keyCombinationParts';
import { SHORTCUTS, type KeyCombination } from './shortcuts';

/** The list of keyboard shortcuts, read from the same table the key handler uses. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('translate');
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previouslyFocused = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (previouslyFocused instanceof HTMLElement) previouslyFocused.focus();
    };
  }, []);

  const keysOf = (combination: KeyCombination) =>
    keyCombinationParts(combination, {
      mod: t('shortcuts.keys.mod'),
      alt: t('shortcuts.keys.alt'),
      shift: t('shortcuts.keys.shift'),
    });

  return (
    <div className="shortcut-sheet__backdrop" onMouseDown={onClose}>
      <div
        className="shortcut-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-sheet-title"
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          } else if (event.key === 'Tab') {
            // The close button is the only control: keep the focus inside the dialog.
            event.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <h2 id="shortcut-sheet-title">{t('shortcuts.title')}</h2>
        <table className="shortcut-sheet__table">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keysColumn')}</th>
              <th scope="col">{t('shortcuts.actionColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  {shortcut.combinations.map((combination, index) => (
                    <span
                      key={keysOf(combination).join('+')}
                      className="shortcut-sheet__combination"
                    >
                      {index > 0 ? (
                        <span className="shortcut-sheet__or">{t('shortcuts.or')}</span>
                      ) : null}
                      {keysOf(combination).map((key, keyIndex) => (
                        <span key={key}>
                          {keyIndex > 0 ? (
                            <span className="shortcut-sheet__plus" aria-hidden="true">
                              +
                            </span>
                          ) : null}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </td>
                <td>{t(`shortcuts.actions.${shortcut.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="shortcut-sheet__note">{t('shortcuts.macNote')}</p>
        <p className="shortcut-sheet__note">{t('shortcuts.outsideTextNote')}</p>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
