import { useTranslation } from 'react-i18next';

/** The sidebar's way to the glossary screen. */
export function GlossarySidebarSection({
  isCurrent,
  onOpen,
}: {
  isCurrent: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation('glossary');
  return (
    <section className="sidebar-section" aria-labelledby="glossaries-heading">
      <div className="sidebar-section__bar">
        <h2 className="project-sidebar__title" id="glossaries-heading">
          {t('sidebar.title')}
        </h2>
      </div>
      <div className="project-list sidebar-section__list">
        <div className={isCurrent ? 'project-item project-item--current' : 'project-item'}>
          <button
            type="button"
            className="project-item__open"
            data-action="open-glossary"
            aria-current={isCurrent ? 'page' : undefined}
            title={t('sidebar.openHint')}
            onClick={onOpen}
          >
            <span className="project-item__name">{t('sidebar.open')}</span>
          </button>
        </div>
      </div>
    </section>
  );
}
