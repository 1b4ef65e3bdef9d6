import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentId, ProjectId } from '../../domain/ids';
import { ImportExchangeDialog } from './ImportExchangeDialog';
import { ProjectExportMenu } from './ProjectExportMenu';

interface ExchangeControlsProps {
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly documentCount: number;
  readonly beforeExport: () => Promise<void>;
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
        <ImportExchangeDialog
          projectId={exportProps.projectId}
          onClose={() => setIsImportOpen(false)}
          onImported={onImported}
        />
      ) : null}
    </div>
  );
}
