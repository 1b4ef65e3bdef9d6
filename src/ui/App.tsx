import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onDatabaseInterrupted } from '../db/onDatabaseInterrupted';
import type { JournalRecovery } from '../db/recoverSaveJournal';
import type { ProjectId } from '../domain/ids';
import type { Project } from '../domain/model';
import './app/app.css';
import type { UpdateStore } from './app/createUpdateStore';
import { DENSITIES, DENSITY_STORAGE_KEY, DensityToggle } from './app/DensityToggle';
import { LanguageSwitcher } from './app/LanguageSwitcher';
import { StorageBanner } from './app/StorageBanner';
import { StorageErrorBoundary } from './app/StorageErrorBoundary';
import { StorageStatus } from './app/StorageStatus';
import { TranslateArea } from './app/TranslateArea';
import { UpdateBanner } from './app/UpdateBanner';
import { useLastOpenedProject } from './app/useLastOpenedProject';
import { useRememberedChoice } from './app/useRememberedChoice';
import { useDatabase } from './DatabaseContext';
import { DeleteProjectDialog } from './projects/DeleteProjectDialog';
import { NewProjectDialog } from './projects/NewProjectDialog';
import { ProjectSidebar } from './projects/ProjectSidebar';
import { RenameProjectDialog } from './projects/RenameProjectDialog';
import { useProjects } from './hooks/useProjects';
import { AlignmentArea } from './app/AlignmentArea';
import { AlignmentSidebarSection } from './alignment/AlignmentSidebarSection';
import {
  alignmentScreen,
  GLOSSARY_SCREEN,
  PROJECT_SCREEN,
  projectScreenAt,
  type SegmentFocus,
  type WorkbenchScreen,
} from './app/workbenchScreen';
import { GlossaryArea } from './app/GlossaryArea';
import { GlossarySidebarSection } from './glossary/GlossarySidebarSection';

const RENAME = 'rename';
const DELETE = 'delete';
const NEW_PROJECT_DIALOG = { kind: 'new' } as const;
// The import dialog brings the exchange readers: loaded when it is first opened.
const LazyImportExchangeDialog = lazy(async () => {
  const { ImportExchangeDialog } = await import('./exchange/ImportExchangeDialog');
  return { default: ImportExchangeDialog };
});
const IMPORT_DIALOG = { kind: 'import' } as const;

type OpenDialog =
  | { readonly kind: 'new' }
  | { readonly kind: 'import' }
  | { readonly kind: 'rename'; readonly project: Project }
  | { readonly kind: 'delete'; readonly project: Project };

interface AppProps {
  /** The main area for the open project; tests replace the translation view with a stand-in. */
  readonly renderProject?: (projectId: ProjectId, focus?: SegmentFocus) => ReactNode;
  /** What start-up put back from the save journal of tabs that ended. */
  readonly journalRecovery?: JournalRecovery;
  /** New versions of the app offered by its service worker (none in dev and tests). */
  readonly updates?: UpdateStore;
}

function renderTranslateArea(projectId: ProjectId, focus?: SegmentFocus): ReactNode {
  return <TranslateArea projectId={projectId} initialFocus={focus} />;
}

