import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentId } from '../../domain/ids';
import type { StoredAlignment } from '../../domain/model';
import { Icon, ICON_PATHS } from '../app/Icon';
import { useAlignments } from '../hooks/useAlignments';
import { DeleteAlignmentDialog } from './DeleteAlignmentDialog';

interface AlignmentSidebarSectionProps {
  readonly currentAlignmentId: AlignmentId | undefined;
  readonly onNew: () => void;
  readonly onOpen: (alignmentId: AlignmentId) => void;
  /** The alignment shown was deleted here. */
  readonly onDeleted: (alignmentId: AlignmentId) => void;
}

/** The sidebar's alignments: a button to start one and the stored ones, the newest first. */
export function AlignmentSidebarSection({
  currentAlignmentId,
  onNew,
  onOpen,
  onDeleted,
}: AlignmentSidebarSectionProps) {
  const { t } = useTranslation('alignment');
  const alignments = useAlignments();
  const [deleting, setDeleting] = useState<StoredAlignment | undefined>(undefined);
  return (
    <section className="sidebar-section" aria-labelledby="alignments-heading">
      <div className="sidebar-section__bar">
        <h2 className="project-sidebar__title" id="alignments-heading">
          {t('sidebar.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          data-action="new-alignment"
          aria-label={t('sidebar.new')}
          title={t('sidebar.new')}
          onClick={onNew}
        >
          <Icon path={ICON_PATHS.plus} />
        </button>
      </div>
      {alignments !== undefined && alignments.length > 0 ? (
        <ul className="project-list sidebar-section__list">
          {alignments.map((alignment) => {
            const isCurrent = alignment.id === currentAlignmentId;
            return (
              <li
                key={alignment.id}
                className={isCurrent ? 'project-item project-item--current' : 'project-item'}
              >
                <button
                  type="button"
                  className="project-item__open"
                  data-action="open-alignment"
                  aria-current={isCurrent ? 'page' : undefined}
                  title={alignment.name}
                  onClick={() => onOpen(alignment.id)}
                >
                  <span className="project-item__name">{alignment.name}</span>
                  <span className="badge">
                    {t('sidebar.confirmedShort', {
                      confirmed: alignment.summary.confirmed,
                      beads: alignment.summary.beads,
                    })}
                  </span>
                </button>
                <span className="project-item__actions">
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('sidebar.deleteNamed', { name: alignment.name })}
                    title={t('sidebar.delete')}
                    onClick={() => setDeleting(alignment)}
                  >
                    <Icon path={ICON_PATHS.trash} />
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : alignments !== undefined ? (
        <p className="project-sidebar__note">{t('sidebar.empty')}</p>
      ) : null}
      {deleting !== undefined ? (
        <DeleteAlignmentDialog
          alignment={deleting}
          onClose={() => setDeleting(undefined)}
          onDeleted={() => {
            setDeleting(undefined);
            onDeleted(deleting.id);
          }}
        />
      ) : null}
    </section>
  );
}
