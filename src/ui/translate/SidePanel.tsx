import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, ICON_PATHS } from '../app/Icon';
import { useRememberedChoice } from '../app/useRememberedChoice';

export const SIDE_PANEL_STORAGE_KEY = 'bitext.sidePanel';
const PANEL_STATES = ['expanded', 'collapsed'] as const;

/** A tab of the side panel besides the first one, which holds the panel's children. */
export interface SidePanelTab {
  readonly id: string;
  readonly label: string;
  readonly content: ReactNode;
}

/**
 * The translate view's side column (glossary, history); a button folds it to a thin strip,
 * remembered. With `tabs`, the children are the first tab (named `childrenLabel`) and each tab
 * shows alone.
 */
export function SidePanel({
  children,
  tabs = [],
  childrenLabel = '',
}: {
  children: ReactNode;
  tabs?: readonly SidePanelTab[];
  childrenLabel?: string;
}) {
  const { t } = useTranslation('translate');
  const [state, setState] = useRememberedChoice(SIDE_PANEL_STORAGE_KEY, PANEL_STATES, 'expanded');
  const [chosenTab, setChosenTab] = useState('');
  const contentId = useId();
  const isExpanded = state === 'expanded';
  const shownTab = tabs.find((tab) => tab.id === chosenTab);
  const allTabs = [{ id: '', label: childrenLabel }, ...tabs];
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
        {isExpanded && tabs.length === 0 ? (
          <span className="translate-side__title">{t('sidePanel.label')}</span>
        ) : null}
        {isExpanded && tabs.length > 0 ? (
          <div className="translate-side__tabs" role="tablist">
            {allTabs.map((tab) => (
              <button
                key={tab.id}
                type="button"
                role="tab"
                className="translate-side__tab"
                data-side-tab={tab.id === '' ? 'segment' : tab.id}
                aria-selected={(shownTab?.id ?? '') === tab.id}
                aria-controls={contentId}
                onClick={() => setChosenTab(tab.id)}
              >
                {tab.label}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <div
        id={contentId}
        className="translate-side__content"
        hidden={!isExpanded}
        role={tabs.length > 0 ? 'tabpanel' : undefined}
      >
        {shownTab === undefined ? children : shownTab.content}
      </div>
    </aside>
  );
}
