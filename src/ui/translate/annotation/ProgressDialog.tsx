import { useTranslation } from 'react-i18next';
import { SEGMENT_STATUSES } from '../../../domain/model';
import type { DocumentId, ProjectId } from '../../../domain/ids';
import type { StatusCount } from '../../../domain/progress/computeStatusBreakdown';
import { ModalDialog } from '../../app/ModalDialog';
import { useProject } from '../../hooks/useProject';
import { useProjectProgress } from '../../hooks/useProjectProgress';
import { useQualityScores } from '../../hooks/useQualityScores';
import { ScoreHistoryChart } from './ScoreHistoryChart';
import { StatusBarChart, type StatusBarRow } from './StatusBarChart';
import { statusChartColour } from './statusChartColour';

const SEGMENTS = 'segments';
const CHARACTERS = 'characters';

/** The project's progress: segments and Chinese characters per status, per document and in all, and the document's MQM score over time. */
export function ProgressDialog({
  projectId,
  documentId,
  onClose,
}: {
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('annotation');
  const { t: tTranslate } = useTranslation('translate');
  const project = useProject(projectId);
  const progress = useProjectProgress(projectId);
  const scores = useQualityScores(documentId);
  const documentName =
    progress?.find((entry) => entry.document.id === documentId)?.document.name ?? '';
  const rows: StatusBarRow[] = (progress ?? []).map(({ document, breakdown }) => ({
    id: document.id,
    name: document.name,
    breakdown,
  }));
  if (rows.length > 1) {
    const total: StatusCount[] = SEGMENT_STATUSES.map((status) => {
      const counts = rows.map((row) => row.breakdown.find((count) => count.status === status));
      return {
        status,
        segments: counts.reduce((sum, count) => sum + (count?.segments ?? 0), 0),
        characters: counts.reduce((sum, count) => sum + (count?.characters ?? 0), 0),
      };
    });
    rows.push({ id: 'project', name: t('progress.project'), breakdown: total });
  }
  return (
    <ModalDialog title={t('progress.title', { project: project?.name ?? '' })} onClose={onClose}>
      <div className="progress-dialog">
        {progress === undefined ? (
          <p role="status">{t('progress.loading')}</p>
        ) : (
          <>
            <ul className="progress-dialog__legend" aria-label={t('progress.legend')}>
              {SEGMENT_STATUSES.map((status) => (
                <li key={status}>
                  <span
                    className="progress-dialog__swatch"
                    style={{ background: statusChartColour(status) }}
                  />
                  {tTranslate(`status.${status}`)}
                </li>
              ))}
            </ul>
            <StatusBarChart rows={rows} measure={SEGMENTS} title={t('progress.segments')} />
            <StatusBarChart rows={rows} measure={CHARACTERS} title={t('progress.characters')} />
          </>
        )}
        <ScoreHistoryChart
          scores={scores ?? []}
          title={t('progress.scoreOverTime', { document: documentName })}
        />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('progress.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
