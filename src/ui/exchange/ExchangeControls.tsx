import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentId, ProjectId, SegmentId } from '../../domain/ids';
import { ProjectExportMenu } from './ProjectExportMenu';

// The import dialog and its readers load when it is first opened, not with the translate view.
const LazyImportExchangeDialog = lazy(async () => {
  const { ImportExchangeDialog } = await import('./ImportExchangeDialog');
  return { default: ImportExchangeDialog };
});

interface ExchangeControlsProps {
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly documentCount: number;
  readonly beforeExport: () => Promise<void>;
  /** The segments the segment filter shows, when a filter is set: the export can take just them. */
  readonly filteredSegmentIds?: ReadonlySet<SegmentId> | undefined;
  /** The import gave the project a new document (or made a project): show it. */
  readonly onImported: (projectId: ProjectId, documentId: DocumentId | undefined) => void;
}

/** The translate header's Import and Export controls. */
export function ExchangeControls({ onImported, ...exportProps }: ExchangeControlsProps) {
  const { t } = useTranslation('exchange');
  const [isImportOpen, setIsImportOpen] = useState(false);
  return (
    <div className="exchange-controls">
      <button
        type="button"
        className="button"
        data-action="import"
        onClick={() => setIsImportOpen(true)}
      >
        {t('import.open')}
      </button>
      <ProjectExportMenu {...exportProps} />
      {isImportOpen ? (
        <Suspense fallback={null}>
          <LazyImportExchangeDialog
            projectId={exportProps.projectId}
            onClose={() => setIsImportOpen(false)}
            onImported={onImported}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