/** The workbench shell: top bar, project sidebar, and the open project's translation view. */
export function App({ renderProject = renderTranslateArea, journalRecovery, updates }: AppProps) {
  const { t, i18n } = useTranslation('common');
  const database = useDatabase();
  const [isInterrupted, setIsInterrupted] = useState(false);
  const [density, setDensity] = useRememberedChoice(DENSITY_STORAGE_KEY, DENSITIES, 'comfortable');

  useEffect(() => onDatabaseInterrupted(database, () => setIsInterrupted(true)), [database]);

  useEffect(() => {
    // A file dropped outside a drop zone would otherwise replace the page with the file.
    const keepPage = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  useEffect(() => {
    document.title = t('appName');
  }, [t, i18n.resolvedLanguage]);

  return (
    <div className="workbench" data-density={density}>
      <header className="top-bar">
        <span className="top-bar__app-name">{t('appName')}</span>
        <StorageStatus />
        <DensityToggle density={density} onChange={setDensity} />
        <LanguageSwitcher />
      </header>
      {updates !== undefined ? <UpdateBanner updates={updates} /> : null}
      {isInterrupted ? (
        <StorageBanner
          message={t('banner.interrupted')}
          onReload={() => window.location.reload()}
        />
      ) : null}
      {journalRecovery !== undefined && journalRecovery.waiting > 0 ? (
        <StorageBanner
          message={t('banner.journalWaiting', { count: journalRecovery.waiting })}
          onReload={() => window.location.reload()}
        />
      ) : null}
      <StorageErrorBoundary>
        <WorkbenchBody renderProject={renderProject} />
      </StorageErrorBoundary>
    </div>
  );
}

function WorkbenchBody({ renderProject }: Required<Pick<AppProps, 'renderProject'>>) {
  const { t } = useTranslation('common');
  const projects = useProjects();
  const [lastOpenedProjectId, rememberOpenedProject] = useLastOpenedProject();
  const [openDialog, setOpenDialog] = useState<OpenDialog | null>(null);
  const [shownProjectId, setShownProjectId] = useState<ProjectId | undefined>(undefined);
  const [deletedHere, setDeletedHere] = useState<ReadonlySet<ProjectId>>(() => new Set());
  const [screen, setScreen] = useState<WorkbenchScreen>(PROJECT_SCREEN);

  const openProject =
    projects?.find((project) => project.id === lastOpenedProjectId) ??
    projects?.find((project) => project.isSample) ??
    projects?.[0];
  // A project deleted in another tab while it is open here stays open (read-only, its text kept)
  // instead of the view switching to another project under the translator's keyboard.
  const isShownProjectGone =
    shownProjectId !== undefined &&
    shownProjectId === lastOpenedProjectId &&
    projects !== undefined &&
    !projects.some((project) => project.id === shownProjectId) &&
    !deletedHere.has(shownProjectId);
  const currentProjectId = isShownProjectGone ? shownProjectId : openProject?.id;
  if (!isShownProjectGone && openProject !== undefined && openProject.id !== shownProjectId) {
    setShownProjectId(openProject.id);
  }

  return (
    <div className="workbench-body">
      <ProjectSidebar
        projects={projects}
        currentProjectId={screen.kind === 'project' ? currentProjectId : undefined}
        onOpen={(projectId) => {
          rememberOpenedProject(projectId);
          setScreen(PROJECT_SCREEN);
        }}
        onNew={() => setOpenDialog(NEW_PROJECT_DIALOG)}
        onImport={() => setOpenDialog(IMPORT_DIALOG)}
        onRename={(project) => setOpenDialog({ kind: RENAME, project })}
        onDelete={(project) => setOpenDialog({ kind: DELETE, project })}
      >
        <AlignmentSidebarSection
          currentAlignmentId={screen.kind === 'alignment' ? screen.alignmentId : undefined}
          onNew={() => setScreen(alignmentScreen(undefined))}
          onOpen={(alignmentId) => setScreen(alignmentScreen(alignmentId))}
          onDeleted={(alignmentId) => {
            if (screen.kind === 'alignment' && screen.alignmentId === alignmentId)
              setScreen(PROJECT_SCREEN);
          }}
        />
        <GlossarySidebarSection
          isCurrent={screen.kind === 'glossary'}
          onOpen={() => setScreen(GLOSSARY_SCREEN)}
        />
      </ProjectSidebar>
      <main className="workbench-main">
        {screen.kind === 'alignment' ? (
          <div className="project-view" key={screen.alignmentId ?? 'new-alignment'}>
            <StorageErrorBoundary>
              <AlignmentArea
                alignmentId={screen.alignmentId}
                onCreated={(alignmentId) => setScreen(alignmentScreen(alignmentId))}
                onProjectCreated={(projectId) => {
                  rememberOpenedProject(projectId);
                  setScreen(PROJECT_SCREEN);
                }}
              />
            </StorageErrorBoundary>
          </div>
        ) : screen.kind === 'glossary' ? (
          <div className="project-view" key="glossary">
            <StorageErrorBoundary>
              <GlossaryArea
                projectId={currentProjectId}
                onGoToSegment={(focus) => setScreen(projectScreenAt(focus))}
              />
            </StorageErrorBoundary>
          </div>
        ) : currentProjectId !== undefined ? (
          <div className="project-view" key={currentProjectId}>
            <StorageErrorBoundary>
              {renderProject(currentProjectId, screen.focus)}
            </StorageErrorBoundary>
          </div>
        ) : projects !== undefined ? (
          <div className="main-placeholder">
            <h1 className="main-placeholder__title">{t('main.noProjectTitle')}</h1>
            <p>{t('main.noProjectHint')}</p>
          </div>
        ) : null}
      </main>
      {openDialog?.kind === 'new' ? (
        <NewProjectDialog
          onClose={() => setOpenDialog(null)}
          onCreated={(projectId) => {
            rememberOpenedProject(projectId);
            setScreen(PROJECT_SCREEN);
            setOpenDialog(null);
          }}
        />
      ) : null}
      {openDialog?.kind === 'import' ? (
        <Suspense fallback={null}>
          <LazyImportExchangeDialog
            onClose={() => setOpenDialog(null)}
            onImported={(projectId) => {
              rememberOpenedProject(projectId);
              setScreen(PROJECT_SCREEN);
            }}
          />
        </Suspense>
      ) : null}
      {openDialog?.kind === 'rename' ? (
        <RenameProjectDialog project={openDialog.project} onClose={() => setOpenDialog(null)} />
      ) : null}
      {openDialog?.kind === 'delete' ? (
        <DeleteProjectDialog
          project={openDialog.project}
          onDeleting={(projectId) => setDeletedHere((ids) => new Set(ids).add(projectId))}
          onClose={() => setOpenDialog(null)}
        />
      ) : null}
    </div>
  );
}
