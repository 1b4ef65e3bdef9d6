import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, ICON_PATHS } from '../app/Icon';
import { useRememberedChoice } from '../app/useRememberedChoice';

export const SIDE_PANEL_STORAGE_KEY = 'bitext.sidePanel';
const PANEL_STATES = ['expanded', 'collapsed'] as const;

/** The translate view's side column (glossary, history); a button folds it to a thin strip, remembered. */
export function SidePanel({ children }: { children: ReactNode }) {
  const { t } = useTranslation('translate');
  const [state, setState] = useRememberedChoice(SIDE_PANEL_STORAGE_KEY, PANEL_STATES, 'expanded');
  const contentId = useId();
  const isExpanded = state === 'expanded';
  return (
    <aside
      className={isExpanded ? 'translate-side' : 'translate-side translate-side--collapsed'}
      aria-label={t('sidePanel.label')}
    >
      <div className="translate-side__bar">
        <button
          type="button"
          className="icon-button"
          aria-label={t('sidePanel.toggle')}
          aria-expanded={isExpanded}
          aria-controls={contentId}
          title={isExpanded ? t('sidePanel.hide') : t('sidePanel.show')}
          onClick={() => setState(isExpanded ? 'collapsed' : 'expanded')}
        >
          <Icon path={ICON_PATHS.panelRight} />
        </button>
        {isExpanded ? <span className="translate-side__title">{t('sidePanel.label')}</span> : null}
      </div>
      <div id={contentId} className="translate-side__content" hidden={!isExpanded}>
        {children}
      </div>
    </aside>
  );
}
