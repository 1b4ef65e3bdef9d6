import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../domain/ids';
import type { Project } from '../../domain/model';
import { Icon, ICON_PATHS } from '../app/Icon';
import { useRememberedChoice } from '../app/useRememberedChoice';

export const PROJECT_SIDEBAR_STORAGE_KEY = 'bitext.projectSidebar';
const SIDEBAR_STATES = ['expanded', 'collapsed'] as const;

interface ProjectSidebarProps {
  readonly projects: readonly Project[] | undefined;
  readonly currentProjectId: ProjectId | undefined;
  readonly onOpen: (projectId: ProjectId) => void;
  readonly onNew: () => void;
  /** Opens the import of a project bundle or an exchange file as a new project. */
  readonly onImport?: () => void;
  readonly onRename: (project: Project) => void;
  readonly onDelete: (project: Project) => void;
  /** Sections of the workbench's other screens, below the projects (alignments, glossaries). */
  readonly children?: ReactNode;
}

/** The list of projects with the open one highlighted, and the project actions; folds to a strip. */
export function ProjectSidebar({
  projects,
  currentProjectId,
  onOpen,
  onNew,
  onImport,
  onRename,
  onDelete,
  children,
}: ProjectSidebarProps) {
  const { t } = useTranslation('projects');
  const [state, setState] = useRememberedChoice(
    PROJECT_SIDEBAR_STORAGE_KEY,
    SIDEBAR_STATES,
    'expanded',
  );
  const contentId = useId();
  const isExpanded = state === 'expanded';
  return (
    <nav
      className={isExpanded ? 'project-sidebar' : 'project-sidebar project-sidebar--collapsed'}
      aria-label={t('sidebar.listLabel')}
    >
      <div className="project-sidebar__bar">
        {isExpanded ? <h2 className="project-sidebar__title">{t('sidebar.title')}</h2> : null}
        <button
          type="button"
          className="icon-button"
          aria-label={t('sidebar.toggle')}
          aria-expanded={isExpanded}
          aria-controls={contentId}
          title={isExpanded ? t('sidebar.hide') : t('sidebar.show')}
          onClick={() => setState(isExpanded ? 'collapsed' : 'expanded')}
        >
          <Icon path={ICON_PATHS.panelLeft} />
        </button>
      </div>
      <div id={contentId} className="project-sidebar__content" hidden={!isExpanded}>
        <div className="project-sidebar__header">
          <button type="button" className="button button--primary" onClick={onNew}>
            <Icon path={ICON_PATHS.plus} />
            {t('actions.new')}
          </button>
          {onImport === undefined ? null : (
            <button
              type="button"
              className="button"
              data-action="import-project"
              title={t('actions.importHint')}
              onClick={onImport}
            >
              {t('actions.import')}
            </button>
          )}
        </div>
        {projects === undefined ? (
          <p className="project-sidebar__note" role="status">
            {t('sidebar.loading')}
          </p>
        ) : projects.length === 0 ? (
          <p className="project-sidebar__note">{t('sidebar.empty')}</p>
        ) : (
          <ul className="project-list">
            {projects.map((project) => {
              const isCurrent = project.id === currentProjectId;
              return (
                <li
                  key={project.id}
                  className={isCurrent ? 'project-item project-item--current' : 'project-item'}
                >
                  <button
                    type="button"
                    className="project-item__open"
                    aria-current={isCurrent ? 'page' : undefined}
                    title={project.name}
                    onClick={() => onOpen(project.id)}
                  >
                    <span className="project-item__name">{project.name}</span>
                    {project.isSample ? (
                      <span className="badge">{t('sidebar.sampleBadge')}</span>
                    ) : null}
                  </button>
                  <span className="project-item__actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('actions.renameNamed', { name: project.name })}
                      title={t('actions.rename')}
                      onClick={() => onRename(project)}
                    >
                      <Icon path={ICON_PATHS.pencil} />
                    </button>
                    <button
                      type="button"
                      className="icon-button icon-button--danger"
                      aria-label={t('actions.deleteNamed', { name: project.name })}
                      title={t('actions.delete')}
                      onClick={() => onDelete(project)}
                    >
                      <Icon path={ICON_PATHS.trash} />
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {children}
      </div>
    </nav>
  );
}
